"""Text that a spreadsheet would run as a formula, made safe on export and restored on import.

Spreadsheets read a CSV cell starting with ``=``, ``+``, ``-`` or ``@`` (and, in some, a
tab or carriage return) as a formula: ``=1+1`` is computed and ``=HYPERLINK(…)`` becomes
a live link. The rule, applied to every text cell of an exported CSV:

- a cell that, after any leading apostrophes, starts with one of those characters gets
  one more ``'`` in front, which spreadsheets show as text (and do not display);
- a plain number (``-5``, ``+3.5``) is left as it is: it cannot be a formula and a
  spreadsheet shows it as the number it is;
- on import of a CSV, a cell that starts with apostrophes followed by one of those
  characters loses exactly one ``'``.

So ``=1+1`` → ``'=1+1`` → ``=1+1``, and a text that really was ``'=1+1`` → ``''=1+1`` →
``'=1+1``: every text comes back as it was. An .xlsx export needs no added character:
each cell is typed as text and marked with Excel's "quote prefix" style instead.
"""

from __future__ import annotations

import re

TRIGGERS = "=+-@\t\r"
_RISKY = re.compile(r"'*[=+\-@\t\r]")
_ADDED = re.compile(r"'+[=+\-@\t\r]")
_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?")


def risky(text: str) -> bool:
    """Whether a spreadsheet could take ``text`` (or it with one quote removed) as a formula."""
    return bool(_RISKY.match(text)) and not _NUMBER.fullmatch(text)


def neutralise(text: str) -> str:
    """``text`` as an exported CSV cell holds it."""
    return "'" + text if risky(text) else text


def restore(text: str) -> str:
    """An imported CSV cell as the text it stands for (the inverse of :func:`neutralise`)."""
    return text[1:] if _ADDED.match(text) else text
