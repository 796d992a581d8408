"""Importing files and folders into a library: one transaction per file.

Plain Python with a progress callback and a cancel check, so the command
line and the window's worker thread drive the same code. A file that fails
leaves nothing behind and the others go on; cancelling stops between files,
so no issue is ever half-written.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from sqlite_utils import Database

from reader.annotate.carry import CarryReport
from reader.annotate.reports import ReanchorReport
from reader.db import store
from reader.db.annotations import attach_waiting, reanchor_issue
from reader.db.article_edits import carry_article_edits
from reader.db.flags import replace_findings
from reader.db.reuse import mark_pending
from reader.db.search import index_issue
from reader.detect import detect_issue
from reader.importer.decode import NotText, decode
from reader.importer.parse import parse_issue

SUFFIXES = (".txt", ".md", ".markdown")

IMPORTED = "imported"
PRESENT = "present"
NEW_VERSION = "new_version"
FAILED = "failed"

Progress = Callable[[int, int, Path], None]  # files done, files in all, current file


class ImportRefused(Exception):
    """This file cannot be imported; the message says why, for people."""


@dataclass
class FileResult:
    path: Path
    status: str
    issue_id: int | None = None
    message: str = ""
    # What happened to people's work on the version this one replaced, and to
    # annotations that were waiting for this file (imported from elsewhere).
    edits: CarryReport | None = None
    annotations: ReanchorReport | None = None
    waiting: ReanchorReport | None = None

    def as_json(self) -> dict:
        return {
            "path": str(self.path),
            "status": self.status,
            "issue": self.issue_id,
            "message": self.message,
        }


@dataclass
class ImportSummary:
    results: list[FileResult] = field(default_factory=list)
    cancelled: bool = False

    def count(self, status: str) -> int:
        return sum(1 for r in self.results if r.status == status)

    @property
    def failed(self) -> list[FileResult]:
        return [r for r in self.results if r.status == FAILED]

    def as_json(self) -> dict:
        return {
            "imported": self.count(IMPORTED),
            "present": self.count(PRESENT),
            "new_versions": self.count(NEW_VERSION),
            "failed": self.count(FAILED),
            "cancelled": self.cancelled,
            "files": [r.as_json() for r in self.results],
        }


def collect_files(paths: Iterable[Path]) -> list[Path]:
    """Issue files named directly, and those found (recursively) in folders, sorted."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(sorted(_walk(path)))
        else:
            found.append(path)
    return found


def _walk(folder: Path) -> Iterable[Path]:
    for root, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in files:
            if name.lower().endswith(SUFFIXES) and not name.startswith("."):
                yield Path(root) / name


def import_paths(
    db: Database,
    paths: Iterable[Path],
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportSummary:
    """Import every file under `paths`; see the module docstring for the guarantees."""
    files = collect_files(paths)
    summary = ImportSummary()
    for done, path in enumerate(files):
        if cancelled and cancelled():
            summary.cancelled = True
            break
        if progress:
            progress(done, len(files), path)
        summary.results.append(import_file(db, path))
    if progress and not summary.cancelled:
        progress(len(files), len(files), files[-1] if files else Path())
    return summary


def import_file(db: Database, path: Path) -> FileResult:
    """Import one file in one transaction, turning every refusal into a FileResult."""
    try:
        data = _read(path)
        return _store(db, path, data)
    except ImportRefused as err:
        return FileResult(path, FAILED, message=str(err))
    except (NotText, ValueError) as err:
        return FileResult(path, FAILED, message=f"not imported: {err}")
    except MemoryError:
        return FileResult(path, FAILED, message="not imported: the file is too large for memory")


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError as err:
        raise ImportRefused("not found") from err
    except IsADirectoryError as err:
        raise ImportRefused("is a folder, not a file") from err
    except PermissionError as err:
        raise ImportRefused("cannot be read: permission denied") from err
    except OSError as err:
        raise ImportRefused(f"cannot be read: {err.strerror or err}") from err


def _store(db: Database, path: Path, data: bytes) -> FileResult:
    content_hash = hashlib.sha256(data).hexdigest()
    existing = store.find_by_hash(db, content_hash)
    if existing is not None:
        return FileResult(path, PRESENT, existing, "already in the library")
    decoded = decode(data)
    parsed = parse_issue(decoded.text, path.name, decoded.encoding)
    findings = detect_issue(parsed.paragraphs)
    source = store.IssueSource(str(path.resolve()), path.name, content_hash, len(data))
    with db.atomic():
        previous = store.current_version_at(db, source.path)
        issue_id = store.insert_issue(db, parsed, source, previous)
        replace_findings(db, issue_id, findings)
        mark_pending(db, issue_id, previous.id if previous else None)  # linked after
        result = FileResult(path, IMPORTED, issue_id)
        if previous:
            result.edits = carry_article_edits(db, previous.id, issue_id)
            result.annotations = reanchor_issue(db, previous.id, issue_id)
        result.waiting = attach_waiting(db, issue_id)
        index_issue(db, issue_id)  # last: it indexes the notes carried over too
    if previous:
        result.status = NEW_VERSION
        moved = result.annotations.summary() if result.annotations else ""
        result.message = "; ".join(filter(None, [f"new version {previous.version + 1}", moved]))
    return result
