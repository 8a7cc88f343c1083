"""The Chinese translation is complete, compiled and used by the window."""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QPushButton, QToolButton
from pytestqt.qtbot import QtBot

import fieldvisit.ui
from fieldvisit.services.team import MemberRow
from fieldvisit.storage.database import Database
from fieldvisit.ui.events import DataEvents
from fieldvisit.ui.i18n import choose_language, install_translations, remove_translations
from fieldvisit.ui.main_window import MainWindow
from fieldvisit.ui.resources import resource_path

TS_FILES = sorted(resource_path("translations").glob("fieldvisit*_zh_CN.ts"))
UI_DIR = Path(fieldvisit.ui.__file__).parent


def messages() -> list[ET.Element]:
    """Every message of every catalogue (one .ts per area of the app)."""
    return [m for ts in TS_FILES for m in ET.parse(ts).getroot().iter("message")]


def translated(translation: ET.Element) -> str:
    """The text of a translation, or of its plural forms for a ``numerus`` message."""
    forms = [form.text or "" for form in translation.iter("numerusform")]
    return " ".join(forms) if forms else translation.text or ""


def tr_literals() -> Iterator[tuple[Path, str]]:
    for path in sorted(UI_DIR.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.attr if isinstance(node.func, ast.Attribute) else None
            if name == "tr" and node.args:
                text = node.args[0]
            elif name == "translate" and len(node.args) >= 2:
                text = node.args[1]
            else:
                continue
            assert isinstance(text, ast.Constant) and isinstance(text.value, str), (
                f"{path.name}:{node.lineno}: translate a literal, not an expression"
            )
            yield path, text.value


def test_every_message_is_translated() -> None:
    found = messages()
    assert found
    for message in found:
        source = message.findtext("source")
        translation = message.find("translation")
        assert translation is not None, source
        assert translation.get("type") not in {"unfinished", "obsolete", "vanished"}, source
        assert translated(translation).strip(), source


def test_every_ui_string_is_in_the_catalogue() -> None:
    sources = {message.findtext("source") for message in messages()}
    missing = [f"{path.name}: {text}" for path, text in tr_literals() if text not in sources]
    assert not missing


def test_placeholders_survive_translation() -> None:
    for message in messages():
        source = message.findtext("source") or ""
        found = message.find("translation")
        translation = translated(found) if found is not None else ""
        for token in ("{name}", "{version}", "{location}", "{done}", "{total}", "{}"):
            assert source.count(token) == translation.count(token), source


def test_every_catalogue_has_a_complete_english_twin() -> None:
    """English ships as Linguist sources too (the place for plural forms and rewording)."""
    for zh in TS_FILES:
        en = zh.with_name(zh.name.replace("_zh_CN.ts", "_en.ts"))
        assert en.is_file(), en
        assert en.with_suffix(".qm").is_file(), en
        zh_sources = {m.findtext("source") for m in ET.parse(zh).getroot().iter("message")}
        en_messages = list(ET.parse(en).getroot().iter("message"))
        assert {m.findtext("source") for m in en_messages} == zh_sources, en.name
        for message in en_messages:
            translation = message.find("translation")
            assert translation is not None
            assert translation.get("type") is None, message.findtext("source")
            assert translated(translation).strip(), message.findtext("source")


def test_compiled_catalogues_are_present() -> None:
    assert TS_FILES
    for ts in TS_FILES:
        compiled = ts.with_suffix(".qm")
        assert compiled.is_file(), compiled
        assert compiled.stat().st_mtime >= ts.stat().st_mtime - 1


@pytest.fixture
def chinese(qapp: QApplication, monkeypatch: pytest.MonkeyPatch, settings) -> Iterator[None]:
    monkeypatch.setenv("FIELDVISIT_LANG", "zh_CN")
    translators = install_translations(qapp, choose_language(settings))
    assert translators
    yield
    remove_translations(qapp, translators)


@pytest.mark.usefixtures("chinese")
def test_window_speaks_chinese(
    qtbot: QtBot, db: Database, user: MemberRow, events: DataEvents, settings
) -> None:
    window = MainWindow(db, user, events, settings)
    qtbot.addWidget(window)
    nav = window.navigation
    assert [nav.item(i).text() for i in range(nav.count())] == [
        "今天",
        "客户",
        "联系记录",
        "计划",
        "协同拜访",
        "报告",
    ]
    assert window.role_status.text() == "医药代表"
    assert window.windowTitle() == "FieldVisit — Li Na"


@pytest.mark.usefixtures("chinese")
def test_qts_own_file_dialog_speaks_chinese(qtbot: QtBot) -> None:
    """Qt's catalogue lacks two labels of its file dialog; ours fills them."""
    dialog = QFileDialog(None, "x")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    qtbot.addWidget(dialog)
    dialog.show()
    texts = [w.text() for w in dialog.findChildren(QLabel) + dialog.findChildren(QPushButton)]
    texts += [w.toolTip() for w in dialog.findChildren(QToolButton)]
    english = [t for t in texts if t and re.fullmatch(r"[&A-Za-z .:]+", t)]
    assert english == [], english
