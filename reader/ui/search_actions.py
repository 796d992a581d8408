"""Searching the library from the window (issue #6), attached with one call from the main window.

What it adds: the search dock (`search_panel` over `search_model`) on the
right, tabbed with the other right docks; Ctrl+K shows it and puts the
cursor in the box; Enter searches titles, text, notes and corrections.

The first page and the exact count are computed off the UI thread by a
`BackgroundOp` whose task opens its own connection (a count over a large
library can take a while); only the newest search's answer is shown.
Further pages of 50 are read as the list scrolls (`fetchMore`), on the UI
thread through the window's connection: one page is a single indexed
query plus 50 snippets, a few milliseconds. Activating a hit opens the
article and highlights the query's terms in it (`search_matches`);
Alt+Right / Alt+Left step through them.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QObject, Qt
from PySide6.QtWidgets import QDockWidget

from reader.db import browse
from reader.db.connection import connect
from reader.search import SearchResult, SearchSyntaxError, parse, search, search_ids
from reader.ui.actions import ActionId as A
from reader.ui.search_matches import SearchMatches
from reader.ui.search_model import ArticleIdRole, SearchResultsModel
from reader.ui.search_panel import SearchPanel
from reader.ui.window_links import open_article
from reader.ui.wiring import run_on_trigger
from reader.ui.worker import BackgroundOp, TaskContext

if TYPE_CHECKING:
    from reader.ui.main_window import MainWindow

SEARCH_DOCK = "search_dock"
RIGHT_DOCKS = ("tags_dock", "flags_dock", "annotations_dock")


def install(window: MainWindow) -> SearchFeature:
    """Attach library search to a main window (before its state is restored)."""
    return SearchFeature(window)


def search_task(library_path: Path, query: str, filters: dict[str, Any]):
    """The first page of a search, on its own connection (for a worker thread)."""

    def run(_ctx: TaskContext) -> SearchResult:
        db = connect(library_path)
        try:
            return search(db, query, **filters)
        finally:
            db.close()

    return run


class SearchFeature(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.model = SearchResultsModel(self)
        self.panel = SearchPanel(self.model)
        self.dock = self._dock()
        self.matches = SearchMatches(window.reader)
        self.running: BackgroundOp | None = None
        self._generation = 0
        self._filters: dict[str, Any] = {}
        self._connect()
        self.reload_publications()

    def _dock(self) -> QDockWidget:
        dock = QDockWidget(self.tr("Search"), self.window)
        dock.setObjectName(SEARCH_DOCK)
        dock.setWidget(self.panel)
        self.window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        for name in RIGHT_DOCKS:
            other = self.window.findChild(QDockWidget, name)
            if other is not None:
                self.window.tabifyDockWidget(other, dock)
                break
        return dock

    def _connect(self) -> None:
        window = self.window
        handlers = {
            A.SEARCH_LIBRARY: self.focus_box,
            A.NEXT_MATCH: lambda: self.step(+1),
            A.PREVIOUS_MATCH: lambda: self.step(-1),
        }
        run_on_trigger(window, handlers)
        self.panel.requested.connect(self.run_search)
        self.panel.suggestion_chosen.connect(self._try_suggestion)
        self.panel.results.activated.connect(self.open_hit)
        self.panel.results.clicked.connect(self.open_hit)
        window.import_finished.connect(lambda _summary: self.reload_publications())

    def reload_publications(self) -> None:
        names = [name for name in browse.publication_names(self.window.db) if name]
        self.panel.set_publications(names)

    # -- searching ------------------------------------------------------------------

    def focus_box(self) -> None:
        self.dock.show()
        self.dock.raise_()
        self.panel.box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.panel.box.selectAll()

    def run_search(self, query: str, filters: dict[str, Any]) -> BackgroundOp | None:
        """Check the syntax here (it is instant), then count and read the first page aside."""
        self._generation += 1
        try:
            parse(query)
        except SearchSyntaxError as err:
            self.model.show_result(None)
            self.panel.show_error(self.tr("Cannot search: {reason}").format(reason=err))
            return None
        generation = self._generation
        self._filters = dict(filters)
        self.panel.show_busy()
        op = BackgroundOp(self.window, search_task(self.window.library_path, query, filters))
        op.on_success(lambda result: self._arrived(generation, result))
        op.on_failure(lambda error: self._failed(generation, error))
        self.running = op
        return op.run()

    def _arrived(self, generation: int, result: SearchResult) -> None:
        if generation != self._generation:
            return  # a newer search was asked for meanwhile
        self.running = None
        self.model.show_result(result, lambda offset: self._page(result.query, offset))
        self.panel.show_total(result.total, result.suggestion)

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self.running = None
        self.model.show_result(None)
        self.panel.show_error(self.tr("Cannot search: {reason}").format(reason=error))

    def _page(self, query: str, offset: int) -> SearchResult:
        return search(self.window.db, query, offset=offset, **self._filters)

    def result_ids(self) -> list[int]:
        """Every article the shown search found (all pages), for File → Export…."""
        if not self.model.query:
            return []
        return search_ids(self.window.db, self.model.query, **self._filters)

    def _try_suggestion(self, text: str) -> None:
        self.panel.box.setText(text)
        self.panel.submit()

    # -- reading a hit ------------------------------------------------------------------

    def open_hit(self, index: QModelIndex) -> bool:
        article_id = index.data(ArticleIdRole)
        if article_id is None:
            return False
        self.matches.show(self.model.query, article_id)  # before opening: drawn on arrival
        if not open_article(self.window, article_id):
            self.window.status.showMessage(self.tr("That article is no longer in the library."))
            return False
        self.matches.refresh()
        if self.matches.matches:
            self.matches.select(self.matches.matches[0])
        return True

    def step(self, direction: int) -> bool:
        moved = self.matches.step(direction)
        if not moved:
            self.window.status.showMessage(self.tr("No search matches in this article."), 5000)
        return moved
