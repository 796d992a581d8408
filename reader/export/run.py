"""Running an export: scope → collect → one writer → a file written atomically, or a preview.

The command line and the window both come here. `export_to_path` writes
into a temporary file beside the destination and renames it over the
destination only when everything was written, so a cancelled or failed
export leaves no half-written file (and an older export at that path
survives). `preview` runs the same writer into a buffer that stops it after
the first few thousand characters, so previewing a library-wide export
costs only the first issues it has to read.
"""

from __future__ import annotations

import contextlib
import io
import os
import secrets
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from sqlite_utils import Database

from reader.export.annotations_json import write_annotations_json
from reader.export.collect import Cancelled, ExportCancelled, IssueBundle, Progress, collect
from reader.export.corrected_text import write_corrected_text
from reader.export.labels import Labels, labels_for
from reader.export.notes_html import write_notes_html
from reader.export.notes_markdown import write_notes_markdown
from reader.export.scope import Scope, resolve
from reader.export.table import ENCODING as CSV_ENCODING
from reader.export.table import write_table

MARKDOWN, HTML, CSV, JSON, TEXT = "md", "html", "csv", "json", "text"
FORMATS = (MARKDOWN, HTML, CSV, JSON, TEXT)
SUFFIXES = {MARKDOWN: ".md", HTML: ".html", CSV: ".csv", JSON: ".json", TEXT: ".md"}
PREVIEW_CHARS = 3000

__all__ = ["ExportCancelled", "ExportReport", "export", "export_to_path", "preview"]


@dataclass
class ExportReport:
    """What an export wrote: counts for the summary line."""

    format: str
    issues: int = 0
    articles: int = 0
    annotations: int = 0  # tombstones included for JSON
    skipped_corrections: int = 0  # corrected text only


def export(
    db: Database,
    scope: Scope,
    fmt: str,
    out: TextIO,
    *,
    labels: Labels | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ExportReport:
    """Write the export of `scope` in format `fmt` to the text stream `out`."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
    labels = labels or labels_for(None)
    report = ExportReport(fmt)
    resolved = resolve(db, scope)
    bundles = collect(db, resolved, with_text=fmt == TEXT, progress=progress, cancelled=cancelled)
    stream = _counted(bundles, report, fmt)
    described = scope.describe(labels)
    if fmt == MARKDOWN:
        write_notes_markdown(stream, out, labels, described)
    elif fmt == HTML:
        write_notes_html(stream, out, labels, described)
    elif fmt == CSV:
        write_table(stream, out, labels)
    elif fmt == JSON:
        write_annotations_json(stream, out)
    else:
        report.skipped_corrections = write_corrected_text(stream, out, labels)
    return report


def _counted(
    bundles: Iterator[IssueBundle], report: ExportReport, fmt: str
) -> Iterator[IssueBundle]:
    for bundle in bundles:
        if bundle.header is not None:
            report.issues += 1
        report.articles += len(bundle.articles)
        every = bundle.annotations
        report.annotations += len(every if fmt == JSON else [a for a in every if not a.is_deleted])
        yield bundle


def open_output(fmt: str, binary: io.BufferedIOBase | io.RawIOBase) -> TextIO:
    """A text stream for `fmt` over a binary one: UTF-8 (with BOM for CSV), `\\n` line ends."""
    if fmt == CSV:
        return io.TextIOWrapper(binary, encoding=CSV_ENCODING, newline="")  # type: ignore[arg-type]
    return io.TextIOWrapper(binary, encoding="utf-8", newline="\n")  # type: ignore[arg-type]


def export_to_path(
    db: Database,
    scope: Scope,
    fmt: str,
    path: Path,
    *,
    labels: Labels | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ExportReport:
    """Export into `path` atomically: a temporary file beside it, renamed when complete."""
    path = Path(path)
    temporary = path.with_name(f".{path.name}.{secrets.token_hex(4)}.part")
    try:
        with open(temporary, "xb") as raw, open_output(fmt, raw) as out:  # umask applies
            report = export(
                db, scope, fmt, out, labels=labels, progress=progress, cancelled=cancelled
            )
            out.flush()
            os.fsync(raw.fileno())
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    return report


class _PreviewFull(Exception):
    """The preview has all the characters it shows; stop the writer."""


class _PreviewBuffer(io.StringIO):
    def __init__(self, limit: int) -> None:
        super().__init__()
        self.limit = limit

    def write(self, text: str) -> int:
        written = super().write(text)
        if self.tell() >= self.limit:
            raise _PreviewFull
        return written


def preview(
    db: Database,
    scope: Scope,
    fmt: str,
    *,
    labels: Labels | None = None,
    limit: int = PREVIEW_CHARS,
    cancelled: Cancelled | None = None,
) -> str:
    """The first `limit` characters the export would write (cut short, not all computed)."""
    buffer = _PreviewBuffer(limit)
    with contextlib.suppress(_PreviewFull):
        export(db, scope, fmt, buffer, labels=labels, cancelled=cancelled)
    text = buffer.getvalue()
    return text[:limit] + ("…" if len(text) > limit else "")
