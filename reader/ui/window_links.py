"""Going to an article anywhere in the library, and re-reading the panes after an edit.

Several features jump to an article by id (the next article to proofread,
an annotation in the library list); they go through the issue tree and
the articles pane like a person would, so the place is remembered and the
reader follows.
"""

from __future__ import annotations

from typing import Protocol

from sqlite_utils import Database

from reader.db import browse
from reader.ui.panes import ArticlesView, IssuesView


class Panes(Protocol):
    db: Database
    issues_view: IssuesView
    articles_view: ArticlesView


def open_article(window: Panes, article_id: int) -> bool:
    """Select an article's issue (if not already) and then the article; False if it is gone."""
    issue_id = browse.article_issue(window.db, article_id)
    if issue_id is None:
        return False
    if window.issues_view.current_issue_id() != issue_id and not window.issues_view.select_issue(
        issue_id
    ):
        return False
    return window.articles_view.select_article(article_id)


def reload_panes(window: Panes, article_id: int | None = None) -> None:
    """Re-read the tree and the article list (counts, boundaries), then show `article_id`."""
    window.issues_view.reload()
    if article_id is not None and window.articles_view.current_article_id() != article_id:
        window.articles_view.select_article(article_id)
