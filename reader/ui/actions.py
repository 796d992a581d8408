"""The one registry of the window's actions (Picard's ui/mainwindow/actions.py).

Each action has a stable id (a `str` Enum member); the id is the key of its
user-chosen shortcut in the settings (Frescobaldi's action collection), so
renaming a menu entry never loses a shortcut. Texts are marked with
QT_TRANSLATE_NOOP here and translated when the QAction is made. Standard
operations take the platform's `QKeySequence.StandardKey`; where a platform
defines none (Preferences on most Linux desktops) a fallback is given.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

from reader.ui.settings import Settings

StandardKey = QKeySequence.StandardKey
CONTEXT = "Actions"


class ActionId(StrEnum):
    IMPORT_FILES = "import_files"
    IMPORT_FOLDER = "import_folder"
    OPEN_SAMPLES = "open_samples"
    QUIT = "quit"
    UNDO = "undo"
    REDO = "redo"
    FIND = "find"
    FIND_NEXT = "find_next"
    ISSUE_PROPERTIES = "issue_properties"
    PREFERENCES = "preferences"
    ZOOM_IN = "zoom_in"
    ZOOM_OUT = "zoom_out"
    ZOOM_RESET = "zoom_reset"
    REFRESH = "refresh"
    NEXT_ARTICLE = "next_article"
    PREVIOUS_ARTICLE = "previous_article"
    NEXT_ISSUE = "next_issue"
    PREVIOUS_ISSUE = "previous_issue"
    PAGE_FORWARD = "page_forward"
    PAGE_BACK = "page_back"
    FOCUS_ISSUES = "focus_issues"
    FOCUS_ARTICLES = "focus_articles"
    FOCUS_READER = "focus_reader"
    NEXT_PANE = "next_pane"
    PREVIOUS_PANE = "previous_pane"
    ABOUT = "about"


Key = StandardKey | str


@dataclass(frozen=True)
class ActionSpec:
    text: str  # marked for translation in CONTEXT
    keys: tuple[Key, ...] = ()
    fallback: tuple[str, ...] = ()  # used when a StandardKey has no binding here
    needs_library: bool = False  # disabled while the library is empty


def _spec(text: str, *keys: Key, fallback: tuple[str, ...] = (), reading: bool = False):
    return ActionSpec(text, keys, fallback, reading)


SPECS: dict[ActionId, ActionSpec] = {
    ActionId.IMPORT_FILES: _spec(
        QT_TRANSLATE_NOOP("Actions", "Import &Files…"), StandardKey.Open, fallback=("Ctrl+O",)
    ),
    ActionId.IMPORT_FOLDER: _spec(QT_TRANSLATE_NOOP("Actions", "Import F&older…"), "Ctrl+Shift+O"),
    ActionId.OPEN_SAMPLES: _spec(QT_TRANSLATE_NOOP("Actions", "Open the &Sample Issues")),
    ActionId.QUIT: _spec(
        QT_TRANSLATE_NOOP("Actions", "&Quit"), StandardKey.Quit, fallback=("Ctrl+Q",)
    ),
    ActionId.UNDO: _spec(
        QT_TRANSLATE_NOOP("Actions", "&Undo"), StandardKey.Undo, fallback=("Ctrl+Z",)
    ),
    ActionId.REDO: _spec(
        QT_TRANSLATE_NOOP("Actions", "&Redo"), StandardKey.Redo, "Ctrl+Shift+Z"
    ),
    ActionId.FIND: _spec(
        QT_TRANSLATE_NOOP("Actions", "&Find in Article…"), StandardKey.Find, reading=True
    ),
    ActionId.FIND_NEXT: _spec(
        QT_TRANSLATE_NOOP("Actions", "Find &Next"),
        StandardKey.FindNext,
        fallback=("F3",),
        reading=True,
    ),
    ActionId.ISSUE_PROPERTIES: _spec(
        QT_TRANSLATE_NOOP("Actions", "Issue &Properties…"), "Alt+Return", reading=True
    ),
    ActionId.PREFERENCES: _spec(
        QT_TRANSLATE_NOOP("Actions", "Pr&eferences…"), StandardKey.Preferences, fallback=("Ctrl+,",)
    ),
    ActionId.ZOOM_IN: _spec(QT_TRANSLATE_NOOP("Actions", "Zoom &In"), StandardKey.ZoomIn, "Ctrl+="),
    ActionId.ZOOM_OUT: _spec(QT_TRANSLATE_NOOP("Actions", "Zoom &Out"), StandardKey.ZoomOut),
    ActionId.ZOOM_RESET: _spec(QT_TRANSLATE_NOOP("Actions", "&Reset Zoom"), "Ctrl+0"),
    ActionId.REFRESH: _spec(
        QT_TRANSLATE_NOOP("Actions", "Re&load Library"), StandardKey.Refresh, fallback=("F5",)
    ),
    ActionId.NEXT_ARTICLE: _spec(
        QT_TRANSLATE_NOOP("Actions", "&Next Article"), "Alt+Down", reading=True
    ),
    ActionId.PREVIOUS_ARTICLE: _spec(
        QT_TRANSLATE_NOOP("Actions", "&Previous Article"), "Alt+Up", reading=True
    ),
    ActionId.NEXT_ISSUE: _spec(
        QT_TRANSLATE_NOOP("Actions", "Next &Issue"), "Ctrl+PgDown", reading=True
    ),
    ActionId.PREVIOUS_ISSUE: _spec(
        QT_TRANSLATE_NOOP("Actions", "Previous I&ssue"), "Ctrl+PgUp", reading=True
    ),
    ActionId.PAGE_FORWARD: _spec(
        QT_TRANSLATE_NOOP("Actions", "Page Down, Then Next Article"), "Space", reading=True
    ),
    ActionId.PAGE_BACK: _spec(
        QT_TRANSLATE_NOOP("Actions", "Page Up, Then Previous Article"), "Shift+Space", reading=True
    ),
    ActionId.FOCUS_ISSUES: _spec(
        QT_TRANSLATE_NOOP("Actions", "Go to &Issues Pane"), "Ctrl+1", reading=True
    ),
    ActionId.FOCUS_ARTICLES: _spec(
        QT_TRANSLATE_NOOP("Actions", "Go to &Articles Pane"), "Ctrl+2", reading=True
    ),
    ActionId.FOCUS_READER: _spec(
        QT_TRANSLATE_NOOP("Actions", "Go to &Reader Pane"), "Ctrl+3", reading=True
    ),
    ActionId.NEXT_PANE: _spec(QT_TRANSLATE_NOOP("Actions", "Ne&xt Pane"), "F6", reading=True),
    ActionId.PREVIOUS_PANE: _spec(
        QT_TRANSLATE_NOOP("Actions", "Pre&vious Pane"), "Shift+F6", reading=True
    ),
    ActionId.ABOUT: _spec(QT_TRANSLATE_NOOP("Actions", "&About Issue Reader")),
}


def action_text(action_id: ActionId) -> str:
    """The translated menu text of an action."""
    return QCoreApplication.translate(CONTEXT, SPECS[action_id].text)


def plain_text(action_id: ActionId) -> str:
    """The menu text without its mnemonic (`&F`, or Chinese-style `(&F)`) or trailing ellipsis."""
    text = re.sub(r"\(&\w\)", "", action_text(action_id))
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…")


def default_shortcuts(action_id: ActionId) -> list[QKeySequence]:
    spec = SPECS[action_id]
    found: list[QKeySequence] = []
    for key in spec.keys:
        if isinstance(key, str):
            found.append(QKeySequence(key))
        else:
            found.extend(QKeySequence.keyBindings(key))
    if not found:
        found = [QKeySequence(text) for text in spec.fallback]
    return _unique(found)


def _unique(sequences: Iterable[QKeySequence]) -> list[QKeySequence]:
    seen: list[QKeySequence] = []
    for sequence in sequences:
        if not sequence.isEmpty() and sequence not in seen:
            seen.append(sequence)
    return seen


def shortcuts_for(action_id: ActionId, settings: Settings) -> list[QKeySequence]:
    """The user's shortcut for an action if one is stored, else its defaults."""
    chosen = settings.shortcut(action_id.value)
    if chosen is None:
        return default_shortcuts(action_id)
    if not chosen:
        return []
    return [QKeySequence.fromString(chosen, QKeySequence.SequenceFormat.PortableText)]


def create_action(action_id: ActionId, parent: QObject) -> QAction:
    action = QAction(action_text(action_id), parent)
    action.setObjectName(action_id.value)
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    action.setShortcuts(default_shortcuts(action_id))
    if action_id in (ActionId.QUIT, ActionId.PREFERENCES, ActionId.ABOUT):
        action.setMenuRole(_MENU_ROLES[action_id])
    return action


_MENU_ROLES = {
    ActionId.QUIT: QAction.MenuRole.QuitRole,
    ActionId.PREFERENCES: QAction.MenuRole.PreferencesRole,
    ActionId.ABOUT: QAction.MenuRole.AboutRole,
}


def create_actions(parent: QObject) -> dict[ActionId, QAction]:
    return {action_id: create_action(action_id, parent) for action_id in ActionId}


def apply_shortcuts(actions: dict[ActionId, QAction], settings: Settings) -> None:
    for action_id, action in actions.items():
        action.setShortcuts(shortcuts_for(action_id, settings))


def reading_actions() -> list[ActionId]:
    """Actions that need an issue or article to act on."""
    return [action_id for action_id, spec in SPECS.items() if spec.needs_library]
