"""Search keys: the text an account or stakeholder is found by, and the terms typed.

A key is lower-case text in which every searchable form of every field is a word of
its own, separated by single spaces: the text itself (NFKC, case-folded), its pinyin
without spaces and its initials (协和医院 → ``xieheyiyuan`` and ``xhyy``), and phone
numbers as bare digits. A query term never contains a space, so it can only match
inside one form of one field; ``key LIKE '%term%'`` is the whole search.

The account's own name forms are marked with :data:`NAME_MARK`, so that "the name
starts with what was typed" is ``key LIKE '%^term%'`` (used to rank those first).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import cache, lru_cache

NAME_MARK = "^"
"""Precedes each form of an account's own name in its key."""

_CACHE_SIZE = 1 << 16
_SPACE = re.compile(r"\s+")
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ffff]+")
_WORD = re.compile(r"[^\W_]+")
_PHONE_TERM = re.compile(r"^\+?[\d()\-.]*\d[\d()\-.]*$")
_NOT_DIGIT = re.compile(r"\D+")
# Characters with a meaning in LIKE patterns or in the key itself never reach a term.
_RESERVED = str.maketrans({NAME_MARK: " ", "%": " ", "_": " ", "\\": " "})

# Surnames read differently from the same character in a phrase (单 dān → Shàn).
# Both readings go into a person's key: people type either.
SURNAME_READINGS: dict[str, str] = {
    "单于": "chanyu",
    "万俟": "moqi",
    "尉迟": "yuchi",
    "长孙": "zhangsun",
    "单": "shan",
    "曾": "zeng",
    "解": "xie",
    "仇": "qiu",
    "查": "zha",
    "区": "ou",
    "朴": "piao",
    "覃": "qin",
    "乐": "yue",
    "盖": "ge",
    "缪": "miao",
    "翟": "zhai",
    "召": "shao",
    "员": "yun",
    "藏": "zang",
    "秘": "bi",
    "种": "chong",
    "繁": "po",
    "能": "nai",
    "句": "gou",
    "阚": "kan",
}


def normalise(text: str | None) -> str:
    """NFKC, case-folded, whitespace collapsed: full-width ``ＡＢＣ１`` reads as ``abc1``."""
    if not text:
        return ""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return _SPACE.sub(" ", folded.translate(_RESERVED)).strip()


def digits(text: str | None) -> str:
    """The digits of a phone or fax number: ``0731-8888 1234`` → ``073188881234``."""
    return _NOT_DIGIT.sub("", unicodedata.normalize("NFKC", text)) if text else ""


def has_han(text: str) -> bool:
    return _HAN.search(text) is not None


@cache
def _first_reading(char: str) -> str | None:
    """A character's usual reading, toneless (长 → chang); ``None`` if pypinyin has none."""
    from pypinyin.pinyin_dict import pinyin_dict  # imported on first use, not at start-up

    readings = pinyin_dict.get(ord(char))
    return _strip_tone(readings.split(",")[0]) if readings else None


def _in_a_phrase(run: str) -> bool:
    """Whether part of ``run`` is a phrase pypinyin reads specially (银行, 重庆, 长沙)."""
    from pypinyin.phrases_dict import phrases_dict

    n = len(run)
    return any(run[i:j] in phrases_dict for i in range(n - 1) for j in range(i + 2, n + 1))


@lru_cache(maxsize=_CACHE_SIZE)
def _han_syllables(run: str) -> tuple[str, ...]:
    # Outside known phrases pypinyin takes each character's usual reading; reading those
    # runs (most personal names) character by character from a cache is ten times faster
    # and gives the same result. Phrases go to pypinyin: 重庆银行 → chong qing yin hang.
    if len(run) <= 8 and not _in_a_phrase(run):
        simple = [_first_reading(c) for c in run]
        if None not in simple:
            return tuple(s for s in simple if s is not None)
    from pypinyin import lazy_pinyin

    return tuple(s.lower() for s in lazy_pinyin(run, errors="ignore") if s.isascii())


def _strip_tone(reading: str) -> str:
    # As pypinyin's NORMAL style writes it: lǜ → lv.
    out: list[str] = []
    for c in unicodedata.normalize("NFD", reading):
        if c == "\u0308":
            out[-1] = "v"
        elif not unicodedata.combining(c):
            out.append(c)
    return "".join(out).lower()


@lru_cache(maxsize=_CACHE_SIZE)
def pinyin_forms(text: str) -> tuple[str, str]:
    """Full pinyin without spaces and initials of normalised text holding Chinese.

    Latin words and digits between the Chinese take part as they are (a word gives its
    first letter to the initials; numbers stay whole): 北京Raffles医院 →
    (``beijingrafflesyiyuan``, ``bjryy``). Text without Chinese gives ``("", "")``.
    """
    if not has_han(text):
        return "", ""
    full: list[str] = []
    initials: list[str] = []
    pos = 0
    for match in _HAN.finditer(text):
        _latin_words(text[pos : match.start()], full, initials)
        for syllable in _han_syllables(match.group()):
            full.append(syllable)
            initials.append(syllable[0])
        pos = match.end()
    _latin_words(text[pos:], full, initials)
    return "".join(full), "".join(initials)


def _latin_words(text: str, full: list[str], initials: list[str]) -> None:
    for word in _WORD.findall(text):
        full.append(word)
        initials.append(word if word.isdigit() else word[0])


def text_forms(text: str | None) -> list[str]:
    """The normalised text and, if it holds Chinese, its pinyin and initials."""
    norm = normalise(text)
    if not norm:
        return []
    full, initials = pinyin_forms(norm)
    forms = [norm]
    forms.extend(f for f in (full, initials) if f and f not in forms)
    return forms


@lru_cache(maxsize=_CACHE_SIZE)
def person_forms(name: str) -> tuple[str, ...]:
    """Like :func:`text_forms`, plus the surname reading of a heteronym surname (曾 zēng)."""
    forms = text_forms(name)
    norm = forms[0] if forms else ""
    for surname, reading in SURNAME_READINGS.items():
        if norm.startswith(surname) and len(norm) > len(surname):
            rest_full, rest_initials = pinyin_forms(norm[len(surname) :])
            if rest_full:
                for extra in (reading + rest_full, reading[0] + rest_initials):
                    if extra not in forms:
                        forms.append(extra)
            break
    return tuple(forms)


def _join(words: Iterable[str]) -> str:
    return " ".join(w for w in words if w)


def stakeholder_key(name: str, phones: Iterable[str | None]) -> str:
    """A stakeholder's key: name forms and phone digits."""
    return _join([*person_forms(name), *(digits(p) for p in phones)])


def account_key(
    name: str,
    *,
    address: str | None = None,
    city: str | None = None,
    province: str | None = None,
    phones: Iterable[str | None] = (),
    people: Iterable[str] = (),
) -> str:
    """An account's key: its name forms (marked), place, phones, then its people.

    ``people`` are the stakeholder keys of its active stakeholders. The name's pinyin
    comes first so that ordering by the key orders Chinese names by pinyin.
    """
    forms = text_forms(name)
    if len(forms) > 1:  # full pinyin first, then the characters, then the initials
        forms = [forms[1], forms[0], *forms[2:]]
    named = [NAME_MARK + f.replace(" ", " " + NAME_MARK) for f in forms]
    return _join(
        [
            *named,
            normalise(address),
            *text_forms(city),
            *text_forms(province),
            *(digits(p) for p in phones),
            *people,
        ]
    )


def name_head(key: str) -> str:
    """The part of an account key holding its marked name forms."""
    end = key.rfind(" " + NAME_MARK)
    end = key.find(" ", end + 2) if end >= 0 else key.find(" ")
    return key if end < 0 else key[:end]


def query_terms(text: str | None) -> list[str]:
    """The terms of a typed query, each normalised the way keys are.

    Phone-like terms (``0731-8888``, ``(021)``) are reduced to their digits.
    """
    terms = []
    for term in normalise(text).split(" "):
        if not term:
            continue
        if _PHONE_TERM.match(term):
            term = digits(term)
        if term and term not in terms:
            terms.append(term)
    return terms


def sort_name(name: str) -> str:
    """A name's sort form: its pinyin for Chinese, else the normalised text."""
    norm = normalise(name)
    full, _initials = pinyin_forms(norm)
    return full or norm
