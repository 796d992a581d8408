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
    RESTORE_BACKUP = "restore_backup"
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
    # annotations, proofreading status and article boundaries (issue #4)
    ANNOTATE_OCR_ERROR = "annotate_ocr_error"
    ANNOTATE_NOTE = "annotate_note"
    ANNOTATE_IMPORTANT = "annotate_important"
    ANNOTATE_QUESTION = "annotate_question"
    EDIT_ANNOTATION = "edit_annotation"
    DELETE_ANNOTATION = "delete_annotation"
    SHOW_ANNOTATIONS = "show_annotations"
    LIBRARY_ANNOTATIONS = "library_annotations"
    ORPHANED_ANNOTATIONS = "orphaned_annotations"
    ATTACH_ORPHAN = "attach_orphan"
    CORRECTED_VIEW = "corrected_view"
    STATUS_NOT_PROOFREAD = "status_not_proofread"
    STATUS_PROBLEMATIC = "status_problematic"
    STATUS_PROOFREAD = "status_proofread"
    STATUS_VALIDATED = "status_validated"
    PROOFREAD_AND_NEXT = "proofread_and_next"
    SPLIT_ARTICLE = "split_article"
    MERGE_ARTICLE = "merge_article"
    EDIT_ARTICLE = "edit_article"
    # flag review (issue #5)
    NEXT_FLAG = "next_flag"
    PREVIOUS_FLAG = "previous_flag"
    CONFIRM_FLAG = "confirm_flag"
    DISMISS_FLAG = "dismiss_flag"
    REOPEN_FLAG = "reopen_flag"
    OTHER_COPY = "other_copy"
    CLEAN_VIEW = "clean_view"
    FLAGS_PANEL = "flags_panel"
    ALSO_IN_PANEL = "also_in_panel"
    DETECT_ISSUE = "detect_issue"
    DETECT_LIBRARY = "detect_library"
    # tags (issue #6)
    TAG_ARTICLES = "tag_articles"
    REMOVE_TAG = "remove_tag"
    TAGS_PANEL = "tags_panel"
    RENAME_TAG = "rename_tag"
    TAG_COLOR = "tag_color"
    DELETE_TAG = "delete_tag"
    TAG_FILTER_ALL = "tag_filter_all"
    CLEAR_TAG_FILTER = "clear_tag_filter"
    # export (issue #7)
    EXPORT = "export"
    # search (issue #6, search half)
    SEARCH_LIBRARY = "search_library"
    NEXT_MATCH = "next_match"
    PREVIOUS_MATCH = "previous_match"


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
    ActionId.RESTORE_BACKUP: _spec(QT_TRANSLATE_NOOP("Actions", "&Restore from Backup…")),
    ActionId.QUIT: _spec(
        QT_TRANSLATE_NOOP("Actions", "&Quit"), StandardKey.Quit, fallback=("Ctrl+Q",)
    ),
    ActionId.UNDO: _spec(
        QT_TRANSLATE_NOOP("Actions", "&Undo"), StandardKey.Undo, fallback=("Ctrl+Z",)
    ),
    ActionId.REDO: _spec(QT_TRANSLATE_NOOP("Actions", "&Redo"), StandardKey.Redo, "Ctrl+Shift+Z"),
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
    # annotations, proofreading status and article boundaries (issue #4)
    ActionId.ANNOTATE_OCR_ERROR: _spec(
        QT_TRANSLATE_NOOP("Actions", "Mark OCR &Error…"), "Ctrl+E", reading=True
    ),
    ActionId.ANNOTATE_NOTE: _spec(
        QT_TRANSLATE_NOOP("Actions", "Add &Note…"), "Ctrl+Shift+N", reading=True
    ),
    ActionId.ANNOTATE_IMPORTANT: _spec(
        QT_TRANSLATE_NOOP("Actions", "Mark &Important"), "Ctrl+I", reading=True
    ),
    ActionId.ANNOTATE_QUESTION: _spec(
        QT_TRANSLATE_NOOP("Actions", "Mark as &Question"), "Ctrl+Shift+Q", reading=True
    ),
    ActionId.EDIT_ANNOTATION: _spec(
        QT_TRANSLATE_NOOP("Actions", "Edi&t Annotation…"), "F2", reading=True
    ),
    ActionId.DELETE_ANNOTATION: _spec(
        QT_TRANSLATE_NOOP("Actions", "&Delete Annotation"), "Ctrl+Delete", reading=True
    ),
    ActionId.SHOW_ANNOTATIONS: _spec(
        QT_TRANSLATE_NOOP("Actions", "&Annotations Panel"), "Ctrl+Shift+A", reading=True
    ),
    ActionId.LIBRARY_ANNOTATIONS: _spec(
        QT_TRANSLATE_NOOP("Actions", "All Annotations in the &Library…"),
        "Ctrl+Shift+L",
        reading=True,
    ),
    ActionId.ORPHANED_ANNOTATIONS: _spec(
        QT_TRANSLATE_NOOP("Actions", "&Orphaned Annotations…"), reading=True
    ),
    ActionId.ATTACH_ORPHAN: _spec(
        QT_TRANSLATE_NOOP("Actions", "Attach Orphan &Here"), reading=True
    ),
    ActionId.CORRECTED_VIEW: _spec(
        QT_TRANSLATE_NOOP("Actions", "&Corrected Text"), "Ctrl+Shift+K", reading=True
    ),
    ActionId.STATUS_NOT_PROOFREAD: _spec(
        QT_TRANSLATE_NOOP("Actions", "&Not Proofread"), "Ctrl+Alt+0", reading=True
    ),
    ActionId.STATUS_PROBLEMATIC: _spec(
        QT_TRANSLATE_NOOP("Actions", "&Problematic"), "Ctrl+Alt+1", reading=True
    ),
    ActionId.STATUS_PROOFREAD: _spec(
        QT_TRANSLATE_NOOP("Actions", "P&roofread"), "Ctrl+Alt+2", reading=True
    ),
    ActionId.STATUS_VALIDATED: _spec(
        QT_TRANSLATE_NOOP("Actions", "&Validated"), "Ctrl+Alt+3", reading=True
    ),
    ActionId.PROOFREAD_AND_NEXT: _spec(
        QT_TRANSLATE_NOOP("Actions", "Mark Proofread, Go to Ne&xt Unproofread"),
        "Ctrl+Return",
        reading=True,
    ),
    ActionId.SPLIT_ARTICLE: _spec(
        QT_TRANSLATE_NOOP("Actions", "&Split Article Here"), "Ctrl+Alt+S", reading=True
    ),
    ActionId.MERGE_ARTICLE: _spec(
        QT_TRANSLATE_NOOP("Actions", "&Merge with Previous Article"), "Ctrl+Alt+M", reading=True
    ),
    ActionId.EDIT_ARTICLE: _spec(
        QT_TRANSLATE_NOOP("Actions", "&Edit Article…"), "Shift+F2", reading=True
    ),
    # flag review (issue #5)
    ActionId.NEXT_FLAG: _spec(QT_TRANSLATE_NOOP("Actions", "Next &Flag"), "F8", reading=True),
    ActionId.PREVIOUS_FLAG: _spec(
        QT_TRANSLATE_NOOP("Actions", "Previous F&lag"), "Shift+F8", reading=True
    ),
    ActionId.CONFIRM_FLAG: _spec(
        QT_TRANSLATE_NOOP("Actions", "&Confirm Flag"), "Ctrl+Shift+C", reading=True
    ),
    ActionId.DISMISS_FLAG: _spec(
        QT_TRANSLATE_NOOP("Actions", "&Dismiss Flag"), "Ctrl+Shift+D", reading=True
    ),
    ActionId.REOPEN_FLAG: _spec(
        QT_TRANSLATE_NOOP("Actions", "&Reopen Flag"), "Ctrl+Shift+U", reading=True
    ),
    ActionId.OTHER_COPY: _spec(
        QT_TRANSLATE_NOOP("Actions", "&Go to the Other Copy"), "Ctrl+Shift+J", reading=True
    ),
    ActionId.CLEAN_VIEW: _spec(
        QT_TRANSLATE_NOOP("Actions", "C&lean Text"), "Ctrl+Shift+E", reading=True
    ),
    ActionId.FLAGS_PANEL: _spec(QT_TRANSLATE_NOOP("Actions", "&Flags Panel"), "Ctrl+Shift+F"),
    ActionId.ALSO_IN_PANEL: _spec(QT_TRANSLATE_NOOP("Actions", "&Also-In Panel")),
    ActionId.DETECT_ISSUE: _spec(
        QT_TRANSLATE_NOOP("Actions", "Detect Again in This &Issue"), reading=True
    ),
    ActionId.DETECT_LIBRARY: _spec(
        QT_TRANSLATE_NOOP("Actions", "Detect Again in the Whole &Library…"), reading=True
    ),
    # tags (issue #6)
    ActionId.TAG_ARTICLES: _spec(
        QT_TRANSLATE_NOOP("Actions", "&Tag Selected Articles…"), "Ctrl+T", reading=True
    ),
    ActionId.REMOVE_TAG: _spec(
        QT_TRANSLATE_NOOP("Actions", "&Remove a Tag from Selected Articles…"),
        "Ctrl+Shift+T",
        reading=True,
    ),
    ActionId.TAGS_PANEL: _spec(QT_TRANSLATE_NOOP("Actions", "&Tags Panel"), "Ctrl+Shift+G"),
    ActionId.RENAME_TAG: _spec(QT_TRANSLATE_NOOP("Actions", "Re&name Tag…"), reading=True),
    ActionId.TAG_COLOR: _spec(QT_TRANSLATE_NOOP("Actions", "Tag &Colour…"), reading=True),
    ActionId.DELETE_TAG: _spec(QT_TRANSLATE_NOOP("Actions", "&Delete Tag…"), reading=True),
    ActionId.TAG_FILTER_ALL: _spec(
        QT_TRANSLATE_NOOP("Actions", "Articles with &All Selected Tags"), reading=True
    ),
    ActionId.CLEAR_TAG_FILTER: _spec(
        QT_TRANSLATE_NOOP("Actions", "Clear Tag &Filter (Show the Issue)"), reading=True
    ),
    # export (issue #7); Ctrl+Shift+E is the clean view's
    ActionId.EXPORT: _spec(QT_TRANSLATE_NOOP("Actions", "&Export…"), "Ctrl+Shift+X", reading=True),
    # search (issue #6); Ctrl+, is Preferences on Linux and F3 Find Next
    ActionId.SEARCH_LIBRARY: _spec(
        QT_TRANSLATE_NOOP("Actions", "&Search the Library…"), "Ctrl+K", reading=True
    ),
    ActionId.NEXT_MATCH: _spec(
        QT_TRANSLATE_NOOP("Actions", "Next Search &Match"), "Alt+Right", reading=True
    ),
    ActionId.PREVIOUS_MATCH: _spec(
        QT_TRANSLATE_NOOP("Actions", "Previous Search Ma&tch"), "Alt+Left", reading=True
    ),
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
