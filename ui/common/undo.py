"""Edit › Undo and Redo: one history of what the user changed (asset edits, archiving,
taxonomy, a deal's outcome, pitch kits, a logged share, an import), each entry named as the
menu shows it ("Undo Archive 3 assets"). A change is written first and entered after it
succeeded; its undo and its redo are writes of their own, run on the write thread like any
other, so Ctrl+Z never freezes the window."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack

from .tasks import TaskRunner

log = logging.getLogger(__name__)

Write = Callable[[], Any]
After = Callable[[Any], None]


class _Change(QUndoCommand):
    def __init__(
        self, history: UndoHistory, text: str, undo: Write, redo: Write, after: After | None
    ) -> None:
        super().__init__(text)
        self._history = history
        self._undo = undo
        self._redo = redo
        self._after = after
        self._done_already = True  # pushed once written: the first redo has happened

    def redo(self) -> None:
        if self._done_already:
            self._done_already = False
            return
        self._history.run(self._redo, self._after, self.text(), undoing=False)

    def undo(self) -> None:
        self._history.run(self._undo, self._after, self.text(), undoing=True)


class UndoHistory(QObject):
    applied = Signal(str)  # "Undone: …" or "Redone: …", once written
    failed = Signal(str)  # why an undo or redo could not be written (the history is cleared)

    def __init__(self, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.stack = QUndoStack(self)
        self._pending = 0

    def add(self, text: str, *, undo: Write, redo: Write, after: After | None = None) -> None:
        """Enter a change that was just written: `undo` takes it back, `redo` writes it again
        (both run on the write thread), `after` gets their result on the GUI thread."""
        self.stack.push(_Change(self, text, undo, redo, after))

    def actions(self, parent: QObject) -> tuple[QAction, QAction]:
        """Edit menu's Undo and Redo, named after the change they would take back or redo."""
        undo = self.stack.createUndoAction(parent, self.tr("Undo"))
        undo.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Undo))
        redo = self.stack.createRedoAction(parent, self.tr("Redo"))
        # Ctrl+Shift+Z everywhere, and the platform's own (Ctrl+Y on Windows), each once:
        # one key twice on an action is ambiguous, and an ambiguous shortcut does nothing.
        keys = [QKeySequence("Ctrl+Shift+Z")]
        for key in QKeySequence.keyBindings(QKeySequence.StandardKey.Redo):
            if key not in keys:
                keys.append(key)
        redo.setShortcuts(keys)
        return undo, redo

    def busy(self) -> bool:
        return self._pending > 0

    def run(self, write: Write, after: After | None, text: str, *, undoing: bool) -> None:
        self._pending += 1

        def done(result: Any) -> None:
            self._pending -= 1
            if after is not None:
                after(result)
            self.applied.emit((self.tr("Undone: {0}") if undoing else self.tr("Redone: {0}")).format(text))

        def fail(exc: Exception) -> None:
            self._pending -= 1
            log.warning("could not %s %s", "undo" if undoing else "redo", text, exc_info=exc)
            # What is written no longer matches the history: start a new one rather than
            # undo the wrong thing next.
            self.stack.clear()
            words = self.tr("Could not undo {0}: {1}") if undoing else self.tr("Could not redo {0}: {1}")
            self.failed.emit(words.format(text, exc))

        self.runner.run(lambda _ctx: write(), on_success=done, on_failure=fail, writes=True)
