"""The side panels' lists: a table whose rows are the items, one chosen at a time.

Flags, annotations (the article's and the library's) and "also in" places
are each shown this way; one function keeps them looking and behaving alike.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget


def row_table(parent: QWidget, model: QAbstractItemModel, name: str) -> QTableView:
    """A striped, gridless table of whole rows, single selection, no row numbers."""
    table = QTableView(parent)
    table.setObjectName(name)
    table.setModel(model)
    style_rows(table, QAbstractItemView.SelectionMode.SingleSelection)
    table.horizontalHeader().setHighlightSections(False)
    return table


def style_rows(table: QTableView, selection: QAbstractItemView.SelectionMode) -> None:
    """How every list of rows in the window looks: whole rows, striped, no grid or numbers."""
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(selection)
    table.setShowGrid(False)
    table.setWordWrap(False)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
