"""The menu bar, built in this one place from the action registry.

Every action appears in a menu, so each shortcut can be discovered (and
each action reached without knowing its shortcut).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMenuBar

from reader.ui.actions import ActionId as A

SEPARATOR = None

MENUS: tuple[tuple[str, tuple[A | None, ...]], ...] = (
    (
        QT_TRANSLATE_NOOP("Menus", "&File"),
        (
            A.IMPORT_FILES,
            A.IMPORT_FOLDER,
            A.OPEN_SAMPLES,
            SEPARATOR,
            A.EXPORT,
            SEPARATOR,
            A.RESTORE_BACKUP,
            SEPARATOR,
            A.QUIT,
        ),  # fmt: skip
    ),
    (
        QT_TRANSLATE_NOOP("Menus", "&Edit"),
        (
            A.UNDO,
            A.REDO,
            SEPARATOR,
            A.FIND,
            A.FIND_NEXT,
            A.SEARCH_LIBRARY,
            SEPARATOR,
            A.ISSUE_PROPERTIES,
            SEPARATOR,
            A.PREFERENCES,
        ),  # fmt: skip
    ),
    (
        QT_TRANSLATE_NOOP("Menus", "&View"),
        (
            A.ZOOM_IN,
            A.ZOOM_OUT,
            A.ZOOM_RESET,
            SEPARATOR,
            A.CORRECTED_VIEW,
            A.SHOW_ANNOTATIONS,
            A.CLEAN_VIEW,
            A.FLAGS_PANEL,
            A.ALSO_IN_PANEL,
            A.TAGS_PANEL,
            SEPARATOR,
            A.REFRESH,
        ),  # fmt: skip
    ),
    (
        QT_TRANSLATE_NOOP("Menus", "&Go"),
        (
            A.NEXT_ARTICLE,
            A.PREVIOUS_ARTICLE,
            A.NEXT_ISSUE,
            A.PREVIOUS_ISSUE,
            A.NEXT_FLAG,
            A.PREVIOUS_FLAG,
            A.NEXT_MATCH,
            A.PREVIOUS_MATCH,
            SEPARATOR,
            A.PAGE_FORWARD,
            A.PAGE_BACK,
            SEPARATOR,
            A.FOCUS_ISSUES,
            A.FOCUS_ARTICLES,
            A.FOCUS_READER,
            A.NEXT_PANE,
            A.PREVIOUS_PANE,
        ),
    ),  # fmt: skip
    (
        QT_TRANSLATE_NOOP("Menus", "&Annotate"),
        (
            A.ANNOTATE_OCR_ERROR,
            A.ANNOTATE_NOTE,
            A.ANNOTATE_IMPORTANT,
            A.ANNOTATE_QUESTION,
            SEPARATOR,
            A.EDIT_ANNOTATION,
            A.DELETE_ANNOTATION,
            SEPARATOR,
            A.LIBRARY_ANNOTATIONS,
            A.ORPHANED_ANNOTATIONS,
            A.ATTACH_ORPHAN,
        ),
    ),  # fmt: skip
    (
        QT_TRANSLATE_NOOP("Menus", "A&rticle"),
        (
            A.STATUS_NOT_PROOFREAD,
            A.STATUS_PROBLEMATIC,
            A.STATUS_PROOFREAD,
            A.STATUS_VALIDATED,
            A.PROOFREAD_AND_NEXT,
            SEPARATOR,
            A.EDIT_ARTICLE,
            A.SPLIT_ARTICLE,
            A.MERGE_ARTICLE,
        ),
    ),  # fmt: skip
    (
        QT_TRANSLATE_NOOP("Menus", "Tag&s"),
        (
            A.TAG_ARTICLES,
            A.REMOVE_TAG,
            SEPARATOR,
            A.TAG_FILTER_ALL,
            A.CLEAR_TAG_FILTER,
            SEPARATOR,
            A.RENAME_TAG,
            A.TAG_COLOR,
            A.DELETE_TAG,
        ),
    ),  # fmt: skip
    (
        QT_TRANSLATE_NOOP("Menus", "F&lags"),
        (A.CONFIRM_FLAG, A.DISMISS_FLAG, A.REOPEN_FLAG, SEPARATOR, A.OTHER_COPY),
    ),
    (QT_TRANSLATE_NOOP("Menus", "&Tools"), (A.DETECT_ISSUE, A.DETECT_LIBRARY)),
    (QT_TRANSLATE_NOOP("Menus", "&Help"), (A.ABOUT,)),
)


def build_menus(bar: QMenuBar, actions: dict[A, QAction]) -> list[QMenu]:
    menus = []
    for title, entries in MENUS:
        menu = bar.addMenu(QCoreApplication.translate("Menus", title))
        for entry in entries:
            if entry is SEPARATOR:
                menu.addSeparator()
            else:
                menu.addAction(actions[entry])
        menus.append(menu)
    return menus
