"""The installed Qt binding survives what the app does all day."""

from __future__ import annotations

import subprocess
import sys

EMIT_MANY = """
import sys
from PySide6.QtCore import QCoreApplication, QObject, Signal

class Source(QObject):
    plain = Signal()
    carrying = Signal(set)

app = QCoreApplication(sys.argv)
source = Source()
received = []
source.carrying.connect(received.append)
for _ in range(20_000):
    source.plain.emit()
    source.carrying.emit({"account"})
print(len(received))
"""


def test_emitting_signals_from_python_many_times_does_not_crash() -> None:
    # PySide6 6.12.0 on Python 3.11 aborted after ~1,000 emits (refcount of True).
    result = subprocess.run(
        [sys.executable, "-c", EMIT_MANY], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "20000"
