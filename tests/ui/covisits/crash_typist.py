"""Driver for the SIGKILL test: opens a co-visit window on a real DB file and types the
rep's self-assessment character by character, pausing, until it is killed."""

from __future__ import annotations

import os
import sys
import time
import uuid
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPlainTextEdit

from fieldvisit.storage.migrate import open_database
from fieldvisit.ui.covisits.resume import open_covisit_window
from fieldvisit.ui.events import DataEvents


def main(db_file: str, settings_file: str, covisit_id: str, call_id: str, text: str) -> None:
    app = QApplication([])
    db = open_database(Path(db_file))
    settings = QSettings(settings_file, QSettings.Format.IniFormat)
    window = open_covisit_window(None, db, DataEvents(), settings, uuid.UUID(covisit_id))
    window.go_to(f"call:{call_id}:debrief")
    box = window.findChild(QPlainTextEdit, "debrief_self_assessment")
    assert box is not None
    box.setFocus()
    print("typing", flush=True)
    for ch in text:
        QTest.keyClicks(box, ch)
        end = time.monotonic() + 0.15
        while time.monotonic() < end:
            app.processEvents()
            time.sleep(0.01)
        print(ch, end="", flush=True)
    while True:  # wait to be killed
        app.processEvents()
        time.sleep(0.05)


if __name__ == "__main__":
    main(*sys.argv[1:6])
