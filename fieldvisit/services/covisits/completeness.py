"""What a co-visit report still lacks: before the rep may acknowledge it, and before the
manager may sign it off."""

from __future__ import annotations

from dataclasses import dataclass

from fieldvisit.i18n import CHINESE, current_language, translate
from fieldvisit.services.covisits.template import checklist_for
from fieldvisit.services.covisits.views import CoVisitView


@dataclass(frozen=True, slots=True)
class Missing:
    """Something to fill before sign-off: ``what`` is a code, ``call`` the call's number."""

    what: str
    call: int | None = None

    @property
    def message(self) -> str:
        text = _MESSAGES[self.what]
        return f"Call {self.call}: {text}" if self.call is not None else text[0].upper() + text[1:]


_MESSAGES = {
    "calls": "add at least one call",
    "development_objectives": "set one or two development objectives for the day",
    "visit_objective": "the visit objective is empty",
    "rep_self_assessment": "the rep's self-assessment is empty",
    "feedback_went_well": "“what went well” is empty",
    "feedback_do_differently": "“what to do differently” is empty",
    "agreed_learning": "the agreed learning is empty",
    "strengths": "the strengths are empty",
    "development_areas": "the development areas are empty",
    "ratings": "rate the rep on every standard",
    "actions": "agree at least one action for the action plan",
    "action_details": "every action needs a description, an owner and a due date",
    "big_question": "answer the Big Question (yes or no)",
    "big_question_why": "say why for the Big Question",
    "acknowledgement": "the rep has not acknowledged the report yet",
    "acknowledgement_withdrawn": (
        "the report changed after the rep acknowledged it; the rep acknowledges it again"
    ),
}
# The same sentences the sign-off page shows (its catalogue context, so one wording and
# one Chinese for the page and for the error a service raises).
SENTENCE_CONTEXT = "SignOffPage"
_SENTENCES = {
    "calls": "Add at least one call.",
    "development_objectives": "Set one or two development objectives for the day.",
    "visit_objective": "Call {n}: the visit objective is empty.",
    "rep_self_assessment": "Call {n}: the rep's self-assessment is empty.",
    "feedback_went_well": "Call {n}: “what went well” is empty.",
    "feedback_do_differently": "Call {n}: “what to do differently” is empty.",
    "agreed_learning": "Call {n}: the agreed learning is empty.",
    "strengths": "The strengths are empty.",
    "development_areas": "The development areas are empty.",
    "ratings": "Rate the rep on every standard.",
    "actions": "Agree at least one action for the action plan.",
    "action_details": "Every action needs a description, an owner and a due date.",
    "big_question": "Answer the Big Question (yes or no).",
    "big_question_why": "Say why for the Big Question.",
    "acknowledgement": "The rep has not acknowledged the report yet.",
    "acknowledgement_withdrawn": (
        "The report changed after the rep acknowledged it: the rep acknowledges it again."
    ),
}


def sentences(missing: list[Missing]) -> str:
    """What is missing, as sentences in the user's language (an error's detail)."""
    separator = "" if current_language() == CHINESE else " "  # Chinese needs no space
    return separator.join(_sentence(m) for m in missing)


def _sentence(m: Missing) -> str:
    return translate(SENTENCE_CONTEXT, _SENTENCES[m.what]).replace("{n}", str(m.call or ""))


CALL_REQUIRED = (
    "visit_objective",
    "rep_self_assessment",
    "feedback_went_well",
    "feedback_do_differently",
    "agreed_learning",
)


def missing_for_signoff(view: CoVisitView) -> list[Missing]:
    """What still has to be done before the sign-off: the content, then the rep's
    acknowledgement of exactly that content."""
    found = missing_for_acknowledgement(view)
    if view.acknowledgement_withdrawn:
        found.append(Missing("acknowledgement_withdrawn"))
    elif view.rep_acknowledged_at is None:
        found.append(Missing("acknowledgement"))
    return found


def missing_for_acknowledgement(view: CoVisitView) -> list[Missing]:
    """What still has to be written before the rep may acknowledge, in the order of the flow."""
    found: list[Missing] = []
    if not view.development_objectives:
        found.append(Missing("development_objectives"))
    if not view.calls:
        found.append(Missing("calls"))
    for call in view.calls:
        found += [Missing(f, call.seq) for f in CALL_REQUIRED if not getattr(call, f)]
    found += [Missing(f) for f in ("strengths", "development_areas") if not getattr(view, f)]
    standards = {s.key for s in checklist_for(view.template_version).standards}
    if not standards <= {r.standard for r in view.ratings}:
        found.append(Missing("ratings"))
    if not view.actions:
        found.append(Missing("actions"))
    elif any(not a.description or a.owner_id is None or a.due_on is None for a in view.actions):
        found.append(Missing("action_details"))
    if view.big_question_yes is None:
        found.append(Missing("big_question"))
    if not view.big_question_why:
        found.append(Missing("big_question_why"))
    return found
