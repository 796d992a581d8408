"""Every annotation of the library in one list, filtered, loaded as it is drawn.

The dialog is not modal: a proofreader keeps it open beside the reader,
activates a row to go to its article (the reader selects the text), or,
with "Orphans only", selects text in the reader and attaches the chosen
orphan there. The model holds only the ids that pass the filters and reads
rows a page at a time (`reader.db.annotation_views`), like the articles
list, so a library with a hundred thousand annotations opens at once.
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlite_utils import Database

from reader.annotate.articles import STATUSES
from reader.annotate.model import CATEGORIES
from reader.db.annotation_views import (
    LibraryAnnotation,
    LibraryFilter,
    annotation_ids,
    library_rows,
)
from reader.ui.annotations_model import annotation_tooltip, correction_text, first_line
from reader.ui.highlights import annotation_color, category_name, swatch_icon
from reader.ui.model_headers import column_header
from reader.ui.settings import Settings
from reader.ui.status_marks import status_icon, status_name
from reader.ui.tables import row_table

PAGE = 100
CONTEXT = "LibraryAnnotationsModel"
Index = QModelIndex | QPersistentModelIndex
ROOT_INDEX = QModelIndex()
AnnotationIdRole = Qt.ItemDataRole.UserRole + 1


class Column(IntEnum):
    WHERE = 0
    ARTICLE = 1
    CATEGORY = 2
    QUOTE = 3
    CORRECTION = 4
    NOTE = 5


HEADERS = {
    Column.WHERE: QT_TRANSLATE_NOOP("LibraryAnnotationsModel", "Issue"),
    Column.ARTICLE: QT_TRANSLATE_NOOP("LibraryAnnotationsModel", "Article"),
    Column.CATEGORY: QT_TRANSLATE_NOOP("LibraryAnnotationsModel", "Category"),
    Column.QUOTE: QT_TRANSLATE_NOOP("LibraryAnnotationsModel", "Text"),
    Column.CORRECTION: QT_TRANSLATE_NOOP("LibraryAnnotationsModel", "Correction"),
    Column.NOTE: QT_TRANSLATE_NOOP("LibraryAnnotationsModel", "Note"),
}


def where_text(row: LibraryAnnotation) -> str:
    """`2023-01-05 第3版` or the file name; an orphan without an issue says so."""
    if row.annotation.issue_id is None:
        return QCoreApplication.translate("LibraryAnnotationsModel", "(issue not in the library)")
    place = row.page or row.source_name or ""
    return f"{row.date} {place}".strip() if row.date else place


class LibraryAnnotationsModel(QAbstractTableModel):
    """Annotations that pass a filter; ids up front, rows read as drawn."""

    def __init__(self, db: Database, settings: Settings, parent: Any = None) -> None:
        super().__init__(parent)
        self._db = db
        self._settings = settings
        self.filter = LibraryFilter()
        self._ids: list[str] = []
        self._cache: dict[str, LibraryAnnotation] = {}

    def set_filter(self, chosen: LibraryFilter) -> None:
        self.filter = chosen
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._ids = annotation_ids(self._db, self.filter)
        self._cache.clear()
        self.endResetModel()

    def row_data(self, row: int) -> LibraryAnnotation | None:
        if not 0 <= row < len(self._ids):
            return None
        if self._ids[row] not in self._cache:
            start = row - row % PAGE
            self._cache.update(library_rows(self._db, self._ids[start : start + PAGE]))
        return self._cache.get(self._ids[row])

    def row_of(self, annotation_id: str) -> int:
        try:
            return self._ids.index(annotation_id)
        except ValueError:
            return -1

    def rowCount(self, parent: Index = ROOT_INDEX) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = ROOT_INDEX) -> int:
        return 0 if parent.isValid() else len(Column)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | (Qt.ItemFlag.ItemNeverHasChildren)
        )

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        return column_header(HEADERS, CONTEXT, section, orientation, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_data(index.row()) if index.isValid() else None
        if row is None:
            return None
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.DecorationRole:
            return self._decoration(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return annotation_tooltip(row.annotation)
        if role == AnnotationIdRole:
            return row.annotation.id
        return None

    def _display(self, row: LibraryAnnotation, column: Column) -> str:
        annotation = row.annotation
        if column == Column.WHERE:
            return where_text(row)
        if column == Column.ARTICLE:
            if annotation.orphaned:
                return QCoreApplication.translate("LibraryAnnotationsModel", "(orphaned)")
            return row.article_title or ""
        if column == Column.CATEGORY:
            return category_name(annotation.category)
        if column == Column.QUOTE:
            return annotation.exact.replace("\n", " ")
        if column == Column.CORRECTION:
            return correction_text(annotation)
        return first_line(annotation.note)

    def _decoration(self, row: LibraryAnnotation, column: Column) -> Any:
        if column == Column.CATEGORY:
            return swatch_icon(annotation_color(self._settings, row.annotation))
        if column == Column.ARTICLE and row.article_status:
            return status_icon(row.article_status)
        return None


class LibraryAnnotationsDialog(QDialog):
    """Filters above, the list, and what can be done with the chosen annotation."""

    open_requested = Signal(str)
    attach_requested = Signal(str)
    delete_requested = Signal(str)

    def __init__(self, model: LibraryAnnotationsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("library_annotations")
        self.setWindowTitle(self.tr("Annotations in the Library"))
        self.model = model
        self.current_issue: int | None = None
        self._make_filters()
        self.table = self._make_table()
        self.count = QLabel(self)
        self.go_button = QPushButton(self.tr("&Go to Annotation"), self)
        self.attach_button = QPushButton(self.tr("&Attach to Reader Selection"), self)
        self.delete_button = QPushButton(self.tr("&Delete"), self)
        self.go_button.clicked.connect(lambda: self._ask(self.open_requested))
        self.attach_button.clicked.connect(lambda: self._ask(self.attach_requested))
        self.delete_button.clicked.connect(lambda: self._ask(self.delete_requested))
        self._lay_out()
        self.model.modelReset.connect(self._update)
        self.resize(900, 520)

    def _make_filters(self) -> None:
        self.category = QComboBox(self)
        self.category.addItem(self.tr("Any category"), None)
        for name in CATEGORIES:
            self.category.addItem(category_name(name), name)
        self.status = QComboBox(self)
        self.status.addItem(self.tr("Any status"), None)
        for name in STATUSES:
            self.status.addItem(status_icon(name), status_name(name), name)
        self.this_issue = QCheckBox(self.tr("This &issue only"), self)
        self.orphans = QCheckBox(self.tr("&Orphans only"), self)
        self.text = QLineEdit(self)
        self.text.setPlaceholderText(self.tr("Text in the quote, correction or note"))
        self.text.setClearButtonEnabled(True)
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(250)
        self._typing.timeout.connect(self.apply_filter)
        self.text.textChanged.connect(self._typing.start)
        for combo in (self.category, self.status):
            combo.currentIndexChanged.connect(self.apply_filter)
        for box in (self.this_issue, self.orphans):
            box.toggled.connect(self.apply_filter)

    def _make_table(self) -> QTableView:
        table = row_table(self, self.model, "library_annotations_table")
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.QUOTE, QHeaderView.ResizeMode.Stretch)
        em = table.fontMetrics().horizontalAdvance("国")
        for column, width in ((Column.WHERE, 9), (Column.ARTICLE, 10), (Column.CATEGORY, 7),
                              (Column.CORRECTION, 6), (Column.NOTE, 10)):  # fmt: skip
            header.resizeSection(column, em * width)
        table.activated.connect(lambda _index: self._ask(self.open_requested))
        table.selectionModel().currentRowChanged.connect(lambda *_: self._update())
        return table

    def _lay_out(self) -> None:
        filters = QHBoxLayout()
        for widget in (self.category, self.status, self.this_issue, self.orphans):
            filters.addWidget(widget)
        filters.addWidget(self.text, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count, 1)
        for button in (self.go_button, self.attach_button, self.delete_button):
            buttons.addWidget(button)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.close)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def apply_filter(self) -> None:
        self.model.set_filter(
            LibraryFilter(
                category=self.category.currentData(),
                status=self.status.currentData(),
                issue_id=self.current_issue if self.this_issue.isChecked() else None,
                text=self.text.text().strip(),
                orphans_only=self.orphans.isChecked(),
            )
        )

    def current_id(self) -> str | None:
        row = self.model.row_data(self.table.currentIndex().row())
        return row.annotation.id if row else None

    def current_row(self) -> LibraryAnnotation | None:
        return self.model.row_data(self.table.currentIndex().row())

    def select_id(self, annotation_id: str) -> bool:
        row = self.model.row_of(annotation_id)
        if row >= 0:
            self.table.setCurrentIndex(self.model.index(row, Column.QUOTE))
        return row >= 0

    def _ask(self, signal: Signal) -> None:
        annotation_id = self.current_id()
        if annotation_id is not None:
            signal.emit(annotation_id)

    def _update(self) -> None:
        chosen = self.current_row()
        self.count.setText(self.tr("{count} annotations").format(count=self.model.rowCount()))
        self.go_button.setEnabled(chosen is not None and not chosen.annotation.orphaned)
        self.attach_button.setEnabled(chosen is not None and chosen.annotation.orphaned)
        self.delete_button.setEnabled(chosen is not None)
