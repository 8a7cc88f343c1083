"""The wording of the printed documents in English and simplified Chinese.

Kept as plain data so the report layer needs no Qt; dates and amounts are formatted
here too, the way each language writes them.
"""

from __future__ import annotations

from datetime import date, datetime

from fieldvisit.domain.enums import PeriodKind

_TEXT: dict[str, tuple[str, str]] = {
    # common
    "printed_on": ("Printed {date}", "打印日期：{date}"),
    "page_x_of_y": ("Page {page} of {pages}", "第 {page} 页，共 {pages} 页"),
    "range": ("{start} – {end}", "{start} 至 {end}"),
    "none": ("None", "无"),
    "yes": ("Yes", "是"),
    "no": ("No", "否"),
    "unanswered": ("Not answered", "未回答"),
    "revision": ("Revision {n}", "第 {n} 版"),
    "signed_on": ("Signed {date}", "签署日期：{date}"),
    "not_signed": ("Not signed yet", "尚未签署"),
    "acknowledged_on": ("Acknowledged {date}", "确认日期：{date}"),
    "not_acknowledged": ("Not acknowledged yet", "尚未确认"),
    "as_needed": ("as needed", "按需"),
    "col.action": ("Action", "行动"),
    "col.owner": ("Owner", "负责人"),
    "col.due": ("Due", "完成日期"),
    "col.status": ("Status", "状态"),
    "col.standard": ("Standard", "标准"),
    "col.score": ("Score", "评分"),
    "col.trend": ("Since last", "较上次"),
    "col.meaning": ("What this level means", "该等级含义"),
    "col.comment": ("Comment", "评语"),
    "col.account": ("Account", "客户"),
    "col.date": ("Date", "日期"),
    "col.promise": ("Promise", "承诺事项"),
    "col.stakeholder": ("Stakeholder", "联系人"),
    # co-visit handout
    "covisit.title": ("Co-visit report", "协同拜访报告"),
    "covisit.heading": ("Co-visit with {rep}", "协同拜访：{rep}"),
    "covisit.manager_line": ("Manager {manager}", "经理 {manager}"),
    "covisit.calls_count": ("{n} calls", "{n} 次拜访"),
    "covisit.calls_count_one": ("1 call", "1 次拜访"),
    "covisit.late": ("Report completed late", "报告延迟完成"),
    "covisit.late_unsigned": (
        "Late: not signed by the end of {day}",
        "逾期：{day} 结束前未签署",
    ),
    "covisit.review": ("Last time's actions, reviewed", "上次行动计划回顾"),
    "covisit.not_reviewed": ("Not reviewed yet", "尚未回顾"),
    "covisit.manager_comments": ("Manager's comment", "经理意见"),
    "covisit.observation_notes": ("Observation notes", "观察记录"),
    "col.outcome": ("Outcome", "结果"),
    "col.review_note": ("Review note", "回顾说明"),
    "col.agreed_on": ("Agreed", "制定于"),
    "covisit.development_objectives": ("Development objectives", "发展目标"),
    "covisit.action_plan": ("Agreed action plan", "行动计划"),
    "covisit.big_question": ("The Big Question", "关键问题"),
    "covisit.big_question_text": (
        "After this co-visit, is the rep more motivated to keep doing good work?",
        "经过这次协访，代表是否更有动力继续做好工作？",
    ),
    "covisit.strengths": ("Strengths", "优点"),
    "covisit.development_areas": ("Development areas", "待发展方面"),
    "covisit.ratings": ("Ratings against the standards", "职业标准评分"),
    "covisit.this_covisit": ("This co-visit", "本次协访"),
    "covisit.calls": ("The calls", "拜访详情"),
    "covisit.call_title": ("Call {n} · {day} · {account}", "第 {n} 次拜访 · {day} · {account}"),
    "covisit.met": ("met {names}", "会见 {names}"),
    "covisit.precall": ("Pre-call plan", "拜访前计划"),
    "covisit.visit_objective": ("Visit objective", "拜访目标"),
    "covisit.opening": ("Opening", "开场白"),
    "covisit.key_messages": ("Key messages", "关键信息"),
    "covisit.objections": ("Expected objections", "预期异议"),
    "covisit.commitment": ("Commitment to ask for", "争取的承诺"),
    "covisit.debrief": ("Debrief", "拜访后分析"),
    "covisit.self_assessment": ("Rep's self-assessment", "代表自我评估"),
    "covisit.went_well": ("Went well", "做得好的方面"),
    "covisit.do_differently": ("Do differently next time", "下次可改进的方面"),
    "covisit.agreed_learning": ("Agreed learning", "达成共识的收获"),
    "covisit.observed_steps": ("Observed steps", "观察到的拜访步骤"),
    "covisit.signatures": ("Comments and signatures", "意见与签字"),
    "covisit.rep_comments": ("Rep's comments", "代表意见"),
    "covisit.manager_signature": ("Manager", "经理签字"),
    "covisit.rep_signature": ("Rep", "代表签字"),
    "covisit.revisions": ("Revisions", "修订记录"),
    "covisit.revision_line": ("Revision {n}, {date}: {reason}", "第 {n} 版，{date}：{reason}"),
    # contact record
    "record.title": ("Contact record", "客户联系记录卡"),
    "record.heading": ("{account}", "{account}"),
    "record.when": ("When", "时间"),
    "record.method": ("Method", "联系方式"),
    "record.place": ("Where", "地点"),
    "record.author": ("Written by", "填写人"),
    "record.status": ("Status", "状态"),
    "record.stakeholders": ("Customer side", "客户方参与人"),
    "record.participants": ("Our side", "我方参与人"),
    "record.objectives": ("Objectives", "拜访目标"),
    "record.sales_objectives": ("Sales objectives", "销售目标"),
    "record.admin_objectives": ("Administrative objectives", "行政目标"),
    "record.purposes": ("Purposes", "拜访目的"),
    "record.objective_notes": ("Notes on the objectives", "目标说明"),
    "record.content": ("Content of the talk or activity", "洽谈或活动内容"),
    "record.review": ("Review", "总结"),
    "record.successes": ("Successes", "成功之处"),
    "record.shortcomings": ("Shortcomings", "不足之处"),
    "record.lessons": ("Lessons", "经验与教训"),
    "record.agreements": ("New agreements and promises", "新的约定"),
    "record.plan": ("New plan", "新的计划"),
    "record.next_steps": ("Next steps", "下一步行动"),
    "record.next_visit": ("Next visit", "下次拜访日期"),
    "record.special_notes": ("Special notes", "特别事项"),
    "record.other_notes": ("Other", "其他"),
    "record.checks": ("Store and account checks", "门店与账务检查"),
    "check.our_prices": ("Our prices", "我方价格"),
    "check.competitor_prices": ("Competitor prices", "竞品价格"),
    "check.stock": ("Stock of our products", "我方产品库存"),
    "check.sell_through": ("What sells", "动销情况"),
    "check.credit_limit": ("Credit limit", "铺底额度"),
    "check.paid": ("Paid", "已付"),
    "check.unpaid": ("Unpaid", "未付"),
    "check.receivable": ("Receivable", "应收"),
    "check.promotion": ("Promotion and after-sales", "促销与售后执行"),
    "check.shelf": ("Shelf display", "货架陈列"),
    "check.draft_order": ("Draft order", "订单草案"),
    # customer card
    "card.title": ("Customer card", "客户资料卡"),
    "card.basics": ("Basics", "基本信息"),
    "card.type": ("Type", "类型"),
    "card.status": ("Status", "客户状态"),
    "card.owner": ("Our rep", "我方负责人"),
    "card.address": ("Address", "地址"),
    "card.phone": ("Phone", "电话"),
    "card.fax": ("Fax", "传真"),
    "card.website": ("Website", "网站"),
    "card.legal": ("Legal representative", "法人代表"),
    "card.key_staff": ("Key staff", "主要人员"),
    "card.scale": ("Business scale", "经营规模"),
    "card.handler": ("Their contact person", "对方接洽人"),
    "card.began": ("Business began", "开始往来日期"),
    "card.classification": ("Classification and credit", "分级与资信"),
    "card.tier": ("Tier", "客户等级"),
    "card.key_level": ("Key-account level", "大客户级别"),
    "card.man": ("M-A-N grade", "M-A-N 评级"),
    "card.credit_5c": (
        "5C: capital, character, capacity, collateral, conditions",
        "5C：资本、品德、能力、担保、环境",
    ),
    "card.credit_grade": ("Credit grade", "资信等级"),
    "card.credit_limit": ("Credit limit", "铺底额度"),
    "card.commercial": ("Commercial", "商务信息"),
    "card.brands": ("Brands carried", "经营品种"),
    "card.settlement": ("Settlement", "结算方式"),
    "card.delivery": ("Delivery", "送货要求"),
    "card.notes": ("Notes", "备注"),
    "card.stakeholders": ("Stakeholders", "联系人"),
    "card.name": ("Name", "姓名"),
    "card.position": ("Title and department", "职务与科室"),
    "card.roles": ("Buying roles", "采购角色"),
    "card.contact": ("Phone / WeChat / email", "电话/微信/邮箱"),
    "card.left": ("left {date}", "{date} 离任"),
    "card.single_stakeholder": (
        "Warning: only one active stakeholder at a key account. Build more relationships.",
        "警告：大客户只有一位在任联系人，请拓展更多关系。",
    ),
    "card.profiles": ("Personal profiles (confidential)", "个人资料（机密）"),
    "card.no_profile": ("No profile recorded.", "未记录个人资料。"),
    "profile.birthday": ("Birthday", "生日"),
    "profile.education": ("Education", "教育背景"),
    "profile.hometown": ("Hometown", "籍贯"),
    "profile.family": ("Family", "家庭"),
    "profile.personality": ("Personality", "性格"),
    "profile.hobbies": ("Hobbies and sports", "爱好与运动"),
    "profile.food": ("Food and restaurants", "饮食与餐厅"),
    "profile.reading": ("Reading", "阅读"),
    "profile.car": ("Car", "座驾"),
    "profile.holidays": ("Holidays", "度假"),
    "profile.organisations": ("Other organisations", "其他组织"),
    "profile.colleagues": ("Relations with colleagues", "同事关系"),
    "profile.notes": ("Notes", "备注"),
    "card.contributions": ("Contribution", "业绩贡献"),
    "col.period": ("Period", "期间"),
    "col.volume": ("Volume", "销量"),
    "col.revenue": ("Revenue", "销售额"),
    "col.collections": ("Collections", "回款"),
    "col.receivables": ("Receivables", "应收账款"),
    "card.projects": ("Buying projects", "采购项目"),
    "col.project": ("Project", "项目"),
    "col.stage": ("Stage", "阶段"),
    "col.started": ("Started", "开始日期"),
    "card.complaints": ("Complaints", "投诉"),
    "col.complaint": ("Complaint", "投诉内容"),
    "col.handling": ("Handling", "处理情况"),
    "col.resolved": ("Resolved", "解决日期"),
    "card.open_promises": ("Open promises", "未完成的承诺"),
    "card.recent_contacts": ("Recent contacts", "最近联系"),
    "col.method": ("Method", "方式"),
    "col.summary": ("Summary", "摘要"),
}
_TEXT.update(
    {
        # visit plan
        "plan.title": ("Monthly visit plan", "月度拜访计划"),
        "plan.heading": ("{rep} · {month}", "{rep} · {month}"),
        "plan.no_plan": ("No plan was made for this month.", "本月未制定拜访计划。"),
        "plan.policy": ("Frequency policy: {name}", "频率标准：{name}"),
        "plan.manager_comment": ("Manager's comment", "经理意见"),
        "plan.more": ("+{n} more", "另 {n} 项"),
        "plan.legend": (
            "V visit · P phone · S service · am / pm morning / afternoon · ✓ done",
            "访 拜访 · 电 电话 · 服 服务 · ✓ 已完成 · 上/下 上午/下午",
        ),
        "plan.kind.visit": ("V", "访"),
        "plan.kind.phone": ("P", "电"),
        "plan.kind.service": ("S", "服"),
        "plan.slot.morning": ("am", "上"),
        "plan.slot.afternoon": ("pm", "下"),
        "plan.compliance": ("Compliance", "计划执行情况"),
        "plan.on_site": ("On-site visits", "现场拜访"),
        "plan.phone": ("Phone contacts", "电话联系"),
        "plan.required": ("Required", "要求"),
        "plan.planned": ("Planned", "计划"),
        "plan.done": ("Done", "完成"),
        "plan.short": ("Short", "不足"),
        "plan.ok": ("OK", "达标"),
        "plan.sub_tier": ("Sub-tier", "细分等级"),
        "plan.by_tier": ("Visits by sub-tier", "各等级拜访"),
        "plan.accounts_short": ("Accounts below their tier frequency", "未达频率标准的客户"),
        "plan.untiered": ("No tier", "未分级"),
        "weekday.0": ("Mon", "周一"),
        "weekday.1": ("Tue", "周二"),
        "weekday.2": ("Wed", "周三"),
        "weekday.3": ("Thu", "周四"),
        "weekday.4": ("Fri", "周五"),
        "weekday.5": ("Sat", "周六"),
        "weekday.6": ("Sun", "周日"),
        # summary
        "summary.title": ("Customer management report", "客户管理总结报告"),
        "summary.heading": ("{author} · {period}", "{author} · {period}"),
        "summary.prefilled": (
            "Not yet written: pre-filled from the period's records and promises.",
            "尚未填写：根据本期联系记录与承诺自动生成。",
        ),
        "summary.records": ("Contacts", "联系次数"),
        "summary.on_site": ("On-site", "现场拜访"),
        "summary.phone": ("Phone", "电话联系"),
        "summary.kept": ("Promises kept", "已兑现承诺"),
        "summary.open": ("Promises open", "未完成承诺"),
        "col.plan": ("Plan", "计划"),
        "col.key_data": ("Key data", "关键数据"),
        "col.problems_met": ("Problems met", "遇到的主要问题"),
        "col.worked": ("What worked / did not", "成功与不足"),
        "col.thanks": ("Thanks to", "感谢"),
        "col.problems_expected": ("Problems expected", "预计的问题"),
        "col.solutions": ("Proposed solutions", "解决办法"),
        "col.help": ("Help needed", "所需支持"),
        "col.known_data": ("Known data", "已知数据"),
        "col.challenges": ("Challenges expected", "预计的挑战"),
        "summary.week": ("Week of {date}", "{date} 当周"),
        "summary.year": ("Year {year}", "{year}年"),
        "summary.quarter": ("Q{q} {year}", "{year}年第{q}季度"),
        "summary.contacts_item": (
            "{n} contacts ({on_site} on-site, {phone} phone)",
            "联系 {n} 次（现场 {on_site} 次，电话 {phone} 次）",
        ),
        "summary.kept_on": ("kept {date}", "{date} 兑现"),
        "summary.due": ("due {date}", "截止 {date}"),
        "summary.overdue": ("overdue since {date}", "已逾期（{date}）"),
        "summary.next_visit": ("next visit {date}", "下次拜访 {date}"),
        "summary.planned_item": ("{n} planned contacts", "计划联系 {n} 次"),
        # team
        "team.title": ("Team co-visit summary", "团队协访总结"),
        "team.heading": ("{manager} · {month}", "{manager} · {month}"),
        "team.field_days": ("Field days", "在岗协访天数"),
        "team.working_days": ("Working days", "工作日"),
        "team.field_share": ("In the field", "在市场时间"),
        "team.target": ("target ≥ {pct} %", "目标 ≥ {pct}%"),
        "team.covisits": ("Co-visits", "协访次数"),
        "team.per_rep": ("By rep", "按代表"),
        "col.rep": ("Rep", "代表"),
        "col.days": ("Days", "天数"),
        "col.joint": ("Joint", "共同"),
        "col.demo": ("Demo", "示范"),
        "col.coaching": ("Coaching", "指导"),
        "col.average": ("Avg. rating", "平均评分"),
        "col.open_actions": ("Open actions", "未完成行动"),
        "col.late": ("Late reports", "延迟报告"),
        "col.calls": ("Calls", "拜访"),
        "team.total": ("Team", "团队合计"),
        "team.list": ("Co-visits this month", "本月协访"),
        "team.no_covisits": ("No co-visits this month.", "本月无协访。"),
        "team.late_mark": ("late", "延迟"),
    }
)

_MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_MONTHS_EN_LONG = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def text(key: str, lang: str, **values: object) -> str:
    en, zh = _TEXT[key]
    template = zh if lang == "zh" else en
    return template.format(**values) if values else template


def keys() -> frozenset[str]:
    return frozenset(_TEXT)


def format_date(value: date | None, lang: str) -> str:
    if value is None:
        return "—"
    if lang == "zh":
        return f"{value.year}年{value.month}月{value.day}日"
    return f"{value.day} {_MONTHS_EN[value.month - 1]} {value.year}"


def format_datetime(value: datetime | None, lang: str) -> str:
    """Local wall-clock time of an aware datetime (naive ones are taken as they are)."""
    if value is None:
        return "—"
    local = value.astimezone() if value.tzinfo is not None else value
    return f"{format_date(local.date(), lang)} {local:%H:%M}"


def format_month(value: date, lang: str) -> str:
    if lang == "zh":
        return f"{value.year}年{value.month}月"
    return f"{_MONTHS_EN_LONG[value.month - 1]} {value.year}"


def format_period(kind: PeriodKind, start: date, lang: str) -> str:
    """ "March 2025", "Week of 3 Mar 2025", "Q1 2025", "Year 2025" (or in Chinese)."""
    if kind is PeriodKind.MONTH:
        return format_month(start, lang)
    if kind is PeriodKind.WEEK:
        return text("summary.week", lang, date=format_date(start, lang))
    if kind is PeriodKind.QUARTER:
        return text("summary.quarter", lang, q=(start.month - 1) // 3 + 1, year=start.year)
    return text("summary.year", lang, year=start.year)


def format_money(cents: int | None) -> str:
    if cents is None:
        return "—"
    sign = "-" if cents < 0 else ""
    return f"{sign}¥{abs(cents) / 100:,.2f}"


def format_number(value: int | float | None, digits: int = 0) -> str:
    if value is None:
        return "—"
    return f"{value:,.{digits}f}"
