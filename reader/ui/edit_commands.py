"""Undoable library edits that have already been made once.

`undo.push_edit` runs its `apply` when the command is pushed. Our edits are
made first, outside the stack, so a refusal from the core (a selection with
no paragraph text, a split at an article's first paragraph) is shown to the
person and nothing is pushed; only an edit that succeeded goes on the stack,
and its later redos repeat it with the core's redo function.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtGui import QUndoStack

from reader.ui.undo import LibraryCommand, push_edit

T = TypeVar("T")


def push_made(
    stack: QUndoStack,
    text: str,
    made: T,
    redo: Callable[[T], Any],
    undo: Callable[[T], Any],
    changed: Callable[[], None] | None = None,
) -> LibraryCommand:
    """Put an edit that is already in the library on the stack; `changed` runs at once too.

    `made` is what the edit returned (the new annotation, the article change,
    …); `redo(made)` repeats the edit and `undo(made)` takes it back.
    """
    pending = [False]  # the first "redo" is the push itself: the edit is already made

    def apply() -> T:
        if pending[0]:
            redo(made)
        pending[0] = True
        return made

    return push_edit(stack, text, apply, undo, changed)
