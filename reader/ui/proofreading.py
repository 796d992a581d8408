"""Proofreading status from the keyboard: set a level, or mark proofread and go on.

Levels are Wikisource's (not proofread, problematic, proofread,
validated). Each change is written at once and goes on the undo stack; the
articles list redraws the article's status icon and the issues tree its
"proofread / all" count. "Mark proofread and go to the next" is one key so a
proofreader can work through a year of issues without the mouse: it goes
to the next article still not proofread, in this issue or the ones after.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from reader.annotate.articles import NOT_PROOFREAD, PROBLEMATIC, PROOFREAD, VALIDATED
from reader.db import article_edits, browse
from reader.ui.actions import ActionId as A
from reader.ui.edit_commands import push_made
from reader.ui.status_marks import status_icon, status_name
from reader.ui.window_links import open_article

if TYPE_CHECKING:
    from reader.ui.main_window import MainWindow

STATUS_ACTIONS = {
    A.STATUS_NOT_PROOFREAD: NOT_PROOFREAD,
    A.STATUS_PROBLEMATIC: PROBLEMATIC,
    A.STATUS_PROOFREAD: PROOFREAD,
    A.STATUS_VALIDATED: VALIDATED,
}


class ProofreadingFeature(QObject):
    """The status actions of the Article menu."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.db = window.db
        for action_id, status in STATUS_ACTIONS.items():
            self._connect(action_id, lambda s=status: self.set_status(s))
            window.action(action_id).setIcon(status_icon(status))
        self._connect(A.PROOFREAD_AND_NEXT, self.proofread_and_next)
        window.action(A.PROOFREAD_AND_NEXT).setIcon(status_icon(PROOFREAD))

    def _connect(self, action_id: A, handler) -> None:  # noqa: ANN001 (a callable)
        action = self.window.action(action_id)
        action.triggered.connect(lambda _checked=False: handler())
        self.window.addAction(action)

    def current_article(self) -> int | None:
        return self.window.articles_view.current_article_id()

    def set_status(self, status: str, article_id: int | None = None) -> bool:
        """Set the status of an article (the current one by default), undoably."""
        article_id = article_id if article_id is not None else self.current_article()
        if article_id is None:
            self.window.status.showMessage(self.tr("Choose an article first."), 5000)
            return False
        previous = article_edits.set_status(self.db, article_id, status)
        if previous == status:
            return False
        issue_id = browse.article_issue(self.db, article_id)
        push_made(
            self.window.undo_stack, self.tr("Mark {status}").format(status=status_name(status)),
            (previous, status),
            lambda pair: article_edits.set_status(self.db, article_id, pair[1]),
            lambda pair: article_edits.set_status(self.db, article_id, pair[0]),
            lambda: self.changed(issue_id),
        )  # fmt: skip
        return True

    def proofread_and_next(self) -> int | None:
        """Mark the current article proofread, then open the next one that is not."""
        current = self.current_article()
        if current is None:
            self.window.status.showMessage(self.tr("Choose an article first."), 5000)
            return None
        self.set_status(PROOFREAD, current)
        following = article_edits.next_unproofread_article(self.db, current)
        if following is None:
            self.window.status.showMessage(
                self.tr("No article after this one is left to proofread.")
            )
            return None
        open_article(self.window, following)
        return following

    def changed(self, issue_id: int | None) -> None:
        self.window.articles_model.refresh_rows()
        if issue_id is not None:
            self.window.issues_model.refresh_progress(issue_id)
