"""Organisations: account names by type, and the people one meets inside them."""

from __future__ import annotations

from fieldvisit.domain.enums import AccountType, BuyingRole, OrgFunction, OrgLevel
from fieldvisit.services.demo.core import Ctx
from fieldvisit.services.demo.names import City

# Landmark accounts used first in their city, so that the demo opens on familiar names.
FAMOUS: dict[str, tuple[tuple[str, str], ...]] = {
    "北京市": (("北京协和医院", "www.pumch.cn"), ("北京大学第一医院", "www.bddyyy.com.cn")),
    "上海市": (
        ("上海市第一人民医院", "www.firsthospital.cn"),
        ("复旦大学附属中山医院", "www.zs-hospital.sh.cn"),
    ),
    "长沙市": (("中南大学湘雅医院", "www.xiangya.com.cn"), ("湖南省人民医院", "www.hnsrmyy.com")),
    "广州市": (
        ("中山大学附属第一医院", "www.gzsums.net"),
        ("广东省人民医院", "www.gdghospital.org.cn"),
    ),
    "成都市": (("四川大学华西医院", "www.wchscu.cn"),),
    "杭州市": (("浙江大学医学院附属第一医院", "www.zy91.com"),),
    "武汉市": (("华中科技大学同济医学院附属协和医院", "www.whuh.com"),),
    "Singapore": (
        ("Tan Tock Seng Hospital", "www.ttsh.com.sg"),
        ("Mount Elizabeth Hospital", "www.mountelizabeth.com.sg"),
    ),
    "Hong Kong": (("Queen Mary Hospital", "www3.ha.org.hk/qmh"),),
}

UNIVERSITIES = ("医科大学", "中医药大学", "医学院", "大学")
CHAINS = (
    "老百姓大药房",
    "益丰大药房",
    "大参林",
    "一心堂",
    "海王星辰",
    "国大药房",
    "同仁堂药店",
    "漱玉平民大药房",
    "健之佳",
    "养天和大药房",
    "华润堂",
    "桐君阁大药房",
)
DISTRIBUTORS = (
    "国药控股{p}有限公司",
    "华润医药商业集团{c}有限公司",
    "上药控股{c}有限公司",
    "九州通医药集团{p}有限公司",
    "{c}{w}医药有限公司",
    "{c}{w}医药连锁有限公司",
)
RETAILERS = (
    "永辉超市",
    "华润万家",
    "沃尔玛",
    "大润发",
    "物美超市",
    "盒马鲜生",
    "美宜佳",
    "孩子王母婴店",
)
OTHERS = (
    "{c}疾病预防控制中心",
    "{c}医疗保障局",
    "{p}医学会",
    "{c}{w}养老院",
    "{c}{w}康复中心",
    "{c}红十字会",
    "{w}集团职工医务室",
)
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
)
SHOPS = ("五一", "万达", "步行街", "火车站", "人民广场", "大学城", "新城", "中心", "东站", "江滩")

EN_ACCOUNTS: dict[AccountType, tuple[str, ...]] = {
    AccountType.HOSPITAL: (
        "Gleneagles Hospital",
        "Parkway East Hospital",
        "Raffles Hospital",
        "Union Hospital",
        "Sunway Medical Centre",
        "Pantai Hospital",
    ),
    AccountType.CLINIC: (
        "Raffles Medical Clinic",
        "Parkway Shenton Clinic",
        "Healthway Medical",
        "Town Health Medical Centre",
        "Qualitas Medical Clinic",
    ),
    AccountType.PHARMACY: (
        "Guardian Pharmacy",
        "Watsons",
        "Unity Pharmacy",
        "Mannings",
        "Caring Pharmacy",
    ),
    AccountType.DISTRIBUTOR: ("Zuellig Pharma", "DKSH Healthcare", "Apex Pharmacy Marketing"),
    AccountType.RETAILER: ("FairPrice Xtra", "Cold Storage", "Wellcome", "AEON"),
    AccountType.OTHER: (
        "Ministry of Health Clinic",
        "Community Care Trust",
        "Lions Home for the Elders",
    ),
}


def account_name(ctx: Ctx, kind: AccountType, city: City, district: str, n: int) -> str:
    """A name for the ``n``-th account of this kind in the rep's portfolio."""
    if city.intl:
        base = ctx.pick(EN_ACCOUNTS[kind])
        return (
            base
            if kind in (AccountType.HOSPITAL, AccountType.DISTRIBUTOR)
            else f"{base} ({district})"
        )
    c, p = city.name, city.province
    short = c.removesuffix("市")
    if kind is AccountType.HOSPITAL:
        patterns = (
            f"{c}第{'一二三四五六七八'[n % 8]}人民医院",
            f"{c}中心医院",
            f"{c}中医医院",
            f"{short}{ctx.pick(UNIVERSITIES)}附属第{'一二三'[n % 3]}医院",
            f"{c}妇幼保健院",
            f"{c}{district}人民医院",
            f"{p.removesuffix('省')}省肿瘤医院",
            f"{c}儿童医院",
            f"{c}{district}中医院",
        )
        return ctx.pick(patterns)
    if kind is AccountType.CLINIC:
        return ctx.pick(
            (
                f"{c}{district}{ctx.pick(ctx_streets(city))}社区卫生服务中心",
                f"{ctx.pick(WORDS)}中医诊所",
                f"{ctx.pick(WORDS)}口腔门诊部",
                f"{c}{district}{ctx.pick(WORDS)}诊所",
                f"{short}{ctx.pick(WORDS)}综合门诊部",
            )
        )
    if kind is AccountType.PHARMACY:
        return f"{ctx.pick(CHAINS)}({short}{ctx.pick(SHOPS)}店)"
    if kind is AccountType.DISTRIBUTOR:
        return ctx.pick(DISTRIBUTORS).format(
            p=p.removesuffix("省").removesuffix("市"), c=short, w=ctx.pick(WORDS)
        )
    if kind is AccountType.RETAILER:
        return f"{ctx.pick(RETAILERS)}({short}{district.removesuffix('区')}{ctx.pick(SHOPS)}店)"
    return ctx.pick(OTHERS).format(
        p=p.removesuffix("省").removesuffix("市"), c=c, w=ctx.pick(WORDS)
    )


def ctx_streets(city: City) -> tuple[str, ...]:
    return tuple(s.removesuffix("路").removesuffix("大道").removesuffix("街") for s in city.streets)


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
        ("采购经理", "采购部", _MID, _BUY, (_R.DECISION_MAKER, _R.ECONOMIC_BUYER)),
        ("执业药师", "门店", _OPS, _USE, (_R.USER, _R.COACH, _R.SUPPORTER)),
        ("品类经理", "商品部", _MID, _BUY, (_R.PROPOSER, _R.CONSTRAINT_SETTER)),
        ("区域经理", "营运部", _TOP, _SUP, (_R.INFLUENCER, _R.ECONOMIC_BUYER)),
    ),
    AccountType.DISTRIBUTOR: (
        ("总经理", "总经办", _TOP, _SUP, (_R.DECISION_MAKER, _R.ECONOMIC_BUYER)),
        ("采购总监", "采购部", _MID, _BUY, (_R.DECISION_MAKER, _R.TECHNICAL_BUYER)),
        ("采购员", "采购部", _OPS, _BUY, (_R.PROPOSER, _R.USER)),
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

EN_POSTS: tuple[Post, ...] = (
    ("Medical Director", "Management", _TOP, _SUP, (_R.DECISION_MAKER, _R.ECONOMIC_BUYER)),
    ("Chief Pharmacist", "Pharmacy", _MID, _BUY, (_R.TECHNICAL_BUYER, _R.CONSTRAINT_SETTER)),
    ("Consultant Cardiologist", "Cardiology", _MID, _USE, (_R.USER_BUYER, _R.INFLUENCER)),
    ("Procurement Manager", "Procurement", _MID, _BUY, (_R.DECISION_MAKER, _R.TECHNICAL_BUYER)),
    ("Store Manager", "Retail", _MID, _USE, (_R.DECISION_MAKER, _R.USER)),
    ("General Practitioner", "Clinic", _OPS, _USE, (_R.USER, _R.COACH)),
)
