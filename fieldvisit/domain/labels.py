"""Display labels for stored codes, in English and simplified Chinese, as plain data.

The printed documents use these directly (no Qt in the report layer). Every English
source string is wrapped in :func:`QT_TRANSLATE_NOOP` so that Qt's ``lupdate`` can also
collect them for the GUI's ``.ts`` files.
"""

from __future__ import annotations

from enum import StrEnum

from fieldvisit.domain import enums as e
from fieldvisit.domain.problems import Problem

CONTEXT = "Labels"
LANGUAGES = ("en", "zh")


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation in ``context``; returns it unchanged."""
    return text


def _t(en: str, zh: str) -> tuple[str, str]:
    return QT_TRANSLATE_NOOP(CONTEXT, en), zh


_PAIRS: tuple[tuple[StrEnum, tuple[str, str]], ...] = (
    (e.MemberRole.REP, _t("Sales rep", "销售代表")),
    (e.MemberRole.MANAGER, _t("First-line manager", "一线经理")),
    (e.WorkBase.OFFICE, _t("Office-based", "办公室办公")),
    (e.WorkBase.HOME, _t("Home-based", "居家办公")),
    (e.AccountType.HOSPITAL, _t("Hospital", "医院")),
    (e.AccountType.CLINIC, _t("Clinic", "诊所")),
    (e.AccountType.PHARMACY, _t("Pharmacy", "药店")),
    (e.AccountType.DISTRIBUTOR, _t("Distributor", "经销商")),
    (e.AccountType.RETAILER, _t("Retailer", "零售终端")),
    (e.AccountType.OTHER, _t("Other", "其他")),
    (e.AccountStatus.ACTIVE, _t("Active customer", "业务往来客户")),
    (e.AccountStatus.TARGET, _t("Target", "目标客户")),
    (e.AccountStatus.POTENTIAL, _t("Potential", "潜在客户")),
    (e.AccountStatus.PEER, _t("Peer / competitor", "同行")),
    (e.KeyAccountLevel.LEVEL_1, _t("Level 1", "一级")),
    (e.KeyAccountLevel.LEVEL_2, _t("Level 2", "二级")),
    (e.KeyAccountLevel.LEVEL_3, _t("Level 3", "三级")),
    (e.VolumeBand.TOP_50, _t("Top 50 % of volume", "前 50% 销量")),
    (e.VolumeBand.NEXT_30, _t("Next 30 % of volume", "中间 30% 销量")),
    (e.VolumeBand.LAST_20, _t("Last 20 % of volume", "最后 20% 销量")),
    (e.BuyingStage.NEED_DISCOVERED, _t("Need discovered", "发现需求")),
    (e.BuyingStage.INTERNAL_DELIBERATION, _t("Internal deliberation", "内部酝酿")),
    (e.BuyingStage.SOLUTION_DESIGN, _t("Solution design", "系统设计")),
    (e.BuyingStage.EVALUATION, _t("Evaluation and comparison", "评估比较")),
    (e.BuyingStage.COMMITMENT, _t("Purchase commitment", "购买承诺")),
    (e.BuyingStage.IMPLEMENTATION, _t("Installation and implementation", "安装实施")),
    (e.PeriodKind.WEEK, _t("Week", "周")),
    (e.PeriodKind.MONTH, _t("Month", "月")),
    (e.PeriodKind.QUARTER, _t("Quarter", "季度")),
    (e.PeriodKind.YEAR, _t("Year", "年")),
    (e.BuyingRole.DECISION_MAKER, _t("Decision-maker", "采购决策者")),
    (e.BuyingRole.PROPOSER, _t("Proposer", "提议者")),
    (e.BuyingRole.SUPPORTER, _t("Supporter", "支持者")),
    (e.BuyingRole.CONSTRAINT_SETTER, _t("Constraint setter", "条件限制者")),
    (e.BuyingRole.USER, _t("Main user", "使用者")),
    (e.BuyingRole.INFLUENCER, _t("Influencer", "影响者")),
    (e.BuyingRole.ECONOMIC_BUYER, _t("Economic buyer", "经济决策者")),
    (e.BuyingRole.TECHNICAL_BUYER, _t("Technical buyer", "技术把关者")),
    (e.BuyingRole.USER_BUYER, _t("User buyer", "使用决策者")),
    (e.BuyingRole.COACH, _t("Coach", "内线")),
    (e.OrgLevel.TOP, _t("Top management", "高层")),
    (e.OrgLevel.MIDDLE, _t("Middle management", "中层")),
    (e.OrgLevel.OPERATIONAL, _t("Operational", "基层")),
    (e.OrgFunction.USING, _t("Using department", "使用部门")),
    (e.OrgFunction.PURCHASING, _t("Purchasing department", "采购部门")),
    (e.OrgFunction.SUPPORTING, _t("Supporting department", "支持部门")),
    (e.ValuesStyle.EMOTIONAL, _t("Emotional", "感性")),
    (e.ValuesStyle.RATIONAL, _t("Rational", "理性")),
    (e.AdoptionStage.AWARENESS, _t("Awareness", "认知")),
    (e.AdoptionStage.CONSIDERATION, _t("Consideration", "考虑")),
    (e.AdoptionStage.DECISION, _t("Decision", "决定")),
    (e.AdoptionStage.FEEDBACK, _t("Feedback", "反馈")),
    (e.ContactMethod.VISIT, _t("In-person visit", "登门拜访")),
    (e.ContactMethod.PHONE, _t("Phone", "电话")),
    (e.ContactMethod.IM, _t("WeChat / IM", "微信/即时通讯")),
    (e.ContactMethod.EMAIL, _t("Email", "电子邮件")),
    (e.ContactMethod.MEETING, _t("Meeting", "会议")),
    (e.ContactMethod.EXHIBITION, _t("Exhibition", "展会")),
    (e.ContactMethod.TECHNICAL_EXCHANGE, _t("Technical exchange", "技术交流")),
    (e.ContactMethod.SAMPLES, _t("Samples / test", "样品试用")),
    (e.ContactMethod.BUSINESS_ACTIVITY, _t("Business activity", "商务活动")),
    (e.ContactMethod.SITE_VISIT, _t("Site visit", "参观考察")),
    (e.SalesObjective.MORE_VOLUME, _t("More volume or varieties", "增加销量或品种")),
    (e.SalesObjective.NEW_ITEM, _t("An item not yet stocked", "进入尚未经营的品种")),
    (e.SalesObjective.NEW_PRODUCT, _t("New product", "新产品")),
    (e.SalesObjective.FIRST_ORDER, _t("First order from a new customer", "新客户首单")),
    (e.AdminObjective.COLLECT_PAYMENT, _t("Collect payment", "回收货款")),
    (e.AdminObjective.HANDLE_COMPLAINT, _t("Handle a complaint", "处理投诉")),
    (e.AdminObjective.PASS_ON_POLICY, _t("Pass on a policy", "传达政策")),
    (e.AdminObjective.BUILD_RELATIONSHIP, _t("Build the relationship", "建立关系")),
    (e.Purpose.MARKET_RESEARCH, _t("Market research", "市场调研")),
    (e.Purpose.COMPETITOR_INTELLIGENCE, _t("Competitor intelligence", "竞争对手情报")),
    (e.Purpose.RELATIONSHIP_CARE, _t("Relationship care", "客情维护")),
    (e.Purpose.NEW_CUSTOMER, _t("New-customer development", "新客户开发")),
    (e.Purpose.PRODUCT_LAUNCH, _t("New-product launch", "新品推广")),
    (e.Purpose.COVERAGE, _t("Coverage", "覆盖")),
    (e.RecordStatus.DRAFT, _t("Draft", "草稿")),
    (e.RecordStatus.COMPLETE, _t("Complete", "已完成")),
    (e.PromiseStatus.OPEN, _t("Open", "未完成")),
    (e.PromiseStatus.KEPT, _t("Kept", "已兑现")),
    (e.PromiseStatus.CANCELLED, _t("Cancelled", "已取消")),
    (e.PlanStatus.DRAFT, _t("Draft", "草稿")),
    (e.PlanStatus.SUBMITTED, _t("Submitted", "已提交")),
    (e.PlanStatus.APPROVED, _t("Approved", "已批准")),
    (e.PlanStatus.RETURNED, _t("Returned", "已退回")),
    (e.PlannedKind.VISIT, _t("Visit", "拜访")),
    (e.PlannedKind.PHONE, _t("Phone", "电话")),
    (e.PlannedKind.SERVICE, _t("Service", "服务")),
    (e.DaySlot.MORNING, _t("Morning", "上午")),
    (e.DaySlot.AFTERNOON, _t("Afternoon", "下午")),
    (e.CoVisitType.JOINT, _t("Joint call", "共同拜访")),
    (e.CoVisitType.DEMONSTRATION, _t("Demonstration call", "示范拜访")),
    (e.CoVisitType.COACHING, _t("Coaching call", "指导式拜访")),
    (e.CoVisitStatus.IN_PROGRESS, _t("In progress", "进行中")),
    (e.CoVisitStatus.SIGNED_OFF, _t("Signed off", "已签署")),
    (e.CallStep.PREPARATION, _t("Preparation", "准备")),
    (e.CallStep.OPENING, _t("Opening", "开场")),
    (e.CallStep.PROBING, _t("Probing needs", "探询需求")),
    (e.CallStep.LISTENING, _t("Listening", "倾听")),
    (e.CallStep.PRESENTING, _t("Presenting (FAB)", "呈现 (特征-优势-利益)")),
    (e.CallStep.OBJECTIONS, _t("Handling objections", "处理异议")),
    (e.CallStep.COMMITMENT, _t("Gaining commitment", "获取承诺")),
    (e.CallStep.FOLLOW_UP, _t("Recording and follow-up", "记录与跟进")),
    (e.Standard.ADMINISTRATION, _t("Administration", "行政管理")),
    (e.Standard.COMMUNICATION, _t("Communication", "沟通")),
    (e.Standard.TERRITORY, _t("Territory management", "辖区管理")),
    (e.Standard.CHANNEL, _t("Channel management", "渠道管理")),
    (e.Standard.TEAM_SELLING, _t("Team selling", "团队销售")),
    (e.Standard.SALES_CALLS, _t("Sales calls", "销售拜访")),
    (e.Standard.KNOWLEDGE, _t("Product / disease knowledge", "产品/疾病知识")),
    (e.ActionStatus.OPEN, _t("Open", "未完成")),
    (e.ActionStatus.DONE, _t("Done", "已完成")),
    (e.ActionStatus.DROPPED, _t("Dropped", "已放弃")),
    (e.SummarySection.COMPLETED, _t("Completed plans", "已完成的计划")),
    (e.SummarySection.IN_PROGRESS, _t("Plans in progress", "进行中的计划")),
    (e.SummarySection.NEW, _t("New plans", "新计划")),
    (e.SummaryStatus.DRAFT, _t("Draft", "草稿")),
    (e.SummaryStatus.FINAL, _t("Final", "定稿")),
    (e.PhonePeriod.WEEK, _t("per week", "每周")),
    (e.PhonePeriod.TWO_WEEKS, _t("per two weeks", "每两周")),
    (Problem.LOCKED, _t("the database is in use by another program", "数据库正被其他程序占用")),
    (Problem.DISK_FULL, _t("the disk is full", "磁盘已满")),
    (Problem.READ_ONLY, _t("the data folder is read-only", "数据文件夹只读")),
    (Problem.NO_PERMISSION, _t("no permission to write the data folder", "无权写入数据文件夹")),
    (Problem.DISK_IO, _t("the disk cannot be read or written", "磁盘无法读写")),
)

# StrEnum members of different enums with the same value compare equal ("open"), so
# the table is keyed by (enum type, value).
_LABELS: dict[tuple[type[StrEnum], str], tuple[str, str]] = {}
for _member, _pair in _PAIRS:
    _LABELS[(type(_member), _member.value)] = _pair


def _pick(pair: tuple[str, str], lang: str) -> str:
    return pair[1] if lang.startswith("zh") else pair[0]


def label(member: StrEnum, lang: str) -> str:
    """The display label of an enum member in ``lang`` ("en" or "zh"/"zh_CN")."""
    pair = _LABELS.get((type(member), member.value))
    return _pick(pair, lang) if pair is not None else str(member.value)  # tiers, grades: "A1"


def code_label(enum_type: type[StrEnum], code: str, lang: str) -> str:
    """The label of a stored code; an unknown code (e.g. from a newer template) as is."""
    try:
        member = enum_type(code)
    except ValueError:
        return code
    return label(member, lang)


def has_label(member: StrEnum) -> bool:
    return (type(member), member.value) in _LABELS
