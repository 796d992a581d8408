"""Keyboard reading: next/previous article and issue, Space paging, moving between panes.

Articles run on across issues: the article after an issue's last is the
next issue's first, so a proofreader can read a whole year with Space. The
walk over the issue tree loads nodes only as it reaches them.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from reader.ui.issues_model import ISSUE, IssuesModel, Node
from reader.ui.panes import ArticlesView, IssuesView
from reader.ui.reader_view import ReaderView


def first_issue_under(model: IssuesModel, node: Node) -> Node | None:
    for child in model.iter_children(node):
        found = child if child.kind == ISSUE else first_issue_under(model, child)
        if found is not None:
            return found
    return None


def last_issue_under(model: IssuesModel, node: Node) -> Node | None:
    for row in reversed(range(model.child_count(node))):
        child = model.child(node, row)
        found = child if child.kind == ISSUE else last_issue_under(model, child)
        if found is not None:
            return found
    return None


def following_issue(model: IssuesModel, node: Node) -> Node | None:
    """The issue after `node` in tree order (its first issue if `node` is a group)."""
    if node.kind != ISSUE:
        found = first_issue_under(model, node)
        if found is not None:
            return found
    while node.parent is not None:
        parent = node.parent
        for row in range(node.row + 1, model.child_count(parent)):
            sibling = model.child(parent, row)
            found = sibling if sibling.kind == ISSUE else first_issue_under(model, sibling)
            if found is not None:
                return found
        node = parent
    return None


def preceding_issue(model: IssuesModel, node: Node) -> Node | None:
    """The issue before `node` in tree order."""
    if node.parent is None:
        return last_issue_under(model, node)
    while node.parent is not None:
        parent = node.parent
        for row in reversed(range(node.row)):
            sibling = model.child(parent, row)
            found = sibling if sibling.kind == ISSUE else last_issue_under(model, sibling)
            if found is not None:
                return found
        node = parent
    return None


class Navigator:
    """Moves the reader through the library from the keyboard."""

    def __init__(self, issues: IssuesView, articles: ArticlesView, reader: ReaderView) -> None:
        self.issues = issues
        self.articles = articles
        self.reader = reader

    def next_issue(self) -> bool:
        return self._step_issue(+1)

    def previous_issue(self) -> bool:
        return self._step_issue(-1)

    def _step_issue(self, step: int, *, last_article: bool = False) -> bool:
        model = self.issues.issues_model()
        here = self.issues.current_node() or model.root
        target = following_issue(model, here) if step > 0 else preceding_issue(model, here)
        if target is None:
            return False
        self.issues.select_node(target)
        if last_article:
            self.articles.select_row(self.articles.articles_model().rowCount() - 1)
        return True

    def next_article(self) -> bool:
        if self.articles.select_row(self.articles.current_row() + 1):
            return True
        return self._step_issue(+1)

    def previous_article(self) -> bool:
        row = self.articles.current_row()
        if row > 0 and self.articles.select_row(row - 1):
            return True
        return self._step_issue(-1, last_article=True)

    def page_forward(self) -> bool:
        """Space: one screen down, and from the bottom on to the next article."""
        return self.reader.page_forward() or self.next_article()

    def page_back(self) -> bool:
        """Shift+Space: one screen up, and from the top back to the end of the previous article."""
        if self.reader.page_back():
            return True
        if self.previous_article():
            self.reader.scroll_to_end()
            return True
        return False

    # -- panes ----------------------------------------------------------------

    def panes(self) -> list[QWidget]:
        return [self.issues, self.articles, self.reader]

    def focus_pane(self, number: int) -> None:
        self.panes()[number].setFocus()

    def cycle_pane(self, step: int) -> None:
        panes = self.panes()
        current = next(
            (i for i, pane in enumerate(panes) if pane.hasFocus()), -1 if step > 0 else 0
        )
        panes[(current + step) % len(panes)].setFocus()
