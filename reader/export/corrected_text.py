"""The corrected text: the clean copy an archive keeps, as Markdown with the issue's headings.

Each article reads as the proofreaders left it: confirmed duplicates are
gone and confirmed breaks and column runs are joined (`reader.detect.clean`,
the clean view), and every OCR correction is made (`reader.annotate.corrected`,
the corrected view). Heading paragraphs keep their `#` marks as the source
had them, so kicker, title, subtitle and sections stay headings; each issue
starts with a `#` heading naming it. The stored text never changes.

Corrections are anchored in stored paragraphs while the clean reading is
made of pieces of them, so each correction's two ends are moved into the
clean blocks first. One whose end lies in text the clean reading dropped
cannot be applied and is counted as skipped (never guessed at), as are two
corrections over the same characters.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TextIO

from reader.annotate.corrected import CorrectedText, Correction, apply_corrections, corrections_of
from reader.annotate.model import Annotation
from reader.db.articles import ParagraphRow
from reader.db.flags import FlagRow
from reader.detect.clean import CleanBlock, clean_blocks
from reader.export.collect import ArticleBundle, IssueBundle
from reader.export.labels import Labels
from reader.export.wording import escape_markdown, issue_heading, publication_name

_Where = tuple[int, int]  # (block index, offset in the block's text)


def corrected_article(
    paragraphs: Sequence[ParagraphRow], flags: Iterable[FlagRow], annotations: Iterable[Annotation]
) -> CorrectedText:
    """An article's clean blocks with its corrections made (ids are block indices)."""
    ids = {p.id for p in paragraphs}
    blocks = clean_blocks(paragraphs, [f for f in flags if f.paragraph_id in ids])
    moved, skipped = [], []
    for correction in corrections_of(annotations):
        placed = _into_blocks(correction, blocks)
        (moved if placed else skipped).append(placed or correction)
    result = apply_corrections([(i, b.text) for i, b in enumerate(blocks)], moved)
    return CorrectedText(result.paragraphs, skipped + result.skipped)


def _into_blocks(correction: Correction, blocks: Sequence[CleanBlock]) -> Correction | None:
    start = _locate(blocks, correction.start_paragraph_id, correction.start_offset, end=False)
    stop = _locate(blocks, correction.end_paragraph_id, correction.end_offset, end=True)
    if start is None or stop is None:
        return None
    return Correction(*start, *stop, correction.text, correction.annotation_id)


def _locate(
    blocks: Sequence[CleanBlock], paragraph_id: int, offset: int, *, end: bool
) -> _Where | None:
    """Where a stored (paragraph, offset) is in the clean blocks; None if it was dropped."""
    for index, block in enumerate(blocks):
        at = 0
        for piece in block.pieces:
            inside = piece.start < offset <= piece.end if end else piece.start <= offset < piece.end
            if piece.paragraph_id == paragraph_id and inside:
                return index, at + offset - piece.start
            at += piece.end - piece.start
    return None


def article_text(bundle: ArticleBundle, confirmed: Iterable[FlagRow]) -> tuple[str, int]:
    """An article's corrected text and how many of its corrections were skipped."""
    annotations = [note.annotation for note in bundle.notes]
    result = corrected_article(bundle.article.paragraphs, confirmed, annotations)
    return result.text, len(result.skipped)


def write_corrected_text(bundles: Iterable[IssueBundle], out: TextIO, labels: Labels) -> int:
    """Every issue's heading and articles; returns the number of corrections skipped."""
    skipped, first = 0, True
    for bundle in bundles:
        if bundle.header is None or not bundle.articles:
            continue
        name = f"{publication_name(bundle.header, labels)} · {issue_heading(bundle.header, labels)}"
        parts = [f"# {escape_markdown(name)}"]
        for article in bundle.articles:
            text, missed = article_text(article, bundle.confirmed)
            skipped += missed
            if text:
                parts.append(text)
        out.write(("" if first else "\n") + "\n\n".join(parts) + "\n")
        first = False
    return skipped
