"""The issues pane's lazy tree: publication → year → month → issue.

Nothing is read until a node is expanded: the root asks for the
publications, a publication for its years, a year for its months, a month
for its issues (their ids, from the index alone; their names a page at a
time as rows are needed), each a few index seeks in `reader.db.browse`. So
opening a library of 30,000 issues reads a handful of rows. Undated issues
hang under a "No date" node beside the years, and issues without a
publication under "Unknown publication".

What a row shows beyond its name is read only when the row is drawn (or
asked for): a group's issue count, one indexed count; an issue's articles,
open flags and progress, read with the loaded issues beside it in one batch
(`IssueCountsCache`). Opening a month of 240 issues therefore reads their
ids, and the names and counts of the screenful drawn.

The loaded rows live in Qt's own item store (a QStandardItemModel), so a view
walks and paints them without calling into Python. As a Python model, a
paint of a month's screenful made some 1,400 calls from Qt into Python
(index, parent, flags and rowCount several times per cell, data seven times)
and a layout two or three per row: they cost more than the painting. Python
keeps the nodes beside the items (a row's node is found by the address of
its parent's item, which is what Qt's index carries) and answers only what
is lazy: whether an unopened node has children, fetching them, a cell's
roles in one call (multiData), and a cell's text, put in its item when the
cell is first asked for (`_cell`). A month's issues go in as empty rows:
their nodes are made a page at a time when first reached, their items when
drawn.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QModelRoleDataSpan,
    QPersistentModelIndex,
    QSignalBlocker,
    Qt,
)
from PySide6.QtGui import QPalette, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication
from shiboken6 import Shiboken
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
TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
PYTHON_ROLES = frozenset(  # answered from the nodes; the rest is in the items once filled
    int(role)
    for role in (
        Qt.ItemDataRole.ToolTipRole, NodeKindRole, IssueIdRole, ArticleCountRole,
        OpenFlagCountRole, IssueCountRole, NodeKeyRole,
    )
)  # fmt: skip

LABEL_COLUMN, ARTICLES_COLUMN = 0, 1
FLAGS_COLUMN = 2  # open flags of each issue
PROGRESS_COLUMN = 3  # proofread articles / all articles of each issue
COLUMNS = 4
ISSUE_PAGE = 50  # issues whose names are read together when a row needs its node
COUNTS_BATCH = 60  # issues whose counts are read together: a tall screenful and some

Index = QModelIndex | QPersistentModelIndex
# Computed once: combining Qt enums in Python is slow, and views ask for these constantly.
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
ITEM_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
LEAF_FLAGS = ITEM_FLAGS | Qt.ItemFlag.ItemNeverHasChildren  # views then skip hasChildren()
ROOT_INDEX = QModelIndex()  # the invisible root, as a default argument
NodeKey = tuple[str, str | None, str | None, str | None]


@dataclass(eq=False)
class Node:
    kind: str
    parent: Node | None = None
    row: int = 0
    publication: str | None = None
    year: str | None = None  # None under a publication: the "No date" node
    month: str | None = None
    issues: int | None = None  # issues below a group node, counted when first shown
    leaf: browse.IssueRow | None = None
    children: list[Node | None] = field(default_factory=list)  # an issue's: made when reached
    child_ids: list[int] | None = None  # a month's (or "No date"'s) issues, in tree order
    complete: bool = False  # its children have been fetched
    label: str | None = None  # what the tree shows, made when first shown
    item: QStandardItem | None = None  # its column-0 item: a group's at once, an issue's filled
    filled: bool = False  # its label is in its item (IssuesModel._fill)
    cells: list[QStandardItem | None] | None = None  # an issue's count cells, made when drawn

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
        self.batch = COUNTS_BATCH  # a view sets its screenful (IssuesView.resizeEvent)

    def get(self, node: Node) -> browse.IssueCounts:
        """An issue node's counts, read with a batch of its siblings on a miss."""
        assert node.leaf is not None
        found = self._known.get(node.leaf.id)
        if found is None:
            self._read_around(node)
            found = self._known[node.leaf.id]
        return found

    def _read_around(self, node: Node) -> None:
        # A view paints from the top, so the first row missed is mostly the top one in sight:
        # a few rows before it (for scrolling back), the rest after.
        assert node.leaf is not None
        siblings = node.parent.child_ids if node.parent and node.parent.child_ids else []
        start = max(node.row - self.batch // 10, 0)
        wanted = {node.leaf.id}
        wanted.update(i for i in siblings[start : start + self.batch] if i not in self._known)
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


class IssuesModel(QStandardItemModel):
    """Groups and issues of the library, loaded one node at a time."""

    def __init__(self, db: Database, parent: Any = None) -> None:
        super().__init__(parent)
        self._db = db
        self.counts = IssueCountsCache(db)
        self.setColumnCount(COLUMNS)
        self._parents: dict[int, Node] = {}  # a group by its item's address: its rows' internalId
        self._issues: dict[int, Node] = {}  # the loaded issue nodes by issue id
        self._root = self._new_root()
        self._leaf_cell = QStandardItem()  # what an issue's cells start from
        self._leaf_cell.setFlags(LEAF_FLAGS)
        self._count_cell = self._leaf_cell.clone()
        self._count_cell.setData(RIGHT, Qt.ItemDataRole.TextAlignmentRole)
        self._blank = QStandardItem()  # answers for cells that have no item

    # -- structure ------------------------------------------------------------
    # index, parent, rowCount and flags are Qt's, over the items; only the lazy parts are here.

    def hasChildren(self, parent: Index = ROOT_INDEX) -> bool:
        if parent.column() > 0 or self._is_issue_row(parent):
            return False  # (a view asks this of every issue row it lays out: no node made)
        node = self.node(parent)
        return bool(node.children) or not node.complete

    def canFetchMore(self, parent: Index) -> bool:
        if parent.column() > 0 or self._is_issue_row(parent):
            return False
        node = self.node(parent)
        return node.kind != ISSUE and not node.complete

    def fetchMore(self, parent: Index) -> None:
        if self._is_issue_row(parent):
            return
        node = self.node(parent)
        parent_item = self._item_of(node)
        if node.kind == ISSUE or node.complete or parent_item is None:
            return
        node.complete = True
        if _holds_issues(node):  # the ids; the rows go in empty, their nodes made when reached
            ids = browse.issue_ids(self._db, node.publication, node.date_prefix)
            node.child_ids = ids
            if ids:
                node.children = [None] * len(ids)  # first: views look at the rows as they arrive
                parent_item.insertRows(0, len(ids))
            return
        fresh = self._load_groups(node)
        for row, child in enumerate(fresh):
            child.row = row
        node.children = list(fresh)
        if fresh:
            parent_item.appendRows([self._group_item(child) for child in fresh])

    def _is_issue_row(self, index: Index) -> bool:
        parent = self._parents.get(index.internalId())
        return parent is not None and parent.child_ids is not None and index.isValid()

    def child(self, node: Node, row: int) -> Node:
        """A loaded node's child; an issue's node is made (its page read) when first reached."""
        found = node.children[row]
        if found is None:
            start = row - row % ISSUE_PAGE
            self._load_rows(node, start, start + ISSUE_PAGE)
            found = node.children[row]
            assert found is not None
        return found

    def _load_rows(self, node: Node, start: int, stop: int) -> None:
        """Make the nodes of a month's rows [start, stop) not made yet: one query."""
        assert node.child_ids is not None
        start = max(start, 0)
        wanted = [r for r in range(start, min(stop, len(node.children))) if not node.children[r]]
        if not wanted:
            return
        start = wanted[0]
        ids = node.child_ids[start : wanted[-1] + 1]
        leaves = {leaf.id: leaf for leaf in browse.issue_rows_by_id(self._db, ids)}
        publication, year, month = node.publication, node.year, node.month
        for row, issue_id in enumerate(ids, start=start):
            if node.children[row] is not None:
                continue
            # An issue gone since the ids were read (replaced by a re-import) keeps its row,
            # empty, until the tree is read again (the window does after any import).
            leaf = leaves.get(issue_id)
            child = Node(ISSUE, node, row, publication, year, month, leaf=leaf)
            node.children[row] = child
            if leaf is not None:
                self._issues[issue_id] = child

    def _item_of(self, node: Node) -> QStandardItem | None:
        # The root's item is Qt's, never kept: a kept wrapper of a C++-made object outlives
        # it, and shiboken would hand it out for the next object made at its address.
        return self.invisibleRootItem() if node is self._root else node.item

    def _group_item(self, node: Node) -> QStandardItem:
        """A group row's first cell, at once (its rows hang from it); its text when filled."""
        item = QStandardItem()
        item.setFlags(ITEM_FLAGS)
        item.setColumnCount(COLUMNS)  # its rows have the count cells too
        if self._is_unstated(node):
            item.setForeground(self._muted_brush())
        self._parents[Shiboken.getCppPointer(item)[0]] = node
        node.item = item
        return item

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

    def multiData(self, index: Index, roleDataSpan: QModelRoleDataSpan) -> None:  # noqa: N803
        # A delegate asks for seven roles of each cell it paints: answered by the cell's item
        # in one call (Qt's default would call data(), in Python, seven times). The items
        # hold what a view paints; the tree's own roles and tool tips come from data().
        # (Looking through the span here for those would cost more than painting the cell.)
        item = self._cell(self.node(index), index.column())
        # A cell with no item (a group's count columns) is answered by an empty one, which
        # clears the span: a delegate reuses it, and would paint the previous cell's text.
        (self._blank if item is None else item).multiData(roleDataSpan)

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        node = self.node(index)
        if node is self._root:
            return None
        if role in PYTHON_ROLES:
            return self._python_data(node, role)
        item = self._cell(node, index.column())
        return item.data(role) if item is not None else None

    def _cell(self, node: Node, column: int) -> QStandardItem | None:
        """The item of a cell, its text put in when first asked (mostly: when first drawn).

        Quietly (no dataChanged): the text is what the cell would have shown had it been
        there all along. A group's count cells stay empty; an issue's are made one by one,
        so columns out of sight cost nothing.
        """
        if not node.filled:
            self._fill(node)
        if column == LABEL_COLUMN:
            return node.item
        if node.leaf is None or not ARTICLES_COLUMN <= column <= PROGRESS_COLUMN:
            return None
        if node.cells is None:
            node.cells = [None, None, None]
        cell = node.cells[column - ARTICLES_COLUMN]
        if cell is None:
            parent = self._item_of(node.parent) if node.parent else None
            assert parent is not None
            cell = self._count_cell.clone()  # flags and alignment set once, in the pattern
            cell.setText(self._count_texts(node)[column - ARTICLES_COLUMN])
            with QSignalBlocker(self):
                parent.setChild(node.row, column, cell)
            node.cells[column - ARTICLES_COLUMN] = cell
        return cell

    def _fill(self, node: Node) -> None:
        """Put a row's label in its item: a group's with its count, an issue's (a new item)."""
        if node is self._root:
            return
        node.filled = True
        label = node.label if node.label is not None else self._make_label(node)
        with QSignalBlocker(self):
            if node.kind != ISSUE:
                assert node.item is not None
                node.item.setText(label)
                return
            parent = self._item_of(node.parent) if node.parent else None
            assert parent is not None
            node.item = self._leaf_cell.clone()  # flags set once, in the pattern
            node.item.setText(label)
            parent.setChild(node.row, LABEL_COLUMN, node.item)

    def _refill_counts(self, node: Node, columns: Iterable[int]) -> None:
        """New counts for an issue's cells made so far, announced (views repaint them)."""
        if node.cells is None or node.leaf is None:
            return
        texts = self._count_texts(node)
        for column in columns:
            cell = node.cells[column - ARTICLES_COLUMN]
            if cell is not None:
                cell.setText(texts[column - ARTICLES_COLUMN])

    def _count_texts(self, node: Node) -> list[str]:
        counts = self.counts.get(node)
        return [
            str(counts.articles),
            str(counts.open_flags) if counts.open_flags else "",
            f"{counts.done}/{counts.articles}" if counts.articles else "",  # proofread
        ]

    def _muted_brush(self) -> Any:
        return QApplication.palette().brush(
            QPalette.ColorGroup.Active, QPalette.ColorRole.PlaceholderText
        )

    def _python_data(self, node: Node, role: int) -> Any:
        if role == TOOLTIP:
            return self._tooltip(node)
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
        if node.kind == ISSUE and leaf is None:
            return ""
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

    def _new_root(self) -> Node:
        root = Node(ROOT, None, filled=True)
        self._parents[Shiboken.getCppPointer(self.invisibleRootItem())[0]] = root
        return root

    def _new_node(self, kind: str, parent: Node | None, **values: Any) -> Node:
        return Node(kind, parent, **values)

    def _load_groups(self, node: Node) -> list[Node]:
        if node.kind == ROOT:
            names = browse.publication_names(self._db)
            return [self._new_node(PUBLICATION, node, publication=name) for name in names]
        if node.kind == PUBLICATION:
            years = browse.year_values(self._db, node.publication)
            return [self._group(YEAR, node, year=year) for year in years]
        assert node.kind == YEAR and node.year is not None
        months = browse.month_values(self._db, node.publication, node.year)
        return [self._group(MONTH, node, year=node.year, month=month) for month in months]

    def _group(self, kind: str, parent: Node, **values: Any) -> Node:
        return self._new_node(kind, parent, publication=parent.publication, **values)

    def reload(self) -> None:
        """Forget every loaded node and start again from the publications."""
        self.beginResetModel()
        self.counts.forget()
        root = self.invisibleRootItem()
        with QSignalBlocker(self):  # within the reset: views start again anyway
            root.removeRows(0, root.rowCount())
        self._parents.clear()
        self._issues.clear()
        self._root = self._new_root()
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
            self._refill_counts(node, (ARTICLES_COLUMN, FLAGS_COLUMN, PROGRESS_COLUMN))

    def set_open_flags(self, counts: dict[int, int]) -> None:
        """New open-flag counts for loaded issues (after a review or re-detection)."""
        for node in self._issue_nodes(set(counts)):
            assert node.leaf is not None
            issue_id = node.leaf.id
            known = self.counts.peek(issue_id)
            if known is None or known.open_flags == counts[issue_id]:
                continue  # not read yet (it will be when drawn), or unchanged
            self.counts.put(issue_id, replace(known, open_flags=counts[issue_id]))
            self._refill_counts(node, (FLAGS_COLUMN,))

    def _issue_nodes(self, issue_ids: set[int]) -> list[Node]:
        return [self._issues[i] for i in issue_ids if i in self._issues]

    # -- lookups --------------------------------------------------------------

    def node(self, index: Index) -> Node:
        """The node of a row (any column); the root for an invalid index."""
        parent = self._parents.get(index.internalId())  # an item's index: its parent's address
        if parent is None or not index.isValid():
            return self._root
        children, row = parent.children, index.row()
        if not 0 <= row < len(children):
            return self._root
        found = children[row]
        return found if found is not None else self.child(parent, row)

    def index_of(self, node: Node) -> QModelIndex:
        if node is self._root or node.parent is None:
            return QModelIndex()
        if node.item is not None:
            return node.item.index()
        return self.index(node.row, 0, self.index_of(node.parent))  # an issue not yet filled

    def child_count(self, node: Node) -> int:
        """How many children a node has, fetching them if need be (no issue node is made)."""
        if node.kind != ISSUE and not node.complete:
            self.fetchMore(self.index_of(node))
        return len(node.children)

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
        self.child_count(parent)
        ids = parent.child_ids or []
        if issue_id not in ids:
            return QModelIndex()
        row = ids.index(issue_id)
        # A page of rows ending a little after it: a view scrolled down to it shows those above.
        stop = row + 1 + ISSUE_PAGE // 5
        self._load_rows(parent, stop - ISSUE_PAGE, stop)
        return self.index_of(self.child(parent, row))

    def _child_where(self, node: Node, kind: str, value: str | None) -> Node | None:
        for child in self.iter_children(node):
            attribute = {PUBLICATION: child.publication, YEAR: child.year, MONTH: child.month}[kind]
            if child.kind == kind and attribute == value:
                return child
        return None

    def iter_children(self, node: Node) -> Iterator[Node]:
        """Children one by one, an issue's node made (a page read) only when reached."""
        for row in range(self.child_count(node)):
            yield self.child(node, row)

    @property
    def root(self) -> Node:
        return self._root


def _holds_issues(node: Node) -> bool:
    """A month, or a publication's "No date": the nodes whose children are issues."""
    return node.kind == MONTH or (node.kind == YEAR and node.year is None)


def issue_label(leaf: browse.IssueRow) -> str:
    """`01-05 第3版`: month-day, then the page, else the title, else the file name."""
    name = leaf.page or leaf.title or leaf.source_name
    return f"{leaf.date[5:]} {name}" if leaf.date else name
