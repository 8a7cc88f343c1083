"""Never lose a word: SIGKILL mid-typing, then reopen — the text is there, and the app
resumes the co-visit at the step and field the manager was on."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from fieldvisit.domain.enums import CoVisitType
from fieldvisit.services.covisits import calls as c
from fieldvisit.services.covisits import session as sess
from fieldvisit.storage.database import Database
from fieldvisit.ui.covisits.resume import resume_covisit_if_interrupted
from fieldvisit.ui.events import DataEvents
from tests.services.covisits.conftest import DAY, make_field

TEXT = "The opening was good but I asked too few questions and rushed to the product."
ROOT = Path(__file__).resolve().parents[3]


def test_text_typed_before_a_sigkill_is_there_after_restart(
    qtbot: QtBot, db: Database, db_path: Path, tmp_path: Path, events: DataEvents
) -> None:
    f = make_field(db)
    cv = sess.start_covisit(db, f.rep_id, DAY)
    call = c.add_call(db, cv.id, f.accounts[0], DAY, CoVisitType.COACHING)
    settings_file = tmp_path / "crash.ini"
    # Keep what PYTHONPATH already holds (the clock-shift pass puts its sitecustomize there).
    path = os.pathsep.join(filter(None, (str(ROOT), os.environ.get("PYTHONPATH"))))
    env = {**os.environ, "PYTHONPATH": path, "QT_QPA_PLATFORM": "offscreen"}
    errors = (tmp_path / "typist.err").open("wb")
    proc = subprocess.Popen(
        [
            sys.executable,
            str(Path(__file__).with_name("crash_typist.py")),
            str(db_path),
            str(settings_file),
            str(cv.id),
            str(call.id),
            TEXT,
        ],
        stdout=subprocess.PIPE,
        stderr=errors,
        env=env,
        cwd=ROOT,
    )
    errors.close()
    assert proc.stdout is not None

    def said() -> str:
        return (tmp_path / "typist.err").read_text(errors="replace")[-2000:]

    try:
        assert proc.stdout.readline().strip() == b"typing", said()
        typed = b""
        while len(typed) < 50:  # about 50 characters, several seconds of typing
            char = proc.stdout.read(1)
            assert char, f"the typist stopped before it was killed: {said()}"
            typed += char
        time.sleep(0.2)
    finally:  # killed whatever happened, so no typist outlives the test
        proc.kill()
        proc.wait(timeout=10)
        proc.stdout.close()
    saved = sess.get_covisit(db, cv.id).calls[0].rep_self_assessment or ""
    assert TEXT.startswith(saved)
    # All but the last few seconds (debounce 1 s, at most 4 s during continuous typing):
    assert len(saved) >= len(typed) - 30, (saved, typed)
    assert len(saved) >= 15

    settings = QSettings(str(settings_file), QSettings.Format.IniFormat)
    window = resume_covisit_if_interrupted(None, db, events, settings)
    assert window is not None
    assert window.covisit_id == cv.id
    assert window.current_key() == f"call:{call.id}:debrief"
    box = window.stack.currentWidget().boxes["rep_self_assessment"]  # type: ignore[attr-defined]
    assert box.toPlainText() == saved
    assert QApplication.instance() is not None
    window.close()
    qtbot.wait(10)
    # A co-visit closed normally is not reopened.
    assert resume_covisit_if_interrupted(None, db, events, settings) is None
