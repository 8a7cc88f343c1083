"""Vocabularies for people and places: Chinese and English names, cities, streets, phones."""

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

EN_FIRST = [
    "David",
    "Michael",
    "Kevin",
    "Jason",
    "Daniel",
    "Sarah",
    "Emily",
    "Grace",
    "Rachel",
    "Priya",
    "Aisha",
    "Vincent",
    "Catherine",
    "Joyce",
    "Marcus",
    "Hannah",
    "Benjamin",
    "Olivia",
    "Ryan",
    "Natalie",
]
EN_LAST = [
    "Tan",
    "Lim",
    "Lee",
    "Ng",
    "Wong",
    "Chan",
    "Chua",
    "Goh",
    "Ong",
    "Teo",
    "Koh",
    "Nair",
    "Kumar",
    "Abdullah",
    "Rahman",
    "Cheung",
    "Lau",
    "Ho",
    "Leung",
    "Yeo",
]

MANAGER_NAMES = (
    ("陈喆", "zhe.chen"),
    ("王建国", "jianguo.wang"),
    ("周堃", "kun.zhou"),
    ("李秀英", "xiuying.li"),
    ("刘镕", "rong.liu"),
    ("Michael Tan", "michael.tan"),
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


def english_person(ctx: Ctx) -> Person:
    first, last = ctx.pick(EN_FIRST), ctx.pick(EN_LAST)
    return Person(f"{first} {last}", f"{first}.{last}".lower())


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
    intl: bool = False

    @property
    def region(self) -> str:
        return self.name if self.intl or self.province == self.name else self.province


def _city(province: str, name: str, slug: str, code: str, postal: str, d: str, s: str) -> City:
    return City(province, name, slug, code, postal, tuple(d.split()), tuple(s.split()))


CITIES: tuple[City, ...] = (
    _city(
        "北京市",
        "北京市",
        "beijing",
        "010",
        "100",
        "东城区 西城区 朝阳区 海淀区 丰台区",
        "东单北大街 王府井大街 建国路 中关村大街 复兴路 西直门外大街 帅府园",
    ),
    _city(
        "上海市",
        "上海市",
        "shanghai",
        "021",
        "200",
        "黄浦区 徐汇区 浦东新区 静安区 长宁区",
        "南京东路 淮海中路 张江路 延安西路 世纪大道 宜山路 海宁路",
    ),
    _city(
        "湖南省",
        "长沙市",
        "changsha",
        "0731",
        "410",
        "芙蓉区 天心区 岳麓区 开福区 雨花区",
        "五一大道 湘雅路 芙蓉中路 劳动西路 韶山路 麓山南路 解放西路",
    ),
    _city(
        "广东省",
        "广州市",
        "guangzhou",
        "020",
        "510",
        "越秀区 天河区 海珠区 白云区 荔湾区",
        "中山二路 天河路 环市东路 江南大道 东风中路 体育西路",
    ),
    _city(
        "广东省",
        "深圳市",
        "shenzhen",
        "0755",
        "518",
        "福田区 南山区 罗湖区 宝安区 龙岗区",
        "深南大道 华强北路 科技园路 东门中路 新安六路 龙岗大道",
    ),
    _city(
        "湖北省",
        "武汉市",
        "wuhan",
        "027",
        "430",
        "江汉区 武昌区 洪山区 汉阳区 江岸区",
        "解放大道 中山大道 珞喻路 武珞路 汉阳大道 建设大道",
    ),
    _city(
        "四川省",
        "成都市",
        "chengdu",
        "028",
        "610",
        "锦江区 武侯区 青羊区 成华区 金牛区",
        "人民南路 春熙路 天府大道 蜀都大道 一环路西段 建设路",
    ),
    _city(
        "浙江省",
        "杭州市",
        "hangzhou",
        "0571",
        "310",
        "上城区 西湖区 拱墅区 滨江区 萧山区",
        "延安路 庆春路 文三路 江南大道 解放路 凤起路",
    ),
    _city(
        "江苏省",
        "南京市",
        "nanjing",
        "025",
        "210",
        "鼓楼区 玄武区 秦淮区 建邺区 江宁区",
        "中山路 中山东路 汉中路 广州路 珠江路 江东中路",
    ),
    _city(
        "陕西省",
        "西安市",
        "xian",
        "029",
        "710",
        "雁塔区 碑林区 新城区 未央区 莲湖区",
        "长安路 雁塔路 友谊西路 南大街 西五路 朱雀大街",
    ),
    _city(
        "重庆市",
        "重庆市",
        "chongqing",
        "023",
        "400",
        "渝中区 江北区 南岸区 沙坪坝区 九龙坡区",
        "中山一路 民族路 建新北路 南坪正街 小龙坎正街 杨家坪正街",
    ),
    _city(
        "天津市",
        "天津市",
        "tianjin",
        "022",
        "300",
        "和平区 南开区 河西区 河东区",
        "南京路 鞍山道 卫津路 黄河道 友谊路 大沽南路",
    ),
    _city(
        "河南省",
        "郑州市",
        "zhengzhou",
        "0371",
        "450",
        "金水区 二七区 中原区 管城区",
        "建设路 花园路 经三路 大学路 农业路 嵩山南路",
    ),
    _city(
        "山东省",
        "济南市",
        "jinan",
        "0531",
        "250",
        "历下区 市中区 槐荫区 天桥区",
        "经十路 泉城路 文化西路 经七路 山大路 纬二路",
    ),
    _city(
        "辽宁省",
        "沈阳市",
        "shenyang",
        "024",
        "110",
        "和平区 沈河区 皇姑区 铁西区",
        "中华路 北京街 三好街 青年大街 黄河南大街 北陵大街",
    ),
    _city(
        "福建省",
        "福州市",
        "fuzhou",
        "0591",
        "350",
        "鼓楼区 台江区 仓山区 晋安区",
        "五四路 八一七北路 工业路 六一北路 福飞路",
    ),
    _city(
        "云南省",
        "昆明市",
        "kunming",
        "0871",
        "650",
        "五华区 盘龙区 官渡区 西山区",
        "东风西路 北京路 人民中路 青年路 西昌路",
    ),
    _city(
        "安徽省",
        "合肥市",
        "hefei",
        "0551",
        "230",
        "蜀山区 庐阳区 包河区 瑶海区",
        "长江中路 绩溪路 美菱大道 金寨路 芜湖路",
    ),
)

INTL_CITIES: tuple[City, ...] = (
    City(
        "Singapore",
        "Singapore",
        "sg",
        "+65",
        "",
        ("Orchard", "Novena", "Tampines", "Jurong East", "Bukit Timah"),
        (
            "Orchard Road",
            "Thomson Road",
            "Tampines Avenue 4",
            "Jurong Gateway Road",
            "Bukit Timah Road",
            "North Bridge Road",
        ),
        intl=True,
    ),
    City(
        "Hong Kong",
        "Hong Kong",
        "hk",
        "+852",
        "",
        ("Central", "Causeway Bay", "Mong Kok", "Sha Tin", "Kowloon Tong"),
        (
            "Queen's Road Central",
            "Hennessy Road",
            "Nathan Road",
            "Sha Tin Centre Street",
            "Waterloo Road",
        ),
        intl=True,
    ),
    City(
        "Kuala Lumpur",
        "Kuala Lumpur",
        "kl",
        "+60 3",
        "",
        ("Bukit Bintang", "Bangsar", "Mont Kiara", "Cheras"),
        ("Jalan Bukit Bintang", "Jalan Telawi", "Jalan Kiara", "Jalan Cheras"),
        intl=True,
    ),
)


def landline(ctx: Ctx, city: City) -> str:
    if city.intl:
        return f"{city.area_code} {ctx.between(2, 6)}{ctx.digits(3)} {ctx.digits(4)}"
    return f"{city.area_code}-{ctx.between(5, 8)}{ctx.digits(7)}"


def address(ctx: Ctx, city: City, district: str) -> tuple[str, str]:
    """(address, postal code)."""
    street = ctx.pick(city.streets)
    if city.intl:
        postal = (
            ctx.digits(6) if city.slug == "sg" else ("" if city.slug == "hk" else ctx.digits(5))
        )
        return f"{ctx.between(1, 400)} {street}, {district}, {city.name} {postal}".strip(), postal
    prefix = city.name if city.province == city.name else city.province + city.name
    postal = city.postal + ctx.digits(3)
    return f"{prefix}{district}{street}{ctx.between(1, 899)}号", postal
