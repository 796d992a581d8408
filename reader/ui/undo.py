"""One undo stack for every edit made in the window.

Each edit is a pair of functions over the library: `apply` makes the change
(and returns what undo needs), `revert` takes that back. Both write at once,
so undo and redo are saved as they happen, like the edit itself. `changed`
runs after either, for the views to re-read what they show.

Text fields keep their own undo; this stack holds what reaches the library.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand, QUndoStack


class LibraryCommand(QUndoCommand):
    """An edit of the library that can be undone and redone.

    `apply` runs on the first redo (when the command is pushed) and on every
    redo after an undo; it returns a value that `revert` receives, so a
    create can hand its new id to the undo that deletes it.
    """

    def __init__(
        self,
        text: str,
        apply: Callable[[], Any],
        revert: Callable[[Any], None],
        changed: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(text)
        self._apply = apply
        self._revert = revert
        self._changed = changed
        self._state: Any = None

    def redo(self) -> None:
        self._state = self._apply()
        if self._changed:
            self._changed()

    def undo(self) -> None:
        self._revert(self._state)
        if self._changed:
            self._changed()


def push_edit(
    stack: QUndoStack,
    text: str,
    apply: Callable[[], Any],
    revert: Callable[[Any], None],
    changed: Callable[[], None] | None = None,
) -> LibraryCommand:
    """Make an edit through the stack; it is applied (and saved) at once."""
    command = LibraryCommand(text, apply, revert, changed)
    stack.push(command)
    return command
