"""Stakeholders (DOMAIN.md §3): people, their buying roles, profiles and moves."""

from __future__ import annotations

import uuid
from collections import deque
from datetime import date, timedelta

from fieldvisit.domain.enums import (
    AccountType,
    AdoptionStage,
    OrgLevel,
    Tier,
    ValuesStyle,
)
from fieldvisit.services.accounts.search_keys import account_search_key, stakeholder_search_key
from fieldvisit.services.demo.core import AccountInfo, Ctx
from fieldvisit.services.demo.names import CITIES, chinese_person, mobile
from fieldvisit.services.demo.orgs import POSTS

COUNT_RANGE = {
    AccountType.HOSPITAL: (3, 6),
    AccountType.DISTRIBUTOR: (2, 4),
    AccountType.PHARMACY: (1, 3),
}
THINKING = (
    "重视数据和循证证据",
    "看重长期合作和信誉",
    "喜欢直截了当，讨厌绕弯子",
    "关注患者获益",
    "决策谨慎，需要多方意见",
)
SCHOOLS = (
    "北京大学医学部",
    "复旦大学上海医学院",
    "中南大学湘雅医学院",
    "四川大学华西医学中心",
    "中国药科大学",
    "沈阳药科大学",
    "浙江大学医学院",
    "中山大学中山医学院",
    "武汉大学医学部",
    "湖南中医药大学",
    "南京医科大学",
    "南华大学衡阳医学院",
)
MAJORS = ("临床医学", "药学", "护理学", "中药学", "市场营销", "工商管理", "会计学", "预防医学")
HOBBIES = ("摄影", "书法", "钓鱼", "喝茶", "旅行", "听京剧", "养花", "围棋", "收藏邮票", "烘焙")
SPORTS = ("羽毛球", "乒乓球", "跑步", "游泳", "高尔夫", "登山", "太极拳", "篮球")
FOOD = ("湘菜，能吃辣", "粤菜，口味清淡", "川菜", "素食", "喜欢日料", "不喝酒")
READING = ("历史类书籍", "《柳叶刀》中文版", "管理类杂志", "武侠小说", "财经新闻")
CARS = ("大众帕萨特", "丰田凯美瑞", "比亚迪汉", "特斯拉Model 3", "奥迪A4L", "不开车，坐地铁")
PERSONALITY = (
    "性格爽朗，讲究效率",
    "细致严谨，注重细节",
    "比较内向，熟悉后健谈",
    "热情好客",
    "原则性强",
)
SCHOOL_AGES = ("上幼儿园", "读小学", "读初中", "上大学")
ORGS = (
    "中华医学会心血管病学分会委员",
    "省药学会理事",
    "市医师协会会员",
    "校友会理事",
    "扶轮社成员",
)


class StakeholderBuilder:
    def __init__(self, ctx: Ctx) -> None:
        self.ctx = ctx
        self._recent: deque[uuid.UUID] = deque(maxlen=200)

    def build(self, info: AccountInfo, force_move: bool = False) -> None:
        ctx = self.ctx
        low, high = COUNT_RANGE.get(info.account_type, (1, 2))
        if info.key_level is not None:
            low, high = max(low, 3), max(high, 6)
        count = ctx.between(low, high)
        single = info.key_level is not None and ctx.chance(0.1)
        posts = POSTS[info.account_type]
        # Past the distinct posts, only front-line posts repeat: two pharmacists, not two heads.
        front_line = [p for p in posts if p[2] is OrgLevel.OPERATIONAL] or list(posts)
        chosen = ctx.sample(posts, count) + [
            ctx.pick(front_line) for _ in range(count - len(posts))
        ]
        staff: list[str] = []
        people: list[str] = []
        settlement: str | None = None
        for n, post in enumerate(chosen):
            title, dept, level, _function, roles = post
            person = chinese_person(ctx)
            ended: date | None = None
            if (single and n > 0) or (n > 0 and ctx.chance(0.03)):
                ended = ctx.past_day(10, 300)
            sid, key = self._write(info, person.name, person.handle, post, ended, n)
            if ended is None:
                info.stakeholders.append((sid, person.name))
                people.append(key)
                if len(staff) < 3 and level is not OrgLevel.OPERATIONAL:
                    staff.append(f"{title} {person.name}")
                if settlement is None and dept in ("财务部", "采购部", "药剂科"):
                    settlement = f"{dept} {person.name}"
            for role in ctx.sample(roles, ctx.between(1, 2)):
                ctx.writer.add(
                    "stakeholder_role",
                    {"stakeholder_id": sid, "role": role, "created_at": ctx.at(ctx.start, 9)},
                )
            if ctx.chance(0.5):
                self._profile(sid)
            if (force_move and n == 0) or ctx.chance(0.01):
                self._move(sid, info.id)
        if info.row is not None:
            info.row["key_staff"] = "；".join(staff) or None
            info.row["their_handler"] = info.stakeholders[0][1] if info.stakeholders else None
            info.row["settlement_contact"] = settlement
            row = info.row
            row["search_key"] = account_search_key(
                row["name"],
                address=row["address"],
                city=row["city"],
                province=row["province"],
                phone=row["phone"],
                fax=row["fax"],
                people=people,
            )
        self._recent.append(info.id)

    def _write(
        self,
        info: AccountInfo,
        name: str,
        handle: str,
        post: tuple[object, ...],
        ended: date | None,
        n: int,
    ) -> tuple[uuid.UUID, str]:
        ctx = self.ctx
        title, dept, level, function, _roles = post
        trust = ctx.chance(0.4) and info.tier in (Tier.A, Tier.B)
        email = None
        if ctx.chance(0.4):
            email = ctx.pick(
                (
                    f"{ctx.digits(9).lstrip('0')}@qq.com",
                    f"{handle}@163.com",
                    f"{handle}@126.com",
                )
            )
        created = ctx.at(ctx.start - timedelta(days=ctx.between(0, 700)), 11)
        row = ctx.entity(created, ctx.stamp_for(ctx.past_day(1, 200)))
        row.update(
            account_id=info.id,
            name=name,
            title=title,
            department=dept,
            mobile=mobile(ctx) if ctx.chance(0.9) else None,
            office_phone=None,
            email=email,
            wechat=(
                None
                if not ctx.chance(0.5)
                else ctx.pick((f"wxid_{ctx.digits(10)}", handle.replace(".", "_") + ctx.digits(2)))
            ),
            address=None,
            org_level=level,
            org_function=function,
            key_customer_level=(
                info.key_level if info.key_level and level is not OrgLevel.OPERATIONAL else None
            ),
            values_style=ctx.pick(tuple(ValuesStyle)) if ctx.chance(0.6) else None,
            thinking_preference=ctx.pick(THINKING) if ctx.chance(0.3) else None,
            adoption_stage=ctx.pick(tuple(AdoptionStage)) if ctx.chance(0.6) else None,
            trust_rely=ctx.between(2, 5) if trust else None,
            trust_honest=ctx.between(2, 5) if trust else None,
            trust_sensitive=ctx.between(2, 5) if trust else None,
            trust_capable=ctx.between(2, 5) if trust else None,
            trust_like=ctx.between(2, 5) if trust else None,
            ended_on=ended,
            notes=(
                "已调离，工作已交接。"
                if ended
                else "关键决策人，重要事项须当面沟通。"
                if n == 0 and info.key_level
                else None
            ),
        )
        row["search_key"] = stakeholder_search_key(row["name"], row["mobile"], row["office_phone"])
        ctx.writer.add("stakeholder", row)
        sid: uuid.UUID = row["id"]
        return sid, row["search_key"]

    def _profile(self, sid: uuid.UUID) -> None:
        ctx = self.ctx
        age = ctx.between(27, 60)
        born = date(ctx.today.year - age, ctx.between(1, 12), ctx.between(1, 28))
        created = ctx.stamp_for(ctx.past_day(30, 365))
        ctx.writer.add(
            "stakeholder_profile",
            {
                "stakeholder_id": sid,
                "birthday": born if ctx.chance(0.8) else None,
                "school": ctx.pick(SCHOOLS) if ctx.chance(0.6) else None,
                "major": ctx.pick(MAJORS) if ctx.chance(0.5) else None,
                "hometown": ctx.pick(CITIES).name if ctx.chance(0.5) else None,
                "spouse": (
                    "已婚，爱人是" + ctx.pick(("中学教师", "公务员", "护士", "工程师", "医生"))
                    if ctx.chance(0.4)
                    else None
                ),
                "children": (
                    f"一个{ctx.pick(('儿子', '女儿'))}，{ctx.pick(SCHOOL_AGES)}"
                    if ctx.chance(0.4)
                    else None
                ),
                "personality": ctx.pick(PERSONALITY) if ctx.chance(0.5) else None,
                "hobbies": "、".join(ctx.sample(HOBBIES, 2)) if ctx.chance(0.6) else None,
                "sports": ctx.pick(SPORTS) if ctx.chance(0.4) else None,
                "food": ctx.pick(FOOD) if ctx.chance(0.3) else None,
                "reading": ctx.pick(READING) if ctx.chance(0.2) else None,
                "car": ctx.pick(CARS) if ctx.chance(0.2) else None,
                "holidays": "春节回老家，国庆喜欢自驾游" if ctx.chance(0.15) else None,
                "other_organisations": ctx.pick(ORGS) if ctx.chance(0.2) else None,
                "colleague_relations": "与科主任关系密切" if ctx.chance(0.15) else None,
                "notes": None,
                "created_at": created,
                "updated_at": created,
            },
        )

    def _move(self, sid: uuid.UUID, to_account: uuid.UUID) -> None:
        ctx = self.ctx
        source = ctx.pick(self._recent) if self._recent else None
        moved = ctx.past_day(30, 300)
        row = ctx.entity(ctx.stamp_for(moved))
        row.update(
            stakeholder_id=sid, from_account_id=source, to_account_id=to_account, moved_on=moved
        )
        ctx.writer.add("stakeholder_move", row)
