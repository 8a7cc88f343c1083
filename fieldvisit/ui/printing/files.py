"""File names that are safe everywhere, and PDFs written whole or not at all."""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

PDF_SUFFIX = ".pdf"
MAX_STEM = 120
_UNSAFE = re.compile(r'[\x00-\x1f\x7f/\\:*?"<>|]+')
_SPACES = re.compile(r"\s+")
_RESERVED = {
    "CON",
    "PRN",
    "AUX",
    "NUL",
    *(f"COM{n}" for n in range(1, 10)),
    *(f"LPT{n}" for n in range(1, 10)),
}


def safe_stem(text: str) -> str:
    """``text`` as a file name without extension that Windows, macOS and Linux all accept."""
    stem = _UNSAFE.sub("_", text)
    stem = _SPACES.sub(" ", stem).strip().strip(".").strip()
    stem = stem[:MAX_STEM].rstrip(". ")
    if not stem:
        stem = "document"
    if stem.split(".")[0].upper() in _RESERVED:
        stem = f"_{stem}"
    return stem


def pdf_name(*parts: object) -> str:
    """``covisit``, ``李堃``, ``2026-11-20`` → ``covisit-李堃-2026-11-20.pdf``."""
    text = "-".join(str(part).strip() for part in parts if str(part).strip())
    return safe_stem(text) + PDF_SUFFIX


def unique_names(names: Iterable[str]) -> list[str]:
    """The names in order, ``-2``, ``-3`` … added where one repeats (ignoring case)."""
    taken: set[str] = set()
    result = []
    for name in names:
        path = Path(name)
        candidate, number = name, 1
        while candidate.casefold() in taken:
            number += 1
            candidate = f"{path.stem}-{number}{path.suffix}"
        taken.add(candidate.casefold())
        result.append(candidate)
    return result


def with_pdf_suffix(path: Path) -> Path:
    return path if path.suffix.lower() == PDF_SUFFIX else path.with_name(path.name + PDF_SUFFIX)


def os_reason(exc: OSError) -> str:
    """The operating system's words for what went wrong, without the errno noise."""
    return exc.strerror or str(exc) or type(exc).__name__
