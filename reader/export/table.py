"""Annotations as a table (CSV) for spreadsheets: one row per live annotation.

UTF-8 with a byte-order mark, because that is how Excel recognises UTF-8
(Chinese turns into mojibake without it); LibreOffice and scripts read it
too. The csv module quotes every cell that needs it, so a note's line
breaks stay inside its cell. Deleted annotations are not rows here (the
JSON export carries them); orphans are, with an empty paragraph number. A
correction that deletes the quoted text is written as the label saying so
(an empty cell would read as "no correction").
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator
from typing import TextIO

from reader.export.collect import ArticleBundle, IssueBundle, NoteItem
from reader.export.labels import Labels

ENCODING = "utf-8-sig"  # UTF-8 with BOM


def table_rows(bundles: Iterable[IssueBundle], labels: Labels) -> Iterator[list[str]]:
    """The header, then a row per live annotation in text order."""
    yield list(labels.csv_header)
    for bundle in bundles:
        for article in bundle.articles:
            for note in article.live_notes:
                yield _row(bundle, article, note, labels)
        for orphan in bundle.orphans:
            if not orphan.is_deleted:
                yield _row(bundle, None, NoteItem(orphan, None), labels)


def _row(
    bundle: IssueBundle, article: ArticleBundle | None, note: NoteItem, labels: Labels
) -> list[str]:
    header, annotation = bundle.header, note.annotation
    return [
        (header.publication or "") if header else "",
        (header.date or "") if header else "",
        (header.page or "") if header else "",
        header.source_name if header else f"sha256:{annotation.source_hash}",
        article.article.title if article else "",
        "" if note.number is None else str(note.number),
        labels.name("category", annotation.category),
        annotation.exact,
        _correction(annotation.correction, labels),
        annotation.note or "",
        ", ".join(article.tags) if article else "",
        labels.name("status", article.article.status) if article else "",
        annotation.created,
        annotation.modified,
    ]


def _correction(correction: str | None, labels: Labels) -> str:
    """The correction; a deletion ("") says so, since an empty cell would read as none."""
    if correction is None:
        return ""
    return correction or labels.text("deletion")


def write_table(bundles: Iterable[IssueBundle], out: TextIO, labels: Labels) -> None:
    """Rows as CSV; `out` is opened with `newline=""` and ENCODING by the caller."""
    writer = csv.writer(out, lineterminator="\r\n")
    for row in table_rows(bundles, labels):
        writer.writerow(row)
