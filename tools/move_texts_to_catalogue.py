"""Move bilingual pairs written in Python into the shared Linguist catalogue.

FieldVisit once kept Chinese wording in four places; the catalogues under
``fieldvisit/resources/translations`` are now the only one. This script finds the
pairs still written in code, adds them to ``fieldvisit_shared_{en,zh_CN}.ts`` and
rewrites the code to keep only the English source:

- ``_t("English", "中文")`` in ``fieldvisit/domain/labels.py``        -> context Labels
- ``_m("English", "中文")`` in ``fieldvisit/domain/card_rules.py``    -> context Validation
- ``"key": ("English", "中文")`` in ``fieldvisit/reports/strings.py`` -> context Reports
- the same shape in ``fieldvisit/services/summary_prefill.py``        -> context Summary
- ``say(lang, "English", "中文", ...)`` in ``fieldvisit/services``     -> context Messages
- ``cli_text("English", "中文", ...)`` in ``fieldvisit/cli*.py``        -> context Cli
- ``message("English", "中文", ...)`` anywhere in ``fieldvisit``         -> context Messages
- ``L("English", "中文")`` in ``fieldvisit/domain/fields/<name>.py``  -> context Fields.<name>
- ``title = "..."`` of every ``FieldVisitError`` subclass            -> context Errors

Dictionary entries get their key as the Linguist disambiguation, so two keys with
the same English keep their own Chinese. A message the catalogues already translate
keeps that translation (the window's wording wins, and the clash is listed).
It is safe to run again after a merge brings new pairs:

    .venv/bin/python tools/move_texts_to_catalogue.py && .venv/bin/ruff format fieldvisit
"""

from __future__ import annotations

import ast
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "fieldvisit"
TRANSLATIONS = PACKAGE / "resources" / "translations"
SHARED = "fieldvisit_shared_{}.ts"

sys.path.insert(0, str(ROOT))
from fieldvisit.i18n import CHINESE, ENGLISH, read_ts  # noqa: E402

# Titles that had no Chinese anywhere before the catalogue held them.
ERROR_TITLES_ZH = {
    "The data folder is read-only": "数据文件夹只读",
    "FieldVisit error": "FieldVisit 错误",
    "Cannot write the file": "无法写入文件",
    "Cannot read the file": "无法读取文件",
    "The database was not moved": "数据库未移动",
    "Cannot write the calendar file": "无法写入日历文件",
    "The plan cannot be changed": "计划不能修改",
    "Not allowed": "不允许",
    "This co-visit report is signed off": "此协同拜访报告已签署",
    "The report is not complete": "报告尚未完成",
    "Cannot use this file": "无法使用此文件",
    "The account is in the trash": "该客户在回收站中",
    "Cannot delete permanently": "无法永久删除",
    "Co-visit checklist template problem": "协同拜访检查表模板有问题",
    "Cannot run the team server's PostgreSQL": "无法运行团队服务器的 PostgreSQL",
    "Team sync": "团队同步",
    "Sync": "同步",
    "The report is not ready for the rep's acknowledgement": "报告尚不能由代表确认",
    "Changed meanwhile by someone else": "他人已在此期间修改",
    "Team set-up": "团队设置",
}


@dataclass
class Entry:
    context: str
    source: str
    zh: str
    disambiguation: str = ""


@dataclass
class Edit:
    """Delete the characters between two positions of a file (line, column pairs)."""

    start: tuple[int, int]
    end: tuple[int, int]
    replacement: str = ""


@dataclass
class Found:
    entries: list[Entry] = field(default_factory=list)
    edits: dict[Path, list[Edit]] = field(default_factory=dict)


def _text(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _span_after(first: ast.expr, second: ast.expr) -> Edit:
    assert first.end_lineno is not None and first.end_col_offset is not None
    assert second.end_lineno is not None and second.end_col_offset is not None
    return Edit(
        (first.end_lineno, first.end_col_offset), (second.end_lineno, second.end_col_offset)
    )


def _source_of(lines: list[str], node: ast.expr) -> str:
    segment = ast.get_source_segment("".join(lines), node)
    assert segment is not None
    return segment


def collect_keyed(path: Path, context: str, found: Found) -> None:
    text = path.read_text(encoding="utf-8")
    lines = text.splitlines(keepends=True)
    for node in ast.walk(ast.parse(text)):
        if not isinstance(node, ast.Dict):
            continue
        for key, value in zip(node.keys, node.values, strict=True):
            if key is None or _text(key) is None or not isinstance(value, ast.Tuple):
                continue
            if len(value.elts) != 2 or not all(_text(e) is not None for e in value.elts):
                continue
            en, zh = (_text(e) or "" for e in value.elts)
            found.entries.append(Entry(context, en, zh, _text(key) or ""))
            assert value.end_lineno is not None and value.end_col_offset is not None
            found.edits.setdefault(path, []).append(
                Edit(
                    (value.lineno, value.col_offset),
                    (value.end_lineno, value.end_col_offset),
                    _source_of(lines, value.elts[0]),
                )
            )


def collect_calls(path: Path, function: str, first: int, context: str, found: Found) -> None:
    """``function(…, "English", "中文", …)`` with the English at position ``first``."""
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
            continue
        if node.func.id != function or len(node.args) < first + 2:
            continue
        en, zh = _text(node.args[first]), _text(node.args[first + 1])
        if en is not None and zh is not None:
            found.entries.append(Entry(context, en, zh))
            edit = _span_after(node.args[first], node.args[first + 1])
            found.edits.setdefault(path, []).append(edit)


def collect_error_titles(known: dict[tuple[str, str, str], str], found: Found) -> None:
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.ClassDef) or not node.name.endswith("Error"):
                continue
            for statement in node.body:
                if (
                    isinstance(statement, ast.Assign)
                    and [getattr(t, "id", None) for t in statement.targets] == ["title"]
                    and _text(statement.value)
                ):
                    title = _text(statement.value) or ""
                    zh = known.get(("Errors", title, "")) or ERROR_TITLES_ZH.get(title)
                    if zh is None:
                        raise SystemExit(f"{path}: no Chinese for the error title {title!r}")
                    found.entries.append(Entry("Errors", title, zh))


def apply_edits(path: Path, edits: list[Edit]) -> None:
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    for edit in sorted(edits, key=lambda e: e.start, reverse=True):
        (l1, c1), (l2, c2) = edit.start, edit.end
        # ast columns are UTF-8 byte offsets
        head = lines[l1 - 1].encode()[:c1].decode()
        tail = lines[l2 - 1].encode()[c2:].decode()
        lines[l1 - 1 : l2] = [head + edit.replacement + tail]
    path.write_text("".join(lines), encoding="utf-8")


def write_ts(path: Path, language: str, messages: list[Entry]) -> None:
    out = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>"]
    source_language = ' sourcelanguage="en"' if language == ENGLISH else ""
    out.append(f'<TS version="2.1" language="{language}"{source_language}>')
    contexts: dict[str, list[Entry]] = {}
    for entry in messages:
        contexts.setdefault(entry.context, []).append(entry)
    for context in sorted(contexts):
        out += ["<context>", f"    <name>{escape(context)}</name>"]
        for entry in contexts[context]:
            translation = entry.zh if language == CHINESE else entry.source
            out.append("    <message>")
            out.append(f"        <source>{escape(entry.source)}</source>")
            if entry.disambiguation:
                out.append(f"        <comment>{escape(entry.disambiguation)}</comment>")
            out.append(f"        <translation>{escape(translation)}</translation>")
            out.append("    </message>")
        out.append("</context>")
    out.append("</TS>")
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def main() -> int:
    known: dict[tuple[str, str, str], str] = {}
    for ts in sorted(TRANSLATIONS.glob(f"fieldvisit*_{CHINESE}.ts")):
        for message in read_ts(ts):
            key = (message.context, message.source, message.disambiguation)
            known.setdefault(key, message.forms[0])
    found = Found()
    collect_calls(PACKAGE / "domain" / "labels.py", "_t", 0, "Labels", found)
    collect_calls(PACKAGE / "domain" / "card_rules.py", "_m", 0, "Validation", found)
    collect_keyed(PACKAGE / "reports" / "strings.py", "Reports", found)
    collect_keyed(PACKAGE / "services" / "summary_prefill.py", "Summary", found)
    for path in sorted((PACKAGE / "services").rglob("*.py")):
        collect_calls(path, "say", 1, "Messages", found)
    for path in sorted(PACKAGE.glob("cli*.py")):
        collect_calls(path, "cli_text", 0, "Cli", found)
    for path in sorted(PACKAGE.rglob("*.py")):
        collect_calls(path, "message", 0, "Messages", found)
    for name in ("account", "stakeholder", "profile"):
        collect_calls(PACKAGE / "domain" / "fields" / f"{name}.py", "L", 0, f"Fields.{name}", found)
    collect_error_titles(known, found)

    shared = {lang: TRANSLATIONS / SHARED.format(lang) for lang in (ENGLISH, CHINESE)}
    merged: dict[tuple[str, str, str], Entry] = {}
    if shared[CHINESE].is_file():
        for message in read_ts(shared[CHINESE]):
            key = (message.context, message.source, message.disambiguation)
            merged[key] = Entry(*key[:2], message.forms[0], key[2])
    clashes: list[str] = []
    for entry in found.entries:
        key = (entry.context, entry.source, entry.disambiguation)
        wording = known.get(key, entry.zh)
        if wording != entry.zh:
            clashes.append(
                f"{entry.context}: {entry.source!r}: code {entry.zh!r}, kept {wording!r}"
            )
        previous = merged.get(key)
        if previous is not None and previous.zh != wording and key not in known:
            # Two meanings of one English in one context: tell them apart.
            raise SystemExit(f"{key}: two translations {previous.zh!r} / {wording!r}")
        merged[key] = Entry(entry.context, entry.source, wording, entry.disambiguation)
    entries = list(merged.values())
    for language, path in shared.items():
        write_ts(path, language, entries)
    for path, edits in found.edits.items():
        apply_edits(path, edits)
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    for path in shared.values():
        subprocess.run(
            [str(lrelease), "-silent", str(path), "-qm", str(path.with_suffix(".qm"))], check=True
        )
    print(f"{len(found.entries)} texts moved, {len(entries)} in {shared[CHINESE].name}")
    for clash in clashes:
        print("kept the catalogue's wording:", clash)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
