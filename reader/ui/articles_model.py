"""The articles pane's table: one issue's articles in reading order, fetched as drawn.

The model holds only the article ids (Anki's browser table does the same);
a row's fields are read from the library the first time the view asks for
it, a page of rows at a time, and kept in a bounded cache. Columns and roles
for review status, open flags, annotation count and tags are already here
(hidden by default) so the features that fill them only add data.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from sqlite_utils import Database

from reader.db import browse
from reader.ui.status_marks import status_icon, status_name

ArticleIdRole = Qt.ItemDataRole.UserRole + 1
ParagraphCountRole = Qt.ItemDataRole.UserRole + 2
KindRole = Qt.ItemDataRole.UserRole + 3
StatusRole = Qt.ItemDataRole.UserRole + 4
OpenFlagCountRole = Qt.ItemDataRole.UserRole + 5
AnnotationCountRole = Qt.ItemDataRole.UserRole + 6
TagsRole = Qt.ItemDataRole.UserRole + 7
ANSWERED_ROLES = frozenset(
    (
        Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.TextAlignmentRole,
        ArticleIdRole, ParagraphCountRole, KindRole, StatusRole, OpenFlagCountRole,
        AnnotationCountRole, TagsRole, Qt.ItemDataRole.DecorationRole,
    )
)  # fmt: skip

PAGE = 64  # rows read per query
CACHE_LIMIT = 4096  # rows kept before the cache is emptied

Index = QModelIndex | QPersistentModelIndex
# Computed once: combining Qt enums in Python is slow, and views ask for these constantly.
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
ROW_FLAGS = (
    Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
)
ROOT_INDEX = QModelIndex()  # the invisible root, as a default argument


class Column(IntEnum):
    TITLE = 0
    DECK = 1  # kicker, subtitle, column name
    BYLINE = 2
    PARAGRAPHS = 3
    KIND = 4
    STATUS = 5
    FLAGS = 6
    NOTES = 7
    TAGS = 8


# Shown on request (the header's context menu): the title, byline and counts come first,
# so a narrow pane beside the reader and a dock still shows what each article is.
HIDDEN_BY_DEFAULT = (Column.DECK, Column.KIND, Column.STATUS, Column.NOTES)  # tags: as chips

HEADERS = {
    Column.TITLE: QT_TRANSLATE_NOOP("ArticlesModel", "Title"),
    Column.DECK: QT_TRANSLATE_NOOP("ArticlesModel", "Kicker / Subtitle"),
    Column.BYLINE: QT_TRANSLATE_NOOP("ArticlesModel", "Byline"),
    Column.PARAGRAPHS: QT_TRANSLATE_NOOP("ArticlesModel", "¶"),
    Column.KIND: QT_TRANSLATE_NOOP("ArticlesModel", "Kind"),
    Column.STATUS: QT_TRANSLATE_NOOP("ArticlesModel", "Status"),
    Column.FLAGS: QT_TRANSLATE_NOOP("ArticlesModel", "Flags"),
    Column.NOTES: QT_TRANSLATE_NOOP("ArticlesModel", "Notes"),
    Column.TAGS: QT_TRANSLATE_NOOP("ArticlesModel", "Tags"),
}

KIND_NAMES = {
    "news": QT_TRANSLATE_NOOP("ArticlesModel", "news"),
    "commentary": QT_TRANSLATE_NOOP("ArticlesModel", "commentary"),
    "photo": QT_TRANSLATE_NOOP("ArticlesModel", "photo"),
    "furniture": QT_TRANSLATE_NOOP("ArticlesModel", "furniture"),
}

STATUS_NAMES = {
    "not_proofread": QT_TRANSLATE_NOOP("ArticlesModel", "not proofread"),
    "proofread": QT_TRANSLATE_NOOP("ArticlesModel", "proofread"),
}

_NUMBER_COLUMNS = frozenset((Column.PARAGRAPHS, Column.FLAGS, Column.NOTES))


def translated(text: str) -> str:
    """A text marked above with QT_TRANSLATE_NOOP, in the interface language."""
    return QCoreApplication.translate("ArticlesModel", text)


class ArticlesModel(QAbstractTableModel):
    """Articles of the current issue; rows are read lazily from the library."""

    def __init__(self, db: Database, parent: Any = None) -> None:
        super().__init__(parent)
        self._db = db
        self._issue_id: int | None = None
        self._ids: list[int] = []
        self._cache: dict[int, browse.ArticleListRow] = {}
        # Showing articles from across the library (the tags filter): each title is prefixed
        # with its issue, read a page at a time like the rows. None while showing one issue.
        self._places: dict[int, str] | None = None
        self._place_of: Callable[[Sequence[int]], dict[int, str]] | None = None

    # -- contents -------------------------------------------------------------

    def set_issue(self, issue_id: int | None) -> None:
        self.beginResetModel()
        self._issue_id = issue_id
        self._places = None
        self._ids = browse.article_ids(self._db, issue_id) if issue_id is not None else []
        self._cache.clear()
        self.endResetModel()

    def reload(self) -> None:
        """Read the ids again (articles may have been re-imported) and forget cached rows."""
        self.set_issue(self._issue_id)

    def refresh_rows(self) -> None:
        """Forget cached rows and redraw them (counts changed); ids, selection and place stay."""
        self._cache.clear()
        if self._ids:
            last = self.index(len(self._ids) - 1, len(Column) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def show_across(
        self, ids: Sequence[int], place_of: Callable[[Sequence[int]], dict[int, str]]
    ) -> None:
        """Show these articles from anywhere in the library, each title prefixed with
        `place_of`'s label for its issue; `set_issue` goes back to one issue."""
        self.beginResetModel()
        self._issue_id = None
        self._ids = list(ids)
        self._cache.clear()
        self._places, self._place_of = {}, place_of
        self.endResetModel()

    @property
    def across_issues(self) -> bool:
        return self._places is not None

    @property
    def issue_id(self) -> int | None:
        return self._issue_id

    def article_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, article_id: int) -> int:
        try:
            return self._ids.index(article_id)
        except ValueError:
            return -1

    def row_data(self, row: int) -> browse.ArticleListRow | None:
        article_id = self.article_id(row)
        if article_id is None:
            return None
        if article_id not in self._cache:
            self._fetch_page(row)
        return self._cache.get(article_id)

    def _fetch_page(self, row: int) -> None:
        if len(self._cache) > CACHE_LIMIT:
            self._cache.clear()
        start = row - row % PAGE
        self._cache.update(browse.article_rows(self._db, self._ids[start : start + PAGE]))
        if self._places is not None and self._place_of is not None:
            self._places.update(self._place_of(self._ids[start : start + PAGE]))

    # -- Qt model interface ---------------------------------------------------

    def rowCount(self, parent: Index = ROOT_INDEX) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = ROOT_INDEX) -> int:
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return translated(HEADERS[Column(section)])
        if role == Qt.ItemDataRole.ToolTipRole and section == Column.PARAGRAPHS:
            return self.tr("Paragraphs")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return ROW_FLAGS

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in ANSWERED_ROLES or not index.isValid():
            return None  # most of what a view asks while painting; answered at once
        row = self.row_data(index.row())
        if row is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if self._places is not None and index.column() == Column.TITLE:
                return f"{self._places.get(row.id, '')} · {row.title}"
            return display_text(row, Column(index.column()))
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if index.column() in _NUMBER_COLUMNS else None
        if role == Qt.ItemDataRole.DecorationRole:
            return status_icon(row.status) if index.column() == Column.TITLE else None
        return _role_value(row, role) if role >= ArticleIdRole else None

    def _tooltip(self, row: browse.ArticleListRow) -> str:
        lines = [row.title]
        for label, value in (
            (self.tr("Kicker: {value}"), row.kicker),
            (self.tr("Subtitle: {value}"), row.subtitle),
            (self.tr("Column: {value}"), row.column),
            (self.tr("Byline: {value}"), row.byline),
        ):
            if value:
                lines.append(label.format(value=value))
        lines.append(self.tr("{count} paragraphs").format(count=row.paragraphs))
        lines.append(self.tr("Status: {value}").format(value=status_name(row.status)))
        return "\n".join(lines)


def display_text(row: browse.ArticleListRow, column: Column) -> str:
    if column == Column.TITLE:
        return row.title
    if column == Column.DECK:
        return " · ".join(part for part in (row.kicker, row.subtitle, row.column) if part)
    if column == Column.BYLINE:
        return row.byline or ""
    if column == Column.PARAGRAPHS:
        return str(row.paragraphs)
    if column == Column.KIND:
        return translated(KIND_NAMES[row.kind]) if row.kind in KIND_NAMES else row.kind
    if column == Column.STATUS:
        return status_name(row.status)  # also an icon before the title (DecorationRole)
    if column == Column.FLAGS:
        return str(row.open_flags) if row.open_flags else ""
    if column == Column.NOTES:
        return str(row.annotations) if row.annotations else ""
    return " ".join(f"#{tag}" for tag in row.tags)


def _role_value(row: browse.ArticleListRow, role: int) -> Any:
    return {
        ArticleIdRole: row.id,
        ParagraphCountRole: row.paragraphs,
        KindRole: row.kind,
        StatusRole: row.status,
        OpenFlagCountRole: row.open_flags,
        AnnotationCountRole: row.annotations,
        TagsRole: list(row.tags),
    }.get(role)
