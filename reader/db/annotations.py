"""Storing annotations: create, edit, delete as tombstones, list, re-anchor, import.

Each write is one transaction and returns what undo needs: the created
annotation, the previous field values, or the tombstone. Deleting keeps the
row with a `deleted` time, so merging an older copy from another library
cannot bring it back. A new version of an issue takes its annotations along
(`reanchor_issue`), and W3C JSON from elsewhere is merged by id with the
newer `modified` winning (`import_w3c`); in both, what cannot be placed is
kept as an orphan, never dropped. The anchoring itself is pure Python in
`reader.annotate`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import astuple, fields, replace
from typing import Any

from sqlite_utils import Database

from reader.annotate.model import Annotation, check_fields, new_id, newer
from reader.annotate.placing import ParagraphSpan, Target, attach, orphan, reanchor
from reader.annotate.reports import (
    ADDED,
    DELETED,
    UNCHANGED,
    UPDATED,
    ImportReport,
    ReanchorReport,
)
from reader.annotate.w3c import W3CError, from_w3c
from reader.db.issues import issue_text
from reader.db.search import reindex_article
from reader.db.store import now

Position = tuple[int, int]  # (paragraph id, character offset in that paragraph)

COLUMNS = tuple(f.name for f in fields(Annotation))
_SELECT = f"SELECT {', '.join(COLUMNS)} FROM annotations"
_UPSERT = (
    f"INSERT INTO annotations ({', '.join(COLUMNS)}) VALUES ({', '.join('?' * len(COLUMNS))})"
    f" ON CONFLICT(id) DO UPDATE SET {', '.join(f'{c} = excluded.{c}' for c in COLUMNS[1:])}"
)
_TEXT_ORDER = " ORDER BY issue_id IS NULL, issue_id, orphaned, text_start, text_end, created, id"


class AnnotationError(LookupError):
    """No such annotation, or it cannot take this change; the message says why."""


def _row(row: tuple) -> Annotation:
    values = list(row)
    values[COLUMNS.index("orphaned")] = bool(values[COLUMNS.index("orphaned")])
    return Annotation(*values)


def _save(db: Database, annotation: Annotation) -> Annotation:
    db.execute(_UPSERT, list(astuple(annotation)))
    return annotation


def _indexed(db: Database, annotation: Annotation, *also: int | None) -> Annotation:
    """Search covers notes and corrections: re-index the article(s) a person's edit touched,
    in the edit's own transaction. (Re-anchoring on import leaves this to the import, which
    indexes the whole new version once.)"""
    for article_id in {annotation.article_id, *also} - {None}:
        reindex_article(db, article_id)
    return annotation


def get_annotation(db: Database, annotation_id: str) -> Annotation | None:
    row = db.execute(f"{_SELECT} WHERE id = ?", [annotation_id]).fetchone()
    return _row(row) if row else None


def _require(db: Database, annotation_id: str, *, live: bool = True) -> Annotation:
    found = get_annotation(db, annotation_id)
    if found is None:
        raise AnnotationError(f"no annotation {annotation_id}")
    if live and found.is_deleted:
        raise AnnotationError(f"annotation {annotation_id} is deleted")
    return found


# -- the issue an annotation points into ----------------------------------------


def load_target(db: Database, issue_id: int) -> Target:
    """An issue's decoded text and paragraph spans, read once for many annotations."""
    row = db.execute("SELECT content_hash FROM issues WHERE id = ?", [issue_id]).fetchone()
    if row is None:
        raise AnnotationError(f"no issue {issue_id}")
    spans = db.execute(
        'SELECT id, start, "end", article_id FROM paragraphs WHERE issue_id = ? ORDER BY position',
        [issue_id],
    )
    return Target(issue_id, row[0], issue_text(db, issue_id), [ParagraphSpan(*s) for s in spans])


def _text_offset(target: Target, position: Position, *, is_end: bool) -> int:
    paragraph_id, offset = position
    for span in target.paragraphs:
        if span.id == paragraph_id:
            low, high = (1, span.end - span.start) if is_end else (0, span.end - span.start - 1)
            if not low <= offset <= high:
                raise ValueError(f"offset {offset} is outside paragraph {paragraph_id}")
            return span.start + offset
    raise ValueError(f"paragraph {paragraph_id} is not in issue {target.issue_id}")


def _anchored(draft: Annotation, target: Target, start: Position, end: Position) -> Annotation:
    text_start = _text_offset(target, start, is_end=False)
    text_end = _text_offset(target, end, is_end=True)
    if text_start >= text_end:
        raise ValueError("the end of an annotation must come after its start")
    placed = attach(draft, target, text_start, text_end)
    assert placed is not None  # both ends lie inside paragraphs
    return placed


# -- create, edit, delete ------------------------------------------------------------


def create_annotation(
    db: Database,
    issue_id: int,
    start: Position,
    end: Position,
    category: str,
    correction: str | None = None,
    note: str | None = None,
    color: str | None = None,
) -> Annotation:
    """A new annotation over `start`..`end` (end offset exclusive). Undo: delete_annotation."""
    check_fields({"category": category, "color": color})
    stamp = now()
    with db.atomic():
        target = load_target(db, issue_id)
        draft = Annotation(
            new_id(), issue_id, target.content_hash, None, None, None, None, None, None, None,
            "", "", "", category, correction, note, color, False, stamp, stamp, None,
        )  # fmt: skip
        return _indexed(db, _save(db, _anchored(draft, target, start, end)))


def update_annotation(db: Database, annotation_id: str, **changes: str | None) -> dict[str, Any]:
    """Change category/correction/note/color; returns the previous values (undo: pass them back)."""
    check_fields(changes)
    if not changes:
        return {}
    with db.atomic():
        current = _require(db, annotation_id)
        previous = {name: getattr(current, name) for name in changes}
        _indexed(db, _save(db, replace(current, **changes, modified=now())))  # type: ignore[arg-type]
    return previous


def delete_annotation(db: Database, annotation_id: str) -> Annotation:
    """Mark it deleted (a tombstone, kept for merging); undo: restore_annotation."""
    with db.atomic():
        stamp = now()
        current = _require(db, annotation_id)
        return _indexed(db, _save(db, replace(current, deleted=stamp, modified=stamp)))


def restore_annotation(db: Database, annotation_id: str) -> Annotation:
    """Bring a deleted annotation back (undo of delete, redo of create)."""
    with db.atomic():
        current = _require(db, annotation_id, live=False)
        return _indexed(db, _save(db, replace(current, deleted=None, modified=now())))


def write_back(db: Database, snapshot: Annotation) -> Annotation:
    """Put an annotation back as `snapshot` had it (undo of a reattach), as a new change."""
    with db.atomic():
        before = get_annotation(db, snapshot.id)
        moved_from = before.article_id if before else None
        return _indexed(db, _save(db, replace(snapshot, modified=now())), moved_from)


def reattach_orphan(db: Database, annotation_id: str, start: Position, end: Position) -> Annotation:
    """Give an annotation (usually an orphan) a new span; returns the old state for write_back."""
    with db.atomic():
        current = _require(db, annotation_id)
        issue_id = _issue_of_paragraph(db, start[0])
        placed = _anchored(current, load_target(db, issue_id), start, end)
        _indexed(db, _save(db, replace(placed, modified=now())), current.article_id)
    return current


def _issue_of_paragraph(db: Database, paragraph_id: int) -> int:
    row = db.execute("SELECT issue_id FROM paragraphs WHERE id = ?", [paragraph_id]).fetchone()
    if row is None:
        raise ValueError(f"no paragraph {paragraph_id}")
    return row[0]


def delete_orphans(db: Database, issue_id: int | None = None) -> list[str]:
    """Tombstone the live orphans (of one issue, or all); undo: restore each returned id."""
    with db.atomic():
        orphans = list_annotations(db, issue_id=issue_id, orphans_only=True)
        for found in orphans:
            delete_annotation(db, found.id)
    return [found.id for found in orphans]


# -- reading -------------------------------------------------------------------------


def list_annotations(
    db: Database,
    article_id: int | None = None,
    issue_id: int | None = None,
    include_deleted: bool = False,
    orphans_only: bool = False,
    category: str | None = None,
    text: str | None = None,
) -> list[Annotation]:
    """Annotations in text order (orphans after the placed ones of their issue)."""
    where: list[str] = []
    params: list[Any] = []
    for clause, value in (("article_id = ?", article_id), ("issue_id = ?", issue_id),
                          ("category = ?", category)):  # fmt: skip
        if value is not None:
            where.append(clause)
            params.append(value)
    if not include_deleted:
        where.append("deleted IS NULL")
    if orphans_only:
        where.append("orphaned = 1")
    if text:
        where.append(
            "(instr(lower(exact), lower(?)) OR instr(lower(coalesce(note, '')), lower(?))"
            " OR instr(lower(coalesce(correction, '')), lower(?)))"
        )
        params.extend([text] * 3)
    sql = _SELECT + (" WHERE " + " AND ".join(where) if where else "") + _TEXT_ORDER
    return [_row(row) for row in db.execute(sql, params)]


def annotation_counts(db: Database, issue_id: int) -> dict[int, int]:
    """Live annotations per article of an issue (articles without any are absent)."""
    rows = db.execute(
        "SELECT article_id, count(*) FROM annotations WHERE issue_id = ? AND deleted IS NULL"
        " AND article_id IS NOT NULL GROUP BY article_id",
        [issue_id],
    )
    return dict(rows.fetchall())


def orphan_count(db: Database, issue_id: int) -> int:
    row = db.execute(
        "SELECT count(*) FROM annotations WHERE issue_id = ? AND orphaned = 1 AND deleted IS NULL",
        [issue_id],
    ).fetchone()
    return row[0]


# -- other versions of an issue, other libraries ----------------------------------------


def reanchor_issue(db: Database, old_issue_id: int, new_issue_id: int) -> ReanchorReport:
    """Carry every annotation of `old_issue_id` to its new version `new_issue_id`.

    Placed ones get fresh anchors; the rest become orphans of the new issue.
    Tombstones move along too, so they keep out older copies after a merge.
    """
    report = ReanchorReport()
    with db.atomic():
        target = load_target(db, new_issue_id)
        for found in list_annotations(db, issue_id=old_issue_id, include_deleted=True):
            placed, how = reanchor(found, target)
            _save(db, placed)
            if not found.is_deleted:
                report.record(found.id, found.exact, placed.exact, how)
    return report


def attach_waiting(db: Database, issue_id: int) -> ReanchorReport:
    """Place annotations imported before their issue was: those whose source hash is its hash."""
    report = ReanchorReport()
    with db.atomic():
        target = load_target(db, issue_id)
        waiting = db.execute(
            f"{_SELECT} WHERE issue_id IS NULL AND source_hash = ?", [target.content_hash]
        )
        for found in [_row(row) for row in waiting]:
            placed, how = reanchor(found, target)
            _save(db, placed)
            if not found.is_deleted:
                report.record(found.id, found.exact, placed.exact, how)
    return report


def current_issue_for_hash(db: Database, content_hash: str) -> int | None:
    """The issue whose file has this hash, or the newest version that replaced it."""
    row = db.execute("SELECT id FROM issues WHERE content_hash = ?", [content_hash]).fetchone()
    issue_id = row[0] if row else None
    seen: set[int] = set()
    while issue_id is not None and issue_id not in seen:
        seen.add(issue_id)
        newer_row = db.execute(
            "SELECT id FROM issues WHERE previous_id = ? ORDER BY version DESC LIMIT 1", [issue_id]
        ).fetchone()
        if newer_row is None:
            break
        issue_id = newer_row[0]
    return issue_id


def import_w3c(db: Database, items: Iterable[Any]) -> ImportReport:
    """Merge W3C annotations by id, in one transaction; the newer `modified` wins."""
    report = ImportReport()
    targets: dict[int, Target] = {}
    with db.atomic():
        for item in items:
            try:
                incoming = from_w3c(item)
            except W3CError as err:
                report.invalid.append(str(err))
                continue
            _merge_one(db, incoming, targets, report)
    return report


def _merge_one(
    db: Database, incoming: Annotation, targets: dict[int, Target], report: ImportReport
) -> None:
    local = get_annotation(db, incoming.id)
    if local is not None and not newer(incoming, local):
        report.count(UNCHANGED)
        return
    if local is not None and local.quote == incoming.quote and not local.orphaned:
        merged = replace(local, **_content(incoming))  # same span: keep our anchors
    else:
        merged = _place_incoming(db, incoming, targets, report)
    _indexed(db, _save(db, merged), local.article_id if local else None)
    if incoming.is_deleted and (local is None or not local.is_deleted):
        report.count(DELETED)
    else:
        report.count(ADDED if local is None else UPDATED)


def _content(annotation: Annotation) -> dict[str, Any]:
    names = ("category", "correction", "note", "color", "created", "modified", "deleted")
    return {name: getattr(annotation, name) for name in names}


def _place_incoming(
    db: Database, incoming: Annotation, targets: dict[int, Target], report: ImportReport
) -> Annotation:
    issue_id = current_issue_for_hash(db, incoming.source_hash)
    if issue_id is None:
        if not incoming.is_deleted:
            report.unknown_issue.append(incoming.id)
        return orphan(incoming, None)
    if issue_id not in targets:
        targets[issue_id] = load_target(db, issue_id)
    placed, how = reanchor(incoming, targets[issue_id])
    if how is None and not incoming.is_deleted:
        report.orphaned.append(incoming.id)
    return placed
