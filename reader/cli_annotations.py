"""`issue-reader annotations`: list annotations, or move them between libraries as W3C JSON.

`annotations [ISSUE]` lists quote, category, correction and note;
`--json` prints W3C Web Annotations whose target is the issue file's SHA-256,
so another library holding the same file reads them back with
`annotations --import FILE.json` (matched by id, newer `modified` wins,
tombstones delete). The lead wires `add_annotation_commands` into `cli.py`.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from reader.annotate.model import Annotation
from reader.annotate.w3c import to_w3c
from reader.db.annotations import import_w3c, list_annotations
from reader.db.connection import open_library
from reader.db.issues import find_issue
from reader.paths import default_library


def add_annotation_commands(commands: argparse._SubParsersAction) -> None:
    cmd = commands.add_parser(
        "annotations",
        help="list, export or import annotations",
        description="List the annotations of one issue (or of the whole library), print them"
        " as W3C Web Annotation JSON, or import such a file. Exit status 1 when the issue is"
        " unknown, the file cannot be read, or some items are not annotations.",
    )
    cmd.add_argument("issue", nargs="?", metavar="ISSUE", help="issue id or source file name")
    cmd.add_argument("--json", action="store_true", help="print W3C Web Annotation JSON")
    cmd.add_argument(
        "--include-deleted", action="store_true", help="include deleted ones (as tombstones)"
    )
    cmd.add_argument("--orphans", action="store_true", help="only those that lost their place")
    cmd.add_argument(
        "--import",
        dest="import_file",
        type=Path,
        metavar="FILE.json",
        help="add or update annotations from W3C JSON (a list, one annotation or a collection)",
    )
    cmd.set_defaults(run=_run_annotations)


def _run_annotations(args: argparse.Namespace) -> int:
    db = open_library(args.library or default_library())
    if args.import_file is not None:
        if args.issue is not None:
            return _fail("give either ISSUE or --import, not both")
        return _import(db, args.import_file, as_json=args.json)
    issue_id = None
    if args.issue is not None:
        issue = find_issue(db, args.issue)
        if issue is None:
            return _fail(f"no issue {args.issue!r} in the library")
        issue_id = issue.id
    found = list_annotations(
        db, issue_id=issue_id, include_deleted=args.include_deleted, orphans_only=args.orphans
    )
    if args.json:
        print(json.dumps([to_w3c(a) for a in found], ensure_ascii=False, indent=2))
    else:
        for annotation in found:
            print(describe(annotation))
    return 0


def _fail(message: str) -> int:
    print(f"issue-reader: {message}", file=sys.stderr)
    return 1


def describe(annotation: Annotation) -> str:
    """One line for people: where, category, quote, correction, note, state."""
    start = "-" if annotation.text_start is None else annotation.text_start
    where = f"{annotation.issue_id or '-'}:{start}"
    line = f"{where:>10}  [{annotation.category}] «{_flat(annotation.exact)}»"
    if annotation.correction is not None:
        line += f" → «{_flat(annotation.correction)}»"
    if annotation.note:
        line += f"  note: {_flat(annotation.note)}"
    if annotation.is_deleted:
        line += "  (deleted)"
    elif annotation.orphaned:
        line += "  (orphaned)"
    return line


def _flat(text: str) -> str:
    return text.replace("\n", "↵")


def _import(db: Any, path: Path, *, as_json: bool) -> int:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as err:
        return _fail(f"{path}: not readable as JSON: {err}")
    report = import_w3c(db, items_of(data))
    if as_json:
        print(json.dumps(report.as_json(), ensure_ascii=False, indent=2))
    else:
        print(report.summary())
        for reason in report.invalid:
            print(f"  invalid: {reason}")
        for ident in report.unknown_issue:
            print(f"  no issue in this library for: {ident} (kept until that issue is imported)")
        for ident in report.orphaned:
            print(f"  orphaned (quote not found): {ident}")
    return 1 if report.invalid else 0


def items_of(data: Any) -> list[Any]:
    """The annotations in a file: a list, a collection or page with items, or just one."""
    if isinstance(data, list):
        return data
    if isinstance(data, dict) and isinstance(data.get("items"), list):
        return data["items"]
    if isinstance(data, dict) and isinstance(data.get("first"), dict):
        return list(data["first"].get("items") or [])
    return [data]
