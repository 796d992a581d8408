"""Opening a library file: pragmas, checks, backups and migrations.

Every connection gets WAL (readers never block the writer), foreign keys,
and a busy timeout so a second window waits briefly instead of failing
with "database is locked".
"""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from sqlite_utils import Database

from reader.db.schema import migrations

BUSY_TIMEOUT_MS = 5000


class LibraryError(RuntimeError):
    """The library file cannot be used; the message says why, for people."""


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
    except sqlite3.DatabaseError as err:
        raise LibraryError(f"{path} is not a library file or is damaged: {err}") from err
    return Database(conn)


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
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
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
