"""The command line: `issue-reader [--library PATH] COMMAND …`.

With no command it opens the window. Every command calls the same core
functions the window uses; output is for people by default and JSON with
`--json`, for scripts.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from reader import __version__
from reader.cli_annotations import add_annotation_commands
from reader.cli_export import add_export_commands
from reader.cli_flags import add_flag_commands, link_waiting_issues
from reader.cli_library import add_library_commands
from reader.cli_search import add_search_command
from reader.cli_tags import add_tag_commands
from reader.db.articles import get_article, list_articles
from reader.db.connection import LibraryError, open_library
from reader.db.issues import find_issue, list_issues
from reader.db.maintenance import daily_backup
from reader.importer.run import FAILED, ImportSummary, import_paths
from reader.paths import LIBRARY_ENV, default_library

Command = Callable[[argparse.Namespace], int]


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    argv = list(sys.argv[1:] if argv is None else argv)
    argv, files = split_files_to_open(argv, parser)
    args = parser.parse_args(argv)
    if args.command is None:
        from reader.ui.app import run_app  # Qt is loaded only for the window

        return run_app(args.library, files)
    try:
        return int(args.run(args))
    except LibraryError as err:
        print(f"issue-reader: {err}", file=sys.stderr)
        return 2
    except sqlite3.OperationalError as err:
        if "locked" not in str(err) and "busy" not in str(err):
            raise
        print(
            "issue-reader: the library is busy in another program (a window or another"
            " command is writing to it); try again in a moment",
            file=sys.stderr,
        )
        return 3
    except BrokenPipeError:
        return 0


def split_files_to_open(
    argv: list[str], parser: argparse.ArgumentParser
) -> tuple[list[str], list[Path]]:
    """`issue-reader [--library L] FILE…`, as a desktop's "Open with" runs it, opens the
    window and imports FILE…: take those paths out of `argv` before argparse sees them."""
    commands = parser.get_default("command_names")
    options, files = [], []
    takes_value = False
    for arg in argv:
        if takes_value or arg.startswith("-"):
            options.append(arg)
            takes_value = arg == "--library"
        elif arg not in commands and Path(arg).exists():
            files.append(Path(arg))
        else:
            return argv, []  # a command, or a typo for argparse to explain
    return options, files


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="issue-reader",
        description="报刊校读 Issue Reader: read, proofread and annotate OCR'd newspaper issues."
        " Without a command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--library",
        type=Path,
        default=None,
        help=f"library file (default: ${LIBRARY_ENV}, else {default_library()})",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    _add_import(commands)
    _add_issues(commands)
    _add_articles(commands)
    add_flag_commands(commands)
    add_annotation_commands(commands)
    add_library_commands(commands)
    add_search_command(commands)
    add_export_commands(commands)
    add_tag_commands(commands)
    parser.set_defaults(command_names=frozenset(commands.choices))
    return parser


def _library(args: argparse.Namespace):
    return open_library(args.library or default_library())


# -- import ------------------------------------------------------------------


def _add_import(commands: argparse._SubParsersAction) -> None:
    cmd = commands.add_parser(
        "import",
        help="import issue files and folders",
        description="Import issue files (.txt, .md, .markdown) and folders, recursively."
        " Exit status 0 when nothing failed, 1 otherwise.",
    )
    cmd.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    cmd.add_argument("--json", action="store_true", help="print the summary as JSON")
    cmd.set_defaults(run=_run_import)


def _run_import(args: argparse.Namespace) -> int:
    db = _library(args)
    daily_backup(db, args.library or default_library())  # imports are the big writes
    bar = _ProgressBar() if sys.stderr.isatty() else None
    try:
        summary = import_paths(db, args.paths, progress=bar)
        if bar:
            bar.finish()
            bar = None
        link_waiting_issues(db)
    except KeyboardInterrupt:
        print("\ninterrupted: the files imported so far are kept", file=sys.stderr)
        return 130
    finally:
        if bar:
            bar.finish()
    if args.json:
        print(json.dumps(summary.as_json(), ensure_ascii=False, indent=2))
    else:
        _print_summary(summary)
    return 1 if summary.failed else 0


def _print_summary(summary: ImportSummary) -> None:
    data = summary.as_json()
    print(
        f"imported {data['imported']}, already present {data['present']},"
        f" new versions {data['new_versions']}, failed {data['failed']}"
    )
    for result in summary.results:
        if result.status == FAILED:
            print(f"  failed: {result.path}: {result.message}")


class _ProgressBar:
    """A one-line progress bar on a terminal; silent when output is piped."""

    def __call__(self, done: int, total: int, path: Path) -> None:
        width = 30
        filled = width * done // max(total, 1)
        name = path.name[-40:]
        sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total} {name:<40}")
        sys.stderr.flush()

    def finish(self) -> None:
        sys.stderr.write("\n")


# -- issues / articles --------------------------------------------------------


def _add_issues(commands: argparse._SubParsersAction) -> None:
    cmd = commands.add_parser("issues", help="list the issues in the library")
    cmd.add_argument("--json", action="store_true", help="print JSON")
    cmd.add_argument("--all-versions", action="store_true", help="include superseded versions")
    cmd.set_defaults(run=_run_issues)


def _run_issues(args: argparse.Namespace) -> int:
    issues = list_issues(_library(args), include_old_versions=args.all_versions)
    if args.json:
        print(json.dumps([i.as_json() for i in issues], ensure_ascii=False, indent=2))
        return 0
    for i in issues:
        print(
            f"{i.id:>6}  {i.publication or '-'}  {i.date or '-'}  {i.page or '-'}"
            f"  {i.title or '-'}  {i.articles} articles  {i.source_path}"
        )
    return 0


def _add_articles(commands: argparse._SubParsersAction) -> None:
    cmd = commands.add_parser("articles", help="list the articles of an issue")
    cmd.add_argument("issue", metavar="ISSUE", help="issue id or source file name")
    cmd.add_argument("--json", action="store_true", help="print JSON with paragraphs")
    cmd.set_defaults(run=_run_articles)


def _run_articles(args: argparse.Namespace) -> int:
    db = _library(args)
    issue = find_issue(db, args.issue)
    if issue is None:
        print(f"issue-reader: no issue {args.issue!r} in the library", file=sys.stderr)
        return 1
    if args.json:
        full = [get_article(db, a.id) for a in list_articles(db, issue.id)]
        print(json.dumps([a.as_json() for a in full if a], ensure_ascii=False, indent=2))
        return 0
    for a in list_articles(db, issue.id):
        extras = "  ".join(
            f"{label}: {value}"
            for label, value in (
                ("kicker", a.kicker), ("subtitle", a.subtitle), ("byline", a.byline),
                ("column", a.column),
            )
            if value
        )  # fmt: skip
        print(f"{a.id:>7}  [{a.kind}] {a.title}  ({a.paragraph_count} ¶)  {extras}".rstrip())
    return 0
