"""The tags pane: the tag tree with counts, selecting tags to filter, any/all, and the
tag's own actions (rename, colour, delete) in its context menu.

Selecting tags emits `filter_changed(names, match_all)`; the feature then
lists the matching articles from the whole library. Choosing nothing
(Clear, or Escape in the tree) goes back to the issue. Reloading after an
edit keeps the open nodes and the selected names, quietly, so an edit does
not re-run the filter.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QMenu,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from reader.ui.tags_model import COUNT_COLUMN, NAME_COLUMN, TagNameRole, TagsModel

ANY, ALL = 0, 1


class TagTree(QTreeView):
    """The tree; Escape clears the selection (and so the filter)."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.selectionModel().hasSelection():
            self.clearSelection()
            return
        super().keyPressEvent(event)


class TagsPane(QWidget):
    filter_changed = Signal(list, bool)  # the selected names, match all (else any)

    def __init__(self, model: TagsModel, menu_actions: Iterable[QAction | None]) -> None:
        super().__init__()
        self.setObjectName("tags_pane")
        self.model = model
        self._menu_actions = list(menu_actions)
        self._quiet = False
        self.tree = self._tree()
        self.match = QComboBox(self)
        self.match.addItems([self.tr("Any selected tag"), self.tr("All selected tags")])
        self.match.setToolTip(self.tr("Show articles with any of the selected tags, or with all"))
        self.match.currentIndexChanged.connect(lambda _i: self._emit())
        self.clear_button = QToolButton(self)
        self.clear_button.setText(self.tr("Clear"))
        self.clear_button.setToolTip(
            self.tr("Choose no tag: the articles pane shows the issue again")
        )
        self.clear_button.clicked.connect(self.tree.clearSelection)
        row = QHBoxLayout()
        row.addWidget(self.match, 1)
        row.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addLayout(row)
        layout.addWidget(self.tree, 1)

    def _tree(self) -> TagTree:
        tree = TagTree(self)
        tree.setObjectName("tags_tree")
        tree.setModel(self.model)
        tree.setUniformRowHeights(True)
        tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        tree.setAllColumnsShowFocus(True)
        header = tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(NAME_COLUMN, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COUNT_COLUMN, QHeaderView.ResizeMode.Fixed)
        title = self.model.headerData(COUNT_COLUMN, Qt.Orientation.Horizontal) or ""
        header.resizeSection(
            COUNT_COLUMN,
            max(self.fontMetrics().horizontalAdvance(t) for t in (title, "00000")) + 16,
        )
        tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        tree.customContextMenuRequested.connect(self._context_menu)
        tree.selectionModel().selectionChanged.connect(lambda *_: self._emit())
        return tree

    # -- what is chosen ----------------------------------------------------------------

    @property
    def match_all(self) -> bool:
        return self.match.currentIndex() == ALL

    def set_match_all(self, match_all: bool) -> None:
        self.match.setCurrentIndex(ALL if match_all else ANY)

    def selected_names(self) -> list[str]:
        rows = self.tree.selectionModel().selectedRows(NAME_COLUMN)
        return sorted(index.data(TagNameRole) for index in rows)

    def current_name(self) -> str | None:
        """The tag the pane's own actions act on: the current row, if selected."""
        index = self.tree.currentIndex()
        selected = self.tree.selectionModel().isSelected(index)
        return index.data(TagNameRole) if index.isValid() and selected else None

    def _emit(self) -> None:
        if not self._quiet:
            self.filter_changed.emit(self.selected_names(), self.match_all)

    def select_names(self, names: Iterable[str], *, quiet: bool = False) -> None:
        """Select these names (opening the nodes above them); others are deselected."""
        selection = QItemSelection()
        current = None
        for name in names:
            index = self.model.find(name)
            if index.isValid():
                self._open_above(index)
                selection.select(index, index.siblingAtColumn(COUNT_COLUMN))
                current = current or index
        self._quiet = quiet
        try:
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
            self.tree.selectionModel().select(selection, flags)
            if current is not None:
                self.tree.selectionModel().setCurrentIndex(
                    current, QItemSelectionModel.SelectionFlag.NoUpdate
                )
        finally:
            self._quiet = False

    def _open_above(self, index: QModelIndex) -> None:
        parent = index.parent()
        while parent.isValid():
            self.tree.expand(parent)
            parent = parent.parent()

    # -- reloading -------------------------------------------------------------------

    def expanded_names(self) -> list[str]:
        found: list[str] = []
        stack = list(self.model.root.children or [])
        while stack:
            node = stack.pop()
            if node.name and self.tree.isExpanded(self.model.find(node.name)):
                found.append(node.name)
                stack.extend(node.children or [])
        return found

    def reload(self, renamed: dict[str, str] | None = None) -> None:
        """Read the tags again; open nodes stay open and chosen names stay chosen (quietly).

        `renamed` maps old names to new ones after a rename, so they stay chosen too.
        """
        renamed = renamed or {}
        expanded = [_renamed(name, renamed) for name in self.expanded_names()]
        chosen = [_renamed(name, renamed) for name in self.selected_names()]
        self._quiet = True
        try:
            self.model.reload()
        finally:
            self._quiet = False
        for name in sorted(expanded, key=len):
            index = self.model.find(name)
            if index.isValid():
                self.tree.expand(index)
        self.select_names(chosen, quiet=True)

    def _context_menu(self, point: QPoint) -> None:
        index = self.tree.indexAt(point)
        if index.isValid() and not self.tree.selectionModel().isSelected(index):
            self.tree.setCurrentIndex(index)
        menu = QMenu(self)
        for action in self._menu_actions:
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
        menu.exec(self.tree.viewport().mapToGlobal(point))
        menu.deleteLater()


def _renamed(name: str, renamed: dict[str, str]) -> str:
    """`name` after a rename of it or of a name above it."""
    for old, new in renamed.items():
        if name == old or name.startswith(old + "/"):
            return new + name[len(old) :]
    return name
