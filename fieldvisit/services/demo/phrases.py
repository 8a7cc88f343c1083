"""Phrase banks for the free-text fields, so that no two records read the same.

Templates take ``{p}`` (a product), ``{s}`` (a stakeholder), ``{c}`` (a competitor) and
``{n}`` (a number); :func:`say` fills them and joins a few sentences.
"""

from __future__ import annotations

from collections.abc import Sequence

from fieldvisit.domain.enums import AccountType
from fieldvisit.services.demo.core import Ctx

PRODUCTS = (
    "康泰阿托伐他汀钙片 20mg×7片",
    "康泰苯磺酸氨氯地平片 5mg×14片",
    "康泰二甲双胍缓释片 0.5g×30片",
    "康泰头孢克肟胶囊 0.1g×6粒",
    "康泰布洛芬混悬液 100ml",
    "康泰奥美拉唑肠溶胶囊 20mg×14粒",
    "康泰维生素C泡腾片 1g×10片",
    "康泰枯草杆菌二联活菌颗粒 1g×10袋",
    "康泰氯雷他定片 10mg×6片",
)
COMPETITORS = ("进口原研品种", "某国产一致性评价品种", "同类集采中标品种", "本地药企的仿制品种")

# What a visit is about depends on where it happens: a ward talks about patients, a
# store about shelves and members, a distributor about orders and statements.
_COMMON_CONTENT = (
    "{s}对{c}的价格比较敏感，我方强调了供货稳定和售后服务的优势。",
    "{s}刚调任新岗位，本次主要做了工作交接和关系维护。",
    "{s}反映上次到货有两件外箱破损，已拍照记录，答应跟进物流赔付。",
)
_CLINICAL_CONTENT = (
    "与{s}沟通了{p}近三个月的使用情况，科室反馈疗效稳定，患者依从性较好。",
    "{s}提到{c}近期在院内做了学术推广，询问我方有无新的循证资料。",
    "介绍了{p}新的临床数据和说明书更新要点，{s}表示会在科室早会上转达。",
    "参加了科室学术会，讲解{p}的用法用量，到场医生{n}人，提问踊跃。",
    "了解到医院正在做药品目录调整，{p}需要补充一致性评价材料。",
    "电话回访{s}，确认上周送样已收到，对方将安排试用两周。",
    "新院区下月开业，{s}介绍了药房布局和首批采购品种的遴选流程。",
)
_STORE_CONTENT = (
    "核对了上月进销存数据，{p}库存约{n}盒，预计可支撑三周销售。",
    "协助店员调整了{p}的陈列位置，从下层货架调到了与视线平齐的位置。",
    "门店本月开展会员日活动，{p}参与满减，客流明显增加。",
    "收集了周边三家药店{p}的零售价，最低一家比我方建议零售价低约{n}元。",
    "与{s}对账，确认应收款项，对方承诺本月底前安排付款。",
)
_TRADE_CONTENT = (
    "核对了上月进销存数据，{p}库存约{n}盒，预计可支撑三周销售。",
    "讨论了下季度的采购计划，{s}初步同意将{p}的月采购量提高到{n}盒。",
    "与{s}对账，确认应收款项，对方承诺本月底前安排付款。",
    "{s}介绍了下游终端的覆盖情况，{p}在县级医院的配送还需加强。",
)
_PUBLIC_CONTENT = (
    "向{s}了解了今年慢病管理项目的安排，{p}可作为基层用药的备选。",
    "{s}介绍了医保支付政策的最新调整，需要按新目录准备材料。",
    "协助组织了健康讲座，到场{n}人，发放了用药指导手册。",
)
CONTENT: dict[AccountType, tuple[str, ...]] = {
    AccountType.HOSPITAL: _CLINICAL_CONTENT + _COMMON_CONTENT,
    AccountType.CLINIC: _CLINICAL_CONTENT[:1] + _CLINICAL_CONTENT[5:6] + _COMMON_CONTENT,
    AccountType.PHARMACY: _STORE_CONTENT + _COMMON_CONTENT,
    AccountType.RETAILER: _STORE_CONTENT + _COMMON_CONTENT,
    AccountType.DISTRIBUTOR: _TRADE_CONTENT + _COMMON_CONTENT,
    AccountType.OTHER: _PUBLIC_CONTENT + _COMMON_CONTENT[1:2],
}
SUCCESSES = (
    "提前准备了科室用药数据，{s}很认可，沟通效率高。",
    "成功约到了{s}下周的正式会谈时间。",
    "获得了{p}的试用机会，这是突破该客户的关键一步。",
    "当场解决了对方关于退换货的疑问，客户满意。",
    "用患者案例讲清了{p}的获益，对方主动询问进货条件。",
    "对账一次通过，没有差异。",
    "拿到了下季度的采购意向，数量比去年同期增长约{n}%。",
    "陈列调整后当天就有顾客购买{p}。",
)
SHORTCOMINGS = (
    "没有提前确认{s}的时间，等候了近四十分钟。",
    "对{c}的价格信息掌握不足，回答不够有力。",
    "准备的资料偏多，重点不够突出。",
    "忘记带上月的对账单，只能事后补发。",
    "提问太少，没有充分了解对方真正关心的问题。",
    "没有及时提出成交请求，错过了最佳时机。",
    "对新的医保政策解释得不够清楚。",
    "拜访时间过长，影响了下午的后续安排。",
)
LESSONS = (
    "重要拜访前一天电话确认时间和参会人员。",
    "拜访前准备好竞品价格对比表。",
    "每次拜访只聚焦一到两个关键信息。",
    "先听后说，多用开放式提问了解需求。",
    "承诺要谨慎，答应的事情一定按时兑现。",
    "对账资料随身携带，当场核对当场确认。",
    "遇到异议先认同感受，再用数据回应。",
    "关键客户要多线联系，不能只依赖一个人。",
)
PROMISES = (
    "三个工作日内提供{p}的最新临床文献",
    "下周送来科室会用的演示资料",
    "协调物流更换破损外箱",
    "月底前提供对账单和发票",
    "申请{n}盒样品用于试用",
    "安排区域医学经理做一次专题讲座",
    "反馈公司对近效期产品的退换政策",
    "提供门店促销物料和价签",
    "确认下季度返利政策后书面答复",
)
CLOSING_NOTES = (
    "客户表示不再需要",
    "活动取消，已与客户沟通",
    "政策调整，改为其他方式解决",
    "与新负责人重新约定",
)
NEXT_STEPS = (
    "下周二上午再次拜访，带上试用反馈表。",
    "月底前电话跟进付款进度。",
    "准备科室会资料，约定会议时间。",
    "与经理沟通返利申请，周五前答复客户。",
    "两周后回访陈列效果并拍照记录。",
)
SPECIAL = (
    "客户下月休年假，联系副主任代办。",
    "院内禁止代表进入病区，只能在门诊办公室见面。",
    "对方偏好微信沟通。",
)
PLACES: dict[AccountType, tuple[str, ...]] = {
    AccountType.HOSPITAL: ("科室办公室", "药剂科", "学术报告厅", "门诊办公室", "院外咖啡厅"),
    AccountType.CLINIC: ("诊室", "药房", "负责人办公室"),
    AccountType.PHARMACY: ("门店", "店长办公室", "门店仓库"),
    AccountType.RETAILER: ("门店", "药品专柜", "门店仓库"),
    AccountType.DISTRIBUTOR: ("采购部会议室", "财务部", "仓库"),
    AccountType.OTHER: ("办公室", "会议室"),
}


def say(ctx: Ctx, bank: Sequence[str], k: int = 1, *, s: str = "对方") -> str:
    """``k`` distinct sentences from ``bank``, slots filled."""
    chosen = ctx.sample(bank, k) if k > 1 else [ctx.pick(bank)]
    text = "".join(chosen)
    return text.format(
        p=ctx.pick(PRODUCTS),
        s=s,
        c=ctx.pick(COMPETITORS),
        n=ctx.between(2, 60) * (10 if "盒" in text else 1),
    )


COVISIT_OBJECTIVES = (
    "提问技巧：用开放式问题挖掘需求",
    "处理价格异议",
    "特征-优势-利益（FAB）的产品介绍",
    "获得明确承诺",
    "拜访前计划与目标设定",
    "倾听与确认",
    "辖区时间管理",
    "客户分级与拜访频率",
)
VISIT_OBJECTIVES = (
    "争取{p}进入药事会讨论议程",
    "确认下季度采购量",
    "了解科室对{p}的使用反馈",
    "推动首单",
    "回收上月欠款",
    "处理上次到货破损投诉",
    "邀请参加下月学术会",
)
FEEDBACK_GOOD = (
    "开场自然，很快建立了融洽气氛。",
    "提问层层递进，找到了对方真正的顾虑。",
    "FAB讲解清楚，把产品特点转化成了患者获益。",
    "面对异议保持冷静，先认同再回应。",
    "结束前主动提出了具体承诺请求。",
)
FEEDBACK_CHANGE = (
    "介绍产品前先多问两个问题，确认需求。",
    "回应价格异议时引用具体数据。",
    "成交信号出现时要及时要求承诺。",
    "控制拜访时长，留出时间总结。",
    "拜访后当天完成记录。",
)
STRENGTHS = (
    "客户关系扎实，客户信任度高。",
    "产品知识全面，回答专业。",
    "准备充分，资料齐全。",
    "积极主动，执行力强。",
)
DEV_AREAS = (
    "需要加强需求探寻，少讲多问。",
    "成交意识有待提高。",
    "辖区路线规划可以更合理。",
    "拜访记录要及时、具体。",
)
BIG_WHY = (
    "肯定了具体的进步，并一起制定了下次的目标，代表表示很受鼓舞。",
    "示范后让代表马上练习，代表对新方法很有信心。",
    "反馈具体、平衡，代表愿意继续尝试。",
)
BIG_WHY_NO = ("反馈以批评为主，代表情绪较低，下次需先肯定进步。",)
REP_COMMENTS = (
    "感谢经理的示范，收获很大。",
    "同意行动计划，下次协访前完成。",
    "希望下次多练习异议处理。",
    "",
)
ACTIONS = (
    "整理A类客户需求清单",
    "练习三个开放式提问并在下周拜访中使用",
    "完成辖区路线优化方案",
    "准备价格异议应对话术",
    "补齐上月拜访记录",
    "与药剂科主任约一次正式会谈",
    "参加公司FAB培训",
)
REVISION_REASONS = ("更正第二个拜访的客户名称", "补充代表的意见", "评分录入错误，已更正")


# Words that tie a phrase to a ward or to a shop floor; such a phrase is said only there.
_CLINICAL_WORDS = ("科室", "药事会", "院内", "医院", "药剂科", "病区", "门诊", "新院区", "医生")
_STORE_WORDS = ("门店", "陈列", "店员", "顾客", "价签", "会员日", "促销")
_CLINICAL_KINDS = (AccountType.HOSPITAL, AccountType.CLINIC)
_STORE_KINDS = (AccountType.PHARMACY, AccountType.RETAILER)
_fitting: dict[tuple[int, AccountType], tuple[str, ...]] = {}


def fit(bank: tuple[str, ...], kind: AccountType) -> tuple[str, ...]:
    """The phrases of ``bank`` that can be said in an account of ``kind`` (kept per bank)."""
    key = (id(bank), kind)
    found = _fitting.get(key)
    if found is None:

        def fits(text: str) -> bool:
            if kind not in _CLINICAL_KINDS and any(w in text for w in _CLINICAL_WORDS):
                return False
            return kind in _STORE_KINDS or not any(w in text for w in _STORE_WORDS)

        found = _fitting[key] = tuple(t for t in bank if fits(t)) or bank
    return found
