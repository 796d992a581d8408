"""The annotations panel's table: the current article's annotations in text order.

One article holds a handful of annotations, so the model keeps the list it
is given (the feature re-reads it from the library after every change)
instead of paging. Notes are shown as their first line in the table and
rendered from Markdown in tooltips and the panel's detail view.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QDateTime,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from reader.annotate.model import OCR_ERROR, Annotation
from reader.text.note_html import note_html, note_plain
from reader.ui.highlights import annotation_color, category_name, swatch_icon
from reader.ui.model_headers import column_header
from reader.ui.settings import Settings

AnnotationIdRole = Qt.ItemDataRole.UserRole + 1
CategoryRole = Qt.ItemDataRole.UserRole + 2
NoteHtmlRole = Qt.ItemDataRole.UserRole + 3
Index = QModelIndex | QPersistentModelIndex
ROOT_INDEX = QModelIndex()
ROW_FLAGS = (
    Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
)
CONTEXT = "AnnotationsModel"


class Column(IntEnum):
    CATEGORY = 0
    QUOTE = 1
    CORRECTION = 2
    NOTE = 3
    MODIFIED = 4


HEADERS = {
    Column.CATEGORY: QT_TRANSLATE_NOOP("AnnotationsModel", "Category"),
    Column.QUOTE: QT_TRANSLATE_NOOP("AnnotationsModel", "Text"),
    Column.CORRECTION: QT_TRANSLATE_NOOP("AnnotationsModel", "Correction"),
    Column.NOTE: QT_TRANSLATE_NOOP("AnnotationsModel", "Note"),
    Column.MODIFIED: QT_TRANSLATE_NOOP("AnnotationsModel", "Changed"),
}


def local_time(stamp: str | None) -> str:
    """A stored UTC ISO time as local `yyyy-MM-dd HH:mm`."""
    if not stamp:
        return ""
    moment = QDateTime.fromString(stamp, Qt.DateFormat.ISODate)
    return moment.toLocalTime().toString("yyyy-MM-dd HH:mm") if moment.isValid() else stamp


def short_time(stamp: str | None) -> str:
    """`MM-dd HH:mm` this year, `yyyy-MM-dd` before: what a narrow column has room for."""
    moment = QDateTime.fromString(stamp or "", Qt.DateFormat.ISODate).toLocalTime()
    if not moment.isValid():
        return stamp or ""
    this_year = moment.date().year() == QDateTime.currentDateTime().date().year()
    return moment.toString("MM-dd HH:mm" if this_year else "yyyy-MM-dd")


def correction_text(annotation: Annotation) -> str:
    """What the table says about a correction: the text, "(delete)", or nothing."""
    if annotation.category != OCR_ERROR or annotation.correction is None:
        return ""
    if annotation.correction == "":
        return QCoreApplication.translate("AnnotationsModel", "(delete)")
    return annotation.correction


def first_line(note: str | None) -> str:
    """The first line of a note as plain text (no Markdown marks), for a table cell."""
    return note_plain(note).split("\n", 1)[0]


def annotation_tooltip(annotation: Annotation) -> str:
    """Rich text: category, quote, correction and the rendered note."""
    parts = [f"<b>{_escape(category_name(annotation.category))}</b>: {_escape(annotation.exact)}"]
    fix = correction_text(annotation)
    if fix:
        parts.append("→ " + _escape(fix))
    rendered = note_html(annotation.note)
    if rendered:
        parts.append(rendered)
    return "<br/>".join(parts)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class AnnotationsModel(QAbstractTableModel):
    """A list of annotations as a table; rows follow the list given to `set_annotations`."""

    def __init__(self, settings: Settings, parent: Any = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._rows: list[Annotation] = []

    def set_annotations(self, annotations: Sequence[Annotation]) -> None:
        self.beginResetModel()
        self._rows = list(annotations)
        self.endResetModel()

    def annotation(self, row: int) -> Annotation | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, annotation_id: str) -> int:
        return next((i for i, a in enumerate(self._rows) if a.id == annotation_id), -1)

    @property
    def annotations(self) -> list[Annotation]:
        return list(self._rows)

    def rowCount(self, parent: Index = ROOT_INDEX) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = ROOT_INDEX) -> int:
        return 0 if parent.isValid() else len(Column)

    def flags(self, index: Index) -> Qt.ItemFlag:
        return ROW_FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        return column_header(HEADERS, CONTEXT, section, orientation, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        annotation = self.annotation(index.row()) if index.isValid() else None
        if annotation is None:
            return None
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(annotation, column)
        if role == Qt.ItemDataRole.DecorationRole and column in (Column.CATEGORY, Column.QUOTE):
            return swatch_icon(annotation_color(self._settings, annotation))
        if role == Qt.ItemDataRole.ToolTipRole:
            return annotation_tooltip(annotation)
        return _role_value(annotation, role)

    def _display(self, annotation: Annotation, column: Column) -> str:
        if column == Column.CATEGORY:
            return category_name(annotation.category)
        if column == Column.QUOTE:
            return annotation.exact.replace("\n", " ")
        if column == Column.CORRECTION:
            return correction_text(annotation)
        if column == Column.NOTE:
            return first_line(annotation.note)
        return short_time(annotation.modified)


def _role_value(annotation: Annotation, role: int) -> Any:
    if role == AnnotationIdRole:
        return annotation.id
    if role == CategoryRole:
        return annotation.category
    if role == NoteHtmlRole:
        return note_html(annotation.note)
    return None
