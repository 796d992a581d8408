"""The issues pane's lazy tree: publication → year → month → issue.

Nothing is read until a node is expanded: the root asks for the
publications, a publication for its years, a year for its months, a month
for its issues (in pages, through fetchMore), each a few index seeks in
`reader.db.browse`. So opening a library of 30,000 issues reads a handful of
rows. Undated issues hang under a "No date" node beside the years, and
issues without a publication under "Unknown publication".

What a row shows beyond its name is read only when the row is drawn (or
asked for): a group's issue count, one indexed count; an issue's articles,
open flags and progress, read with the loaded issues beside it in one batch
(`IssueCountsCache`). Opening a month of 240 issues therefore reads their
names, and the counts of the screenful drawn.

Nodes are plain Python objects addressed by an integer id carried in the
QModelIndex (internalId), which is safer in PySide than raw pointers.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from itertools import count
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QModelRoleDataSpan,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication
from sqlite_utils import Database

from reader.db import browse

ROOT, PUBLICATION, YEAR, MONTH, ISSUE = "root", "publication", "year", "month", "issue"

NodeKindRole = Qt.ItemDataRole.UserRole + 1
IssueIdRole = Qt.ItemDataRole.UserRole + 2
ArticleCountRole = Qt.ItemDataRole.UserRole + 3
OpenFlagCountRole = Qt.ItemDataRole.UserRole + 4
IssueCountRole = Qt.ItemDataRole.UserRole + 5
NodeKeyRole = Qt.ItemDataRole.UserRole + 6
DISPLAY = int(Qt.ItemDataRole.DisplayRole)
ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
ANSWERED_ROLES = frozenset(
    int(role)
    for role in (
        Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.ForegroundRole, NodeKindRole, IssueIdRole, ArticleCountRole,
        OpenFlagCountRole, IssueCountRole, NodeKeyRole,
    )
)  # fmt: skip

LABEL_COLUMN, ARTICLES_COLUMN = 0, 1
FLAGS_COLUMN = 2  # open flags of each issue
PROGRESS_COLUMN = 3  # proofread articles / all articles of each issue
COLUMNS = 4
ISSUE_PAGE = 100  # issues fetched per fetchMore under a month or "No date": a few screens
COUNTS_BATCH = 80  # issues whose counts are read together: a tall screenful and some

Index = QModelIndex | QPersistentModelIndex
# Computed once: combining Qt enums in Python is slow, and views ask for these constantly.
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
ROOT_INDEX = QModelIndex()  # the invisible root, as a default argument
NodeKey = tuple[str, str | None, str | None, str | None]


@dataclass(eq=False)
class Node:
    kind: str
    uid: int
    parent: Node | None = None
    row: int = 0
    publication: str | None = None
    year: str | None = None  # None under a publication: the "No date" node
    month: str | None = None
    issues: int | None = None  # issues below a group node, counted when first shown
    leaf: browse.IssueRow | None = None
    children: list[Node] = field(default_factory=list)
    complete: bool = False  # every child has been fetched
    label: str | None = None  # what the tree shows, made when first shown
    index: QModelIndex | None = None  # its column-0 index, made when first asked as a parent

    @property
    def key(self) -> NodeKey:
        """Identifies a group node across reloads (expansion state is kept by key)."""
        return (self.kind, self.publication, self.year, self.month)

    @property
    def date_prefix(self) -> str | None:
        if self.year is None:
            return None
        return f"{self.year}-{self.month}" if self.month else self.year


class IssueCountsCache:
    """Counts of the issues seen so far, by issue id; a miss reads its neighbours too."""

    def __init__(self, db: Database) -> None:
        self._db = db
        self._known: dict[int, browse.IssueCounts] = {}

    def get(self, node: Node) -> browse.IssueCounts:
        """An issue node's counts, read with up to COUNTS_BATCH loaded siblings on a miss."""
        assert node.leaf is not None
        found = self._known.get(node.leaf.id)
        if found is None:
            self._read_around(node)
            found = self._known[node.leaf.id]
        return found

    def _read_around(self, node: Node) -> None:
        # Mostly above-to-below (a view paints from the top): a few rows before, more after.
        siblings = node.parent.children if node.parent else [node]
        start = max(node.row - COUNTS_BATCH // 4, 0)
        wanted = {node.leaf.id} if node.leaf else set()
        for other in siblings[start : start + COUNTS_BATCH]:
            if other.leaf is not None and other.leaf.id not in self._known:
                wanted.add(other.leaf.id)
        self._known.update(browse.issue_counts(self._db, sorted(wanted)))

    def peek(self, issue_id: int) -> browse.IssueCounts | None:
        return self._known.get(issue_id)

    def put(self, issue_id: int, counts: browse.IssueCounts) -> None:
        self._known[issue_id] = counts

    def forget(self, issue_id: int | None = None) -> None:
        """Forget one issue (it changed) or all of them (the tree was re-read)."""
        if issue_id is None:
            self._known.clear()
        else:
            self._known.pop(issue_id, None)


class IssuesModel(QAbstractItemModel):
    """Groups and issues of the library, loaded one node at a time."""

    def __init__(self, db: Database, parent: Any = None) -> None:
        super().__init__(parent)
        self._db = db
        self._ids = count(1)
        self.counts = IssueCountsCache(db)
        self._nodes: dict[int, Node] = {}
        self._root = self._new_node(ROOT, None)

    # -- structure ------------------------------------------------------------
    # Views call these several times per cell while painting, each call a crossing from C++
    # into Python that costs more than the lookup it makes: kept to a few lookups, and an
    # invalid index needs no isValid() (its internalId, 0, is no node's uid).

    def index(self, row: int, column: int, parent: Index = ROOT_INDEX) -> QModelIndex:
        node = self._nodes.get(parent.internalId(), self._root)
        children = node.children
        if 0 <= row < len(children) and 0 <= column < COLUMNS:
            return self.createIndex(row, column, children[row].uid)
        return QModelIndex()

    def parent(self, index: Index = ROOT_INDEX) -> QModelIndex:  # type: ignore[override]
        node = self._nodes.get(index.internalId())
        up = node.parent if node is not None else None
        if up is None or up is self._root:
            return QModelIndex()
        if up.index is None:  # rows never move (only reload() rebuilds), so this stays right
            up.index = self.createIndex(up.row, 0, up.uid)
        return up.index

    def rowCount(self, parent: Index = ROOT_INDEX) -> int:
        if parent.column() > 0:
            return 0
        return len(self.node(parent).children)

    def columnCount(self, parent: Index = ROOT_INDEX) -> int:
        return COLUMNS

    def hasChildren(self, parent: Index = ROOT_INDEX) -> bool:
        # flags() is left to Qt (enabled, selectable): overriding it to mark issues as leaves
        # cost two calls into Python per row each time the tree lays out, this costs one.
        node = self._nodes.get(parent.internalId(), self._root)
        if node.kind == ISSUE or parent.column() > 0:
            return False
        return bool(node.children) or not node.complete

    def canFetchMore(self, parent: Index) -> bool:
        if parent.column() > 0:
            return False
        node = self.node(parent)
        return node.kind != ISSUE and not node.complete

    def fetchMore(self, parent: Index) -> None:
        node = self.node(parent)
        if node.kind == ISSUE or node.complete:
            return
        fresh = self._load_children(node)
        if fresh:
            first = len(node.children)
            self.beginInsertRows(parent, first, first + len(fresh) - 1)
            for row, child in enumerate(fresh, start=first):
                child.row = row
            node.children.extend(fresh)
            self.endInsertRows()

    # -- data -----------------------------------------------------------------

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole and section == FLAGS_COLUMN:
            return self.tr("Flags")
        if section == PROGRESS_COLUMN:
            return self._progress_header(role)
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr("Issue") if section == LABEL_COLUMN else self.tr("Articles")
        if role == Qt.ItemDataRole.TextAlignmentRole and section == ARTICLES_COLUMN:
            return RIGHT
        if role == Qt.ItemDataRole.TextAlignmentRole and section == FLAGS_COLUMN:
            return RIGHT
        if role == Qt.ItemDataRole.ToolTipRole and section == FLAGS_COLUMN:
            return self.tr("Open flags: findings not yet confirmed or dismissed")
        return None

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if role not in ANSWERED_ROLES:
            return None
        node = self._nodes.get(index.internalId())
        return None if node is None else self._value(node, index.column(), role)

    def multiData(self, index: Index, roleDataSpan: QModelRoleDataSpan) -> None:  # noqa: N803
        # A delegate asks for seven roles of every cell it paints, in one call here rather
        # than seven calls of data(): most are roles the tree does not serve.
        node = self._nodes.get(index.internalId())
        if node is None:
            return
        column = index.column()
        for slot in roleDataSpan:
            role = slot.role()
            if role in ANSWERED_ROLES:
                value = self._value(node, column, role)
                if value is not None:
                    slot.setData(value)

    def _value(self, node: Node, column: int, role: int) -> Any:
        if role == DISPLAY:
            return self._display(node, column)
        if role == ALIGNMENT:
            return RIGHT if column != LABEL_COLUMN else None
        if role == FOREGROUND:
            return self._muted_brush() if self._is_unstated(node) else None
        if role == TOOLTIP:
            return self._tooltip(node)
        return self._custom_data(node, role)

    def _muted_brush(self) -> Any:
        return QApplication.palette().brush(
            QPalette.ColorGroup.Active, QPalette.ColorRole.PlaceholderText
        )

    def _display(self, node: Node, column: int) -> str:
        if column == LABEL_COLUMN:
            return node.label if node.label is not None else self._make_label(node)
        if node.leaf is None:
            return ""
        counts = self.counts.get(node)
        if column == ARTICLES_COLUMN:
            return str(counts.articles)
        if column == FLAGS_COLUMN:
            return str(counts.open_flags) if counts.open_flags else ""
        return f"{counts.done}/{counts.articles}" if counts.articles else ""  # proofread

    def _custom_data(self, node: Node, role: int) -> Any:
        leaf = node.leaf
        if role == NodeKindRole:
            return node.kind
        if role == NodeKeyRole:
            return node.key
        if role == IssueIdRole:
            return leaf.id if leaf else None
        if role == ArticleCountRole:
            return self.counts.get(node).articles if leaf else None
        if role == OpenFlagCountRole:
            return self.counts.get(node).open_flags if leaf else None
        if role == IssueCountRole:
            return self.issue_count(node) if node.kind != ISSUE else None
        return None

    def issue_count(self, node: Node) -> int:
        """Issues below a group node (one indexed count, the first time it is asked)."""
        if node.issues is None:
            node.issues = browse.count_in(
                self._db, node.publication, node.date_prefix, all_dates=node.kind == PUBLICATION
            )
        return node.issues

    def _make_label(self, node: Node) -> str:
        node.label = self._label(node) if node.kind != ROOT else ""
        return node.label

    def _label(self, node: Node) -> str:
        if node.kind == ISSUE:
            return issue_label(node.leaf) if node.leaf else ""
        if node.kind == PUBLICATION:
            name = node.publication or self.tr("Unknown publication")
        elif node.kind == YEAR:
            name = node.year or self.tr("No date")
        else:
            name = self.tr("{year}-{month}").format(
                year=node.year, month=node.month, month_number=int(node.month or 0)
            )
        return f"{name} ({self.issue_count(node)})"

    def _is_unstated(self, node: Node) -> bool:
        return (node.kind == PUBLICATION and node.publication is None) or (
            node.kind == YEAR and node.year is None
        )

    def _tooltip(self, node: Node) -> str:
        leaf = node.leaf
        if leaf is None:
            return self.tr("{count} issues").format(count=self.issue_count(node))
        counts = self.counts.get(node)
        lines = [
            self.tr("Publication: {value}").format(value=leaf.publication or "—"),
            self.tr("Date: {value}").format(value=leaf.date or "—"),
            self.tr("Page: {value}").format(value=leaf.page or "—"),
            self.tr("Title: {value}").format(value=leaf.title or "—"),
            self.tr("Articles: {value}").format(value=counts.articles),
            self.tr("Open flags: {value}").format(value=counts.open_flags),
            self.tr("File: {value}").format(value=leaf.source_path),
        ]
        return "\n".join(lines)

    # -- loading --------------------------------------------------------------

    def _new_node(self, kind: str, parent: Node | None, **values: Any) -> Node:
        node = Node(kind, next(self._ids), parent, **values)
        self._nodes[node.uid] = node
        return node

    def _load_children(self, node: Node) -> list[Node]:
        if node.kind == ROOT:
            names = browse.publication_names(self._db)
            node.complete = True
            return [self._new_node(PUBLICATION, node, publication=name) for name in names]
        if node.kind == PUBLICATION:
            years = browse.year_values(self._db, node.publication)
            node.complete = True
            return [self._group(YEAR, node, year=year) for year in years]
        if node.kind == YEAR and node.year is not None:
            months = browse.month_values(self._db, node.publication, node.year)
            node.complete = True
            return [self._group(MONTH, node, year=node.year, month=month) for month in months]
        return self._load_issues(node)

    def _group(self, kind: str, parent: Node, **values: Any) -> Node:
        return self._new_node(kind, parent, publication=parent.publication, **values)

    def _load_issues(self, node: Node) -> list[Node]:
        offset = len(node.children)
        # One row more than a page tells whether another page follows.
        rows = browse.issue_rows(
            self._db, node.publication, node.date_prefix, offset, ISSUE_PAGE + 1
        )
        node.complete = len(rows) <= ISSUE_PAGE
        publication, year, month, uid = node.publication, node.year, node.month, self._ids
        fresh = [
            Node(ISSUE, next(uid), node, publication=publication, year=year, month=month, leaf=row)
            for row in rows[:ISSUE_PAGE]
        ]
        self._nodes.update((child.uid, child) for child in fresh)
        return fresh

    def reload(self) -> None:
        """Forget every loaded node and start again from the publications."""
        self.beginResetModel()
        self.counts.forget()
        self._nodes.clear()
        self._root = self._new_node(ROOT, None)
        self.endResetModel()

    def _progress_header(self, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr("Proofread")
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Articles proofread or validated, of all articles")
        return None

    def refresh_progress(self, issue_id: int) -> None:
        """An issue's articles changed status or boundaries: read its counts again."""
        self.counts.forget(issue_id)
        for node in self._issue_nodes({issue_id}):
            first = self.createIndex(node.row, ARTICLES_COLUMN, node.uid)
            last = self.createIndex(node.row, PROGRESS_COLUMN, node.uid)
            self.dataChanged.emit(first, last)

    def set_open_flags(self, counts: dict[int, int]) -> None:
        """New open-flag counts for loaded issues (after a review or re-detection)."""
        for node in self._issue_nodes(set(counts)):
            assert node.leaf is not None
            issue_id = node.leaf.id
            known = self.counts.peek(issue_id)
            if known is None or known.open_flags == counts[issue_id]:
                continue  # not read yet (it will be when drawn), or unchanged
            self.counts.put(issue_id, replace(known, open_flags=counts[issue_id]))
            cell = self.createIndex(node.row, FLAGS_COLUMN, node.uid)
            self.dataChanged.emit(cell, cell)

    def _issue_nodes(self, issue_ids: set[int]) -> list[Node]:
        return [n for n in self._nodes.values() if n.leaf is not None and n.leaf.id in issue_ids]

    # -- lookups --------------------------------------------------------------

    def node(self, index: Index) -> Node:
        if not index.isValid():
            return self._root
        return self._nodes.get(index.internalId(), self._root)

    def index_of(self, node: Node) -> QModelIndex:
        if node is self._root or node.parent is None:
            return QModelIndex()
        return self.createIndex(node.row, 0, node.uid)

    def children(self, node: Node, *, complete: bool = False) -> list[Node]:
        """A node's children, fetching the first page (or all of them) if needed."""
        if node.kind != ISSUE and not node.children and not node.complete:
            self.fetchMore(self.index_of(node))
        while complete and node.kind != ISSUE and not node.complete:
            self.fetchMore(self.index_of(node))
        return node.children

    def more_children(self, node: Node) -> bool:
        """Fetch the next page of a node's children; False when there is none."""
        if node.kind == ISSUE or node.complete:
            return False
        before = len(node.children)
        self.fetchMore(self.index_of(node))
        return len(node.children) > before

    def issue_id(self, index: Index) -> int | None:
        leaf = self.node(index).leaf
        return leaf.id if leaf else None

    def find_group(self, key: NodeKey) -> QModelIndex:
        """The index of a group node by key, loading its ancestors; invalid if gone."""
        kind, publication, year, month = key
        path: list[tuple[str, Any]] = [(PUBLICATION, publication)]
        if kind in (YEAR, MONTH):
            path.append((YEAR, year))
        if kind == MONTH:
            path.append((MONTH, month))
        node = self._root
        for step_kind, value in path:
            found = self._child_where(node, step_kind, value)
            if found is None:
                return QModelIndex()
            node = found
        return self.index_of(node)

    def find_issue(self, issue_id: int) -> QModelIndex:
        """The index of a current issue, loading the nodes above it; invalid if absent."""
        leaf = browse.issue_row(self._db, issue_id)
        if leaf is None:
            return QModelIndex()
        year = leaf.date[:4] if leaf.date else None
        month = leaf.date[5:7] if leaf.date else None
        parent = self.node(
            self.find_group((MONTH if month else YEAR, leaf.publication, year, month))
        )
        if parent is self._root:
            return QModelIndex()
        for child in self.iter_children(parent):
            if child.leaf and child.leaf.id == issue_id:
                return self.index_of(child)
        return QModelIndex()

    def _child_where(self, node: Node, kind: str, value: str | None) -> Node | None:
        for child in self.children(node, complete=True):
            attribute = {PUBLICATION: child.publication, YEAR: child.year, MONTH: child.month}[kind]
            if child.kind == kind and attribute == value:
                return child
        return None

    def iter_children(self, node: Node) -> Iterator[Node]:
        """Children one by one, fetching further pages only when reached."""
        row = 0
        while True:
            children = self.children(node)
            if row >= len(children) and not self.more_children(node):
                return
            yield node.children[row]
            row += 1

    @property
    def root(self) -> Node:
        return self._root


def issue_label(leaf: browse.IssueRow) -> str:
    """`01-05 第3版`: month-day, then the page, else the title, else the file name."""
    name = leaf.page or leaf.title or leaf.source_name
    return f"{leaf.date[5:]} {name}" if leaf.date else name
