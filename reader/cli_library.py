"""`issue-reader check`, `backup` and `restore`: looking after the library file."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from reader.db.connection import connect, open_library
from reader.db.maintenance import check_library, list_backups, make_backup, restore_backup
from reader.paths import default_library


def add_library_commands(commands: argparse._SubParsersAction) -> None:
    check = commands.add_parser(
        "check",
        help="check the library file for damage",
        description="Run SQLite's quick_check (or --full integrity_check) and a foreign-key"
        " check. Exit status 0 when the library is sound, 1 otherwise.",
    )
    check.add_argument("--full", action="store_true", help="the slower, complete check")
    check.set_defaults(run=_run_check)

    backup = commands.add_parser(
        "backup",
        help="copy the library (safe while it is open)",
        description="Copy the library with SQLite's backup API, to PATH or to the rotating"
        " backups folder beside the library. With --list, show the backups there.",
    )
    backup.add_argument("path", nargs="?", type=Path, metavar="PATH")
    backup.add_argument("--list", action="store_true", help="list the existing backups")
    backup.set_defaults(run=_run_backup)

    restore = commands.add_parser(
        "restore",
        help="put a backup in place of the library",
        description="Replace the library with BACKUP after checking it. The replaced file is"
        " moved aside, never deleted. Close the window first.",
    )
    restore.add_argument("backup", type=Path, metavar="BACKUP")
    restore.set_defaults(run=_run_restore)


def _path(args: argparse.Namespace) -> Path:
    return args.library or default_library()


def _run_check(args: argparse.Namespace) -> int:
    result = check_library(connect(_path(args)), full=args.full)
    if result.ok:
        print(f"{_path(args)}: ok")
        return 0
    print(f"{_path(args)}: damaged", file=sys.stderr)
    for problem in result.problems[:20]:
        print(f"  {problem}", file=sys.stderr)
    return 1


def _run_backup(args: argparse.Namespace) -> int:
    library = _path(args)
    if args.list:
        for path in list_backups(library):
            print(path)
        return 0
    made = make_backup(open_library(library), library, target=args.path)
    print(made)
    return 0


def _run_restore(args: argparse.Namespace) -> int:
    library = _path(args)
    moved = restore_backup(args.backup, library)
    if moved:
        print(f"the replaced library was kept as {moved}", file=sys.stderr)
    print(f"{library} restored from {args.backup}")
    return 0
