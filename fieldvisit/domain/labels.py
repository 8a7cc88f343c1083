"""Display labels for stored codes: one label per code on screen, on paper and in the CLI.

Here is the English of each code; its Chinese lives in the shared catalogue
(``resources/translations/fieldvisit_shared_*.ts``, context ``Labels``) and every
lookup goes through :mod:`fieldvisit.i18n`. The English is wrapped in
:func:`QT_TRANSLATE_NOOP` so that Qt's ``lupdate`` can collect it too.

A pair written the old way, ``_t("English", "中文")``, still works (the Chinese is used
until the catalogue has the message); ``tools/move_texts_to_catalogue.py`` moves it.
"""

from __future__ import annotations

from enum import StrEnum

from fieldvisit.domain import enums as e
from fieldvisit.domain.problems import Problem
from fieldvisit.i18n import message, text_of

CONTEXT = "Labels"
LANGUAGES = ("en", "zh")


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation in ``context``; returns it unchanged."""
    return text


def _t(en: str, zh: str | None = None) -> tuple[str, str | None]:
    return QT_TRANSLATE_NOOP(CONTEXT, en), zh


_PAIRS: tuple[tuple[StrEnum, tuple[str, str | None]], ...] = (
    (e.MemberRole.REP, _t("Sales rep")),
    (e.MemberRole.MANAGER, _t("First-line manager")),
    (e.MemberRole.ADMIN, _t("Team administrator")),
    (e.WorkBase.OFFICE, _t("Office-based")),
    (e.WorkBase.HOME, _t("Home-based")),
    (e.AccountType.HOSPITAL, _t("Hospital")),
    (e.AccountType.CLINIC, _t("Clinic")),
    (e.AccountType.PHARMACY, _t("Pharmacy")),
    (e.AccountType.DISTRIBUTOR, _t("Distributor")),
    (e.AccountType.RETAILER, _t("Retailer")),
    (e.AccountType.OTHER, _t("Other")),
    (e.AccountStatus.ACTIVE, _t("Active customer")),
    (e.AccountStatus.TARGET, _t("Target")),
    (e.AccountStatus.POTENTIAL, _t("Potential")),
    (e.AccountStatus.PEER, _t("Peer / competitor")),
    (e.KeyAccountLevel.LEVEL_1, _t("Level 1")),
    (e.KeyAccountLevel.LEVEL_2, _t("Level 2")),
    (e.KeyAccountLevel.LEVEL_3, _t("Level 3")),
    (e.VolumeBand.TOP_50, _t("Top 50 % of volume")),
    (e.VolumeBand.NEXT_30, _t("Next 30 % of volume")),
    (e.VolumeBand.LAST_20, _t("Last 20 % of volume")),
    (e.BuyingStage.NEED_DISCOVERED, _t("Need discovered")),
    (e.BuyingStage.INTERNAL_DELIBERATION, _t("Internal deliberation")),
    (e.BuyingStage.SOLUTION_DESIGN, _t("Solution design")),
    (e.BuyingStage.EVALUATION, _t("Evaluation and comparison")),
    (e.BuyingStage.COMMITMENT, _t("Purchase commitment")),
    (e.BuyingStage.IMPLEMENTATION, _t("Installation and implementation")),
    (e.PeriodKind.WEEK, _t("Week")),
    (e.PeriodKind.MONTH, _t("Month")),
    (e.PeriodKind.QUARTER, _t("Quarter")),
    (e.PeriodKind.YEAR, _t("Year")),
    (e.BuyingRole.DECISION_MAKER, _t("Decision-maker")),
    (e.BuyingRole.PROPOSER, _t("Proposer")),
    (e.BuyingRole.SUPPORTER, _t("Supporter")),
    (e.BuyingRole.CONSTRAINT_SETTER, _t("Constraint setter")),
    (e.BuyingRole.USER, _t("Main user")),
    (e.BuyingRole.INFLUENCER, _t("Influencer")),
    (e.BuyingRole.ECONOMIC_BUYER, _t("Economic buyer")),
    (e.BuyingRole.TECHNICAL_BUYER, _t("Technical buyer")),
    (e.BuyingRole.USER_BUYER, _t("User buyer")),
    (e.BuyingRole.COACH, _t("Coach")),
    (e.OrgLevel.TOP, _t("Top management")),
    (e.OrgLevel.MIDDLE, _t("Middle management")),
    (e.OrgLevel.OPERATIONAL, _t("Operational")),
    (e.OrgFunction.USING, _t("Using department")),
    (e.OrgFunction.PURCHASING, _t("Purchasing department")),
    (e.OrgFunction.SUPPORTING, _t("Supporting department")),
    (e.ValuesStyle.EMOTIONAL, _t("Emotional")),
    (e.ValuesStyle.RATIONAL, _t("Rational")),
    (e.AdoptionStage.AWARENESS, _t("Awareness")),
    (e.AdoptionStage.CONSIDERATION, _t("Consideration")),
    (e.AdoptionStage.DECISION, _t("Decision")),
    (e.AdoptionStage.FEEDBACK, _t("Feedback")),
    (e.ContactMethod.VISIT, _t("In-person visit")),
    (e.ContactMethod.PHONE, _t("Phone")),
    (e.ContactMethod.IM, _t("WeChat / IM")),
    (e.ContactMethod.EMAIL, _t("Email")),
    (e.ContactMethod.MEETING, _t("Meeting")),
    (e.ContactMethod.EXHIBITION, _t("Exhibition")),
    (e.ContactMethod.TECHNICAL_EXCHANGE, _t("Technical exchange")),
    (e.ContactMethod.SAMPLES, _t("Samples / test")),
    (e.ContactMethod.BUSINESS_ACTIVITY, _t("Business activity")),
    (e.ContactMethod.SITE_VISIT, _t("Site visit")),
    (e.SalesObjective.MORE_VOLUME, _t("More volume or varieties")),
    (e.SalesObjective.NEW_ITEM, _t("An item not yet stocked")),
    (e.SalesObjective.NEW_PRODUCT, _t("New product")),
    (e.SalesObjective.FIRST_ORDER, _t("First order from a new customer")),
    (e.AdminObjective.COLLECT_PAYMENT, _t("Collect payment")),
    (e.AdminObjective.HANDLE_COMPLAINT, _t("Handle a complaint")),
    (e.AdminObjective.PASS_ON_POLICY, _t("Pass on a policy")),
    (e.AdminObjective.BUILD_RELATIONSHIP, _t("Build the relationship")),
    (e.Purpose.MARKET_RESEARCH, _t("Market research")),
    (e.Purpose.COMPETITOR_INTELLIGENCE, _t("Competitor intelligence")),
    (e.Purpose.RELATIONSHIP_CARE, _t("Relationship care")),
    (e.Purpose.NEW_CUSTOMER, _t("New-customer development")),
    (e.Purpose.PRODUCT_LAUNCH, _t("New-product launch")),
    (e.Purpose.COVERAGE, _t("Coverage")),
    (e.RecordStatus.DRAFT, _t("Draft")),
    (e.RecordStatus.COMPLETE, _t("Complete")),
    (e.PromiseStatus.OPEN, _t("Open")),
    (e.PromiseStatus.KEPT, _t("Kept")),
    (e.PromiseStatus.CANCELLED, _t("Cancelled")),
    (e.PlanStatus.DRAFT, _t("Draft")),
    (e.PlanStatus.SUBMITTED, _t("Submitted")),
    (e.PlanStatus.APPROVED, _t("Approved")),
    (e.PlanStatus.RETURNED, _t("Returned")),
    (e.PlannedKind.VISIT, _t("Visit")),
    (e.PlannedKind.PHONE, _t("Phone")),
    (e.PlannedKind.SERVICE, _t("Service")),
    (e.DaySlot.MORNING, _t("Morning")),
    (e.DaySlot.AFTERNOON, _t("Afternoon")),
    (e.CoVisitType.JOINT, _t("Joint call")),
    (e.CoVisitType.DEMONSTRATION, _t("Demonstration call")),
    (e.CoVisitType.COACHING, _t("Coaching call")),
    (e.CoVisitStatus.IN_PROGRESS, _t("In progress")),
    (e.CoVisitStatus.SIGNED_OFF, _t("Signed off")),
    (e.CallStep.PREPARATION, _t("Preparation")),
    (e.CallStep.OPENING, _t("Opening")),
    (e.CallStep.PROBING, _t("Probing needs")),
    (e.CallStep.LISTENING, _t("Listening")),
    (e.CallStep.PRESENTING, _t("Presenting (FAB)")),
    (e.CallStep.OBJECTIONS, _t("Handling objections")),
    (e.CallStep.COMMITMENT, _t("Gaining commitment")),
    (e.CallStep.FOLLOW_UP, _t("Recording and follow-up")),
    (e.Standard.ADMINISTRATION, _t("Administration")),
    (e.Standard.COMMUNICATION, _t("Communication")),
    (e.Standard.TERRITORY, _t("Territory management")),
    (e.Standard.CHANNEL, _t("Channel management")),
    (e.Standard.TEAM_SELLING, _t("Team selling")),
    (e.Standard.SALES_CALLS, _t("Sales calls")),
    (e.Standard.KNOWLEDGE, _t("Product / disease knowledge")),
    (e.ActionStatus.OPEN, _t("Open")),
    (e.ActionStatus.DONE, _t("Done")),
    (e.ActionStatus.DROPPED, _t("Dropped")),
    (e.ActionReview.DONE, _t("Done")),
    (e.ActionReview.NOT_DONE, _t("Not done, carried forward")),
    (e.ActionReview.DROPPED, _t("Dropped")),
    (Problem.LOCKED, _t("the database is in use by another program")),
    (Problem.DISK_FULL, _t("the disk is full")),
    (Problem.READ_ONLY, _t("the data folder is read-only")),
    (Problem.NO_PERMISSION, _t("no permission to write the data folder")),
    (Problem.DISK_IO, _t("the disk cannot be read or written")),
    (Problem.FILE_TOO_LARGE, _t("the file would grow larger than this system allows")),
    (Problem.DAMAGED, _t("the database file is damaged")),
    (e.SummarySection.COMPLETED, _t("Completed plans")),
    (e.SummarySection.IN_PROGRESS, _t("Plans in progress")),
    (e.SummarySection.NEW, _t("New plans")),
    (e.SummaryStatus.DRAFT, _t("Draft")),
    (e.SummaryStatus.FINAL, _t("Final")),
    (e.PhonePeriod.WEEK, _t("per week")),
    (e.PhonePeriod.TWO_WEEKS, _t("per two weeks")),
)

# StrEnum members of different enums with the same value compare equal ("open"), so
# the table is keyed by (enum type, value).
_LABELS: dict[tuple[type[StrEnum], str], tuple[str, str | None]] = {}
for _member, _pair in _PAIRS:
    _LABELS[(type(_member), _member.value)] = _pair


def _pick(pair: tuple[str, str | None], lang: str) -> str:
    english, written = pair
    return text_of(CONTEXT, english, lang, written_chinese=written)


def label(member: StrEnum, lang: str) -> str:
    """The display label of an enum member in ``lang`` ("en" or "zh"/"zh_CN")."""
    pair = _LABELS.get((type(member), member.value))
    return _pick(pair, lang) if pair is not None else str(member.value)  # tiers, grades: "A1"


def english_labels() -> dict[tuple[type[StrEnum], str], str]:
    """The English of every labelled code (the catalogue's source texts)."""
    return {key: pair[0] for key, pair in _LABELS.items()}


def code_label(enum_type: type[StrEnum], code: str, lang: str) -> str:
    """The label of a stored code; an unknown code (e.g. from a newer template) as is."""
    try:
        member = enum_type(code)
    except ValueError:
        return code
    return label(member, lang)


def has_label(member: StrEnum) -> bool:
    return (type(member), member.value) in _LABELS


def problem_advice(problem: Problem) -> str:
    """What the user can do about an environment problem, in the language the process
    speaks (the window and the command line say the same)."""
    writable = message(
        "Make the data folder writable or move the database (Settings ▸ Data).",
    )
    advice = {
        Problem.LOCKED: message(
            "Close the other program or window using the database, then try again.",
        ),
        Problem.DISK_FULL: message(
            "Free some space on the disk, then try again.",
        ),
        Problem.READ_ONLY: writable,
        Problem.NO_PERMISSION: writable,
        Problem.DISK_IO: message(
            "Check the disk or drive, then try again; make a backup soon.",
        ),
        Problem.FILE_TOO_LARGE: message(
            "Move the database to a disk without a file size limit (Settings ▸ Data), or "
            "raise the limit, then try again.",
        ),
        Problem.DAMAGED: message(
            "Nothing more was written to it. Restore the latest backup (fieldvisit restore "
            "FILE, or Settings ▸ Data).",
        ),
    }
    return advice[problem]
