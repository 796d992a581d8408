"""Everything issue #4 adds to the window, attached in one call from the main window.

Annotations (actions, panel, highlights), proofreading status, the
corrected view, article boundaries and the library-wide list are separate
features; this module makes them, gives the window a toolbar for the
proofreader's most frequent actions, and re-applies the preferences (the
highlight colours) when they change. The main window stays a switchboard:
it calls `install` once and `apply_preferences` after the Preferences dialog.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QToolBar

from reader.ui.actions import ActionId as A
from reader.ui.actions import plain_text
from reader.ui.annotation_actions import AnnotationFeature
from reader.ui.article_boundaries import ArticleBoundaries
from reader.ui.corrected_view import CorrectedView
from reader.ui.orphans_view import LibraryAnnotationsFeature
from reader.ui.proofreading import ProofreadingFeature

if TYPE_CHECKING:
    from reader.ui.main_window import MainWindow

TOOLBAR = (
    A.ANNOTATE_OCR_ERROR, A.ANNOTATE_NOTE, A.ANNOTATE_IMPORTANT, A.ANNOTATE_QUESTION, None,
    A.CORRECTED_VIEW, None, A.PROOFREAD_AND_NEXT,
)  # fmt: skip


@dataclass
class AnnotationTools:
    annotations: AnnotationFeature
    proofreading: ProofreadingFeature
    corrected: CorrectedView
    boundaries: ArticleBoundaries
    library: LibraryAnnotationsFeature
    toolbar: QToolBar

    def apply_preferences(self) -> None:
        self.annotations.apply_colors()


def install(window: MainWindow) -> AnnotationTools:
    """Attach the annotation and proofreading features to a main window (before its state
    is restored, so the dock and toolbar come back where they were left)."""
    annotations = AnnotationFeature(window)
    corrected = CorrectedView(window.db, window.reader)
    toggle = window.action(A.CORRECTED_VIEW)
    toggle.setCheckable(True)
    toggle.toggled.connect(corrected.set_enabled)
    window.addAction(toggle)
    return AnnotationTools(
        annotations,
        ProofreadingFeature(window),
        corrected,
        ArticleBoundaries(window),
        LibraryAnnotationsFeature(window, annotations),
        _toolbar(window),
    )


def _toolbar(window: MainWindow) -> QToolBar:
    bar = QToolBar(QCoreApplication.translate("AnnotationTools", "Proofreading"), window)
    bar.setObjectName("annotation_toolbar")
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    for action_id in TOOLBAR:
        if action_id is None:
            bar.addSeparator()
            continue
        action = window.action(action_id)
        action.setIconText(plain_text(action_id))  # no mnemonic, no "…" on a button
        bar.addAction(action)
    window.addToolBar(bar)
    return bar
