"""Where typed terms matched a name: the characters to highlight, and whether by pinyin.

The search itself only asks whether a term is in a key (:mod:`.search_text`); this
module finds the part of the displayed name a term stands for, for the few rows on
screen: ``zhaoyang`` → 朝阳 in 北京朝阳医院, ``bjxh`` → 北京协和.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

from fieldvisit.domain.search_text import all_readings, has_han


class MatchedBy(StrEnum):
    TEXT = "text"
    PINYIN = "pinyin"
    INITIALS = "initials"


@dataclass(frozen=True, slots=True)
class NameMatch:
    spans: tuple[tuple[int, int], ...]
    """(start, end) character positions in the name as displayed, in order, not overlapping."""
    by: MatchedBy
    """How the terms were found: as typed, or by pinyin or initials (the weakest wins)."""


@dataclass(frozen=True, slots=True)
class _Unit:
    start: int
    end: int
    readings: tuple[str, ...]
    initials: tuple[str, ...]


@lru_cache(maxsize=4096)
def _folded(name: str) -> tuple[str, tuple[int, ...]]:
    """The name folded as keys fold it, with each folded character's position in ``name``."""
    out: list[str] = []
    where: list[int] = []
    for pos, char in enumerate(name):
        folded = unicodedata.normalize("NFKC", char).casefold()
        if folded.isspace():
            folded = " "
        out.append(folded)
        where.extend([pos] * len(folded))
    return "".join(out), tuple(where)


@lru_cache(maxsize=4096)
def _units(name: str) -> tuple[_Unit, ...]:
    """Chinese characters one by one (with their readings), Latin words and numbers whole."""
    units: list[_Unit] = []
    folded, where = _folded(name)
    pos = 0
    while pos < len(folded):
        char = folded[pos]
        if has_han(char):
            readings = all_readings(char)
            if readings:
                initials = tuple(dict.fromkeys(r[0] for r in readings))
                units.append(_Unit(where[pos], where[pos] + 1, readings, initials))
            pos += 1
        elif char.isalnum():
            end = pos
            while end < len(folded) and folded[end].isalnum() and not has_han(folded[end]):
                end += 1
            word = folded[pos:end]
            initial = word if word.isdigit() else word[0]
            units.append(_Unit(where[pos], where[end - 1] + 1, (word,), (initial,)))
            pos = end
        else:
            pos += 1
    return tuple(units)


def _consume(units: tuple[_Unit, ...], first: int, term: str, initials: bool) -> int | None:
    """The unit after the last one ``term`` reads from ``units[first]`` on, or None.

    The last syllable may be typed in part (``xieh`` → 协和).
    """
    pos = 0
    i = first
    while pos < len(term):
        if i >= len(units):
            return None
        rest = term[pos:]
        choices = units[i].initials if initials else units[i].readings
        step = next((len(r) for r in choices if rest.startswith(r)), 0)
        if not step:
            if not initials and any(r.startswith(rest) for r in choices):
                return i + 1
            return None
        pos += step
        i += 1
    return i


def _pinyin_span(units: tuple[_Unit, ...], term: str) -> tuple[tuple[int, int], MatchedBy] | None:
    for by, initials in ((MatchedBy.PINYIN, False), (MatchedBy.INITIALS, True)):
        for first in range(len(units)):
            end = _consume(units, first, term, initials)
            if end is not None:
                return (units[first].start, units[end - 1].end), by
    return None


def match_name(name: str, terms: Sequence[str]) -> NameMatch | None:
    """Where every term is in ``name``, as typed or by pinyin/initials; None if one is not."""
    folded, where = _folded(name)
    spans: list[tuple[int, int]] = []
    by = MatchedBy.TEXT
    units: tuple[_Unit, ...] | None = None
    for term in terms:
        at = folded.find(term)
        if at >= 0:
            spans.append((where[at], where[at + len(term) - 1] + 1))
            continue
        if units is None:
            units = _units(name)
        found = _pinyin_span(units, term)
        if found is None:
            return None
        spans.append(found[0])
        if by is MatchedBy.TEXT or found[1] is MatchedBy.INITIALS:
            by = found[1]
    return NameMatch(_merged(spans), by)


def warm() -> None:
    """Read pypinyin's dictionary now (a background thread), not at the first highlight."""
    all_readings("中")


def _merged(spans: list[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(end, out[-1][1]))
        else:
            out.append((start, end))
    return tuple(out)
