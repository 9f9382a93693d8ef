"""The installed Qt binding keeps Python's reference counts right: PySide6 6.12.0 on CPython
3.11 lost a reference to None on every Qt call returning nothing, and the app aborted after a
few thousand of them ("Fatal Python error: none_dealloc")."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot


class _Emitter(QObject):
    changed = Signal(str)


def test_qt_calls_and_signals_leave_the_reference_count_of_none_as_it_was(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    emitter = _Emitter()
    received: list[str] = []
    emitter.changed.connect(received.append)
    before = sys.getrefcount(None)
    for n in range(200):
        label.setText(str(n))
        emitter.changed.emit(str(n))
    after = sys.getrefcount(None)

    assert len(received) == 200
    assert abs(after - before) < 50, f"None lost {before - after} references over 400 Qt calls"
