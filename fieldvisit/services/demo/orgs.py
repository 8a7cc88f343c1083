"""Organisations: account names by type, and the people one meets inside them."""

from __future__ import annotations

from collections.abc import Callable

from fieldvisit.domain.enums import AccountType, BuyingRole, OrgFunction, OrgLevel
from fieldvisit.services.demo.core import Ctx
from fieldvisit.services.demo.names import City

# Landmark hospitals, used first in their city so that the sample opens on familiar names.
FAMOUS: dict[str, tuple[tuple[str, str | None], ...]] = {
    "长沙市": (
        ("中南大学湘雅医院", "www.xiangya.com.cn"),
        ("湖南省人民医院", "www.hnsrmyy.com"),
        ("中南大学湘雅二医院", None),
        ("湖南省肿瘤医院", None),
        ("长沙市中心医院", None),
        ("中南大学湘雅三医院", None),
        ("湖南中医药大学第一附属医院", None),
        ("湖南省儿童医院", None),
        ("长沙市第一医院", None),
        ("湖南省妇幼保健院", None),
    ),
    "株洲市": (("株洲市中心医院", None), ("株洲市中医伤科医院", None)),
    "湘潭市": (("湘潭市中心医院", None), ("湘潭市第一人民医院", None)),
    "衡阳市": (("南华大学附属第一医院", None), ("衡阳市中心医院", None)),
    "岳阳市": (("岳阳市中心医院", None), ("岳阳市一人民医院", None)),
    "常德市": (("常德市第一人民医院", None),),
    "益阳市": (("益阳市中心医院", None),),
    "郴州市": (("郴州市第一人民医院", None),),
    "娄底市": (("娄底市中心医院", None),),
    "邵阳市": (("邵阳市中心医院", None),),
    "永州市": (("永州市中心医院", None),),
    "怀化市": (("怀化市第一人民医院", None),),
    "张家界市": (("张家界市人民医院", None),),
}

SPECIALTIES = ("骨科", "眼科", "妇产", "口腔", "康复", "中西医结合", "心血管病", "肛肠")
CHAINS = (
    "老百姓大药房",
    "益丰大药房",
    "养天和大药房",
    "九芝堂大药房",
    "千金大药房",
    "怀仁大药房",
    "同仁堂药店",
    "国大药房",
    "湘雅大药房",
    "好药师大药房",
)
DISTRIBUTORS = (
    "国药控股{c}有限公司",
    "华润{c}医药有限公司",
    "{c}九州通医药有限公司",
    "{c}{w}医药有限公司",
    "{c}{w}医药连锁有限公司",
    "{c}{w}药业有限公司",
    "湖南{w}医药有限公司",
)
RETAILERS = (
    "步步高超市",
    "家润多超市",
    "华润万家",
    "沃尔玛",
    "永辉超市",
    "大润发",
    "盒马鲜生",
    "孩子王母婴店",
)
OTHERS = (
    "{c}疾病预防控制中心",
    "{c}医疗保障局",
    "{c}卫生健康委员会",
    "{c}医学会",
    "{c}红十字会",
    "{c}{d}{w}养老院",
    "{s}{w}康复中心",
    "{c}{d}{w}老年公寓",
    "{s}{w}集团职工医务室",
)
CAPITAL_OTHERS = ("湖南省医学会", "湖南省药学会", "湖南省医疗保障局")
WORDS = (
    "康达",
    "仁和",
    "华康",
    "瑞祥",
    "同济",
    "德信",
    "恒泰",
    "安康",
    "博爱",
    "济民",
    "惠民",
    "长青",
    "湘康",
    "楚天",
    "潇湘",
    "天和",
    "百草",
    "泰和",
    "永康",
    "健民",
    "康宁",
    "福康",
    "益寿",
    "华夏",
    "仁爱",
    "明德",
    "嘉禾",
    "康桥",
    "佳和",
    "瑞康",
    "和美",
    "普济",
    "同心",
    "金康",
    "万康",
    "九如",
    "明康",
    "民生",
    "福寿",
    "春晖",
)


# Trading companies take other words than clinics, so that one word does not name both.
TRADE_WORDS = (
    "湘中",
    "康源",
    "新汇",
    "瑞尔",
    "恒康",
    "正和",
    "众康",
    "润达",
    "天顺",
    "鑫源",
    "汇通",
    "通达",
    "康邦",
    "盛世",
    "华信",
    "佳禾",
)
HOSPITALS = (
    "{c}第{nth}人民医院",
    "{c}中医医院",
    "{c}妇幼保健院",
    "{c}{d}人民医院",
    "{c}{d}中医医院",
    "{s}{w}医院",
    "{s}{w}{sp}医院",
    "{s}爱尔眼科医院",
)
CLINICS = (
    "{c}{d}{street}社区卫生服务站",
    "{w}堂中医诊所",
    "{w}口腔门诊部",
    "{s}{w}口腔门诊部",
    "{c}{d}{w}诊所",
    "{s}{w}综合门诊部",
    "{d}{p}中医诊所",
    "{d}{p}西医内科诊所",
    "{p}口腔诊所",
)


def account_name(
    ctx: Ctx, kind: AccountType, city: City, district: str, n: int, person: Callable[[], str]
) -> str:
    """A name for the ``n``-th account of this kind; ``person()`` names private clinics."""
    c, short = city.name, city.short
    if kind is AccountType.HOSPITAL:
        return ctx.pick(HOSPITALS).format(
            c=c,
            s=short,
            d=district,
            nth="一二三四"[n % 4],
            w=ctx.pick(WORDS),
            sp=ctx.pick(SPECIALTIES),
        )
    if kind is AccountType.CLINIC:
        pattern = ctx.pick(CLINICS)
        return pattern.format(
            c=c,
            s=short,
            d=district,
            street=ctx.pick(city.streets_of(district)),
            w=ctx.pick(WORDS),
            p=person() if "{p}" in pattern else "",
        )
    if kind is AccountType.PHARMACY:
        return f"{ctx.pick(CHAINS)}（{city.on(ctx.pick(city.streets_of(district)))}店）"
    if kind is AccountType.DISTRIBUTOR:
        return ctx.pick(DISTRIBUTORS).format(c=short, w=ctx.pick(TRADE_WORDS))
    if kind is AccountType.RETAILER:
        return f"{ctx.pick(RETAILERS)}（{city.on(ctx.pick(city.streets_of(district)))}店）"
    if city.name == CAPITAL and ctx.chance(0.1):
        return ctx.pick(CAPITAL_OTHERS)
    return ctx.pick(OTHERS).format(c=c, s=short, d=district, w=ctx.pick(WORDS))


CAPITAL = "长沙市"


class NameBook:
    """Account names already given, per city: a name is unique within its city.

    A name drawn twice is drawn again a few times; when the city is full of that kind
    (tens of thousands of accounts), the name gets a branch: a chain store the street it is
    on (``益丰大药房（长沙五一大道二店）``), a hospital a campus, a company a branch office.
    """

    TRIES = 3

    def __init__(self) -> None:
        self._used: dict[str, set[str]] = {}
        self._next_branch: dict[tuple[str, str], int] = {}

    def used(self, city: City) -> set[str]:
        return self._used.setdefault(city.name, set())

    def take(self, name: str, city: City) -> bool:
        """Reserve ``name`` in ``city``; False when it is taken already."""
        used = self.used(city)
        if name in used:
            return False
        used.add(name)
        return True

    def unique(self, draw: Callable[[], str], kind: AccountType, city: City) -> str:
        name = draw()
        for _ in range(self.TRIES):
            if self.take(name, city):
                return name
            name = draw()
        if self.take(name, city):
            return name
        # Public bodies branch into one shared series (see ``branch``).
        key = (city.name, "" if kind is AccountType.OTHER else name)
        k = self._next_branch.get(key, 0)
        while True:
            candidate = branch(name, kind, city, k)
            k += 1
            if self.take(candidate, city):
                self._next_branch[key] = k
                return candidate


def branch(name: str, kind: AccountType, city: City, k: int) -> str:
    """The ``k``-th branch name of ``name`` (k = 0, 1, …), all different.

    Public bodies (a city has one 疾病预防控制中心) get no branches: a full city's next
    public account is a community care centre on a street instead.
    """
    street = city.streets[k % len(city.streets)]
    turn = k // len(city.streets)
    nth = "" if turn == 0 else chinese_number(turn + 1)
    if name.endswith("店）"):
        return f"{name[: name.index('（')]}（{city.on(street)}{nth}店）"
    if kind is AccountType.HOSPITAL:
        return f"{name}（{street}{nth}院区）"
    if kind is AccountType.DISTRIBUTOR:
        return f"{name}{street}{nth}分公司"
    if kind is AccountType.OTHER:
        return f"{city.on(street)}{nth and '第' + nth}社区居家养老服务中心"
    return f"{name}（{street}{nth}分部）"


def chinese_number(n: int) -> str:
    """二, 十一, 二十三 for store numbers (益丰大药房（长沙八一路二十三店）); digits past 99."""
    digits = "零一二三四五六七八九"
    if n < 10:
        return digits[n]
    if n < 100:
        tens, ones = divmod(n, 10)
        return ("" if tens == 1 else digits[tens]) + "十" + (digits[ones] if ones else "")
    return str(n)


# (title, department, level, function, likely buying roles)
Post = tuple[str, str, OrgLevel, OrgFunction, tuple[BuyingRole, ...]]
_R = BuyingRole
_TOP, _MID, _OPS = OrgLevel.TOP, OrgLevel.MIDDLE, OrgLevel.OPERATIONAL
_USE, _BUY, _SUP = OrgFunction.USING, OrgFunction.PURCHASING, OrgFunction.SUPPORTING

POSTS: dict[AccountType, tuple[Post, ...]] = {
    AccountType.HOSPITAL: (
        ("副院长", "院办", _TOP, _SUP, (_R.DECISION_MAKER, _R.ECONOMIC_BUYER)),
        (
            "药剂科主任",
            "药剂科",
            _MID,
            _BUY,
            (_R.DECISION_MAKER, _R.CONSTRAINT_SETTER, _R.TECHNICAL_BUYER),
        ),
        ("心内科主任", "心内科", _MID, _USE, (_R.PROPOSER, _R.INFLUENCER, _R.USER_BUYER)),
        ("内分泌科主任医师", "内分泌科", _MID, _USE, (_R.PROPOSER, _R.USER, _R.INFLUENCER)),
        ("呼吸内科副主任医师", "呼吸内科", _OPS, _USE, (_R.USER, _R.SUPPORTER)),
        ("主治医师", "心内科", _OPS, _USE, (_R.USER, _R.SUPPORTER, _R.COACH)),
        ("主治医师", "消化内科", _OPS, _USE, (_R.USER, _R.SUPPORTER)),
        ("护士长", "神经内科", _OPS, _USE, (_R.USER, _R.INFLUENCER)),
        ("采购办主任", "采购部", _MID, _BUY, (_R.CONSTRAINT_SETTER, _R.TECHNICAL_BUYER)),
        ("药库管理员", "药剂科", _OPS, _BUY, (_R.SUPPORTER, _R.COACH)),
        ("医务处处长", "医务处", _MID, _SUP, (_R.INFLUENCER, _R.CONSTRAINT_SETTER)),
        ("临床药师", "药剂科", _OPS, _SUP, (_R.INFLUENCER, _R.TECHNICAL_BUYER)),
    ),
    AccountType.CLINIC: (
        ("负责人", "诊所", _TOP, _BUY, (_R.DECISION_MAKER, _R.ECONOMIC_BUYER)),
        ("全科医生", "全科", _OPS, _USE, (_R.USER, _R.PROPOSER)),
        ("护士", "治疗室", _OPS, _USE, (_R.USER,)),
        ("药房负责人", "药房", _MID, _BUY, (_R.TECHNICAL_BUYER, _R.SUPPORTER)),
    ),
    AccountType.PHARMACY: (
        ("店长", "门店", _MID, _USE, (_R.DECISION_MAKER, _R.INFLUENCER)),
        ("副店长", "门店", _MID, _USE, (_R.INFLUENCER, _R.USER)),
        ("执业药师", "门店", _OPS, _USE, (_R.USER, _R.COACH, _R.SUPPORTER)),
        ("质量负责人", "门店", _OPS, _SUP, (_R.CONSTRAINT_SETTER, _R.TECHNICAL_BUYER)),
        ("店员", "门店", _OPS, _USE, (_R.USER, _R.SUPPORTER)),
        ("区域经理", "营运部", _TOP, _SUP, (_R.INFLUENCER, _R.ECONOMIC_BUYER)),
    ),
    AccountType.DISTRIBUTOR: (
        ("总经理", "总经办", _TOP, _SUP, (_R.DECISION_MAKER, _R.ECONOMIC_BUYER)),
        ("采购经理", "采购部", _MID, _BUY, (_R.DECISION_MAKER, _R.TECHNICAL_BUYER)),
        ("采购员", "采购部", _OPS, _BUY, (_R.PROPOSER, _R.USER)),
        ("质管部经理", "质管部", _MID, _SUP, (_R.CONSTRAINT_SETTER, _R.TECHNICAL_BUYER)),
        ("财务经理", "财务部", _MID, _SUP, (_R.CONSTRAINT_SETTER,)),
        ("物流经理", "物流部", _MID, _SUP, (_R.USER, _R.SUPPORTER)),
        ("开票员", "销售部", _OPS, _SUP, (_R.SUPPORTER, _R.COACH)),
    ),
    AccountType.RETAILER: (
        ("店长", "门店", _MID, _USE, (_R.DECISION_MAKER,)),
        ("品类采购", "采购部", _MID, _BUY, (_R.DECISION_MAKER, _R.ECONOMIC_BUYER)),
        ("收银主管", "前台", _OPS, _SUP, (_R.SUPPORTER,)),
    ),
    AccountType.OTHER: (
        ("主任", "办公室", _TOP, _SUP, (_R.DECISION_MAKER,)),
        ("科长", "业务科", _MID, _SUP, (_R.INFLUENCER, _R.CONSTRAINT_SETTER)),
        ("干事", "综合科", _OPS, _SUP, (_R.SUPPORTER, _R.COACH)),
    ),
}
