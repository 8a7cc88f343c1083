"""The closed vocabularies of DOMAIN.md.

Values are stable storage codes (never shown to users); the UI maps them to
translated labels. Adding a member needs no schema change: enum columns are
stored as plain strings without CHECK constraints.
"""

from __future__ import annotations

from enum import StrEnum


class MemberRole(StrEnum):
    REP = "rep"
    MANAGER = "manager"
    ADMIN = "admin"
    """Runs the team server: people, devices, territories (sees no customer data)."""


class WorkBase(StrEnum):
    """Where a manager is based; sets the field-days target (§6)."""

    OFFICE = "office"
    HOME = "home"


class AccountType(StrEnum):
    HOSPITAL = "hospital"
    CLINIC = "clinic"
    PHARMACY = "pharmacy"
    DISTRIBUTOR = "distributor"
    RETAILER = "retailer"
    OTHER = "other"


class AccountStatus(StrEnum):
    ACTIVE = "active"
    TARGET = "target"
    POTENTIAL = "potential"
    PEER = "peer"


class Tier(StrEnum):
    A = "A"
    B = "B"
    C = "C"
    D = "D"


class SubTier(StrEnum):
    """Drives visit frequency (§5)."""

    A1 = "A1"
    A2 = "A2"
    B1 = "B1"
    B2 = "B2"
    C = "C"


class VolumeBand(StrEnum):
    """The "532" rule: accounts giving ~50 % / 30 % / 20 % of volume."""

    TOP_50 = "top50"
    NEXT_30 = "next30"
    LAST_20 = "last20"


class KeyAccountLevel(StrEnum):
    LEVEL_1 = "1"
    LEVEL_2 = "2"
    LEVEL_3 = "3"


class Grade(StrEnum):
    """A–D grade used by M-A-N prospects, 5C credit and integrated class."""

    A = "A"
    B = "B"
    C = "C"
    D = "D"


class BuyingStage(StrEnum):
    NEED_DISCOVERED = "need_discovered"
    INTERNAL_DELIBERATION = "internal_deliberation"
    SOLUTION_DESIGN = "solution_design"
    EVALUATION = "evaluation"
    COMMITMENT = "commitment"
    IMPLEMENTATION = "implementation"


class PeriodKind(StrEnum):
    WEEK = "week"
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"


class BuyingRole(StrEnum):
    DECISION_MAKER = "decision_maker"
    PROPOSER = "proposer"
    SUPPORTER = "supporter"
    CONSTRAINT_SETTER = "constraint_setter"
    USER = "user"
    INFLUENCER = "influencer"
    ECONOMIC_BUYER = "economic_buyer"
    TECHNICAL_BUYER = "technical_buyer"
    USER_BUYER = "user_buyer"
    COACH = "coach"


class OrgLevel(StrEnum):
    TOP = "top"
    MIDDLE = "middle"
    OPERATIONAL = "operational"


class OrgFunction(StrEnum):
    USING = "using"
    PURCHASING = "purchasing"
    SUPPORTING = "supporting"


class ValuesStyle(StrEnum):
    EMOTIONAL = "emotional"
    RATIONAL = "rational"


class AdoptionStage(StrEnum):
    AWARENESS = "awareness"
    CONSIDERATION = "consideration"
    DECISION = "decision"
    FEEDBACK = "feedback"


class ContactMethod(StrEnum):
    VISIT = "visit"
    PHONE = "phone"
    IM = "im"
    EMAIL = "email"
    MEETING = "meeting"
    EXHIBITION = "exhibition"
    TECHNICAL_EXCHANGE = "technical_exchange"
    SAMPLES = "samples"
    BUSINESS_ACTIVITY = "business_activity"
    SITE_VISIT = "site_visit"

    @property
    def is_on_site(self) -> bool:
        """Counts as an on-site visit for tier frequency; the rest count as phone contact."""
        return self not in _REMOTE_METHODS


_REMOTE_METHODS = frozenset({ContactMethod.PHONE, ContactMethod.IM, ContactMethod.EMAIL})


class SalesObjective(StrEnum):
    MORE_VOLUME = "more_volume"
    NEW_ITEM = "new_item"
    NEW_PRODUCT = "new_product"
    FIRST_ORDER = "first_order"


class AdminObjective(StrEnum):
    COLLECT_PAYMENT = "collect_payment"
    HANDLE_COMPLAINT = "handle_complaint"
    PASS_ON_POLICY = "pass_on_policy"
    BUILD_RELATIONSHIP = "build_relationship"


class Purpose(StrEnum):
    MARKET_RESEARCH = "market_research"
    COMPETITOR_INTELLIGENCE = "competitor_intelligence"
    RELATIONSHIP_CARE = "relationship_care"
    NEW_CUSTOMER = "new_customer"
    PRODUCT_LAUNCH = "product_launch"
    COVERAGE = "coverage"


class RecordStatus(StrEnum):
    DRAFT = "draft"
    COMPLETE = "complete"


class PromiseStatus(StrEnum):
    OPEN = "open"
    KEPT = "kept"
    CANCELLED = "cancelled"


class PhonePeriod(StrEnum):
    WEEK = "week"
    TWO_WEEKS = "two_weeks"


class PlanStatus(StrEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"
    APPROVED = "approved"
    RETURNED = "returned"


class PlannedKind(StrEnum):
    VISIT = "visit"
    PHONE = "phone"
    SERVICE = "service"


class DaySlot(StrEnum):
    MORNING = "morning"
    AFTERNOON = "afternoon"


class CoVisitType(StrEnum):
    JOINT = "joint"
    DEMONSTRATION = "demonstration"
    COACHING = "coaching"


class CoVisitStatus(StrEnum):
    IN_PROGRESS = "in_progress"
    SIGNED_OFF = "signed_off"


class CallStep(StrEnum):
    PREPARATION = "preparation"
    OPENING = "opening"
    PROBING = "probing"
    LISTENING = "listening"
    PRESENTING = "presenting"
    OBJECTIONS = "objections"
    COMMITMENT = "commitment"
    FOLLOW_UP = "follow_up"


class Standard(StrEnum):
    """The seven standards a rep is assessed on (职业标准与工作要求)."""

    ADMINISTRATION = "administration"
    COMMUNICATION = "communication"
    TERRITORY = "territory"
    CHANNEL = "channel"
    TEAM_SELLING = "team_selling"
    SALES_CALLS = "sales_calls"
    KNOWLEDGE = "knowledge"


class ActionStatus(StrEnum):
    OPEN = "open"
    DONE = "done"
    DROPPED = "dropped"


class ActionReview(StrEnum):
    """The outcome of reviewing an earlier action at the next co-visit. Only "done" and an
    explicit "drop" close it; "not done" keeps it open and brings it to the next review."""

    DONE = "done"
    NOT_DONE = "not_done"
    DROPPED = "dropped"


class SummarySection(StrEnum):
    COMPLETED = "completed"
    IN_PROGRESS = "in_progress"
    NEW = "new"


class SummaryStatus(StrEnum):
    DRAFT = "draft"
    FINAL = "final"
