"""Vocabularies for people and places: names, the territory's cities and streets, phones.

The sample is one real region's territory, as a rep in China would see it: one province
(湖南), its capital 长沙 and the cities around it. A team covers a province and reps are
given a city (or a few districts of the capital); a Singapore store next to a Changsha
hospital would read as a bug, not as a territory.
"""

from __future__ import annotations

from dataclasses import dataclass

from fieldvisit.services.demo.core import Ctx, cumulative


def _pairs(text: str) -> tuple[tuple[str, str], ...]:
    return tuple((p.split(":")[0], p.split(":")[1]) for p in text.split())


# Surnames roughly by frequency, with pinyin for e-mail addresses and WeChat ids.
SURNAMES = _pairs(
    "王:wang 李:li 张:zhang 刘:liu 陈:chen 杨:yang 黄:huang 赵:zhao 吴:wu 周:zhou 徐:xu "
    "孙:sun 马:ma 朱:zhu 胡:hu 郭:guo 何:he 高:gao 林:lin 罗:luo 郑:zheng 梁:liang 谢:xie "
    "宋:song 唐:tang 许:xu 韩:han 冯:feng 邓:deng 曹:cao 彭:peng 曾:zeng 肖:xiao 田:tian "
    "董:dong 袁:yuan 潘:pan 于:yu 蒋:jiang 蔡:cai 余:yu 杜:du 叶:ye 程:cheng 苏:su 魏:wei "
    "吕:lv 丁:ding 任:ren 沈:shen 姚:yao 卢:lu 姜:jiang 崔:cui 钟:zhong 谭:tan 陆:lu 汪:wang "
    "范:fan 金:jin 石:shi 廖:liao 贾:jia 夏:xia 韦:wei 方:fang 白:bai 邹:zou 孟:meng "
    "熊:xiong 秦:qin 邱:qiu 江:jiang 尹:yin 薛:xue 段:duan 雷:lei 侯:hou 龙:long 史:shi "
    "陶:tao 黎:li 贺:he 顾:gu 毛:mao 郝:hao 龚:gong 邵:shao 万:wan 钱:qian 严:yan 覃:qin "
    "武:wu 戴:dai 孔:kong 欧阳:ouyang 司马:sima 上官:shangguan"
)
SURNAME_WEIGHTS = cumulative([1.0 / (rank + 6) for rank in range(len(SURNAMES))])

GIVEN = _pairs(
    "伟:wei 芳:fang 娜:na 敏:min 静:jing 丽:li 强:qiang 磊:lei 军:jun 洋:yang 勇:yong "
    "艳:yan 杰:jie 娟:juan 涛:tao 明:ming 超:chao 秀:xiu 霞:xia 平:ping 刚:gang 桂:gui "
    "英:ying 华:hua 建:jian 国:guo 红:hong 文:wen 辉:hui 玲:ling 斌:bin 宇:yu 浩:hao "
    "凯:kai 鹏:peng 晨:chen 婷:ting 雪:xue 琳:lin 慧:hui 博:bo 欣:xin 怡:yi 佳:jia 子:zi "
    "梓:zi 涵:han 睿:rui 轩:xuan 宁:ning 思:si 雨:yu 晓:xiao 志:zhi 海:hai 波:bo 春:chun "
    "飞:fei 亮:liang 鑫:xin 婧:jing 倩:qian 颖:ying 璐:lu 嘉:jia 俊:jun 立:li 新:xin "
    "振:zhen 彤:tong 瑶:yao 楠:nan 昊:hao 天:tian 泽:ze 一:yi 诗:shi 可:ke 心:xin 晴:qing "
    "萍:ping 燕:yan 兰:lan 梅:mei 德:de 永:yong 福:fu 荣:rong 昕:xin 珺:jun 璇:xuan 晗:han"
)
RARE_GIVEN = _pairs("喆:zhe 堃:kun 镕:rong")
"""Characters missing from many fonts and input methods: the app must handle them."""

MANAGER_NAMES = (
    ("陈喆", "zhe.chen"),
    ("王建国", "jianguo.wang"),
    ("周堃", "kun.zhou"),
    ("李秀英", "xiuying.li"),
    ("刘镕", "rong.liu"),
    ("谭志明", "zhiming.tan"),
    ("黄志强", "zhiqiang.huang"),
    ("欧阳晓燕", "xiaoyan.ouyang"),
)
"""The first managers of every demo: realistic, and with the rare characters."""


@dataclass(frozen=True, slots=True)
class Person:
    name: str
    handle: str
    """ASCII, for e-mail addresses and WeChat ids."""


def chinese_person(ctx: Ctx) -> Person:
    surname, s_py = ctx.weighted(SURNAMES, SURNAME_WEIGHTS)
    parts = [ctx.pick(RARE_GIVEN) if ctx.chance(0.015) else ctx.pick(GIVEN)]
    if ctx.chance(0.7):
        parts.append(ctx.pick(GIVEN))
    given = "".join(p[0] for p in parts)
    return Person(surname + given, "".join(p[1] for p in parts) + "." + s_py)


def mobile(ctx: Ctx) -> str:
    return "1" + ctx.pick("3456789") + ctx.digits(9)


@dataclass(frozen=True, slots=True)
class City:
    province: str
    name: str
    slug: str
    area_code: str
    postal: str
    districts: tuple[str, ...]
    streets: tuple[str, ...]
    short: str
    """长沙 for 长沙市: how shop names and company names spell the city."""
    district_streets: dict[str, tuple[str, ...]]
    """Streets known to lie in a district (the capital's); elsewhere any street of the city."""

    def on(self, street: str) -> str:
        """``长沙八一路`` for a store's bracket, but ``株洲大道`` (not 株洲株洲大道)."""
        return street if street.startswith(self.short) else self.short + street

    def streets_of(self, district: str) -> tuple[str, ...]:
        return self.district_streets.get(district, self.streets)

    def street_in(self, name: str) -> tuple[str | None, str | None]:
        """(street, its district) named in an account name such as ``…（长沙八一路店）``."""
        for street in self.streets:
            if street in name:
                for district, streets in self.district_streets.items():
                    if street in streets:
                        return street, district
                return street, None
        return None, None


def _city(name: str, slug: str, code: str, postal: str, d: str, s: str) -> City:
    """``d`` lists districts, each optionally with its streets: ``芙蓉区:五一大道,八一路``."""
    districts: list[str] = []
    district_streets: dict[str, tuple[str, ...]] = {}
    for entry in d.split():
        district, _, own = entry.partition(":")
        districts.append(district)
        if own:
            district_streets[district] = tuple(own.split(","))
    streets = tuple(s.split()) or tuple(
        dict.fromkeys(x for v in district_streets.values() for x in v)
    )
    short = name.removesuffix("市")
    return City(
        PROVINCE, name, slug, code, postal, tuple(districts), streets, short, district_streets
    )


PROVINCE = "湖南省"
CITIES: tuple[City, ...] = (
    _city(
        "长沙市",
        "changsha",
        "0731",
        "410",
        "芙蓉区:五一大道,芙蓉中路,八一路,车站北路 天心区:劳动西路,解放西路,黄兴中路,湘江中路 "
        "岳麓区:麓山南路,岳麓大道,桐梓坡路,金星中路 开福区:湘雅路,蔡锷中路,芙蓉北路,三一大道 "
        "雨花区:韶山北路,万家丽路,曙光中路,人民中路 望城区:金星北路,雷锋大道 "
        "长沙县:开元路,星沙大道",
        "",
    ),
    # 株洲 and 湘潭 share 长沙's area code since the 长株潭 numbering plan of 2007.
    _city(
        "株洲市",
        "zhuzhou",
        "0731",
        "412",
        "天元区 芦淞区 荷塘区 石峰区 渌口区",
        "建设中路 长江北路 新华西路 黄河北路 红旗中路 人民南路 车站路 株洲大道 神农大道",
    ),
    _city(
        "湘潭市",
        "xiangtan",
        "0731",
        "411",
        "雨湖区 岳塘区 湘潭县",
        "建设北路 韶山中路 基建营路 河东大道 书院路 人民路 芙蓉大道 车站路",
    ),
    _city(
        "衡阳市",
        "hengyang",
        "0734",
        "421",
        "蒸湘区 石鼓区 雁峰区 珠晖区 华新开发区",
        "解放大道 船山大道 蒸湘北路 先锋路 衡州大道 中山北路 红旗路",
    ),
    _city(
        "岳阳市",
        "yueyang",
        "0730",
        "414",
        "岳阳楼区 云溪区 君山区 经济开发区",
        "巴陵中路 东茅岭路 五里牌路 建湘路 金鹗中路 青年中路 花板桥路",
    ),
    _city(
        "常德市",
        "changde",
        "0736",
        "415",
        "武陵区 鼎城区 柳叶湖旅游度假区",
        "人民路 洞庭大道 朗州路 武陵大道 建设西路 皂果路 紫缘路",
    ),
    _city(
        "益阳市",
        "yiyang",
        "0737",
        "413",
        "赫山区 资阳区 高新区",
        "康富路 桃花仑路 龙洲路 金山路 会龙路 益阳大道",
    ),
    _city(
        "郴州市",
        "chenzhou",
        "0735",
        "423",
        "北湖区 苏仙区 高新区",
        "国庆南路 人民西路 青年大道 五岭大道 燕泉路 南岭大道",
    ),
    _city(
        "娄底市",
        "loudi",
        "0738",
        "417",
        "娄星区 经济开发区",
        "长青中街 乐坪大道 湘中大道 春园路 氐星路 月塘街",
    ),
    _city(
        "邵阳市",
        "shaoyang",
        "0739",
        "422",
        "双清区 大祥区 北塔区",
        "宝庆路 红旗路 敏州路 邵石路 城南路 西湖路",
    ),
    _city(
        "永州市",
        "yongzhou",
        "0746",
        "425",
        "冷水滩区 零陵区",
        "梅湾路 凤凰路 零陵中路 逸云路 潇湘大道",
    ),
    _city(
        "怀化市",
        "huaihua",
        "0745",
        "418",
        "鹤城区 洪江区",
        "迎丰中路 人民南路 天星东路 锦溪路 顺天路",
    ),
    _city(
        "张家界市",
        "zhangjiajie",
        "0744",
        "427",
        "永定区 武陵源区",
        "解放路 回龙路 大庸路 南庄坪路 子午西路",
    ),
)
CITY_INDEX = {city.name: n for n, city in enumerate(CITIES)}


def landline(ctx: Ctx, city: City) -> str:
    return f"{city.area_code}-{ctx.between(5, 8)}{ctx.digits(7)}"


def address(ctx: Ctx, city: City, district: str, street: str | None = None) -> tuple[str, str]:
    """(address, postal code), on ``street`` when the account's name says where it is."""
    street = street or ctx.pick(city.streets_of(district))
    postal = city.postal + ctx.digits(3)
    return f"{city.province}{city.name}{district}{street}{ctx.between(1, 899)}号", postal
