"""Connecting a feature's actions to the window: the same few lines every feature needed.

Each feature (flags, annotations, tags, also in …) runs handlers from the
window's registered actions, and has a dock whose View-menu action is
checked while the dock is open. Open means open, even as a tab behind
another: the dock's own toggle action says so, so the menu follows it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Protocol

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget

from reader.ui.actions import ActionId


class ActionWindow(Protocol):
    def action(self, action_id: ActionId) -> QAction: ...

    def addAction(self, action: QAction) -> None: ...


def run_on_trigger(window: ActionWindow, handlers: Mapping[ActionId, Callable[[], object]]) -> None:
    """Each action runs its handler (without the `checked` argument) and works window-wide."""
    for action_id, handler in handlers.items():
        action = window.action(action_id)
        action.triggered.connect(lambda _checked=False, run=handler: run())
        window.addAction(action)


def panel_action(window: ActionWindow, action_id: ActionId, dock: QDockWidget) -> QAction:
    """A checkable action that opens (and brings to the front) or closes `dock`."""
    action = window.action(action_id)
    action.setCheckable(True)
    action.setChecked(True)
    action.triggered.connect(lambda shown: show_dock(dock, shown))
    dock.toggleViewAction().toggled.connect(action.setChecked)
    window.addAction(action)
    return action


def show_dock(dock: QDockWidget, shown: bool = True) -> None:
    dock.setVisible(shown)
    if shown:
        dock.raise_()
