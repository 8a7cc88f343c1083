"""Rules for what a customer card and a stakeholder may hold (DOMAIN.md §2, §3).

Plain checks on text: phone numbers as written in China, e-mail, web sites, amounts
in yuan, and the normalised forms used to spot duplicates. A :class:`ValidationError`
carries the English message; its Chinese lives in the shared catalogue (context
``Validation``) and :func:`message_in` gives it in the user's language. ``_m("English",
"中文")`` still works until ``tools/move_texts_to_catalogue.py`` moves the Chinese.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal, InvalidOperation

from fieldvisit.domain.enums import KeyAccountLevel, SubTier, Tier
from fieldvisit.domain.errors import ValidationError
from fieldvisit.i18n import text_of

MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024
MAX_CENTS = 10**15  # a trillion yuan: beyond any account, still exact in SQLite integers

CONTEXT = "Validation"
_MESSAGES: dict[str, str | None] = {}


def _m(en: str, zh: str | None = None) -> str:
    _MESSAGES[en] = zh
    return en


NAME_REQUIRED = _m("Enter the account's name.")
TYPE_REQUIRED = _m("Choose the account type.")
PHONE_FORMAT = _m(
    "Enter a phone number such as 010-6529 5114, 0755-8888 1234 ext 806, "
    "138 0013 8000 or +86 21 6408 5566.",
)
PHONE_AREA_CODE = _m(
    "Add the area code in front of the landline number, e.g. 010-6529 5114.",
)
MOBILE_FORMAT = _m(
    "Enter an 11-digit mobile number starting with 1, e.g. 138 0013 8000.",
)
EMAIL_FORMAT = _m(
    "Enter an e-mail address such as name@hospital.cn.",
)
WEBSITE_FORMAT = _m(
    "Enter a web address such as www.pumch.cn (no spaces).",
)
AMOUNT_FORMAT = _m(
    "Enter an amount in yuan, e.g. 12500 or 12,500.50.",
)
AMOUNT_NEGATIVE = _m("An amount cannot be negative.")
AMOUNT_DECIMALS = _m(
    "Use at most two decimals (fen), e.g. 12.50.",
)
AMOUNT_TOO_LARGE = _m("This amount is too large; check the digits.")
COUNT_FORMAT = _m("Enter a whole number of 0 or more.")
DATE_FORMAT = _m("Enter a date as YYYY-MM-DD, e.g. 2025-03-31.")
DATE_REQUIRED = _m("Enter the date.")
DATE_IN_FUTURE = _m("This date is in the future; check it.")
DATE_ORDER = _m("The end date must be on or after the start date.")
SUB_TIER_NEEDS_TIER = _m("Choose the tier before the sub-tier.")
SUB_TIER_MISMATCH = _m(
    "The sub-tier must belong to the tier: A1 or A2 for A, B1 or B2 for B, C for C and D.",
)
SCORE_RANGE = _m("Give a score from 1 to 5.")
PERIOD_DUPLICATE = _m(
    "This period already has a grading; edit that row instead of adding another.",
)
CONTRIBUTION_DUPLICATE = _m(
    "This period already has a contribution row; edit that row instead.",
)
PRICE_DUPLICATE = _m(
    "This product already has a price from that date; edit that row instead.",
)
HISTORY_KEY_FIXED = _m(
    "The period or date of a saved history row cannot be changed; add a new row instead.",
)
PRODUCT_REQUIRED = _m("Enter the product.")
PRICE_REQUIRED = _m("Enter the price.")
COMPLAINT_REQUIRED = _m("Describe the complaint.")
PROJECT_NAME_REQUIRED = _m("Enter the project's name.")
STAGE_REQUIRED = _m("Choose the buying stage.")
PERIOD_KIND_REQUIRED = _m("Choose quarter or year.")
PERSON_NAME_REQUIRED = _m("Enter the person's name.")
TOO_LONG = _m("This text is too long; shorten it.")
ACCOUNT_REQUIRED = _m("Choose the account.")
SAME_ACCOUNT = _m(
    "This person already works at that account; choose another one.",
)
ENDED_BEFORE_MOVE = _m("The role ends before it began; check the date.")


def message_in(detail: str, lang: str) -> str:
    """A validation message of this module in ``lang`` ("en", "zh"/"zh_CN"); others as is."""
    if detail not in _MESSAGES:
        return detail
    return text_of(CONTEXT, detail, lang, written_chinese=_MESSAGES[detail])


def all_messages() -> dict[str, str]:
    """Every message of this module, English to Chinese."""
    return {en: message_in(en, "zh") for en in _MESSAGES}


# ---- text forms ------------------------------------------------------------------------


def clean(text: str | None) -> str | None:
    """Trimmed text; empty becomes ``None``. Chinese punctuation is kept as typed."""
    if text is None:
        return None
    return text.strip() or None


def fold(text: str | None) -> str | None:
    """Trimmed, with full-width letters, digits and signs folded to half-width (for checks)."""
    if text is None:
        return None
    return unicodedata.normalize("NFKC", text).strip() or None


_EXTENSION = re.compile(r"\s*(?:转|分机|ext\.?|x|#)\s*(\d{1,6})$", re.IGNORECASE)
_PHONE_CHARS = re.compile(r"^[\d\s\-()+.]+$")
_MOBILE = re.compile(r"^1[3-9]\d{9}$")
_LANDLINE = re.compile(r"^0[1-9]\d{1,2}\d{7,8}$")
_LANDLINE_NO_ZERO = re.compile(r"^[1-9]\d{1,2}\d{7,8}$")
_SERVICE = re.compile(r"^[48]00\d{7}$")
_INTERNATIONAL = re.compile(r"^\d{7,15}$")


def _valid_number(main: str) -> bool:
    digits = re.sub(r"[\s\-().]", "", main)
    if digits.startswith("+86") or digits.startswith("0086"):
        rest = digits[3:] if digits.startswith("+") else digits[4:]
        return bool(_MOBILE.match(rest) or _LANDLINE_NO_ZERO.match(rest) or _SERVICE.match(rest))
    if digits.startswith("+"):
        return bool(_INTERNATIONAL.match(digits[1:]))
    if "+" in digits:
        return False
    return bool(_MOBILE.match(digits) or _LANDLINE.match(digits) or _SERVICE.match(digits))


def phone_problem(text: str | None) -> str | None:
    """Why ``text`` is not a usable phone number, or ``None`` when it is (or is empty).

    Accepts mobiles (138 0013 8000), landlines with area code (010-6529 5114,
    (0755) 8888-1234), 400/800 numbers, +86 / 0086 prefixes and an extension written
    as 转 806, ext 806, x806, #806 or a last "-806".
    """
    value = fold(text)
    if value is None:
        return None
    main = _EXTENSION.sub("", value)
    if not _PHONE_CHARS.match(main):
        return PHONE_FORMAT
    if _valid_number(main):
        return None
    head, sep, tail = main.rpartition("-")
    if sep and tail.isdigit() and 1 <= len(tail) <= 6 and _valid_number(head):
        return None  # 010-6529 5114-806: the last group is the extension
    digits = re.sub(r"\D", "", main)
    if 7 <= len(digits) <= 8 and not main.strip().startswith("+"):
        return PHONE_AREA_CODE
    return PHONE_FORMAT


def mobile_problem(text: str | None) -> str | None:
    value = fold(text)
    if value is None:
        return None
    digits = re.sub(r"[\s\-().]", "", value)
    for prefix in ("+86", "0086"):
        if digits.startswith(prefix):
            digits = digits[len(prefix) :]
    if digits.startswith("+") and _INTERNATIONAL.match(digits[1:]):
        return None
    return None if _MOBILE.match(digits) else MOBILE_FORMAT


def phone_key(text: str | None) -> str | None:
    """The digits that identify a number whatever its formatting, for duplicate checks.

    "+86 10 6529 5114", "010-65295114" and "(010) 6529-5114 转 8" all give "1065295114".
    """
    value = fold(text)
    if value is None:
        return None
    main = _EXTENSION.sub("", value)
    head, sep, tail = main.rpartition("-")
    if sep and tail.isdigit() and len(tail) <= 6 and _valid_number(head):
        main = head
    digits = re.sub(r"\D", "", main)
    if main.lstrip().startswith("+86"):
        digits = digits[2:]
    elif digits.startswith("0086"):
        digits = digits[4:]
    digits = digits.lstrip("0")
    return digits if len(digits) >= 7 else None


_EMAIL = re.compile(r"^[^@\s]+@[^@\s.]+(\.[^@\s.]+)+$")
_WEBSITE = re.compile(r"^(https?://)?[\w\-]+(\.[\w\-]+)+(:\d{1,5})?([/?#]\S*)?$", re.IGNORECASE)


def email_problem(text: str | None) -> str | None:
    value = fold(text)
    return None if value is None or _EMAIL.match(value) else EMAIL_FORMAT


def website_problem(text: str | None) -> str | None:
    value = fold(text)
    return None if value is None or _WEBSITE.match(value) else WEBSITE_FORMAT


def parse_yuan(field: str, text: str | None) -> int | None:
    """Cents from an amount in yuan as typed ("12,500.5", "¥ 800", "300元"); empty: ``None``."""
    value = fold(text)
    if value is None:
        return None
    plain = value.replace(",", "").replace("，", "").replace(" ", "")
    plain = plain.removeprefix("¥").removeprefix("￥").removesuffix("元")
    try:
        amount = Decimal(plain)
    except InvalidOperation as exc:
        raise ValidationError(field, AMOUNT_FORMAT) from exc
    if not amount.is_finite():
        raise ValidationError(field, AMOUNT_FORMAT)
    if amount < 0:
        raise ValidationError(field, AMOUNT_NEGATIVE)
    if amount != amount.quantize(Decimal("0.01")):
        raise ValidationError(field, AMOUNT_DECIMALS)
    cents = int(amount * 100)
    if cents >= MAX_CENTS:
        raise ValidationError(field, AMOUNT_TOO_LARGE)
    return cents


def parse_count(field: str, text: str | None) -> int | None:
    value = fold(text)
    if value is None:
        return None
    plain = value.replace(",", "").replace(" ", "")
    if not plain.isdigit():
        raise ValidationError(field, COUNT_FORMAT)
    return int(plain)


def yuan_text(cents: int | None) -> str:
    """Cents as a plain yuan amount for an edit field: 1250050 → "12500.50"; 800 → "8"."""
    if cents is None:
        return ""
    whole, fen = divmod(cents, 100)
    return str(whole) if fen == 0 else f"{whole}.{fen:02d}"


# ---- names -----------------------------------------------------------------------------

# Longest first, so that 股份有限公司 is cut before 有限公司.
_COMPANY_SUFFIXES = (
    "股份有限公司",
    "有限责任公司",
    "有限公司",
    "集团公司",
    "公司",
    "co., ltd.",
    "co.,ltd.",
    "co. ltd.",
    "co ltd",
    "limited",
    "ltd.",
    "ltd",
    "inc.",
    "inc",
    " corporation",
    " corp",
    " co",
)
_NAME_NOISE = re.compile(r"[\s·.,，。\-_()（）【】\[\]\"'“”‘’]")


def normalise_name(text: str | None) -> str:
    """A name reduced for comparison: no spaces or punctuation, half-width, lower case,
    without company-form suffixes such as 有限公司.

    "北京 协和医院有限公司" and "北京协和医院" give the same result.
    """
    value = (fold(text) or "").lower()
    changed = True
    while changed:
        changed = False
        stripped = value.rstrip(" ,.")
        for suffix in _COMPANY_SUFFIXES:
            if stripped.endswith(suffix) and len(stripped) > len(suffix):
                value = stripped[: -len(suffix)]
                changed = True
                break
    return _NAME_NOISE.sub("", value)


# ---- classification --------------------------------------------------------------------

_SUB_TIERS: dict[Tier, frozenset[SubTier]] = {
    Tier.A: frozenset({SubTier.A1, SubTier.A2}),
    Tier.B: frozenset({SubTier.B1, SubTier.B2}),
    Tier.C: frozenset({SubTier.C}),
    Tier.D: frozenset({SubTier.C}),
}


def sub_tiers_of(tier: Tier | None) -> tuple[SubTier, ...]:
    """The sub-tiers that belong to ``tier``, in order (none without a tier)."""
    if tier is None:
        return ()
    return tuple(s for s in SubTier if s in _SUB_TIERS[tier])


def sub_tier_problem(tier: Tier | None, sub_tier: SubTier | None) -> str | None:
    if sub_tier is None:
        return None
    if tier is None:
        return SUB_TIER_NEEDS_TIER
    return None if sub_tier in _SUB_TIERS[tier] else SUB_TIER_MISMATCH


def is_key_account(tier: Tier | None, key_account_level: KeyAccountLevel | None) -> bool:
    """Tier A or key-account level 1: where working through one person is a fatal error."""
    return tier is Tier.A or key_account_level is KeyAccountLevel.LEVEL_1


def score_problem(score: int | None) -> str | None:
    return None if score is None or 1 <= score <= 5 else SCORE_RANGE
