"""Fixing article boundaries and fields: split here, merge with the previous, edit.

The segmenter sometimes takes a section for a new article or runs two
articles together; proofreaders fix that from the reader's context menu or
the Article menu. Each change goes through `reader.db.article_edits`, which
returns the issue's articles before and after, so undo and redo put back
exactly those rows (ids included) and annotations keep their article. The
issues tree and articles list are re-read after every change, undo or redo.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint
from PySide6.QtWidgets import QMenu

from reader.annotate.articles import ArticleChange
from reader.db import article_edits
from reader.db.article_edits import ArticleEditError
from reader.ui.actions import ActionId as A
from reader.ui.article_edit_dialog import ArticleEditDialog
from reader.ui.edit_commands import push_made
from reader.ui.window_links import reload_panes

if TYPE_CHECKING:
    from reader.ui.main_window import MainWindow


class ArticleBoundaries(QObject):
    """Split, merge and edit articles, undoably."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.db = window.db
        self.reader = window.reader
        for action_id, handler in (
            (A.SPLIT_ARTICLE, self.split_here),
            (A.MERGE_ARTICLE, self.merge_with_previous),
            (A.EDIT_ARTICLE, self.edit_article),
        ):
            action = window.action(action_id)
            action.triggered.connect(lambda _checked=False, run=handler: run())
            window.addAction(action)
        self.reader.context_menu_requested.connect(self.add_to_context_menu)

    def add_to_context_menu(self, menu: QMenu, point: QPoint) -> None:
        if self.reader.article is None:
            return
        position = self.reader.cursorForPosition(point).position()
        menu.addSeparator()
        menu.addAction(self.tr("Split Article Here"), lambda: self.split_here(position))
        menu.addAction(self.window.action(A.MERGE_ARTICLE))
        menu.addAction(self.window.action(A.EDIT_ARTICLE))

    # -- the three changes --------------------------------------------------------------

    def split_here(self, position: int | None = None) -> ArticleChange | None:
        """Split the shown article before the paragraph at `position` (default: the cursor)."""
        article = self.reader.article
        if article is None:
            return self._refuse(self.tr("Choose an article first."))
        at = self.reader.textCursor().position() if position is None else position
        found = self.reader.map.locate(at)
        if found is None:
            return self._refuse(
                self.tr("Put the cursor in the paragraph that starts the new article.")
            )
        article_id, paragraph_id = article.id, found[0]
        return self._make(
            self.tr("Split Article"),
            lambda: article_edits.split_article(self.db, article_id, paragraph_id),
            article_id,
        )

    def merge_with_previous(self) -> ArticleChange | None:
        article_id = self.window.articles_view.current_article_id()
        if article_id is None:
            return self._refuse(self.tr("Choose an article first."))
        row = self.window.articles_view.current_row()
        previous = self.window.articles_model.article_id(row - 1)
        return self._make(
            self.tr("Merge Articles"),
            lambda: article_edits.merge_with_previous(self.db, article_id),
            previous,
        )

    def edit_article(self) -> ArticleEditDialog | None:
        article = self.reader.article
        if article is None:
            self._refuse(self.tr("Choose an article first."))
            return None
        dialog = ArticleEditDialog(article, self.window)
        dialog.accepted.connect(lambda: self.apply_edit(article.id, dialog.changes()))
        dialog.open()
        return dialog

    def apply_edit(self, article_id: int, changes: dict[str, str | None]) -> ArticleChange | None:
        if not changes:
            return None
        return self._make(
            self.tr("Edit Article"),
            lambda: article_edits.edit_article(self.db, article_id, **changes),
            article_id,
        )

    # -- undo and the panes ---------------------------------------------------------------

    def _make(
        self, text: str, edit: Callable[[], ArticleChange], show: int | None
    ) -> ArticleChange | None:
        """Make the change (a refusal is shown, nothing is pushed), then push it for undo."""
        try:
            change = edit()
        except ArticleEditError as err:
            return self._refuse(str(err))
        current = self.window.articles_view.current_article_id()
        push_made(
            self.window.undo_stack, text, change,
            lambda c: self._redo(c, show), lambda c: self._undo(c, current),
        )  # fmt: skip
        self._follow(change, show)
        return change

    def _redo(self, change: ArticleChange, show: int | None) -> None:
        article_edits.redo_article_change(self.db, change)
        self._follow(change, show)

    def _undo(self, change: ArticleChange, show: int | None) -> None:
        article_edits.undo_article_change(self.db, change)
        self._follow(change, show)

    def _follow(self, change: ArticleChange, show: int | None) -> None:
        """Re-read the panes; show `show` if the change is in the issue on screen."""
        on_screen = self.window.issues_view.current_issue_id() == change.issue_id
        reload_panes(self.window, show if on_screen else None)
        self.window.issues_model.refresh_progress(change.issue_id)

    def _refuse(self, message: str) -> None:
        self.window.status.showMessage(message, 6000)
        return None
