"""The flags panel's table: the flags of the article being read (or of its whole issue).

One issue holds at most a few hundred flags, so the model reads them all
(`placed_flags`, one query plus one for places) whenever the article or a
review state changes, and keeps them in text order: by paragraph, then kind.
Rows carry the flag id in `FlagIdRole`; the panel and the margin find a
flag again by id after a reload.
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont
from sqlite_utils import Database

from reader.db.flag_views import PlacedFlag, placed_flags
from reader.ui import flag_text
from reader.ui.model_headers import column_header

FlagIdRole = Qt.ItemDataRole.UserRole + 1
FlagKindRole = Qt.ItemDataRole.UserRole + 2
FlagStateRole = Qt.ItemDataRole.UserRole + 3
ParagraphIdRole = Qt.ItemDataRole.UserRole + 4
FlagArticleRole = Qt.ItemDataRole.UserRole + 5

Index = QModelIndex | QPersistentModelIndex
ROOT_INDEX = QModelIndex()
ROW_FLAGS = (
    Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
)


class Column(IntEnum):
    KIND = 0
    STATE = 1
    PARAGRAPH = 2
    EVIDENCE = 3


HEADERS = {
    Column.KIND: QT_TRANSLATE_NOOP("FlagsModel", "Kind"),
    Column.STATE: QT_TRANSLATE_NOOP("FlagsModel", "State"),
    Column.PARAGRAPH: QT_TRANSLATE_NOOP("FlagsModel", "¶"),
    Column.EVIDENCE: QT_TRANSLATE_NOOP("FlagsModel", "Evidence"),
}

STATE_COLORS = {"confirmed": QColor("#2e7d32"), "dismissed": QColor("#8a8a8a")}


class FlagsModel(QAbstractTableModel):
    """Flags of one article, or of its whole issue, in text order."""

    def __init__(self, db: Database, parent: Any = None) -> None:
        super().__init__(parent)
        self._db = db
        self._issue_id: int | None = None
        self._article_id: int | None = None
        self.whole_issue = False
        self._all: list[PlacedFlag] = []
        self._rows: list[PlacedFlag] = []

    # -- contents -------------------------------------------------------------

    def show(self, issue_id: int | None, article_id: int | None) -> None:
        """Read the flags of this article's issue again and show the article's (or all)."""
        self.beginResetModel()
        self._issue_id, self._article_id = issue_id, article_id
        self._all = placed_flags(self._db, issue_id) if issue_id is not None else []
        self._rows = self._visible()
        self.endResetModel()

    def reload(self) -> None:
        self.show(self._issue_id, self._article_id)

    def set_whole_issue(self, whole: bool) -> None:
        self.beginResetModel()
        self.whole_issue = whole
        self._rows = self._visible()
        self.endResetModel()

    def _visible(self) -> list[PlacedFlag]:
        if self.whole_issue:
            return list(self._all)
        return [f for f in self._all if f.article_id == self._article_id]

    @property
    def issue_flags(self) -> list[PlacedFlag]:
        """Every flag of the issue in text order, whatever the panel shows."""
        return self._all

    def article_flags(self) -> list[PlacedFlag]:
        return [f for f in self._all if f.article_id == self._article_id]

    def flag(self, row: int) -> PlacedFlag | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, flag_id: int) -> int:
        return next((row for row, f in enumerate(self._rows) if f.id == flag_id), -1)

    def find(self, flag_id: int) -> PlacedFlag | None:
        return next((f for f in self._all if f.id == flag_id), None)

    @property
    def article_id(self) -> int | None:
        return self._article_id

    @property
    def issue_id(self) -> int | None:
        return self._issue_id

    # -- Qt model interface ---------------------------------------------------

    def rowCount(self, parent: Index = ROOT_INDEX) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = ROOT_INDEX) -> int:
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.ToolTipRole and section == Column.PARAGRAPH:
            return self.tr("Paragraph")
        return column_header(HEADERS, "FlagsModel", section, orientation, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        return ROW_FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        flag = self.flag(index.row()) if index.isValid() else None
        if flag is None or not 0 <= index.column() < len(Column):
            return None
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(flag, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return flag_text.tooltip(flag)
        if role == Qt.ItemDataRole.DecorationRole and column == Column.KIND:
            return flag_text.kind_color(flag.flag.kind)
        if role == Qt.ItemDataRole.ForegroundRole and column == Column.STATE:
            return STATE_COLORS.get(flag.flag.state)
        if role == Qt.ItemDataRole.FontRole and flag.flag.state == "open":
            return _bold()
        return self._custom(flag, role)

    def _display(self, flag: PlacedFlag, column: Column) -> str:
        if column == Column.KIND:
            return flag_text.kind_name(flag.flag.kind)
        if column == Column.STATE:
            return flag_text.state_name(flag.flag.state)
        if column == Column.PARAGRAPH:
            return f"¶{flag.place.number}" if flag.place.number is not None else ""
        return flag_text.evidence(flag)

    def _custom(self, flag: PlacedFlag, role: int) -> Any:
        return {
            FlagIdRole: flag.id,
            FlagKindRole: flag.flag.kind,
            FlagStateRole: flag.flag.state,
            ParagraphIdRole: flag.flag.paragraph_id,
            FlagArticleRole: flag.article_id,
        }.get(role)


_BOLD: QFont | None = None


def _bold() -> QFont:
    """Open flags stand out in bold; one font object for every cell."""
    global _BOLD
    if _BOLD is None:
        _BOLD = QFont()
        _BOLD.setBold(True)
    return _BOLD
