"""Search keys: the text an account or stakeholder is found by, and the terms typed.

A key is lower-case text in which every searchable form of every field is a word of
its own, separated by single spaces: the text itself (NFKC, case-folded), its pinyin
without spaces and its initials (协和医院 → ``xieheyiyuan`` and ``xhyy``), and phone
numbers as bare digits. A query term never contains a space, so it can only match
inside one form of one field; ``key LIKE '%term%'`` is the whole search.

Characters with several readings are found by each of them: 北京朝阳医院 by
``zhaoyang`` and ``chaoyang``, 解晓东 by ``xie`` and ``jie``. The reading pypinyin gives
in context (its phrase dictionary: 银行 háng, 重庆 chóng) comes first, then the other
readings of the phrase and of the character. A text gets at most :data:`MAX_VARIANTS`
spellings (the usual one, then one character read otherwise at a time), so a name full
of such characters cannot blow its key up. People's names read a heteronym surname the
surname way first (单 Shàn, 解 Xiè, 曾 Zēng).

The account's own name forms are marked with :data:`NAME_MARK`, so that "the name
starts with what was typed" is ``key LIKE '%^term%'`` (used to rank those first); its
people (stakeholders) come last, after a :data:`PEOPLE_MARK` word, so that a match on a
person can be told from a match on the account itself.
"""

from __future__ import annotations

import importlib.util
import json
import re
import unicodedata
from collections.abc import Iterable
from functools import cache, lru_cache
from pathlib import Path

KEY_VERSION = 2
"""What a stored key holds; databases whose keys were built otherwise rebuild them."""

NAME_MARK = "^"
"""Precedes each form of an account's own name in its key."""

PEOPLE_MARK = "¦"
"""A word of its own between an account's own forms and its people's forms."""

MAX_VARIANTS = 4
"""At most this many full-pinyin spellings (and as many initials) of one text."""

MAX_READINGS = 3
"""Readings kept per character, the most used first (行: xing, hang, heng)."""

_CACHE_SIZE = 1 << 16
_SPACE = re.compile(r"\s+")
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ffff]+")
_WORD = re.compile(r"[^\W_]+")
_PHONE_TERM = re.compile(r"^\+?[\d()\-.]*\d[\d()\-.]*$")
_NOT_DIGIT = re.compile(r"\D+")
# Characters with a meaning in LIKE patterns or in the key itself never reach a term.
_RESERVED = str.maketrans({NAME_MARK: " ", PEOPLE_MARK: " ", "%": " ", "_": " ", "\\": " "})

# Surnames read differently from the same character in a phrase (单 dān → Shàn).
# A person's name reads them this way first; the other readings stay searchable.
SURNAME_READINGS: dict[str, tuple[str, ...]] = {
    "单于": ("chan", "yu"),
    "万俟": ("mo", "qi"),
    "尉迟": ("yu", "chi"),
    "长孙": ("zhang", "sun"),
    "单": ("shan",),
    "曾": ("zeng",),
    "解": ("xie",),
    "仇": ("qiu",),
    "查": ("zha",),
    "区": ("ou",),
    "朴": ("piao",),
    "覃": ("qin",),
    "乐": ("yue",),
    "盖": ("ge",),
    "缪": ("miao",),
    "翟": ("zhai",),
    "召": ("shao",),
    "员": ("yun",),
    "藏": ("zang",),
    "秘": ("bi",),
    "种": ("chong",),
    "繁": ("po",),
    "能": ("nai",),
    "句": ("gou",),
    "阚": ("kan",),
}

_SURNAME_STARTS = frozenset(family[0] for family in SURNAME_READINGS)

Readings = tuple[tuple[str, ...], ...]
"""Per character (or Latin word) of a text: its readings, the usual one first."""


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
def _reading_table() -> dict[str, str]:
    """pypinyin's table of characters' readings (code point → "hé,hè,…"), read from its
    file: importing pypinyin itself loads its phrases too (some 50 MB), which showing
    the readings of the names on screen does not need."""
    origin = importlib.util.find_spec("pypinyin")
    assert origin is not None and origin.origin is not None, "pypinyin is not installed"
    path = Path(origin.origin).with_name("pinyin_dict.json")
    table: dict[str, str] = json.loads(path.read_text(encoding="utf-8"))
    return table


@cache
def all_readings(char: str) -> tuple[str, ...]:
    """Every toneless reading pypinyin knows for a character, the usual one first."""
    readings = _reading_table().get(str(ord(char)))
    if not readings:
        return ()
    return tuple(dict.fromkeys(_strip_tone(r) for r in readings.split(",")))


@cache
def _in_use() -> dict[str, frozenset[str]]:
    """The toneless readings each character of several readings has in pypinyin's phrases
    (朝: chao, zhao); only those characters are asked about (:func:`char_readings`)."""
    from pypinyin.phrases_dict import phrases_dict

    several = {chr(int(code)) for code, readings in _reading_table().items() if "," in readings}
    seen: dict[str, set[str]] = {}
    for phrase, readings in phrases_dict.items():
        for char, options in zip(phrase, readings, strict=False):
            if char in several:
                if char in seen:
                    seen[char].update(options)
                else:
                    seen[char] = set(options)
    return {c: frozenset(_strip_tone(r) for r in options) for c, options in seen.items()}


@cache
def char_readings(char: str) -> tuple[str, ...]:
    """The readings a character is searched by, the usual one first (朝 → chao, zhao).

    Its usual reading and the others it has in some phrase; rare readings no phrase
    uses are left out (市 fú, 王 yù), at most :data:`MAX_READINGS`. (A person's
    surname adds its surname reading: :func:`text_readings`.)
    """
    every = all_readings(char)
    if len(every) < 2:
        return every
    used = _in_use().get(char, frozenset())
    kept = [r for n, r in enumerate(every) if n == 0 or r in used]
    return tuple(kept[:MAX_READINGS])


def _in_a_phrase(run: str) -> bool:
    """Whether part of ``run`` is a phrase pypinyin reads specially (银行, 重庆, 长沙)."""
    from pypinyin.phrases_dict import phrases_dict

    n = len(run)
    return any(run[i:j] in phrases_dict for i in range(n - 1) for j in range(i + 2, n + 1))


@lru_cache(maxsize=_CACHE_SIZE)
def han_readings(run: str) -> Readings:
    """The readings of each character of a run of Chinese characters.

    A character in a phrase pypinyin knows is read as in the phrase (重庆 chóng, 银行
    háng, 长沙 cháng; 朝阳 both zhāo and cháo, as the phrase has them); any other
    character by its own readings (:func:`char_readings`, from a cache: most personal
    names). Characters without any reading are left out.
    """
    if len(run) <= 8 and not _in_a_phrase(run):
        return tuple(r for r in (char_readings(c) for c in run) if r)
    from pypinyin.phrases_dict import phrases_dict
    from pypinyin.seg.simpleseg import seg

    out: list[tuple[str, ...]] = []
    for word in seg(run):
        phrase = phrases_dict.get(word) if len(word) > 1 else None
        if phrase and len(phrase) == len(word):
            for options in phrase:
                readings = tuple(dict.fromkeys(_strip_tone(o) for o in options))
                out.append(readings[:MAX_READINGS])
        else:
            out.extend(r for r in (char_readings(c) for c in word) if r)
    return tuple(out)


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
def text_readings(text: str, surname: bool = False) -> Readings:
    """Readings of normalised text: each Chinese character's, each Latin word or number
    as itself. ``surname``: the text is a person's name; a heteronym surname at its
    start reads the surname way first."""
    out: list[tuple[str, ...]]
    if _HAN.fullmatch(text):  # Chinese only (most names): one run
        out = list(han_readings(text))
    else:
        out = []
        pos = 0
        for match in _HAN.finditer(text):
            out.extend((w,) for w in _WORD.findall(text[pos : match.start()]))
            out.extend(han_readings(match.group()))
            pos = match.end()
        out.extend((w,) for w in _WORD.findall(text[pos:]))
    if surname and text and text[0] in _SURNAME_STARTS:
        for family, reading in SURNAME_READINGS.items():
            if text.startswith(family) and len(text) > len(family):
                for n, syllable in enumerate(reading):
                    out[n] = (syllable, *(r for r in out[n] if r != syllable))
                break
    return tuple(out)


def _initial(reading: str) -> str:
    return reading if reading.isdigit() else reading[0]


def spellings(readings: Readings, limit: int = MAX_VARIANTS) -> list[list[str]]:
    """Up to ``limit`` ways to read a text, syllable by syllable: the usual reading,
    then every character's second reading one at a time, then third readings, …"""
    usual = [r[0] for r in readings]
    out = [usual]
    most = max((len(r) for r in readings), default=1)
    for rank in range(1, most):
        for i, choices in enumerate(readings):
            if rank < len(choices):
                if len(out) >= limit:
                    return out
                other = usual.copy()
                other[i] = choices[rank]
                out.append(other)
    return out


@lru_cache(maxsize=_CACHE_SIZE)
def pinyin_variants(text: str, surname: bool = False) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Full pinyins and initials of normalised text holding Chinese, the usual first.

    Latin words and digits between the Chinese take part as they are (a word gives its
    first letter to the initials; numbers stay whole). Text without Chinese gives
    ``((), ())``.
    """
    if not has_han(text):
        return (), ()
    readings = text_readings(text, surname)
    if all(len(r) == 1 for r in readings):  # one way to read it (most names)
        full = "".join(r[0] for r in readings)
        initial = "".join(_initial(r[0]) for r in readings)
        return ((full,), (initial,)) if full else ((), ())
    fulls: dict[str, None] = {}
    initials: dict[str, None] = {}
    for spelling in spellings(readings):
        fulls["".join(spelling)] = None
        initials["".join(_initial(s) for s in spelling)] = None
    # Initials are short: every way to read them, as far as the limit allows.
    for spelling in spellings(tuple(tuple(dict.fromkeys(map(_initial, r))) for r in readings)):
        if len(initials) >= MAX_VARIANTS:
            break
        initials["".join(spelling)] = None
    return tuple(f for f in fulls if f), tuple(i for i in initials if i)


def pinyin_forms(text: str) -> tuple[str, str]:
    """The usual full pinyin without spaces and initials of normalised text holding Chinese:
    北京Raffles医院 → (``beijingrafflesyiyuan``, ``bjryy``); ``("", "")`` without Chinese."""
    fulls, initials = pinyin_variants(text)
    return (fulls[0], initials[0]) if fulls else ("", "")


def _forms(text: str | None, surname: bool = False) -> list[str]:
    norm = normalise(text)
    if not norm:
        return []
    fulls, initials = pinyin_variants(norm, surname)
    forms = [norm]  # the usual pinyin and initials first, then the other readings
    for form in (*fulls[:1], *initials[:1], *fulls[1:], *initials[1:]):
        if form not in forms:
            forms.append(form)
    return forms


def text_forms(text: str | None) -> list[str]:
    """The normalised text and, if it holds Chinese, its pinyins and initials."""
    return _forms(text)


@lru_cache(maxsize=_CACHE_SIZE)
def person_forms(name: str) -> tuple[str, ...]:
    """Like :func:`text_forms`, with a heteronym surname read the surname way first."""
    return tuple(_forms(name, surname=True))


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

    ``people`` are the stakeholder keys of its active stakeholders. The name's usual
    pinyin comes first so that ordering by the key orders Chinese names by pinyin.
    """
    forms = text_forms(name)
    if len(forms) > 1:  # usual full pinyin first, then the characters, then the rest
        forms = [forms[1], forms[0], *forms[2:]]
    named = [NAME_MARK + f.replace(" ", " " + NAME_MARK) for f in forms]
    persons = [p for p in people if p]
    return _join(
        [
            *named,
            normalise(address),
            *text_forms(city),
            *text_forms(province),
            *(digits(p) for p in phones),
            *([PEOPLE_MARK, *persons] if persons else []),
        ]
    )


_HEAD = re.compile(r"\^\S*(?: \^\S*)*")


def name_head(key: str) -> str:
    """The part of an account key holding its marked name forms (read from its start)."""
    found = _HEAD.match(key)
    if found is not None:
        return found.group()
    end = key.find(" ")  # a key without marks: its first word
    return key if end < 0 else key[:end]


def own_part_end(key: str) -> int:
    """Where an account key's own forms end and its people's begin (its length if none)."""
    at = key.find(" " + PEOPLE_MARK + " ")
    return len(key) if at < 0 else at


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
    """A name's sort form: each Chinese character by its usual reading, the rest as it is.

    For ordering cities and people (no phrases: pypinyin itself is not loaded for it).
    """
    out: list[str] = []
    for char in normalise(name):
        readings = all_readings(char) if has_han(char) else ()
        out.append(readings[0] if readings else char)
    return "".join(out)
