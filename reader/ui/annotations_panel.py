"""The annotations dock: the current article's annotations, one chosen in detail, and its edits.

The panel only shows and asks: choosing a row, editing, re-categorising
and deleting are signals that the annotation feature turns into undoable
library edits. Delete works on the chosen row while the list has the focus
(a window-wide Delete key would steal it from every text field).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QMenu,
    QSplitter,
    QTableView,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reader.annotate.model import CATEGORIES, Annotation
from reader.text.note_html import note_html
from reader.ui.annotations_model import (
    AnnotationsModel,
    Column,
    correction_text,
    local_time,
)
from reader.ui.highlights import category_color, category_name, swatch_icon
from reader.ui.settings import Settings
from reader.ui.tables import row_table


class AnnotationsPanel(QDockWidget):
    """A right-hand dock listing annotations; emits what the person asks for by annotation id."""

    chosen = Signal(str)
    edit_requested = Signal(str)
    delete_requested = Signal(str)
    category_requested = Signal(str, str)  # annotation id, new category

    def __init__(self, model: AnnotationsModel, settings: Settings, parent: QWidget) -> None:
        super().__init__(self.tr("Annotations"), parent)
        self.setObjectName("annotations_dock")
        self.model = model
        self.settings = settings
        self._quiet = False
        self.table = self._make_table()
        self.detail = QTextBrowser(self)
        self.detail.setObjectName("annotation_detail")
        self.detail.setOpenExternalLinks(True)
        # Tool buttons: narrower than push buttons, so the dock leaves the reader its width.
        self.edit_button = QToolButton(self)
        self.edit_button.setText(self.tr("&Edit…"))
        self.category_button = QToolButton(self)
        self.category_button.setText(self.tr("Ca&tegory"))
        self.category_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.category_button.setMenu(self.category_menu(self))
        self.delete_button = QToolButton(self)
        self.delete_button.setText(self.tr("&Delete"))
        self.edit_button.clicked.connect(lambda: self._ask(self.edit_requested))
        self.delete_button.clicked.connect(lambda: self._ask(self.delete_requested))
        self._lay_out()
        self.model.modelReset.connect(self._show_current)
        self._show_current()

    def _make_table(self) -> QTableView:
        table = row_table(self, self.model, "annotations_table")
        self._configure_header(table)
        table.selectionModel().currentRowChanged.connect(self._current_changed)
        table.clicked.connect(self._clicked)
        table.doubleClicked.connect(lambda _index: self._ask(self.edit_requested))
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self._context_menu)
        delete = QAction(self.tr("Delete Annotation"), table)
        delete.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete.triggered.connect(lambda: self._ask(self.delete_requested))
        table.addAction(delete)
        return table

    def _configure_header(self, table: QTableView) -> None:
        """Narrow columns for a side panel: the quote stretches and carries the category's
        colour; the category's name is in the tooltip and the detail view below."""
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.QUOTE, QHeaderView.ResizeMode.Stretch)
        header.hideSection(Column.CATEGORY)
        width = table.fontMetrics().horizontalAdvance
        header.resizeSection(Column.CORRECTION, width("国" * 4) + 12)
        header.resizeSection(Column.NOTE, width("国" * 5) + 12)
        header.resizeSection(Column.MODIFIED, width("00-00 00:00") + 14)

    def _lay_out(self) -> None:
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.category_button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.table)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(split, 1)
        layout.addLayout(buttons)
        self.setWidget(body)

    def category_menu(self, parent: QWidget) -> QMenu:
        menu = QMenu(parent)
        for category in CATEGORIES:
            icon = swatch_icon(category_color(self.settings, category))
            action = menu.addAction(icon, category_name(category))
            action.triggered.connect(lambda _checked=False, c=category: self._ask_category(c))
        return menu

    # -- what is chosen -----------------------------------------------------------

    def current_id(self) -> str | None:
        annotation = self.model.annotation(self.table.currentIndex().row())
        return annotation.id if annotation else None

    def select_id(self, annotation_id: str, *, follow: bool = True) -> bool:
        """Make an annotation current; `follow=False` leaves the reader's selection alone."""
        row = self.model.row_of(annotation_id)
        if row < 0:
            return False
        self._quiet = not follow
        try:
            self.table.setCurrentIndex(self.model.index(row, Column.QUOTE))
        finally:
            self._quiet = False
        return True

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_current()
        annotation = self.model.annotation(current.row())
        if annotation is not None and not self._quiet:
            self.chosen.emit(annotation.id)

    def _clicked(self, index: QModelIndex) -> None:
        annotation = self.model.annotation(index.row())
        if annotation is not None:
            self.chosen.emit(annotation.id)  # again: the reader may have moved since

    def _ask(self, signal: Signal) -> None:
        annotation_id = self.current_id()
        if annotation_id is not None:
            signal.emit(annotation_id)

    def _ask_category(self, category: str) -> None:
        annotation_id = self.current_id()
        if annotation_id is not None:
            self.category_requested.emit(annotation_id, category)

    def _context_menu(self, point: QPoint) -> None:
        if self.current_id() is None:
            return
        menu = QMenu(self)
        menu.addAction(self.tr("Edit…"), lambda: self._ask(self.edit_requested))
        change = menu.addMenu(self.tr("Category"))
        for action in self.category_menu(menu).actions():
            change.addAction(action)
        menu.addSeparator()
        menu.addAction(self.tr("Delete"), lambda: self._ask(self.delete_requested))
        menu.exec(self.table.viewport().mapToGlobal(point))

    # -- the detail view ------------------------------------------------------------

    def _show_current(self) -> None:
        annotation = self.model.annotation(self.table.currentIndex().row())
        has_one = annotation is not None
        for widget in (self.edit_button, self.category_button, self.delete_button):
            widget.setEnabled(has_one)
        self.detail.setHtml(self._detail_html(annotation) if has_one else self._hint_html())

    def _detail_html(self, annotation: Annotation | None) -> str:
        assert annotation is not None
        parts = [
            f"<p><b>{_escape(category_name(annotation.category))}</b></p>",
            f"<blockquote>{_escape(annotation.exact)}</blockquote>",
        ]
        fix = correction_text(annotation)
        if fix:
            parts.append(f"<p>{_escape(self.tr('Correct text:'))} <b>{_escape(fix)}</b></p>")
        parts.append(note_html(annotation.note))
        changed = self.tr("Made {created}, changed {modified}").format(
            created=local_time(annotation.created), modified=local_time(annotation.modified)
        )
        parts.append(f"<p style='color:gray'>{_escape(changed)}</p>")
        return "".join(parts)

    def _hint_html(self) -> str:
        if self.model.rowCount():
            return _escape(self.tr("Choose an annotation to see it here."))
        return _escape(
            self.tr(
                "No annotations in this article. Select text in the reader, then choose "
                "OCR Error, Note, Important or Question from the toolbar, the Annotate menu "
                "or the reader's context menu."
            )
        )


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
