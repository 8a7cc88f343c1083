"""One translation mechanism: the catalogues are complete, and nothing else holds Chinese.

Every visible string is English in the code and Chinese in the Linguist catalogues
under ``fieldvisit/resources/translations``; labels, printed wording, import messages,
error titles and the window's ``tr()`` strings are all looked up there.
"""

from __future__ import annotations

import ast
import re
import string
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from fieldvisit import i18n
from fieldvisit.domain import card_rules, labels
from fieldvisit.domain.enums import ContactMethod, CoVisitStatus, MemberRole
from fieldvisit.domain.errors import FieldVisitError, NotFoundError
from fieldvisit.reports import strings
from fieldvisit.resources import resource_path
from fieldvisit.services import summary_prefill
from fieldvisit.services.import_export.messages import say

PACKAGE = Path(i18n.__file__).resolve().parent
ZH, EN = i18n.CHINESE, i18n.ENGLISH


def _has_chinese(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


def _modules(*parts: str) -> Iterator[tuple[Path, ast.Module]]:
    for path in sorted(PACKAGE.joinpath(*parts).rglob("*.py")):
        yield path, ast.parse(path.read_text(encoding="utf-8"))


# --- the catalogues themselves ---------------------------------------------------------


def test_every_catalogue_has_both_languages_with_the_same_messages() -> None:
    zh_files = i18n.catalogue_files(ZH)
    assert any(p.name == "fieldvisit_shared_zh_CN.ts" for p in zh_files)
    for zh in zh_files:
        en = zh.with_name(zh.name.replace("_zh_CN.ts", "_en.ts"))
        zh_keys = {(m.context, m.source, m.disambiguation) for m in i18n.read_ts(zh)}
        en_keys = {(m.context, m.source, m.disambiguation) for m in i18n.read_ts(en)}
        assert zh_keys == en_keys, zh.name
        for message in i18n.read_ts(zh):
            assert all(form.strip() for form in message.forms), message


def test_no_message_is_worded_twice() -> None:
    """One message, one file: two files translating it differently disagree on screen."""
    seen: dict[i18n.Key, tuple[str, tuple[str, ...]]] = {}
    clashes = []
    for path in i18n.catalogue_files(ZH):
        for m in i18n.read_ts(path):
            key = (m.context, m.source, m.disambiguation)
            if key in seen and seen[key][1] != m.forms:
                clashes.append(f"{key}: {seen[key][0]} and {path.name}")
            seen.setdefault(key, (path.name, m.forms))
    assert clashes == []


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def test_translations_fill_the_same_fields_as_their_source() -> None:
    """A {field} the code does not pass would raise KeyError in Chinese only."""
    wrong = []
    for path in i18n.catalogue_files(ZH):
        for m in i18n.read_ts(path):
            if "{" not in m.source:
                continue
            for form in m.forms:
                if _fields(form) != _fields(m.source):
                    wrong.append(f"{path.name} [{m.context}] {m.source}")
    assert wrong == []


# --- every source of visible strings resolves through them ----------------------------


def test_every_code_label_is_in_the_catalogue_and_nowhere_else() -> None:
    for (enum_type, code), english in labels.english_labels().items():
        chinese = i18n.lookup(labels.CONTEXT, english, ZH)
        assert chinese and _has_chinese(chinese), f"{enum_type.__name__}.{code}: {english}"
    legacy = [e for e, (_, zh) in labels._LABELS.items() if zh is not None]
    assert legacy == [], "run tools/move_texts_to_catalogue.py"


def test_every_validation_message_is_in_the_catalogue_and_nowhere_else() -> None:
    assert len(card_rules._MESSAGES) > 20
    for english, legacy in card_rules._MESSAGES.items():
        assert legacy is None, f"{english}: run tools/move_texts_to_catalogue.py"
        assert i18n.lookup(card_rules.CONTEXT, english, ZH) is not None, english
    assert card_rules.message_in(card_rules.NAME_REQUIRED, "zh") == "请填写客户名称。"
    assert card_rules.message_in("Not one of these.", "zh") == "Not one of these."


def test_every_printed_text_is_in_the_catalogue_and_nowhere_else() -> None:
    for key in sorted(strings.keys()):
        assert isinstance(strings._TEXT[key], str), f"{key}: run tools/move_texts_to_catalogue.py"
        assert i18n.lookup(strings.CONTEXT, strings.source(key), ZH, key) is not None, key
    for key, entry in summary_prefill._WORDS.items():
        assert isinstance(entry, str), f"{key}: run tools/move_texts_to_catalogue.py"
        assert i18n.lookup("Summary", entry, ZH, key) is not None, key


def _calls(function: str, trees: Iterator[tuple[Path, ast.Module]]) -> list[tuple[str, ast.Call]]:
    return [
        (f"{path.name}:{node.lineno}", node)
        for path, tree in trees
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == function
    ]


def _all_modules() -> Iterator[tuple[Path, ast.Module]]:
    for path in sorted(PACKAGE.rglob("*.py")):
        yield path, ast.parse(path.read_text(encoding="utf-8"))


def _cli_modules() -> Iterator[tuple[Path, ast.Module]]:
    for path in sorted(PACKAGE.glob("cli*.py")):
        yield path, ast.parse(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    ("function", "first", "context", "trees"),
    [
        ("say", 1, "Messages", lambda: _modules("services")),
        ("cli_text", 0, "Cli", _cli_modules),
        ("message", 0, "Messages", _all_modules),
    ],
)
def test_every_message_is_in_the_catalogue_and_nowhere_else(
    function: str, first: int, context: str, trees: Callable[[], Iterator[tuple[Path, ast.Module]]]
) -> None:
    calls = _calls(function, trees())
    assert len(calls) > 5  # the scan finds them at all
    for where, call in calls:
        english = call.args[first]
        assert isinstance(english, ast.Constant) and isinstance(english.value, str), where
        assert len(call.args) == first + 1, f"{where}: Chinese at the call site; move it"
        assert i18n.lookup(context, english.value, ZH) is not None, where


def _bare_words(node: ast.AST) -> Iterator[str]:
    """English words printed as they are: literals outside cli_text() and json.dumps()."""
    if isinstance(node, ast.Call):
        return
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        if re.search(r"[A-Za-z]{3,}", node.value):
            yield node.value
        return
    for child in ast.iter_child_nodes(node):
        yield from _bare_words(child)


def test_the_command_line_prints_no_message_past_the_catalogue() -> None:
    allowed = {"FieldVisit ", "fieldvisit: "}  # the program's name
    bare = [
        f"{where}: {word!r}"
        for where, call in _calls("print", _cli_modules())
        for arg in call.args
        for word in _bare_words(arg)
        if word not in allowed
    ]
    assert bare == []


def _error_classes() -> Iterator[type[FieldVisitError]]:
    """Every FieldVisitError subclass anywhere in the package (imports every module)."""
    import importlib
    import pkgutil

    import fieldvisit

    for info in pkgutil.walk_packages(fieldvisit.__path__, "fieldvisit."):
        if ".ui" in info.name or ".migrations" in info.name or info.name.endswith("__main__"):
            continue
        importlib.import_module(info.name)
    pending: list[type[FieldVisitError]] = [FieldVisitError]
    while pending:
        kind = pending.pop()
        yield kind
        pending.extend(kind.__subclasses__())


def test_every_service_error_has_a_chinese_title() -> None:
    kinds = list(_error_classes())
    assert len(kinds) >= 20
    for kind in kinds:
        chinese = i18n.translate("Errors", kind.title, ZH)
        assert _has_chinese(chinese), f"{kind.__module__}.{kind.__name__}: {kind.title}"
    assert NotFoundError("x").translated_title(ZH) == "未找到"
    assert NotFoundError("x").translated_title(EN) == "Not found"


def test_no_chinese_left_in_the_python_sources_of_visible_strings() -> None:
    """Labels and messages keep their Chinese only in catalogues (the printed wording is
    checked entry by entry above; reports/strings.py still writes Chinese dates)."""
    for path in (
        PACKAGE / "domain" / "labels.py",
        PACKAGE / "services" / "summary_prefill.py",
        PACKAGE / "services" / "import_export" / "messages.py",
    ):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        documented = [tree, *(n for n in ast.walk(tree) if isinstance(n, _DOCUMENTED))]
        docstrings = {id(n.body[0].value) for n in documented if ast.get_docstring(n) is not None}
        literals = [
            node.value
            for node in ast.walk(tree)
            if isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and id(node) not in docstrings
        ]
        assert not [t for t in literals if _has_chinese(t)], path.name


_DOCUMENTED = (ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)


def _tr_calls() -> Iterator[tuple[str, str, str]]:
    """(where, context, source) of every literal tr()/translate() in ui/."""
    for path, tree in _modules("ui"):
        for cls in [n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)] + [tree]:
            context = cls.name if isinstance(cls, ast.ClassDef) else ""
            body = cls.body
            for node in (n for stmt in body for n in ast.walk(stmt)):
                if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
                    continue
                name, args = node.func.attr, node.args
                if name == "tr" and context and args and isinstance(args[0], ast.Constant):
                    yield f"{path.name}:{node.lineno}", context, str(args[0].value)
                elif (
                    name == "translate"
                    and len(args) >= 2
                    and isinstance(args[0], ast.Constant)
                    and isinstance(args[1], ast.Constant)
                    and isinstance(args[0].value, str)
                ):
                    yield f"{path.name}:{node.lineno}", args[0].value, str(args[1].value)


def test_every_window_string_has_chinese_in_its_context() -> None:
    found = list(_tr_calls())
    assert len(found) > 500
    missing = sorted(
        {f"{where} [{context}] {source}" for where, context, source in found}
        - {
            f"{where} [{context}] {source}"
            for where, context, source in found
            if i18n.lookup(context, source, ZH) is not None
        }
    )
    assert missing == []


# --- the lookup ------------------------------------------------------------------------


def test_one_label_for_one_code_in_both_languages() -> None:
    assert labels.label(ContactMethod.VISIT, "en") == "In-person visit"
    assert labels.label(ContactMethod.VISIT, "zh") == "登门拜访"
    assert labels.label(ContactMethod.VISIT, "zh_CN") == "登门拜访"
    # The window's wording (and DOMAIN.md's) won over the report's old "销售代表".
    assert labels.label(MemberRole.REP, "zh") == "医药代表"
    assert labels.code_label(CoVisitStatus, "signed_off", "zh") == "已签署"


def test_printed_wording_keeps_two_meanings_of_one_english_apart() -> None:
    assert strings.source("card.status") == strings.source("record.status") == "Status"
    assert strings.text("card.status", "zh") == "客户状态"
    assert strings.text("record.status", "zh") == "状态"
    assert strings.text("page_x_of_y", "zh", page=1, pages=2) == "第 1 页，共 2 页"
    assert strings.text("page_x_of_y", "en", page=1, pages=2) == "Page 1 of 2"


def test_import_messages_follow_the_language() -> None:
    assert say("zh", "The account name is empty.") == "客户名称为空。"
    assert say("en", "The account name is empty.") == "The account name is empty."
    # A pair merged in from older code still works until it is moved.
    assert say("zh", "Not in the catalogue {n}.", "不在目录中 {n}。", n=1) == "不在目录中 1。"
    assert (
        say("en", "Not in the catalogue {n}.", "不在目录中 {n}。", n=1) == "Not in the catalogue 1."
    )


def test_plural_forms_and_percent_n() -> None:
    assert i18n.translate("PromisesView", "%n open promise(s)", EN, n=1) == "1 open promise"
    assert i18n.translate("PromisesView", "%n open promise(s)", EN, n=3) == "3 open promises"
    assert "3" in i18n.translate("PromisesView", "%n open promise(s)", ZH, n=3)


def test_an_unknown_message_shows_its_english() -> None:
    assert i18n.translate("Nowhere", "Nothing like this", ZH) == "Nothing like this"
    assert i18n.lookup("Nowhere", "Nothing like this", ZH) is None


def test_the_current_language_is_one_setting() -> None:
    assert i18n.current_language() == EN
    previous = i18n.set_language("zh")
    try:
        assert i18n.current_language() == ZH
        assert NotFoundError("x").translated_title() == "未找到"
        assert i18n.translate("Errors", "Not found") == "未找到"
    finally:
        i18n.set_language(previous)


@pytest.mark.parametrize(
    ("environ", "language"),
    [
        ({"FIELDVISIT_LANG": "zh", "LANG": "en_US.UTF-8"}, ZH),
        ({"LANG": "zh_CN.UTF-8"}, ZH),
        ({"LC_ALL": "en_GB.UTF-8", "LANG": "zh_CN.UTF-8"}, EN),
        ({"LANG": "C.UTF-8"}, EN),
        ({}, EN),
    ],
)
def test_language_from_the_environment(environ: dict[str, str], language: str) -> None:
    assert i18n.language_from_environment(environ) == language


def test_catalogues_are_read_from_inside_the_package() -> None:
    files = i18n.catalogue_files(ZH)
    assert files
    assert all(p.parent == resource_path("translations") for p in files)


def test_every_field_label_has_chinese_in_the_catalogue() -> None:
    """The card's, stakeholder's and profile's field labels read from the one catalogue."""
    missing = []
    for name in ("account", "stakeholder", "profile"):
        path = PACKAGE / "domain" / "fields" / f"{name}.py"
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "L":
                english = node.args[0]
                if not isinstance(english, ast.Constant):
                    continue  # built in a loop (the 5C grades): its Chinese rides along

                assert len(node.args) == 1, f"{name}.py:{node.lineno}: Chinese in code; move it"
                if i18n.lookup(f"Fields.{name}", english.value, ZH) is None:
                    missing.append(f"{name}.py:{node.lineno} {english.value!r}")
    assert missing == []
