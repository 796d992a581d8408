"""The search dock's contents: the box, a collapsible row of filters, the message line, the hits.

Plain widgets only: what a search means and where it runs is decided by
`search_actions`. The panel says what to search for through `requested`
(query text, filters as `search()` keywords) and shows what came back.
"""

from __future__ import annotations

import html
import re
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reader.ui.search_model import SearchHitDelegate, SearchResultsModel

DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")
ERROR_STYLE = "color: #c62828;"
STATUSES = ("not_proofread", "problematic", "proofread", "validated")


class SearchPanel(QWidget):
    requested = Signal(str, dict)  # query text, filters for reader.search.search
    suggestion_chosen = Signal(str)

    def __init__(self, model: SearchResultsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("search_panel")
        self.model = model
        self.box = QLineEdit(self)
        self.box.setObjectName("search_box")
        self.box.setClearButtonEnabled(True)
        self.box.setPlaceholderText(self.tr('Search the library: 解放区 "open day" -疫情'))
        self.filters_button = QToolButton(self)
        self.filters_button.setObjectName("search_filters_button")
        self.filters_button.setCheckable(True)
        self.filters_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.filters_button.setArrowType(Qt.ArrowType.RightArrow)
        self.filters = self._filters()
        self.filters.setVisible(False)
        self.message = QLabel(self)
        self.message.setObjectName("search_message")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.RichText)
        self.message.linkActivated.connect(self.suggestion_chosen)
        self.count = QLabel(self)
        self.count.setObjectName("search_count")
        self.results = QListView(self)
        self.results.setObjectName("search_results")
        self.results.setModel(model)
        self.results.setItemDelegate(SearchHitDelegate(self.results))
        self.results.setUniformItemSizes(True)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.results.setMinimumHeight(40)  # the dock may be as short as the tags pane
        self._lay_out()
        self.box.returnPressed.connect(self.submit)
        self.filters_button.toggled.connect(self._show_filters)
        self._update_filters_button()

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.box, 1)
        top.addWidget(self.filters_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.filters)
        layout.addWidget(self.message)
        layout.addWidget(self.count)
        layout.addWidget(self.results, 1)

    def _filters(self) -> QWidget:
        box = QWidget(self)
        box.setObjectName("search_filters")
        form = QFormLayout(box)
        form.setContentsMargins(0, 0, 0, 0)
        form.setVerticalSpacing(2)
        self.publication = QComboBox(box)
        self.publication.setObjectName("search_publication")
        self.date_from = QLineEdit(box)
        self.date_from.setObjectName("search_date_from")
        self.date_to = QLineEdit(box)
        self.date_to.setObjectName("search_date_to")
        for edit in (self.date_from, self.date_to):
            edit.setPlaceholderText(self.tr("2023, 2023-01 or 2023-01-05"))
            edit.setClearButtonEnabled(True)
        dates = QHBoxLayout()
        dates.addWidget(self.date_from)
        dates.addWidget(QLabel("–", box))
        dates.addWidget(self.date_to)
        self.tag = QLineEdit(box)
        self.tag.setObjectName("search_tag")
        self.tag.setPlaceholderText(self.tr("a tag, with the tags under it"))
        self.tag.setClearButtonEnabled(True)
        self.status = QComboBox(box)
        self.status.setObjectName("search_status")
        self.status.addItem(self.tr("Any"), None)
        for value, text in zip(STATUSES, self._status_texts(), strict=True):
            self.status.addItem(text, value)
        self.open_flags = self._yes_no(box, "search_open_flags")
        self.annotations = self._yes_no(box, "search_annotations")
        form.addRow(self.tr("Publication:"), self.publication)
        form.addRow(self.tr("Dates:"), dates)
        form.addRow(self.tr("Tag:"), self.tag)
        form.addRow(self.tr("Status:"), self.status)
        form.addRow(self.tr("Open flags:"), self.open_flags)
        form.addRow(self.tr("Annotations:"), self.annotations)
        for combo in (self.publication, self.status, self.open_flags, self.annotations):
            combo.activated.connect(self._filter_changed)
        for edit in (self.date_from, self.date_to, self.tag):
            edit.editingFinished.connect(self._filter_changed)
            edit.returnPressed.connect(self._filter_changed)
        return box

    def _status_texts(self) -> list[str]:
        return [self.tr("Not proofread"), self.tr("Problematic"), self.tr("Proofread"),
                self.tr("Validated")]  # fmt: skip

    def _yes_no(self, parent: QWidget, name: str) -> QComboBox:
        combo = QComboBox(parent)
        combo.setObjectName(name)
        combo.addItem(self.tr("Any"), None)
        combo.addItem(self.tr("Yes"), True)
        combo.addItem(self.tr("No"), False)
        return combo

    def set_publications(self, names: list[str]) -> None:
        chosen = self.publication.currentData()
        self.publication.clear()
        self.publication.addItem(self.tr("Any"), None)
        for name in names:
            self.publication.addItem(name, name)
        at = self.publication.findData(chosen)
        self.publication.setCurrentIndex(max(at, 0))

    # -- asking -------------------------------------------------------------------

    def filter_values(self) -> dict[str, Any]:
        """The filters as keywords of `reader.search.search`; ValueError for a bad date."""
        values: dict[str, Any] = {}
        for key, edit in (("date_from", self.date_from), ("date_to", self.date_to)):
            text = edit.text().strip()
            if text and not DATE.fullmatch(text):
                raise ValueError(
                    self.tr("“{date}” is not a date: write 2023, 2023-01 or 2023-01-05.").format(
                        date=text
                    )
                )
            if text:
                values[key] = text
        if self.tag.text().strip():
            values["tag"] = self.tag.text().strip()
        for key, combo in (
            ("publication", self.publication),
            ("status", self.status),
            ("has_open_flags", self.open_flags),
            ("has_annotations", self.annotations),
        ):
            if combo.currentData() is not None:
                values[key] = combo.currentData()
        return values

    def submit(self) -> None:
        try:
            filters = self.filter_values()
        except ValueError as err:
            self.show_error(str(err))
            return
        self._update_filters_button()
        self.requested.emit(self.box.text(), filters)

    def _filter_changed(self) -> None:
        self._update_filters_button()
        if self.box.text().strip():
            self.submit()

    def _show_filters(self, shown: bool) -> None:
        self.filters.setVisible(shown)
        arrow = Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow
        self.filters_button.setArrowType(arrow)

    def _update_filters_button(self) -> None:
        try:
            active = len(self.filter_values())
        except ValueError:
            active = 1
        text = self.tr("Filters") if not active else self.tr("Filters ({count})")
        self.filters_button.setText(text.format(count=active))

    # -- showing ------------------------------------------------------------------

    def show_error(self, text: str) -> None:
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setText(_escape(text))
        self.message.setVisible(True)
        self.count.setText("")

    def show_busy(self) -> None:
        self.message.setVisible(False)
        self.count.setText(self.tr("Searching…"))

    def show_total(self, total: int, suggestion: str | None) -> None:
        self.count.setText(self.tr("{count} articles").format(count=total))
        if total == 0:
            self.message.setStyleSheet("")
            text = self.tr("No articles found.")
            if suggestion:
                link = f'<a href="{_escape(suggestion)}">{_escape(suggestion)}</a>'
                text += " " + self.tr("Try: {suggestion}").format(suggestion=link)
            self.message.setText(text)
            self.message.setVisible(True)
        else:
            self.message.setVisible(False)


def _escape(text: str) -> str:
    return html.escape(text, quote=True)
