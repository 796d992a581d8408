"""The tags pane's tree: every tag by hierarchy (`地点/解放区` under `地点`), with counts.

A lazy QAbstractItemModel: a node's children are read from the library
(`tag_views.child_nodes`, one query per level) only when the view opens it,
through canFetchMore/fetchMore, like the issues tree. Column 0 is the last
part of the name with the tag's colour as a swatch, column 1 the number of
articles (for a name with tags below it, the articles carrying any of them).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QIcon, QPixmap
from sqlite_utils import Database

from reader.db.tag_views import TagNode, child_nodes, count_under
from reader.db.tags import SEPARATOR

TagNameRole = Qt.ItemDataRole.UserRole + 1  # the full name, 地点/解放区
IsTagRole = Qt.ItemDataRole.UserRole + 2  # False for a name that only has tags below it
ColorRole = Qt.ItemDataRole.UserRole + 3  # "#rrggbb" or None

NAME_COLUMN, COUNT_COLUMN = 0, 1
HEADERS = (QT_TRANSLATE_NOOP("TagsModel", "Tag"), QT_TRANSLATE_NOOP("TagsModel", "Articles"))
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
Index = QModelIndex | QPersistentModelIndex
ROOT_INDEX = QModelIndex()


@dataclass(eq=False)
class Node:
    tag: TagNode | None  # None for the invisible root
    parent: Node | None = None
    row: int = 0
    children: list[Node] | None = None  # None until fetched
    has_children: bool = True

    @property
    def name(self) -> str | None:
        return self.tag.name if self.tag else None


@dataclass
class _Swatches:
    """One small square icon per colour, made once."""

    made: dict[str, QIcon] = field(default_factory=dict)

    def icon(self, color: str) -> QIcon:
        if color not in self.made:
            pixmap = QPixmap(12, 12)
            pixmap.fill(QColor(color))
            self.made[color] = QIcon(pixmap)
        return self.made[color]


class TagsModel(QAbstractItemModel):
    """Every tag of the library as a tree, read level by level."""

    def __init__(self, db: Database, parent: Any = None) -> None:
        super().__init__(parent)
        self._db = db
        self.root = Node(None)
        self._swatches = _Swatches()

    def reload(self) -> None:
        self.beginResetModel()
        self.root = Node(None)
        self.endResetModel()

    def update_counts(self, names: Iterable[str]) -> None:
        """Re-read the counts of these names and of the names above them, where loaded.

        Tagging or untagging articles changes only those counts, not the tree, so the
        view keeps its open nodes and selection (and no other count is read again)."""
        for node in self._loaded_paths(names):
            assert node.tag is not None
            node.tag = replace(node.tag, articles=count_under(self._db, node.tag.name))
            index = self.createIndex(node.row, COUNT_COLUMN, node)
            self.dataChanged.emit(index, index)

    def _loaded_paths(self, names: Iterable[str]) -> list[Node]:
        wanted = {
            SEPARATOR.join(parts[:depth])
            for parts in (name.split(SEPARATOR) for name in names)
            for depth in range(1, len(parts) + 1)
        }
        found, stack = [], list(self.root.children or [])
        while stack:
            node = stack.pop()
            if node.name in wanted:
                found.append(node)
                stack.extend(node.children or [])
        return found

    # -- nodes ----------------------------------------------------------------

    def node(self, index: Index) -> Node:
        if not index.isValid():
            return self.root
        node = index.internalPointer()
        assert isinstance(node, Node)
        return node

    def _load(self, node: Node) -> list[Node]:
        found = child_nodes(self._db, node.name)
        return [Node(tag, node, row, None, tag.has_children) for row, tag in enumerate(found)]

    def children(self, node: Node) -> list[Node]:
        """The node's children, read now if they were not yet (without telling views)."""
        if node.children is None:
            node.children = self._load(node)
        return node.children

    def find(self, name: str) -> QModelIndex:
        """The index of a name, reading the levels above it; invalid if it is not there."""
        node, index = self.root, QModelIndex()
        parts = name.split(SEPARATOR)
        for depth in range(1, len(parts) + 1):
            if self.canFetchMore(index):
                self.fetchMore(index)
            wanted = SEPARATOR.join(parts[:depth])
            found = next((c for c in node.children or [] if c.name == wanted), None)
            if found is None:
                return QModelIndex()
            node, index = found, self.createIndex(found.row, 0, found)
        return index

    # -- Qt model interface ---------------------------------------------------

    def index(self, row: int, column: int, parent: Index = ROOT_INDEX) -> QModelIndex:
        node = self.node(parent)
        if node.children is None or not (0 <= row < len(node.children)) or not 0 <= column < 2:
            return QModelIndex()
        return self.createIndex(row, column, node.children[row])

    def parent(self, index: Index = ROOT_INDEX) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        up = self.node(index).parent
        if up is None or up is self.root:
            return QModelIndex()
        return self.createIndex(up.row, 0, up)

    def rowCount(self, parent: Index = ROOT_INDEX) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        children = self.node(parent).children
        return len(children) if children is not None else 0

    def columnCount(self, parent: Index = ROOT_INDEX) -> int:
        return 2

    def hasChildren(self, parent: Index = ROOT_INDEX) -> bool:
        if parent.isValid() and parent.column() != 0:
            return False
        node = self.node(parent)
        return node.has_children if node.children is None else bool(node.children)

    def canFetchMore(self, parent: Index) -> bool:
        if parent.isValid() and parent.column() != 0:
            return False
        node = self.node(parent)
        return node.children is None and node.has_children

    def fetchMore(self, parent: Index) -> None:
        if not self.canFetchMore(parent):
            return
        node = self.node(parent)
        found = self._load(node)
        if not found:
            node.children, node.has_children = [], False
            return
        self.beginInsertRows(parent, 0, len(found) - 1)
        node.children = found
        self.endInsertRows()

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(HEADERS):
            return QCoreApplication.translate("TagsModel", HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        tag = self.node(index).tag
        assert tag is not None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return tag.label if column == NAME_COLUMN else str(tag.articles)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if column == COUNT_COLUMN else None
        if role == Qt.ItemDataRole.DecorationRole and column == NAME_COLUMN and tag.color:
            return self._swatches.icon(tag.color)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("{name}: {count} articles").format(name=tag.name, count=tag.articles)
        return _role_value(tag, role)


def _role_value(tag: TagNode, role: int) -> Any:
    return {TagNameRole: tag.name, IsTagRole: tag.is_tag, ColorRole: tag.color}.get(role)
