"""The window's one undo stack: edits are applied at once, undone and redone through it."""

from __future__ import annotations

from reader.ui.actions import ActionId
from reader.ui.undo import push_edit


def test_undo_and_redo_run_the_edit_functions(make_window, library_path, sample_library):
    window = make_window(library_path)
    log: list[str] = []
    refreshed: list[int] = []
    push_edit(
        window.undo_stack, "set",
        apply=lambda: log.append("apply") or len(log),
        revert=lambda state: log.append(f"revert {state}"),
        changed=lambda: refreshed.append(1),
    )  # fmt: skip
    assert log == ["apply"]
    undo = window.action(ActionId.UNDO)
    redo = window.action(ActionId.REDO)
    assert undo.isEnabled() and not redo.isEnabled() and "set" in undo.text()
    undo.trigger()
    assert log == ["apply", "revert 1"] and redo.isEnabled() and not undo.isEnabled()
    redo.trigger()
    assert log == ["apply", "revert 1", "apply"] and len(refreshed) == 3
