"""Every occurrence of a search's terms in the article on screen, and stepping between them.

The occurrences are found in the text the reader shows (block by block, so
the corrected or clean view is searched as shown), for the included terms
of the parsed query only: an excluded term is not in the article anyway.
They are painted by a see-through overlay (`flag_marks.SpanHighlight`), so
the document and its PositionMap stay untouched; the current one is
selected in the reader, which also moves its cursor and scrolls to it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor, QTextCursor, QTextDocument

from reader.search import SearchSyntaxError, parse
from reader.search.plan import compile_query
from reader.search.snippet import find_spans
from reader.ui.flag_marks import SpanHighlight
from reader.ui.reader_view import ReaderView

MATCH_COLOR = QColor("#f9a825")


def needles_of(query: str) -> tuple[str, ...]:
    """The folded strings an article must contain for `query` (empty if it cannot be parsed)."""
    try:
        return compile_query(parse(query)).needles
    except SearchSyntaxError:
        return ()


def occurrences(document: QTextDocument, needles: tuple[str, ...]) -> list[tuple[int, int]]:
    """Document positions [start, end) of every needle, block by block, in order."""
    found: list[tuple[int, int]] = []
    if not needles:
        return found
    block = document.begin()
    while block.isValid():
        text = block.text()
        spans = find_spans(text, needles)
        if spans:
            units = _utf16_offsets(text)
            found.extend(
                (block.position() + units[s], block.position() + units[e]) for s, e in spans
            )
        block = block.next()
    return found


def _utf16_offsets(text: str) -> list[int]:
    """Code-point offset → UTF-16 offset (QTextDocument positions count UTF-16 units)."""
    offsets, at = [0], 0
    for char in text:
        at += 2 if ord(char) > 0xFFFF else 1
        offsets.append(at)
    return offsets


class SearchMatches(QObject):
    """The query's matches in one article of the reader, drawn and stepped through."""

    def __init__(self, reader: ReaderView) -> None:
        super().__init__(reader)
        self.reader = reader
        self.overlay = SpanHighlight(reader)
        self.overlay.setObjectName("search_highlight")
        self.query = ""
        self.article_id: int | None = None
        self.matches: list[tuple[int, int]] = []
        reader.document_rebuilt.connect(self.refresh)

    def show(self, query: str, article_id: int | None) -> None:
        """Highlight `query` in article `article_id` while the reader shows it."""
        self.query = query
        self.article_id = article_id
        self.refresh()

    def clear(self) -> None:
        self.show("", None)

    def refresh(self) -> None:
        article = self.reader.article
        here = article is not None and article.id == self.article_id
        self.matches = occurrences(self.reader.document(), needles_of(self.query)) if here else []
        self.overlay.set_ranges([(s, e, MATCH_COLOR) for s, e in self.matches])

    def step(self, direction: int) -> bool:
        """Select the next (+1) or previous (-1) match after the cursor, wrapping round."""
        if not self.matches:
            return False
        cursor = self.reader.textCursor()
        if direction > 0:
            after = cursor.selectionEnd() if cursor.hasSelection() else cursor.position()
            target = next((m for m in self.matches if m[0] >= after), self.matches[0])
        else:
            before = cursor.selectionStart() if cursor.hasSelection() else cursor.position()
            target = next((m for m in reversed(self.matches) if m[1] <= before), self.matches[-1])
        self.select(target)
        return True

    def select(self, match: tuple[int, int]) -> None:
        cursor = QTextCursor(self.reader.document())
        cursor.setPosition(match[0])
        cursor.setPosition(match[1], QTextCursor.MoveMode.KeepAnchor)
        self.reader.setTextCursor(cursor)
        self.reader.ensureCursorVisible()

    def current(self) -> int | None:
        """Index of the selected match, if the reader's selection is one."""
        cursor = self.reader.textCursor()
        here = (cursor.selectionStart(), cursor.selectionEnd())
        return self.matches.index(here) if here in self.matches else None
