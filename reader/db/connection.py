"""Opening a library file: pragmas, checks, backups and migrations.

Every connection gets WAL (readers never block the writer), foreign keys,
and a busy timeout so a second window waits briefly instead of failing
with "database is locked".
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

from sqlite_utils import Database

from reader.db.schema import migrations

BUSY_TIMEOUT_MS = 15_000  # a large file is one transaction; others wait their turn
BACKUP_STAMP = "%Y%m%d-%H%M%S-%f"  # sorts as text in time order


class LibraryError(RuntimeError):
    """The library file cannot be used; the message says why, for people."""


class LibraryDatabase(Database):
    """sqlite-utils' Database whose transactions take the write lock at once.

    Every `atomic()` block in this project writes. A deferred `BEGIN` that
    reads first and writes later cannot wait for another writer in WAL mode:
    SQLite fails it with "database is locked" at once, busy timeout or not.
    `BEGIN IMMEDIATE` queues for the lock instead, so two windows or an import
    beside the window take turns. Nested blocks stay savepoints.
    """

    @contextlib.contextmanager
    def atomic(self) -> Iterator[Database]:
        if self.conn.in_transaction:
            with super().atomic():
                yield self
            return
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self
        except BaseException:
            self.rollback()
            raise
        try:
            self.conn.execute("COMMIT")
        except BaseException:
            self.rollback()
            raise


CACHE_KB = 64 * 1024  # per connection; the default 2 MB rereads index pages on every import
# An import writes a few thousand pages (its prints and index entries land all over their
# B-trees); checkpointing after every 1,000 (the default) copied them back after each file.
CHECKPOINT_PAGES = 10_000


def connect(path: Path | str) -> Database:
    """A connection to an existing or new library file, without migrating it."""
    try:
        conn = sqlite3.connect(
            str(path), isolation_level=None, check_same_thread=False, timeout=BUSY_TIMEOUT_MS / 1000
        )
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")  # durable across a killed process in WAL
        conn.execute(f"PRAGMA cache_size = -{CACHE_KB}")
        conn.execute(f"PRAGMA wal_autocheckpoint = {CHECKPOINT_PAGES}")
    except sqlite3.DatabaseError as err:
        raise LibraryError(f"{path} is not a library file or is damaged: {err}") from err
    return LibraryDatabase(conn)


def open_library(path: Path | str) -> Database:
    """Open (creating if needed) and migrate a library, backing it up first if it has data."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    db = connect(path)
    try:
        pending = migrations.pending(db)
        if pending and migrations.applied(db):
            backup(db, backup_path(path, f"before-{pending[0].name}"))
        migrations.apply(db)
    except sqlite3.DatabaseError as err:
        db.close()
        raise LibraryError(f"{path} is not a library file or is damaged: {err}") from err
    return db


def backup_path(path: Path, reason: str) -> Path:
    stamp = datetime.now().strftime(BACKUP_STAMP)
    return path.parent / "backups" / f"{path.stem}.{stamp}.{reason}{path.suffix}"


def backup(db: Database, target: Path) -> Path:
    """Copy the library with SQLite's backup API (safe while it is open)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    dest = sqlite3.connect(str(target))
    try:
        db.conn.backup(dest)
    finally:
        dest.close()
    return target
