"""The flags panel: a dock listing the article's flags, the chosen one's evidence, review buttons.

The list is a `FlagsModel` in a table; choosing a row emits `flag_chosen`
and the controller (`flag_review`) scrolls the reader to it. Below the list
the detail area shows what the flag is about — for a duplicate, the other
copy's text with the shared span marked — and the buttons confirm,
dismiss, reopen or go to the other copy through the window's actions, so
the buttons, the context menu and the shortcuts do exactly the same thing.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    QPoint,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QColor, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QSizePolicy,
    QTableView,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reader.db.flag_views import PlacedFlag
from reader.ui import flag_text
from reader.ui.actions import ActionId as A
from reader.ui.actions import plain_text
from reader.ui.flag_spans import other_copy
from reader.ui.flags_model import Column, FlagsModel
from reader.ui.tables import row_table

REVIEW_ACTIONS = (A.CONFIRM_FLAG, A.DISMISS_FLAG, A.REOPEN_FLAG)
BUTTON_TEXTS = {
    A.CONFIRM_FLAG: QT_TRANSLATE_NOOP("FlagsPanel", "Confirm"),
    A.DISMISS_FLAG: QT_TRANSLATE_NOOP("FlagsPanel", "Dismiss"),
    A.REOPEN_FLAG: QT_TRANSLATE_NOOP("FlagsPanel", "Reopen"),
    A.OTHER_COPY: QT_TRANSLATE_NOOP("FlagsPanel", "Go to the Other Copy"),
}


class FlagsPanel(QWidget):
    """What the flags dock holds."""

    flag_chosen = Signal(object)  # flag id, or None when nothing is chosen

    def __init__(self, model: FlagsModel, actions: dict[A, QAction], parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("flags_panel")
        self.model = model
        self._actions = actions
        self._quiet = False  # True while a reload puts the selection back
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(self._header())
        self.table = self._table()
        layout.addWidget(self.table, 3)
        self.detail = QTextBrowser(self)
        self.detail.setObjectName("flag_detail")
        self.detail.setOpenLinks(False)
        layout.addWidget(self.detail, 2)
        layout.addLayout(self._buttons())
        model.modelReset.connect(self._summarise)
        self.show_detail(None)

    # -- building ---------------------------------------------------------------

    def _header(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.summary = QLabel(self)
        self.whole_issue = QCheckBox(self.tr("Whole issue"), self)
        self.whole_issue.setToolTip(self.tr("List the flags of every article of this issue"))
        self.whole_issue.toggled.connect(self.model.set_whole_issue)
        row.addWidget(self.summary, 1)
        row.addWidget(self.whole_issue)
        return row

    def _table(self) -> QTableView:
        table = row_table(self, self.model, "flags_table")
        header = table.horizontalHeader()
        for column in (Column.KIND, Column.STATE, Column.PARAGRAPH):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.EVIDENCE, QHeaderView.ResizeMode.Stretch)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self._context_menu)
        table.selectionModel().currentRowChanged.connect(self._row_changed)
        return table

    def _buttons(self) -> QGridLayout:
        """Review buttons in a row, the jump below: short labels keep the dock narrow."""
        grid = QGridLayout()
        self.buttons: dict[A, QToolButton] = {}
        for column, action_id in enumerate((*REVIEW_ACTIONS, A.OTHER_COPY)):
            button = self._button(action_id)
            if action_id == A.OTHER_COPY:
                grid.addWidget(button, 1, 0, 1, len(REVIEW_ACTIONS))
            else:
                grid.addWidget(button, 0, column)
        return grid

    def _button(self, action_id: A) -> QToolButton:
        """A button for an action; the tooltip names the action and its key."""
        action = self._actions[action_id]
        button = QToolButton(self)
        button.setText(QCoreApplication.translate("FlagsPanel", BUTTON_TEXTS[action_id]))
        button.setObjectName(f"{action_id.value}_button")
        key = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        button.setToolTip(f"{plain_text(action_id)} ({key})" if key else plain_text(action_id))
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        button.clicked.connect(action.trigger)
        self.buttons[action_id] = button
        return button

    def sizeHint(self) -> QSize:
        """As narrow as the annotations dock it shares the side with, by default."""
        return QSize(max(self.minimumSizeHint().width(), 260), 460)

    # -- choosing ---------------------------------------------------------------

    def current_flag(self) -> PlacedFlag | None:
        index = self.table.currentIndex()
        return self.model.flag(index.row()) if index.isValid() else None

    def select_flag(self, flag_id: int | None, *, quiet: bool = False) -> bool:
        """Make a flag the current row (False if it is not listed); `quiet` emits nothing."""
        row = self.model.row_of(flag_id) if flag_id is not None else -1
        self._quiet = quiet
        try:
            if row < 0:
                self.table.selectionModel().clear()
                self.table.setCurrentIndex(QModelIndex())
            else:
                index = self.model.index(row, Column.KIND)
                flags = (
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows
                )
                self.table.selectionModel().setCurrentIndex(index, flags)
                self.table.scrollTo(index)
        finally:
            self._quiet = False
        self.show_detail(self.current_flag())
        return row >= 0

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        flag = self.model.flag(current.row()) if current.isValid() else None
        self.show_detail(flag)
        if not self._quiet:
            self.flag_chosen.emit(flag.id if flag else None)

    def _context_menu(self, point: QPoint) -> None:
        index = self.table.indexAt(point)
        if not index.isValid():
            return
        self.table.setCurrentIndex(index)
        menu = QMenu(self)
        for action_id in (*REVIEW_ACTIONS, None, A.OTHER_COPY):
            if action_id is None:
                menu.addSeparator()
            else:
                menu.addAction(self._actions[action_id])
        menu.exec(self.table.viewport().mapToGlobal(point))

    # -- what is shown ------------------------------------------------------------

    def _summarise(self) -> None:
        flags = self.model.issue_flags if self.model.whole_issue else self.model.article_flags()
        open_count = sum(1 for f in flags if f.flag.state == "open")
        self.summary.setText(
            self.tr("{open} open of {count}").format(open=open_count, count=len(flags))
        )

    def show_detail(self, flag: PlacedFlag | None) -> None:
        for action_id, button in self.buttons.items():
            button.setEnabled(flag is not None and _applies(action_id, flag))
        if flag is None:
            hint = html.escape(self.tr("Choose a flag to see its evidence."))
            self.detail.setHtml(f"<p style='color:gray'>{hint}</p>")
            return
        self.detail.setHtml(detail_html(flag))


def _applies(action_id: A, flag: PlacedFlag) -> bool:
    state = {A.CONFIRM_FLAG: "confirmed", A.DISMISS_FLAG: "dismissed", A.REOPEN_FLAG: "open"}
    if action_id in state:
        return flag.flag.state != state[action_id]
    return other_copy(flag) is not None


def detail_html(flag: PlacedFlag) -> str:
    """The evidence, and for a duplicate the other copy with the shared text marked."""
    color = flag_text.kind_color(flag.flag.kind).name()
    head = QCoreApplication.translate("FlagsPanel", "{kind} · {state} · ¶{number}").format(
        kind=flag_text.kind_name(flag.flag.kind),
        state=flag_text.state_name(flag.flag.state),
        number=flag.place.number,
    )
    parts = [
        f"<p><b style='color:{color}'>{html.escape(head)}</b><br>"
        f"{html.escape(flag_text.evidence(flag))}</p>"
    ]
    copy = other_copy(flag)
    place = next((p for p in flag.related if copy and p.id == copy[0]), None)
    if copy and place:
        where = flag_text.paragraph_label(place, flag.article_id)
        title = QCoreApplication.translate("FlagsPanel", "The other copy, {where}:")
        title = title.format(where=where)
        parts.append(f"<p><b>{html.escape(title)}</b></p>")
        parts.append(_marked(place.text, copy[1], copy[2], color))
    elif flag.flag.kind == "doubled":
        detail = flag.flag.detail
        change = f"{detail.get('context', '')} → {detail.get('suggest', '')}"
        parts.append(f"<p>{html.escape(change)}</p>")
    return "".join(parts)


def _marked(text: str, start: int, end: int, color: str) -> str:
    before, shared, after = (html.escape(t) for t in (text[:start], text[start:end], text[end:]))
    tint = _tint(QColor(color)).name()
    mark = f"<span style='background-color:{tint}; text-decoration: underline'>{shared}</span>"
    return f"<p style='line-height:140%'>{before}{mark}{after}</p>"


def _tint(color: QColor, share: float = 0.3) -> QColor:
    """The colour mixed into white: a marker that keeps black text readable."""
    return QColor(
        round(255 - (255 - color.red()) * share),
        round(255 - (255 - color.green()) * share),
        round(255 - (255 - color.blue()) * share),
    )
