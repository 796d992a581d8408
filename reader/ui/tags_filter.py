"""Filtering by tags: the articles pane lists the matching articles of the whole library.

This is a mode of the window's own ArticlesModel (`show_across`), so the
articles view, its selection, the reader and every feature that follows the
current article keep working unchanged. Only ids are read up front (one
indexed query, in issue-list order); rows and their issue labels are read a
page at a time as they are drawn. Each title is prefixed with its issue
(its date, else publication and page, else the start of the file name).
Leaving the filter shows the issue chosen in the issues pane again, at the
article read before. Choosing another issue in the tree leaves it too.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from reader.db.tag_views import ArticlePlace, article_places, articles_tagged

if TYPE_CHECKING:
    from reader.ui.main_window import MainWindow

STEM_CHARS = 8


def place_label(place: ArticlePlace) -> str:
    """What tells an article's issue apart in a list from many issues, briefly (it goes
    before the title in a narrow column): the date, else the publication and page, else
    the start of the file name."""
    if place.date:
        return place.date
    if place.publication:
        return " ".join(part for part in (place.publication, place.page) if part)
    stem = place.source_name.rsplit(".", 1)[0]
    return stem if len(stem) <= STEM_CHARS else stem[: STEM_CHARS - 1] + "…"


class TagFilter(QObject):
    """Shows the articles that carry the chosen tags; `left` when back to one issue."""

    left = Signal()

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.db = window.db
        self.names: list[str] = []
        self.match_all = False
        self._return_to: int | None = None
        window.issues_view.issue_selected.connect(self._issue_chosen)

    @property
    def active(self) -> bool:
        return self.window.articles_model.across_issues

    def labels(self, article_ids: Sequence[int]) -> dict[int, str]:
        return {i: place_label(p) for i, p in article_places(self.db, article_ids).items()}

    def apply(self, names: Sequence[str], match_all: bool) -> int:
        """List the articles with any (or all) of `names`; no names: back to the issue."""
        if not names:
            self.leave()
            return 0
        view = self.window.articles_view
        current = view.current_article_id()
        if not self.active:
            self._return_to = current
        self.names, self.match_all = list(names), match_all
        ids = articles_tagged(self.db, self.names, match_all=match_all)
        self.window.articles_model.show_across(ids, self.labels)
        if not (current is not None and view.select_article(current)) and not view.select_row(0):
            view.article_selected.emit(None)
        self._tell(len(ids))
        return len(ids)

    def _tell(self, count: int) -> None:
        joiner = self.tr(" and ") if self.match_all else self.tr(" or ")
        self.window.status.showMessage(
            self.tr("{count} articles tagged {names}").format(
                count=count, names=joiner.join(self.names)
            ),
            8000,
        )

    def leave(self) -> None:
        """Show the issue of the issues pane again, at the article read before the filter."""
        self.names = []
        if not self.active:
            return
        view = self.window.articles_view
        view.show_issue(self.window.issues_view.current_issue_id())
        if not (self._return_to is not None and view.select_article(self._return_to)):
            view.select_row(0)
        self.left.emit()

    def _issue_chosen(self, _issue_id: int | None) -> None:
        """Another issue was chosen in the tree: the window already shows it."""
        if self.names and not self.active:
            self.names = []
            self.left.emit()
