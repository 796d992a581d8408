"""`issue-reader export`: notes, a table, W3C annotations or the corrected text, to a file.

    issue-reader export --format md|html|csv|json|text [--issue ISSUE…] [--article ID…]
                        [--tag TAG…] [--query QUERY] [--language en|zh_CN] -o PATH

With no scope option the whole library (current versions) is exported;
several options add up. `-o -` writes to standard output. The file is
written atomically (nothing is left at PATH if the export fails or is
interrupted). Exit status 0 when the file was written, 1 when the scope or
destination is wrong, 130 when interrupted. Registered by `reader.cli`
through `add_export_commands`.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from reader.db.articles import get_article
from reader.db.connection import open_library
from reader.db.export_queries import missing_tags
from reader.db.issues import find_issue
from reader.export.labels import LANGUAGES, labels_for
from reader.export.run import FORMATS, ExportReport, export, export_to_path, open_output
from reader.export.scope import Scope
from reader.paths import default_library

LARGE = 200  # articles; a smaller export is over before a progress bar would help

DESCRIPTION = (
    "Export notes (md: Markdown, html: one printable page), a table of annotations (csv),"
    " the annotations as W3C Web Annotation JSON with deletions (json, for"
    " `annotations --import` elsewhere) or the corrected text (text: Markdown with OCR"
    " corrections made, confirmed duplicates removed, confirmed breaks joined)."
    " Without --issue/--article/--tag/--query the whole library is exported; several"
    " of them add up."
)


class ExportError(Exception):
    """The scope or destination is not usable; the message says why."""


def add_export_commands(subparsers: argparse._SubParsersAction) -> None:
    cmd = subparsers.add_parser(
        "export",
        help="export notes, tables, annotations or corrected text",
        description=DESCRIPTION,
    )
    cmd.add_argument("--format", "-f", required=True, choices=FORMATS, help="what to write")
    cmd.add_argument("--output", "-o", required=True, metavar="PATH", help="file, or - for stdout")
    cmd.add_argument("--issue", nargs="+", action="extend", default=[], metavar="ISSUE",
                     help="issue id or source file name")  # fmt: skip
    cmd.add_argument("--article", nargs="+", action="extend", default=[], type=int,
                     metavar="ID", help="article id")  # fmt: skip
    cmd.add_argument("--tag", nargs="+", action="extend", default=[], metavar="TAG",
                     help="articles with this tag (or a tag under it)")  # fmt: skip
    cmd.add_argument("--query", metavar="QUERY", help="the articles a search finds")
    cmd.add_argument("--language", choices=LANGUAGES, default="en",
                     help="language of the file's headings and labels (default: en)")  # fmt: skip
    cmd.set_defaults(run=run_export)


def run_export(args: argparse.Namespace) -> int:
    db = open_library(args.library or default_library())
    try:
        scope = build_scope(db, args)
        report = _write(db, scope, args)
    except ExportError as err:
        print(f"issue-reader: {err}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("\nissue-reader: export interrupted; nothing was written", file=sys.stderr)
        return 130
    if args.output != "-":
        print(summary(report, args.output), file=sys.stderr)
    return 0


def build_scope(db: Any, args: argparse.Namespace) -> Scope:
    """The scope the options name; unknown issues, articles or tags are errors."""
    issue_ids = []
    for key in args.issue:
        issue = find_issue(db, key)
        if issue is None:
            raise ExportError(f"no issue {key!r} in the library")
        issue_ids.append(issue.id)
    unknown = [a for a in args.article if not _article_exists(db, a)]
    if unknown:
        raise ExportError(f"no article {', '.join(map(str, unknown))} in the library")
    absent = missing_tags(db, args.tag)
    if absent:
        raise ExportError(f"no tag {', '.join(absent)} in the library")
    results = _search(db, args.query) if args.query is not None else None
    return Scope(tuple(args.article), tuple(issue_ids), tuple(args.tag), results)


def _article_exists(db: Any, article_id: int) -> bool:
    return get_article(db, article_id, with_paragraphs=False) is not None


def _search(db: Any, query: str) -> tuple[int, ...]:
    try:
        from reader.search import SearchSyntaxError, search_ids
    except ImportError as err:
        raise ExportError(f"search is not available: {err}") from err
    try:
        return tuple(search_ids(db, query))
    except SearchSyntaxError as err:
        raise ExportError(f"search: {err}") from err


def _write(db: Any, scope: Scope, args: argparse.Namespace) -> ExportReport:
    labels = labels_for(args.language)
    bar = _Progress() if sys.stderr.isatty() else None
    try:
        if args.output == "-":
            out = open_output(args.format, sys.stdout.buffer)
            try:
                return export(db, scope, args.format, out, labels=labels, progress=bar)
            finally:
                out.flush()
                out.detach()  # leave stdout open for whoever runs us
        path = Path(args.output)
        if not path.parent.is_dir():
            raise ExportError(f"{path.parent} is not a folder")
        try:
            return export_to_path(db, scope, args.format, path, labels=labels, progress=bar)
        except OSError as err:
            raise ExportError(f"cannot write {path}: {err}") from err
    finally:
        if bar:
            bar.finish()


def summary(report: ExportReport, output: str) -> str:
    line = (
        f"exported {report.annotations} annotations from {report.articles} articles"
        f" in {report.issues} issues to {output}"
    )
    if report.skipped_corrections:
        line += f" ({report.skipped_corrections} overlapping or dropped corrections not applied)"
    return line


class _Progress:
    """A one-line progress bar on a terminal, shown only for large exports."""

    def __init__(self) -> None:
        self.shown = False

    def __call__(self, done: int, total: int, name: str) -> None:
        if total < LARGE:
            return
        width = 30
        filled = width * done // max(total, 1)
        sys.stderr.write(
            f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total} {name[-40:]:<40}"
        )
        sys.stderr.flush()
        self.shown = True

    def finish(self) -> None:
        if self.shown:
            sys.stderr.write("\n")
