"""Making, showing and editing annotations in the window.

A selection in the reader is mapped through the reader's `PositionMap` to
(paragraph id, offset) anchors, and the core stores the annotation at once
(`reader.db.annotations`), so nothing typed is lost even if the process is
killed the next moment. Each create, edit and delete then goes on the
window's undo stack. After any change the reader redraws its document and
this feature draws the article's annotations on it again, fills the
annotations panel, and answers tooltips from what it drew.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QHelpEvent, QTextCursor
from PySide6.QtWidgets import QDockWidget, QMenu, QToolTip

from reader.annotate.model import IMPORTANT, NOTE, OCR_ERROR, QUESTION, Annotation
from reader.db import annotations as store
from reader.db.articles import ArticleRow
from reader.ui.actions import ActionId as A
from reader.ui.annotation_dialog import AnnotationDialog
from reader.ui.annotations_model import AnnotationsModel, annotation_tooltip
from reader.ui.annotations_panel import AnnotationsPanel
from reader.ui.edit_commands import push_made
from reader.ui.highlights import (
    Highlighter,
    category_color,
    category_name,
    document_range,
    selection_anchors,
    swatch_icon,
)
from reader.ui.wiring import panel_action, run_on_trigger

if TYPE_CHECKING:
    from reader.ui.main_window import MainWindow

ACTIONS = {
    A.ANNOTATE_OCR_ERROR: OCR_ERROR,
    A.ANNOTATE_NOTE: NOTE,
    A.ANNOTATE_IMPORTANT: IMPORTANT,
    A.ANNOTATE_QUESTION: QUESTION,
}
ASKS = (OCR_ERROR, NOTE)  # categories whose dialog opens when they are made
CORRECTED = "corrected"  # the reader's view filter whose text is not the stored text


class AnnotationFeature(QObject):
    """The annotation actions, the panel, the highlights and the reader's tooltips."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.db = window.db
        self.reader = window.reader
        self.settings = window.settings
        self.annotations: list[Annotation] = []
        self.highlighter = Highlighter(window.settings)
        self.model = AnnotationsModel(window.settings, self)
        self.panel = AnnotationsPanel(self.model, window.settings, window)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.panel)
        flags = window.findChild(QDockWidget, "flags_dock")
        if flags is not None:  # one column of tabs beside the reader, not two short panes
            window.tabifyDockWidget(flags, self.panel)
        self._connect()
        self.apply_colors()

    def _connect(self) -> None:
        handlers: dict[A, Callable[[], Any]] = {
            action_id: (lambda c=category: self.annotate(c))
            for action_id, category in ACTIONS.items()
        }
        handlers[A.EDIT_ANNOTATION] = self.edit_current
        handlers[A.DELETE_ANNOTATION] = self.delete_current
        run_on_trigger(self.window, handlers)
        panel_action(self.window, A.SHOW_ANNOTATIONS, self.panel)
        self.reader.document_rebuilt.connect(self.redraw_highlights)
        self.reader.context_menu_requested.connect(self.add_to_context_menu)
        self.reader.viewport().installEventFilter(self)
        self.panel.chosen.connect(self.select_annotation)
        self.panel.edit_requested.connect(self.edit)
        self.panel.delete_requested.connect(self.delete)
        self.panel.category_requested.connect(self.change_category)

    def apply_colors(self) -> None:
        """Colours from the preferences: the actions' swatches, then the highlights."""
        for action_id, category in ACTIONS.items():
            color = category_color(self.settings, category)
            self.window.action(action_id).setIcon(swatch_icon(color))
        self.panel.category_button.setMenu(self.panel.category_menu(self.panel))
        self.reader.redraw()

    # -- the reader ---------------------------------------------------------------

    @property
    def corrected(self) -> bool:
        return CORRECTED in self.reader.view_filters

    def redraw_highlights(self) -> None:
        """Re-read the shown article's annotations; draw them, list them."""
        article = self.reader.article
        chosen = self.panel.current_id()
        self.annotations = store.list_annotations(self.db, article_id=article.id) if article else []
        self.model.set_annotations(self.annotations)
        if chosen is not None:
            self.panel.select_id(chosen, follow=False)
        if self.corrected or article is None:
            self.highlighter.clear()
            return
        dark = self.reader.palette().text().color().lightness() > 128
        cursor = QTextCursor(self.reader.document())
        self.highlighter.paint(cursor, self.reader.map, self.annotations, dark)

    def selection(self) -> tuple[tuple[int, int], tuple[int, int], str] | None:
        """The reader's selection as anchors and its text; None (with a message) if unusable."""
        cursor = self.reader.textCursor()
        if self.reader.article is None or not cursor.hasSelection():
            self._say(self.tr("Select some text in the reader first."))
            return None
        if self.corrected:
            self._say(self.tr("Annotations are made on the source text: turn off Corrected Text."))
            return None
        anchors = selection_anchors(self.reader.map, cursor.selectionStart(), cursor.selectionEnd())
        if anchors is None:
            self._say(self.tr("The selection holds no paragraph text."))
            return None
        return anchors[0], anchors[1], stored_quote(self.reader.article, *anchors)

    def select_annotation(self, annotation_id: str) -> bool:
        """Select an annotation's text in the reader and scroll to it."""
        found = next((a for a in self.annotations if a.id == annotation_id), None)
        span = document_range(self.reader.map, found) if found and not self.corrected else None
        if span is None:
            return False
        cursor = QTextCursor(self.reader.document())
        cursor.setPosition(span[0])
        cursor.setPosition(span[1], QTextCursor.MoveMode.KeepAnchor)
        self.reader.setTextCursor(cursor)
        self.reader.ensureCursorVisible()
        return True

    def annotations_at(self, position: int) -> list[Annotation]:
        return self.highlighter.at(position) or self.highlighter.at(position - 1)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            found = self.annotations_at(self.reader.cursorForPosition(event.pos()).position())
            if found:
                text = "<hr/>".join(annotation_tooltip(a) for a in found)
                QToolTip.showText(event.globalPos(), text, self.reader.viewport())
                return True
        return super().eventFilter(watched, event)

    def add_to_context_menu(self, menu: QMenu, point: QPoint) -> None:
        first = menu.actions()[0] if menu.actions() else None
        if self.reader.textCursor().hasSelection():
            for action_id in ACTIONS:
                menu.insertAction(first, self.window.action(action_id))
            menu.insertSeparator(first)
        found = self.annotations_at(self.reader.cursorForPosition(point).position())
        if found:
            target = found[0].id
            edit = menu.addAction(self.tr("Edit Annotation…"), lambda: self.edit(target))
            menu.insertAction(first, edit)
            delete = menu.addAction(self.tr("Delete Annotation"), lambda: self.delete(target))
            menu.insertAction(first, delete)
            menu.insertSeparator(first)

    # -- making ---------------------------------------------------------------------

    def annotate(self, category: str) -> AnnotationDialog | Annotation | None:
        """What the category actions do: ask for the details if the category needs them."""
        chosen = self.selection()
        if chosen is None:
            return None
        start, end, quote = chosen
        if category not in ASKS:
            return self.create(category, start, end)
        dialog = AnnotationDialog(category, quote, self.window)
        dialog.accepted.connect(lambda: self._create_from(dialog, start, end))
        dialog.open()
        return dialog

    def _create_from(self, dialog: AnnotationDialog, start: tuple, end: tuple) -> None:
        values = dialog.values()
        self.create(values["category"], start, end, values["correction"], values["note"])

    def create(
        self,
        category: str,
        start: tuple[int, int],
        end: tuple[int, int],
        correction: str | None = None,
        note: str | None = None,
    ) -> Annotation | None:
        """Store an annotation at once, then put it on the undo stack."""
        article = self.reader.article
        if article is None:
            return None
        try:
            made = store.create_annotation(
                self.db, article.issue_id, start, end, category, correction, note
            )
        except ValueError as err:
            self._say(str(err))
            return None
        text = self.tr("Mark {category}").format(category=category_name(category))
        push_made(
            self.window.undo_stack, text, made, lambda a: store.restore_annotation(self.db, a.id),
            lambda a: store.delete_annotation(self.db, a.id), self.changed,
        )  # fmt: skip
        self.panel.raise_()
        return made

    # -- editing --------------------------------------------------------------------

    def current_id(self) -> str | None:
        """The annotation an Edit or Delete from the menu means: the panel's, else the cursor's."""
        if self.panel.table.hasFocus() and self.panel.current_id():
            return self.panel.current_id()
        cursor = self.reader.textCursor()
        found = self.annotations_at(cursor.selectionStart()) if not self.corrected else []
        return found[0].id if found else self.panel.current_id()

    def edit_current(self) -> AnnotationDialog | None:
        annotation_id = self.current_id()
        if annotation_id is None:
            self._say(self.tr("Choose an annotation first."))
            return None
        return self.edit(annotation_id)

    def edit(self, annotation_id: str) -> AnnotationDialog | None:
        found = store.get_annotation(self.db, annotation_id)
        if found is None:
            return None
        dialog = AnnotationDialog(
            found.category, found.exact, self.window,
            correction=found.correction, note=found.note, editing=True,
        )  # fmt: skip
        dialog.accepted.connect(lambda: self.update(annotation_id, **dialog.values()))
        dialog.open()
        return dialog

    def update(self, annotation_id: str, **values: str | None) -> bool:
        """Store the fields that changed and put the change on the undo stack."""
        found = store.get_annotation(self.db, annotation_id)
        if found is None:
            return False
        changes = {k: v for k, v in values.items() if getattr(found, k) != v}
        if not changes:
            return False
        previous = store.update_annotation(self.db, annotation_id, **changes)
        push_made(
            self.window.undo_stack, self.tr("Edit Annotation"), (previous, changes),
            lambda pair: store.update_annotation(self.db, annotation_id, **pair[1]),
            lambda pair: store.update_annotation(self.db, annotation_id, **pair[0]),
            self.changed,
        )  # fmt: skip
        return True

    def change_category(self, annotation_id: str, category: str) -> bool:
        return self.update(annotation_id, category=category)

    def delete_current(self) -> bool:
        annotation_id = self.current_id()
        if annotation_id is None:
            self._say(self.tr("Choose an annotation first."))
            return False
        return self.delete(annotation_id)

    def delete(self, annotation_id: str) -> bool:
        try:
            gone = store.delete_annotation(self.db, annotation_id)
        except store.AnnotationError as err:
            self._say(str(err))
            return False
        push_made(
            self.window.undo_stack, self.tr("Delete Annotation"), gone,
            lambda a: store.delete_annotation(self.db, a.id),
            lambda a: store.restore_annotation(self.db, a.id), self.changed,
        )  # fmt: skip
        return True

    def changed(self) -> None:
        """After any annotation edit, undo or redo: redraw, and recount the article's notes."""
        self.reader.redraw()
        if self.reader.article is not None:
            self.window.articles_model.refresh_rows()

    def _say(self, message: str) -> None:
        self.window.status.showMessage(message, 5000)


def stored_quote(article: ArticleRow, start: tuple[int, int], end: tuple[int, int]) -> str:
    """The stored text between two anchors, paragraphs run together (what a correction replaces)."""
    pieces, inside = [], False
    for paragraph in article.paragraphs:
        inside = inside or paragraph.id == start[0]
        if not inside:
            continue
        low = start[1] if paragraph.id == start[0] else 0
        high = end[1] if paragraph.id == end[0] else len(paragraph.text)
        pieces.append(paragraph.text[low:high])
        if paragraph.id == end[0]:
            break
    return "".join(pieces)
