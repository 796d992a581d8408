"""The clean view: the article with confirmed duplicates hidden and confirmed breaks joined.

A checkable View action. The blocks come from `reader.detect.clean` (the
same function the export uses); the stored text is never changed. The view
plugs into the reader as a view filter (article → article whose paragraphs
are the clean blocks, each under the id of its first piece) plus a map
adjuster that splits each block's span back into its pieces, so
`PositionMap` still turns every shown character into (stored paragraph id,
offset in its stored text) — a highlight made in the clean view lands on
the right characters.
"""

from __future__ import annotations

from dataclasses import replace

from sqlite_utils import Database

from reader.db.articles import ArticleRow, ParagraphRow
from reader.db.flags import CONFIRMED, list_flags
from reader.detect.clean import CleanBlock, clean_blocks
from reader.ui.article_document import PositionMap, Span
from reader.ui.reader_view import ReaderView

NAME = "clean"


class CleanPositionMap(PositionMap):
    """A PositionMap where one paragraph may show as several pieces (cut around a copy)."""

    def __init__(self, spans: list[Span]) -> None:
        super().__init__(spans)
        self._pieces: dict[int, list[Span]] = {}
        for span in self.spans:
            self._pieces.setdefault(span.paragraph_id, []).append(span)

    def position_of(self, paragraph_id: int, offset: int) -> int | None:
        """Where `offset` is shown; an offset in a hidden part goes to the next piece shown."""
        pieces = self._pieces.get(paragraph_id)
        if not pieces:
            return None
        for piece in pieces:
            if offset <= piece.hidden + piece.shown:
                return piece.to_position(offset)
        return pieces[-1].to_position(offset)

    def span(self, paragraph_id: int) -> Span | None:
        pieces = self._pieces.get(paragraph_id)
        return pieces[0] if pieces else None

    @property
    def paragraph_ids(self) -> list[int]:
        return list(self._pieces)


class CleanView:
    """Turns the clean view on and off in one reader; reads confirmed flags when drawing."""

    def __init__(self, db: Database, reader: ReaderView) -> None:
        self._db = db
        self._reader = reader
        self._blocks: dict[int, CleanBlock] = {}  # by the id of each block's first paragraph
        self._numbers: dict[int, int] = {}  # paragraph id → ¶n in the article
        self.enabled = False

    def set_enabled(self, enabled: bool) -> None:
        if enabled == self.enabled:
            return
        self.enabled = enabled
        if enabled:
            self._reader.view_filters[NAME] = self.filter
            self._reader.map_adjusters[NAME] = self.adjust_map
        else:
            self._reader.view_filters.pop(NAME, None)
            self._reader.map_adjusters.pop(NAME, None)
        if self._reader.article is not None:
            self._reader.redraw()

    def filter(self, article: ArticleRow) -> ArticleRow:
        """The article with one paragraph per clean block, numbered as its first paragraph."""
        ids = {p.id for p in article.paragraphs}
        flags = [
            f
            for f in list_flags(self._db, article.issue_id, state=CONFIRMED)
            if f.paragraph_id in ids
        ]
        blocks = clean_blocks(article.paragraphs, flags)
        self._blocks = {block.pieces[0].paragraph_id: block for block in blocks}
        self._numbers = {p.id: p.position - article.first_paragraph + 1 for p in article.paragraphs}
        by_id = {p.id: p for p in article.paragraphs}
        paragraphs = [_stand_in(by_id[b.pieces[0].paragraph_id], b) for b in blocks]
        return replace(article, paragraphs=paragraphs)

    def adjust_map(self, built: PositionMap) -> PositionMap:
        """Split each block's span into one span per piece, with stored-text offsets."""
        spans: list[Span] = []
        for span in built.spans:
            block = self._blocks.get(span.paragraph_id)
            spans.extend(piece_spans(span, block, self._numbers) if block else [span])
        return CleanPositionMap(spans)


def _stand_in(first: ParagraphRow, block: CleanBlock) -> ParagraphRow:
    return replace(first, text=block.text, role=block.role)


def piece_spans(span: Span, block: CleanBlock, numbers: dict[int, int]) -> list[Span]:
    """The spans of a block's pieces; `span.hidden` leading characters (`#` marks) are not shown."""
    found: list[Span] = []
    at = 0  # offset of the piece in the block's text
    for piece in block.pieces:
        size = piece.end - piece.start
        lo, hi = max(at, span.hidden), at + size
        if lo < hi:
            text = block.text[lo:hi]
            start = span.to_position(lo)
            wide = tuple(i for i, ch in enumerate(text) if ord(ch) > 0xFFFF)
            hidden = piece.start + (lo - at)
            found.append(
                Span(piece.paragraph_id, numbers.get(piece.paragraph_id, span.number), start,
                     len(text) + len(wide), hidden, len(text), wide)
            )  # fmt: skip
        at += size
    return found
