"""All tables, imported together so that ``Base.metadata`` is complete."""

from fieldvisit.storage.models.accounts import (
    Account,
    Attachment,
    BuyingProject,
    Complaint,
    KeyAccountPlan,
    PeriodContribution,
    PriceChange,
    RelationshipGrade,
)
from fieldvisit.storage.models.calendar import CalendarOverride
from fieldvisit.storage.models.covisits import (
    ActionItem,
    CallObservation,
    CoVisit,
    CoVisitCall,
    CoVisitCallStakeholder,
    CoVisitRevision,
    StandardRating,
)
from fieldvisit.storage.models.drafts import Draft
from fieldvisit.storage.models.planning import (
    FrequencyPolicy,
    FrequencyRuleRow,
    MonthlyPlan,
    PlannedContact,
)
from fieldvisit.storage.models.records import (
    ContactRecord,
    Promise,
    RecordParticipant,
    RecordStakeholder,
    VisitCheck,
)
from fieldvisit.storage.models.reviews import DayReport, DayReportComment, RecordComment
from fieldvisit.storage.models.settings import AppSetting
from fieldvisit.storage.models.stakeholders import (
    Stakeholder,
    StakeholderMove,
    StakeholderProfile,
    StakeholderRole,
)
from fieldvisit.storage.models.summaries import SummaryItem, SummaryReport
from fieldvisit.storage.models.team import TeamMember

__all__ = [
    "Account",
    "ActionItem",
    "AppSetting",
    "Attachment",
    "BuyingProject",
    "CalendarOverride",
    "CallObservation",
    "CoVisit",
    "CoVisitCall",
    "CoVisitCallStakeholder",
    "CoVisitRevision",
    "Complaint",
    "ContactRecord",
    "DayReport",
    "DayReportComment",
    "Draft",
    "FrequencyPolicy",
    "FrequencyRuleRow",
    "KeyAccountPlan",
    "MonthlyPlan",
    "PeriodContribution",
    "PlannedContact",
    "PriceChange",
    "Promise",
    "RecordComment",
    "RecordParticipant",
    "RecordStakeholder",
    "RelationshipGrade",
    "Stakeholder",
    "StakeholderMove",
    "StakeholderProfile",
    "StakeholderRole",
    "StandardRating",
    "SummaryItem",
    "SummaryReport",
    "TeamMember",
    "VisitCheck",
]
