"""Keeping a library healthy: checks, rotating backups and restoring one.

People keep years of work in one file, so the app copies it with SQLite's
backup API (consistent even while the library is open and being written)
before migrations and at most once a day, keeps the last few copies, and
can put one back. Restoring never deletes the damaged file: it is moved
aside, in case someone wants to rescue what the backup lacks.
"""

from __future__ import annotations

import re
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from sqlite_utils import Database

from reader.db.connection import BACKUP_STAMP, LibraryError, backup, backup_path, connect
from reader.db.schema import migrations

KEEP_BACKUPS = 7
_STAMP_IN_NAME = re.compile(r"\d{8}-\d{6}-\d{6}")
DAILY = timedelta(days=1)


@dataclass(frozen=True)
class CheckResult:
    ok: bool
    problems: list[str]


def check_library(db: Database, *, full: bool = False) -> CheckResult:
    """`PRAGMA quick_check` (or the slower `integrity_check`) plus foreign keys."""
    pragma = "integrity_check" if full else "quick_check"
    try:
        rows = [row[0] for row in db.execute(f"PRAGMA {pragma}")]
        broken_links = db.execute("PRAGMA foreign_key_check").fetchall()
    except sqlite3.DatabaseError as err:
        return CheckResult(False, [str(err)])
    problems = [row for row in rows if row != "ok"]
    problems += [
        f"{table} row {rowid} points at a missing {parent}"
        for table, rowid, parent, _ in broken_links
    ]
    return CheckResult(not problems, problems)


def backups_dir(library: Path) -> Path:
    return library.parent / "backups"


def list_backups(library: Path) -> list[Path]:
    """This library's backups, newest first."""
    folder = backups_dir(library)
    if not folder.is_dir():
        return []
    found = folder.glob(f"{library.stem}.*{library.suffix}")
    return sorted(found, key=_made_at, reverse=True)


def _made_at(backup_file: Path) -> datetime:
    """When a backup was made: the stamp in its name, else its modification time."""
    found = _STAMP_IN_NAME.search(backup_file.name)
    if found:
        return datetime.strptime(found.group(), BACKUP_STAMP)
    return datetime.fromtimestamp(backup_file.stat().st_mtime)


def make_backup(
    db: Database, library: Path, reason: str = "manual", target: Path | None = None
) -> Path:
    """Copy the library now; automatic copies are rotated, a chosen target is not."""
    made = backup(db, target or backup_path(library, reason))
    if target is None:
        rotate_backups(library)
    return made


def rotate_backups(library: Path, keep: int = KEEP_BACKUPS) -> list[Path]:
    """Delete all but the newest `keep` backups; return what was deleted."""
    old = list_backups(library)[keep:]
    for path in old:
        path.unlink(missing_ok=True)
    return old


def backup_due(library: Path, now: datetime | None = None) -> bool:
    """True when the newest backup is more than a day old (or there is none)."""
    newest = next(iter(list_backups(library)), None)
    return newest is None or (now or datetime.now()) - _made_at(newest) >= DAILY


def daily_backup(db: Database, library: Path, now: datetime | None = None) -> Path | None:
    """A backup if the newest one is more than a day old and the library holds issues."""
    if not backup_due(library, now):
        return None
    if not db.execute("SELECT 1 FROM issues LIMIT 1").fetchone():
        return None
    return make_backup(db, library, "daily")


def verify_backup(candidate: Path) -> None:
    """Raise LibraryError unless `candidate` is a sound library file."""
    try:
        db = connect(candidate)
    except LibraryError:
        raise
    try:
        result = check_library(db)
        if not result.ok:
            raise LibraryError(f"{candidate} is damaged: {'; '.join(result.problems[:3])}")
        try:
            applied = migrations.applied(db)
        except sqlite3.DatabaseError as err:
            raise LibraryError(f"{candidate} is not a library file: {err}") from err
        if not applied:
            raise LibraryError(f"{candidate} is not a library file")
    finally:
        db.close()


def restore_backup(candidate: Path, library: Path) -> Path | None:
    """Put `candidate` in place of `library`; return where the replaced file was moved.

    The library must not be open in this process. The old file (with its WAL)
    is moved aside as `NAME.replaced-STAMP.sqlite`, never deleted.
    """
    verify_backup(candidate)
    moved = _move_aside(library)
    source = sqlite3.connect(str(candidate))
    target = sqlite3.connect(str(library))
    try:
        source.backup(target)
    finally:
        source.close()
        target.close()
    return moved


def _move_aside(library: Path) -> Path | None:
    if not library.exists():
        return None
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    aside = library.with_name(f"{library.stem}.replaced-{stamp}{library.suffix}")
    shutil.move(str(library), aside)
    for suffix in ("-wal", "-shm"):
        extra = Path(f"{library}{suffix}")
        if extra.exists():
            shutil.move(str(extra), f"{aside}{suffix}")
    return aside
