"""The issues tree and the articles table as views: selection by id, reload that keeps the place.

The models know the library; these views know what the reader has in front
of them (the current issue, the current article, which nodes are open) and
put it back after the library changes underneath (an import, an edit).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTableView, QTreeView, QWidget

from reader.ui.articles_model import (
    HIDDEN_BY_DEFAULT,
    KIND_NAMES,
    STATUS_NAMES,
    ArticlesModel,
    Column,
    translated,
)
from reader.ui.issues_model import (
    ARTICLES_COLUMN,
    FLAGS_COLUMN,
    ISSUE,
    LABEL_COLUMN,
    PROGRESS_COLUMN,
    IssuesModel,
    Node,
    NodeKey,
)
from reader.ui.tables import style_rows

COUNTS_BATCH_FLOOR = 16  # issue counts read together, however short the pane
COUNT_WIDTHS = {ARTICLES_COLUMN: "0000", FLAGS_COLUMN: "000", PROGRESS_COLUMN: "00/00"}


class IssuesView(QTreeView):
    """The issues pane. Emits `issue_selected` with the id of the issue now current."""

    issue_selected = Signal(object)  # int | None

    def __init__(self, model: IssuesModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("issues")
        self.setModel(model)
        self.setUniformRowHeights(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)  # read-only rows
        # Rows arrive as nodes open; a scroll bar that comes and goes would reflow the pane.
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAllColumnsShowFocus(True)
        self.setIndentation(self.fontMetrics().horizontalAdvance("0") * 3 // 2)  # four levels deep
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(LABEL_COLUMN, QHeaderView.ResizeMode.Stretch)
        # Fixed widths: ResizeToContents would read every open row on each expansion.
        for column, widest in COUNT_WIDTHS.items():
            title = model.headerData(column, Qt.Orientation.Horizontal) or ""
            width = max(self.fontMetrics().horizontalAdvance(text) for text in (title, widest))
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(column, width + 12)
        self.selectionModel().currentChanged.connect(self._current_changed)

    def preferred_width(self) -> int:
        """Room for an issue's label four levels deep (`12-31 第12版`) beside the counts."""
        counts = sum(self.header().sectionSize(column) for column in COUNT_WIDTHS)
        label = self.fontMetrics().horizontalAdvance("12-31 第12版") + 24  # and the margins
        return counts + label + 3 * self.indentation() + self.verticalScrollBar().sizeHint().width()

    def issues_model(self) -> IssuesModel:
        model = self.model()
        assert isinstance(model, IssuesModel)
        return model

    def current_node(self) -> Node | None:
        index = self.currentIndex()
        return self.issues_model().node(index) if index.isValid() else None

    def current_issue_id(self) -> int | None:
        return self.issues_model().issue_id(self.currentIndex())

    def select_issue(self, issue_id: int) -> bool:
        """Open the nodes above an issue and make it current; False if it is not there."""
        index = self.issues_model().find_issue(issue_id)
        if not index.isValid():
            return False
        self.select_index(index)
        return True

    def select_node(self, node: Node) -> None:
        self.select_index(self.issues_model().index_of(node))

    def select_index(self, index: QModelIndex) -> None:
        self.scheduleDelayedItemsLayout()  # expand() then only records; one layout follows
        parent = index.parent()
        while parent.isValid():
            self.expand(parent)
            parent = parent.parent()
        self.setCurrentIndex(index)
        self.scrollTo(index)

    def expanded_keys(self) -> list[NodeKey]:
        model = self.issues_model()
        keys: list[NodeKey] = []
        stack = [child for child in model.root.children if child is not None]
        while stack:
            node = stack.pop()
            if node.kind != ISSUE and self.isExpanded(model.index_of(node)):
                keys.append(node.key)
                stack.extend(c for c in node.children if c is not None and c.kind != ISSUE)
        return keys

    def reload(self) -> None:
        """Re-read the tree, keeping open nodes open and the current issue current."""
        keys = self.expanded_keys()
        current = self.current_issue_id()
        self.issues_model().reload()
        for key in sorted(keys, key=_depth):
            index = self.issues_model().find_group(key)
            if index.isValid():
                self.expand(index)
        if current is None or not self.select_issue(current):
            self.issue_selected.emit(None)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # The model reads the counts of the rows drawn a screenful at a time: this screenful.
        rows = self.viewport().height() // max(self.fontMetrics().height(), 1) + 2
        self.issues_model().counts.batch = max(rows, COUNTS_BATCH_FLOOR)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.issue_selected.emit(self.issues_model().issue_id(current))


def _depth(key: NodeKey) -> int:
    return sum(1 for part in key[1:] if part is not None)


class ArticlesView(QTableView):
    """The articles pane. Emits `article_selected` with the id of the article now current."""

    article_selected = Signal(object)  # int | None

    def __init__(self, model: ArticlesModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("articles")
        self.setModel(model)
        # Several articles can be chosen (to tag them at once); the current one is read.
        style_rows(self, QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self._configure_header()
        self.selectionModel().currentRowChanged.connect(self._current_changed)

    def _configure_header(self) -> None:
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionsMovable(True)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.TITLE, QHeaderView.ResizeMode.Stretch)
        for column, width in self._default_widths().items():
            header.resizeSection(column, width)
        for column in HIDDEN_BY_DEFAULT:
            header.hideSection(column)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)

    def _default_widths(self) -> dict[Column, int]:
        """Room for typical contents in the current font and language, not for the longest."""
        model = self.articles_model()

        def fit(column: Column, texts: Sequence[str]) -> int:
            header = model.headerData(column, Qt.Orientation.Horizontal) or ""
            return max(self.fontMetrics().horizontalAdvance(t) for t in (*texts, header)) + 18

        return {
            column: fit(column, samples)
            for column, samples in (
                (Column.DECK, ("国" * 5,)),
                (Column.BYLINE, ("记者翟倩倩",)),
                (Column.PARAGRAPHS, ("000",)),
                (Column.KIND, [translated(name) for name in KIND_NAMES.values()]),
                (Column.STATUS, [translated(name) for name in STATUS_NAMES.values()]),
                (Column.FLAGS, ("000",)),
                (Column.NOTES, ("000",)),
                (Column.TAGS, ("国" * 3,)),  # chips elide; the tag bar shows them whole
            )
        }

    def _header_menu(self, point: QPoint) -> None:
        """Show or hide columns; the header state (and so the choice) is remembered."""
        header = self.horizontalHeader()
        menu = QMenu(self)
        for column in Column:
            if column == Column.TITLE:
                continue
            action = QAction(str(self.model().headerData(column, Qt.Orientation.Horizontal)), menu)
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.toggled.connect(lambda shown, c=column: header.setSectionHidden(c, not shown))
            menu.addAction(action)
        menu.exec(header.mapToGlobal(point))

    def articles_model(self) -> ArticlesModel:
        model = self.model()
        assert isinstance(model, ArticlesModel)
        return model

    def current_article_id(self) -> int | None:
        return self.articles_model().article_id(self.currentIndex().row())

    def current_row(self) -> int:
        return self.currentIndex().row()

    def select_row(self, row: int) -> bool:
        model = self.articles_model()
        if not 0 <= row < model.rowCount():
            return False
        index = model.index(row, Column.TITLE)
        # Only this row, whatever keys are held (Ctrl+Return goes on to the next article):
        # setCurrentIndex would let a held Ctrl or Shift add it to the selection.
        rows = QItemSelectionModel.SelectionFlag.ClearAndSelect
        self.selectionModel().setCurrentIndex(index, rows | QItemSelectionModel.SelectionFlag.Rows)
        self.scrollTo(index)
        return True

    def select_article(self, article_id: int) -> bool:
        return self.select_row(self.articles_model().row_of(article_id))

    def show_issue(self, issue_id: int | None) -> None:
        self.articles_model().set_issue(issue_id)
        if self.articles_model().rowCount() == 0:
            self.article_selected.emit(None)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.article_selected.emit(self.articles_model().article_id(current.row()))
