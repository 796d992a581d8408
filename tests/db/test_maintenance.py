"""Checks, rotating backups and restoring: a library survives damage."""

from __future__ import annotations

import os
from datetime import datetime, timedelta

import pytest

from reader.cli import main
from reader.db.connection import LibraryError, open_library
from reader.db.issues import list_issues
from reader.db.maintenance import (
    check_library,
    daily_backup,
    list_backups,
    make_backup,
    restore_backup,
    rotate_backups,
    verify_backup,
)


def test_a_sound_library_checks_ok(sample_library):
    assert check_library(sample_library).ok
    assert check_library(sample_library, full=True).ok


def test_backup_is_a_complete_library(sample_library, tmp_path):
    library = tmp_path / "library.sqlite"
    copy = make_backup(sample_library, library)
    assert copy.parent == tmp_path / "backups" and copy.exists()
    verify_backup(copy)
    assert len(list_issues(open_library(copy))) == 2


def test_backups_rotate(sample_library, tmp_path):
    library = tmp_path / "library.sqlite"
    made = []
    for n in range(10):
        made.append(make_backup(sample_library, library, reason=f"n{n}"))
        assert list_backups(library)[0] == made[-1]  # the newest is never rotated away
    assert list_backups(library) == made[-1:-8:-1]  # seven kept
    rotate_backups(library, keep=3)
    assert list_backups(library) == made[-1:-4:-1]


def test_daily_backup_at_most_once_a_day(sample_library, tmp_path):
    library = tmp_path / "library.sqlite"
    first = daily_backup(sample_library, library)
    assert first is not None
    assert daily_backup(sample_library, library) is None
    assert daily_backup(sample_library, library, now=datetime.now() + timedelta(days=2))


def test_empty_library_is_not_backed_up_daily(library, tmp_path):
    assert daily_backup(library, tmp_path / "library.sqlite") is None


def test_restore_replaces_a_damaged_library_and_keeps_it_aside(sample_library, tmp_path):
    library = tmp_path / "library.sqlite"
    copy = make_backup(sample_library, library)
    sample_library.close()
    data = bytearray(library.read_bytes())
    data[4096:8192] = os.urandom(4096)  # a page of garbage
    library.write_bytes(bytes(data))
    for extra in ("-wal", "-shm"):
        (tmp_path / f"library.sqlite{extra}").unlink(missing_ok=True)
    moved = restore_backup(copy, library)
    assert moved is not None and moved.exists() and "replaced" in moved.name
    restored = open_library(library)
    assert check_library(restored).ok and len(list_issues(restored)) == 2


def test_a_file_that_is_not_a_library_cannot_be_restored_from(tmp_path):
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"not a database at all" * 200)
    with pytest.raises(LibraryError):
        verify_backup(junk)
    with pytest.raises(LibraryError):
        restore_backup(junk, tmp_path / "library.sqlite")
    assert not (tmp_path / "library.sqlite").exists()


def test_cli_check_backup_restore(sample_library, tmp_path, capsys):
    lib = str(tmp_path / "library.sqlite")
    assert main(["--library", lib, "check"]) == 0
    target = tmp_path / "copy.sqlite"
    assert main(["--library", lib, "backup", str(target)]) == 0 and target.exists()
    assert main(["--library", lib, "backup"]) == 0
    assert main(["--library", lib, "backup", "--list"]) == 0
    assert "backups" in capsys.readouterr().out
    sample_library.close()
    assert main(["--library", lib, "restore", str(target)]) == 0
    assert "restored" in capsys.readouterr().out


def test_cli_check_reports_damage(tmp_path, capsys):
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"garbage" * 1000)
    assert main(["--library", str(junk), "check"]) == 2
    assert "not a library" in capsys.readouterr().err
