"""`issue-reader flags`, `detect` and `also-in`: machine findings for scripts."""

from __future__ import annotations

import argparse
import json
import sys

from reader.db.connection import open_library
from reader.db.flags import STATES, list_flags
from reader.db.issues import find_issue, list_issues
from reader.db.reuse import also_in_issue, link_pending, pending_count
from reader.detect import KINDS
from reader.importer.redetect import redetect
from reader.paths import default_library


def add_flag_commands(commands: argparse._SubParsersAction) -> None:
    flags = commands.add_parser(
        "flags",
        help="list what the detectors found (duplicates, breaks, column runs, …)",
        description="List flags of one issue, or of every current issue.",
    )
    flags.add_argument("issue", nargs="?", metavar="ISSUE", help="issue id or source file name")
    flags.add_argument("--kind", action="append", choices=KINDS, help="only this kind (repeatable)")
    flags.add_argument("--state", choices=STATES, help="only flags in this review state")
    flags.add_argument("--json", action="store_true", help="print JSON")
    flags.set_defaults(run=_run_flags)

    detect = commands.add_parser(
        "detect",
        help="run the detectors again (review states are kept)",
        description="Run detection again over one issue or the whole library.",
    )
    detect.add_argument(
        "issue", nargs="?", metavar="ISSUE", help="issue id or file name (default: all)"
    )
    detect.set_defaults(run=_run_detect)

    also = commands.add_parser(
        "also-in",
        help="list text found again in other issues (reprints, standing text)",
        description="For each paragraph of one issue (default: every current issue) whose"
        " text is also in other issues, list those places.",
    )
    also.add_argument("issue", nargs="?", metavar="ISSUE", help="issue id or source file name")
    also.add_argument("--json", action="store_true", help="print JSON")
    also.set_defaults(run=_run_also_in)


def _issue_id(db, key: str | None) -> int | None:
    if key is None:
        return None
    issue = find_issue(db, key)
    if issue is None:
        raise SystemExit(f"issue-reader: no issue {key!r} in the library")
    return issue.id


def _run_flags(args: argparse.Namespace) -> int:
    db = open_library(args.library or default_library())
    rows = list_flags(db, _issue_id(db, args.issue), kinds=args.kind or (), state=args.state)
    if args.json:
        print(json.dumps([r.as_json() for r in rows], ensure_ascii=False, indent=2))
        return 0
    for row in rows:
        quote = row.paragraph_text.replace("\n", " ")[:40]
        related = ", ".join(f"¶{pid}" for pid, _ in row.related)
        suffix = f" → {related}" if related else ""
        print(f"{row.id:>7}  {row.kind:<10} {row.state:<9} ¶{row.paragraph_id} {quote}{suffix}")
    return 0


def _run_detect(args: argparse.Namespace) -> int:
    db = open_library(args.library or default_library())
    issue_id = _issue_id(db, args.issue)
    stored = redetect(db, None if issue_id is None else [issue_id])
    print(f"{stored} flags stored", file=sys.stderr)
    return 0


def link_waiting_issues(db) -> None:
    """Link the issues waiting for "also in …" (after an import), with a progress line."""
    total = pending_count(db)
    if not total:
        return
    tty = sys.stderr.isatty()

    def show(done: int, _total: int) -> None:
        if tty:
            print(f"\rfinding text shared across issues: {done}/{total}", end="", file=sys.stderr)

    link_pending(db, show)
    if tty:
        print(file=sys.stderr)


def _run_also_in(args: argparse.Namespace) -> int:
    db = open_library(args.library or default_library())
    link_waiting_issues(db)
    issue_id = _issue_id(db, args.issue)
    issue_ids = [issue_id] if issue_id is not None else [i.id for i in list_issues(db)]
    places = [
        place
        for i in issue_ids
        for found in also_in_issue(db, i, limit=None).values()
        for place in found.shown
    ]
    if args.json:
        print(json.dumps([place.as_json() for place in places], ensure_ascii=False, indent=2))
        return 0
    for place in places:
        where = " ".join(filter(None, [place.publication, place.date, place.page]))
        where = where or place.source_name
        number = f" ¶{place.number}" if place.number else ""
        print(
            f"¶{place.paragraph_id:<8} also in {where} (issue {place.issue_id}){number}"
            f"  {place.relation}, {place.shared} characters"
        )
    return 0
