"""Reviewing flags in the window: the dock, the margin marks, next/previous, confirm/dismiss.

This feature wires the flag actions of the registry to the flags panel
(`flags_panel`), the marks and span highlight on the reader (`flag_marks`),
the clean view (`clean_view`) and re-detection (`detect_op`). A review goes
on the window's undo stack and is saved at once; it names its flag by key
(kind, paragraph, related paragraphs), not by id, so undo still finds it
after "Detect again" stored the flag anew. After each change the panel,
the marks, the article's open-flag count and the visible issues' counts are
read again — only those, never the whole library.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QPoint, Qt, QTimer
from PySide6.QtWidgets import QDockWidget, QMenu

from reader.db.flag_views import FlagKey, PlacedFlag, find_flag, places_by_id
from reader.db.flags import CONFIRMED, DISMISSED, OPEN, open_counts_by_issue, set_state
from reader.ui import flag_text
from reader.ui.actions import ActionId as A
from reader.ui.clean_view import CleanView
from reader.ui.detect_op import DetectAgain
from reader.ui.flag_marks import FlagMarks, SpanHighlight
from reader.ui.flag_spans import Spans, flag_spans, other_copy
from reader.ui.flags_model import FlagsModel
from reader.ui.flags_panel import FlagsPanel
from reader.ui.panes import IssuesView
from reader.ui.settings import WINDOW_STATE
from reader.ui.undo import push_edit
from reader.ui.wiring import panel_action, run_on_trigger

if TYPE_CHECKING:
    from reader.ui.main_window import MainWindow

CONTEXT = "FlagReview"
STATE_OF = {A.CONFIRM_FLAG: CONFIRMED, A.DISMISS_FLAG: DISMISSED, A.REOPEN_FLAG: OPEN}
REVIEW_TEXTS = {
    CONFIRMED: QT_TRANSLATE_NOOP("FlagReview", "Confirm {kind} ¶{number}"),
    DISMISSED: QT_TRANSLATE_NOOP("FlagReview", "Dismiss {kind} ¶{number}"),
    OPEN: QT_TRANSLATE_NOOP("FlagReview", "Reopen {kind} ¶{number}"),
}
ANNOTATIONS_DOCK = "annotations_dock"
DOCK_WIDTH = 360  # pixels at most, the first time: kind, state, ¶ and some evidence


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class FlagReview(QObject):
    """The flag review feature of one main window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.db = window.db
        self.reader = window.reader
        self.model = FlagsModel(window.db, self)
        self.panel = FlagsPanel(self.model, window.action_map)
        self.dock = self._dock()
        self.marks = FlagMarks(window.reader)
        self.highlight = SpanHighlight(window.reader)
        self.clean = CleanView(window.db, window.reader)
        self.current: int | None = None  # the chosen flag's id
        self.copy_shown: tuple[int, int, int] | None = None  # the other copy on screen
        self.detect = DetectAgain(window)
        self.detect.detected.connect(self._forget_current)
        self._connect()

    def _dock(self) -> QDockWidget:
        dock = QDockWidget(QCoreApplication.translate("FlagReview", "Flags"), self.window)
        dock.setObjectName("flags_dock")
        dock.setWidget(self.panel)
        self.window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        self._tabify(dock)
        QTimer.singleShot(0, self, lambda: self._first_run_layout(dock))
        return dock

    def _first_run_layout(self, dock: QDockWidget) -> None:
        """With no remembered layout: beside (or tabbed with) the annotations, not too wide."""
        if not self.window.settings.get(WINDOW_STATE).isEmpty():
            return  # the window put the docks back where the person left them
        self._tabify(dock)
        width = max(min(DOCK_WIDTH, self.window.width() // 5), dock.minimumSizeHint().width())
        self.window.resizeDocks([dock], [width], Qt.Orientation.Horizontal)

    def _tabify(self, dock: QDockWidget) -> None:
        """Share the right side with the annotations dock, as tabs."""
        other = self.window.findChild(QDockWidget, ANNOTATIONS_DOCK)
        if other is not None and not self.window.tabifiedDockWidgets(dock):
            self.window.tabifyDockWidget(other, dock)

    def _connect(self) -> None:
        handlers = {
            A.NEXT_FLAG: lambda: self.step(+1),
            A.PREVIOUS_FLAG: lambda: self.step(-1),
            A.OTHER_COPY: self.go_to_other_copy,
        }
        for action_id, state in STATE_OF.items():
            handlers[action_id] = lambda s=state: self.review(s)
        run_on_trigger(self.window, handlers)
        self._connect_toggles()
        self.reader.document_rebuilt.connect(self._document_changed)
        self.reader.context_menu_requested.connect(self.add_to_context_menu)
        self.panel.flag_chosen.connect(self._chosen_in_panel)
        self.marks.clicked.connect(self.show_flag)

    def _connect_toggles(self) -> None:
        clean = self.window.action(A.CLEAN_VIEW)
        clean.setCheckable(True)
        clean.toggled.connect(self.clean.set_enabled)
        self.window.addAction(clean)
        panel_action(self.window, A.FLAGS_PANEL, self.dock)

    # -- following the reader -------------------------------------------------------

    def _document_changed(self) -> None:
        """A new document (article, zoom, view): read the flags again and draw them on it."""
        article = self.reader.article
        self.model.show(article.issue_id if article else None, article.id if article else None)
        chosen = self.current_flag()
        if chosen is None or article is None or chosen.article_id != article.id:
            self.current = None  # another article: F8 starts from its first flag
        if self.copy_shown and self.reader.map.span(self.copy_shown[0]) is None:
            self.copy_shown = None
        self.marks.show_flags(self.model.article_flags())
        self.panel.select_flag(self.current, quiet=True)
        self._draw(scroll=False)

    def _forget_current(self) -> None:
        """Flags were stored anew: ids changed, the chosen one is gone."""
        self.current, self.copy_shown = None, None

    def _chosen_in_panel(self, flag_id: int | None) -> None:
        if flag_id is None:
            self.current, self.copy_shown = None, None
            self._draw(scroll=False)
        else:
            self.show_flag(flag_id)

    def show_flag(self, flag_id: int) -> bool:
        """Make a flag current: open its article if needed, scroll to it and mark its span."""
        flag = self.model.find(flag_id)
        if flag is None or flag.article_id is None:
            return False
        self.current, self.copy_shown = flag_id, None
        if self.reader.article is None or self.reader.article.id != flag.article_id:
            self.window.articles_view.select_article(flag.article_id)
        self.panel.select_flag(flag_id, quiet=True)
        self._draw(scroll=True)
        return True

    def current_flag(self) -> PlacedFlag | None:
        return self.model.find(self.current) if self.current is not None else None

    def _draw(self, *, scroll: bool) -> None:
        flag = self.current_flag()
        article = self.reader.article
        spans: Spans = []
        if flag is not None and article is not None:
            spans = flag_spans(flag, article.paragraphs)
        if self.copy_shown:
            spans = [self.copy_shown]
        color = flag_text.kind_color(flag.flag.kind) if flag else flag_text.kind_color("")
        ranges = [r for r in (self._range(*span) for span in spans) if r]
        self.highlight.set_ranges([(start, end, color) for start, end in ranges])
        if scroll and ranges:
            self.scroll_to(ranges[0][0])

    def _range(self, paragraph_id: int, start: int, end: int) -> tuple[int, int] | None:
        lo = self.reader.map.position_of(paragraph_id, start)
        hi = self.reader.map.position_of(paragraph_id, end)
        return (lo, hi) if lo is not None and hi is not None and lo < hi else None

    def scroll_to(self, position: int) -> None:
        """Bring a document position to a quarter of the way down the reader."""
        block = self.reader.document().findBlock(position)
        layout = block.layout()
        line = layout.lineForTextPosition(position - block.position())
        top = layout.position().y() + (line.y() if line.isValid() else 0)
        bar = self.reader.verticalScrollBar()
        bar.setValue(round(top - self.reader.viewport().height() / 4))

    def add_to_context_menu(self, menu: QMenu, point: QPoint) -> None:
        """One submenu per flag of the paragraph under the pointer: review it from there."""
        block = self.reader.cursorForPosition(point).block()
        flags = self.marks.flags_in_block(block)
        if flags:
            menu.addSeparator()
        for flag in flags:
            title = QCoreApplication.translate("FlagReview", "{kind} ¶{number} ({state})").format(
                kind=flag_text.kind_name(flag.flag.kind),
                number=flag.place.number,
                state=flag_text.state_name(flag.flag.state),
            )
            sub = menu.addMenu(title)
            for action_id in (*STATE_OF, A.OTHER_COPY):
                entry = sub.addAction(self.window.action(action_id).text())
                entry.triggered.connect(lambda _c=False, f=flag.id, a=action_id: self._act_on(f, a))

    def _act_on(self, flag_id: int, action_id: A) -> None:
        if self.show_flag(flag_id):
            self.window.action(action_id).trigger()

    # -- next and previous ------------------------------------------------------------

    def step(self, direction: int) -> PlacedFlag | None:
        """The next (+1) or previous (-1) flag in text order, on into the neighbouring articles."""
        flags = [f for f in self.model.issue_flags if f.article_id is not None]
        target = _neighbour(flags, self.current, self._here(), direction)
        if target is None:
            self.window.status.showMessage(
                QCoreApplication.translate("FlagReview", "No more flags in this issue.")
                if flags
                else QCoreApplication.translate("FlagReview", "This issue has no flags."),
                5000,
            )
            return None
        self.show_flag(target.id)
        if self.dock.toggleViewAction().isChecked():  # open, if perhaps behind a tab
            self.dock.raise_()  # in front of the annotations when both share the side
        self.window.status.showMessage(flag_text.tooltip(target), 8000)
        return target

    def _here(self) -> tuple[int, int]:
        article = self.reader.article
        if article is None:
            return (-1, -1)
        return article.first_paragraph, article.last_paragraph

    # -- review -------------------------------------------------------------------------

    def review(self, state: str) -> bool:
        """Confirm, dismiss or reopen the current flag, through the undo stack."""
        flag = self.current_flag()
        if flag is None:
            self.window.status.showMessage(
                QCoreApplication.translate(
                    "FlagReview", "Choose a flag first (F8 goes to the next one)."
                ),
                5000,
            )
            return False
        if flag.flag.state == state:
            return False
        key = FlagKey.of(flag.flag)
        text = tr(REVIEW_TEXTS[state]).format(
            kind=flag_text.kind_name(flag.flag.kind), number=flag.place.number
        )
        push_edit(
            self.window.undo_stack,
            text,
            apply=lambda: self._set_state(key, state),
            revert=lambda before: before and self._set_state(key, before),
            changed=lambda: self.after_review(key.issue_id),
        )
        return True

    def _set_state(self, key: FlagKey, state: str) -> str | None:
        """Write a state; the state before, or None if the flag is gone (re-imported)."""
        flag_id = find_flag(self.db, key)
        if flag_id is None:
            return None
        if self.current == key.id:
            self.current = flag_id
        return set_state(self.db, flag_id, state)

    def after_review(self, issue_id: int) -> None:
        """Read again what a review changed: the panel, marks, counts, and the clean view."""
        self.model.reload()
        self.marks.show_flags(self.model.article_flags())
        self.panel.select_flag(self.current, quiet=True)
        self.window.articles_model.refresh_rows()
        self.update_issue_counts({issue_id})
        if self.clean.enabled:
            self.reader.redraw()

    def update_issue_counts(self, also: set[int]) -> None:
        """Open-flag counts of the issues on screen in the tree (and `also`), read again."""
        ids = visible_issue_ids(self.window.issues_view) | also
        counts = open_counts_by_issue(self.db, sorted(ids))
        self.window.issues_model.set_open_flags({i: counts.get(i, 0) for i in ids})

    # -- the other copy ----------------------------------------------------------------

    def go_to_other_copy(self) -> bool:
        """Show the text a duplicate repeats, in whichever article of the issue it is."""
        flag = self.current_flag()
        copy = other_copy(flag) if flag else None
        if flag is None or copy is None:
            self.window.status.showMessage(
                QCoreApplication.translate("FlagReview", "The chosen flag has no other copy."), 5000
            )
            return False
        place = places_by_id(self.db, [copy[0]]).get(copy[0])
        if place is None or place.article_id is None:
            return False
        if self.reader.article is None or self.reader.article.id != place.article_id:
            self.window.articles_view.select_article(place.article_id)
        self.copy_shown = copy
        self._draw(scroll=True)
        where = flag_text.paragraph_label(place, flag.article_id)
        self.window.status.showMessage(
            QCoreApplication.translate("FlagReview", "The other copy of ¶{number}: {where}").format(
                number=flag.place.number, where=where
            ),
            8000,
        )
        return True


def _neighbour(
    flags: list[PlacedFlag], current: int | None, here: tuple[int, int], direction: int
) -> PlacedFlag | None:
    """The flag after (or before) the current one; without one, from the article being read."""
    ids = [f.id for f in flags]
    if current in ids:
        index = ids.index(current) + direction
        return flags[index] if 0 <= index < len(flags) else None
    first, last = here
    if direction > 0:
        return next((f for f in flags if f.place.position >= first), None)
    return next((f for f in reversed(flags) if f.place.position <= last), None)


def visible_issue_ids(view: IssuesView) -> set[int]:
    """Issues whose rows are on screen in the tree, and the current one."""
    model = view.issues_model()
    found: set[int] = set()
    current = view.current_issue_id()
    if current is not None:
        found.add(current)
    index = view.indexAt(QPoint(1, 1))
    bottom = view.viewport().height()
    while index.isValid() and view.visualRect(index).top() <= bottom:
        issue_id = model.issue_id(index)
        if issue_id is not None:
            found.add(issue_id)
        index = view.indexBelow(index)
    return found
