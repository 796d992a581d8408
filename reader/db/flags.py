"""Machine findings stored as flags, each with its evidence and a review state.

Re-running detection keeps what people decided: a flag that is found again
(same kind, paragraph and related paragraphs) keeps its state.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol

from sqlite_utils import Database

from reader.db.store import now

OPEN = "open"
CONFIRMED = "confirmed"
DISMISSED = "dismissed"
STATES = (OPEN, CONFIRMED, DISMISSED)


class FindingLike(Protocol):
    kind: str
    paragraph: int
    related: list[int]
    detail: dict


@dataclass(frozen=True)
class FlagRow:
    id: int
    issue_id: int
    kind: str
    state: str
    paragraph_id: int
    paragraph_text: str
    related: list[tuple[int, str]]
    detail: dict

    def as_json(self) -> dict:
        return {
            "id": self.id,
            "issue": self.issue_id,
            "kind": self.kind,
            "state": self.state,
            "paragraph": {"id": self.paragraph_id, "text": self.paragraph_text},
            "related": [{"id": pid, "text": text} for pid, text in self.related],
            "detail": self.detail,
        }


def paragraph_ids(db: Database, issue_id: int) -> dict[int, int]:
    """Paragraph position → id for one issue."""
    rows = db.execute("SELECT position, id FROM paragraphs WHERE issue_id = ?", [issue_id])
    return dict(rows.fetchall())


def replace_findings(db: Database, issue_id: int, findings: Iterable[FindingLike]) -> int:
    """Store an issue's findings, keeping the review state of flags found again.

    The caller holds the transaction (the import's, or one per re-detection).
    """
    ids = paragraph_ids(db, issue_id)
    kept = _review_states(db, issue_id)
    db.execute("DELETE FROM flags WHERE issue_id = ?", [issue_id])
    rows = []
    for finding in findings:
        paragraph = ids[finding.paragraph]
        related = [ids[p] for p in finding.related]
        state, reviewed = kept.get((finding.kind, paragraph, tuple(related)), (OPEN, None))
        rows.append((issue_id, paragraph, finding.kind, json.dumps(related),
                     json.dumps(finding.detail, ensure_ascii=False), state, reviewed))  # fmt: skip
    db.conn.executemany(
        "INSERT INTO flags (issue_id, paragraph_id, kind, related, detail, state, reviewed_at)"
        " VALUES (?,?,?,?,?,?,?)",
        rows,
    )
    return len(rows)


def _review_states(db: Database, issue_id: int) -> dict[tuple, tuple[str, str | None]]:
    rows = db.execute(
        "SELECT kind, paragraph_id, related, state, reviewed_at FROM flags"
        " WHERE issue_id = ? AND state != ?",
        [issue_id, OPEN],
    )
    return {
        (kind, pid, tuple(json.loads(related))): (state, reviewed)
        for kind, pid, related, state, reviewed in rows
    }


def set_state(db: Database, flag_id: int, state: str) -> str:
    """Review a flag; return the previous state (for undo)."""
    if state not in STATES:
        raise ValueError(f"unknown flag state {state!r}")
    with db.atomic():
        row = db.execute("SELECT state FROM flags WHERE id = ?", [flag_id]).fetchone()
        if row is None:
            raise KeyError(flag_id)
        db.execute(
            "UPDATE flags SET state = ?, reviewed_at = ? WHERE id = ?",
            [state, None if state == OPEN else now(), flag_id],
        )
    return row[0]


def list_flags(
    db: Database,
    issue_id: int | None = None,
    *,
    kinds: Sequence[str] = (),
    state: str | None = None,
) -> list[FlagRow]:
    """Flags of one issue (or of every current issue), in text order."""
    where = ["i.is_current = 1"]
    params: list = []
    if issue_id is not None:
        where = ["f.issue_id = ?"]
        params.append(issue_id)
    if kinds:
        where.append(f"f.kind IN ({', '.join('?' for _ in kinds)})")
        params.extend(kinds)
    if state:
        where.append("f.state = ?")
        params.append(state)
    rows = db.execute(
        "SELECT f.id, f.issue_id, f.kind, f.state, f.paragraph_id, p.text, f.related, f.detail"
        " FROM flags f JOIN paragraphs p ON p.id = f.paragraph_id"
        " JOIN issues i ON i.id = f.issue_id"
        f" WHERE {' AND '.join(where)} ORDER BY f.issue_id, p.position, f.kind, f.id",
        params,
    ).fetchall()
    texts = _texts(db, {pid for row in rows for pid in json.loads(row[6])})
    return [
        FlagRow(fid, iid, kind, state, pid, text,
                [(r, texts.get(r, "")) for r in json.loads(related)], json.loads(detail))
        for fid, iid, kind, state, pid, text, related, detail in rows
    ]  # fmt: skip


def _texts(db: Database, ids: set[int]) -> dict[int, str]:
    if not ids:
        return {}
    found: dict[int, str] = {}
    ordered = sorted(ids)
    for start in range(0, len(ordered), 500):
        chunk = ordered[start : start + 500]
        rows = db.execute(
            f"SELECT id, text FROM paragraphs WHERE id IN ({', '.join('?' for _ in chunk)})", chunk
        )
        found.update(rows.fetchall())
    return found


def open_counts_by_issue(db: Database, issue_ids: Sequence[int]) -> dict[int, int]:
    """Open-flag counts for the issues pane."""
    if not issue_ids:
        return {}
    marks = ", ".join("?" for _ in issue_ids)
    rows = db.execute(
        f"SELECT issue_id, count(*) FROM flags WHERE state = 'open' AND issue_id IN ({marks})"
        " GROUP BY issue_id",
        list(issue_ids),
    )
    return dict(rows.fetchall())
