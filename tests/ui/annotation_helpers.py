"""Helpers for the annotation tests: open an article, select stored text, read what is drawn."""

from __future__ import annotations

from PySide6.QtGui import QColor, QTextCursor
from PySide6.QtWidgets import QApplication

from reader.db.issues import list_issues
from reader.ui.annotation_dialog import AnnotationDialog

SAMPLE_004 = "004"
PROJECTS = 4  # row of 推进项目建设 积蓄发展后劲 in sample 004: kicker, headline, byline, body


def open_sample(window, db, prefix: str = SAMPLE_004, row: int = PROJECTS):
    """Show one article of a sample issue; returns it as the reader holds it."""
    issue = next(i for i in list_issues(db) if i.source_name.startswith(prefix))
    assert window.issues_view.select_issue(issue.id)
    assert window.articles_view.select_row(row)
    return window.reader.article


def paragraph(article, role: str = "body", nth: int = 0):
    return [p for p in article.paragraphs if p.role == role][nth]


def select_stored(window, paragraph_id: int, start: int, end: int, end_paragraph=None):
    """Select stored offsets [start, end) (end in `end_paragraph` if given) in the reader."""
    spans = window.reader.map
    first = spans.position_of(paragraph_id, start)
    last = spans.position_of(end_paragraph or paragraph_id, end)
    return select_positions(window, first, last)


def select_positions(window, first: int, last: int) -> QTextCursor:
    cursor = QTextCursor(window.reader.document())
    cursor.setPosition(first)
    cursor.setPosition(last, QTextCursor.MoveMode.KeepAnchor)
    window.reader.setTextCursor(cursor)
    return cursor


def background_at(window, position: int) -> QColor | None:
    """The background drawn under the character at a document position (None: no highlight)."""
    cursor = QTextCursor(window.reader.document())
    cursor.setPosition(position + 1)  # charFormat() describes the character before the cursor
    found = cursor.charFormat()
    return found.background().color() if found.hasProperty(found.Property.BackgroundBrush) else None


def open_dialog(window) -> AnnotationDialog:
    """The annotation dialog the last action opened."""
    dialogs = [d for d in window.findChildren(AnnotationDialog) if d.isVisible()]
    assert dialogs, "no annotation dialog is open"
    return dialogs[-1]


def tools(window):
    return window.annotation_tools


def status_text(window) -> str:
    QApplication.processEvents()
    return window.status.currentMessage()
