"""Import messages in the user's language: the window passes "zh" or "en", the CLI "en"."""

from __future__ import annotations


def say(lang: str, en: str, zh: str, **params: object) -> str:
    """``zh`` for a Chinese ``lang`` ("zh", "zh_CN"), else ``en``; ``{name}`` fields filled."""
    return (zh if lang.startswith("zh") else en).format(**params)
