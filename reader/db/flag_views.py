"""Flags as the review window needs them: where each flagged paragraph sits, found again by key.

`reader.db.flags` stores and lists flags; this adds what a reader needs
around them: the article and ¶ number of a paragraph (so evidence can say
"¶33" and a jump can cross articles), and a way to find a flag again after
re-detection gave it a new id (undo keeps working across "Detect again").
Every query is keyed by ids or one issue; nothing scans the library.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass

from sqlite_utils import Database

from reader.db.flags import FlagRow, list_flags

_CHUNK = 500


@dataclass(frozen=True)
class ParagraphPlace:
    """Where a paragraph is: its issue position, its article and its ¶ number there."""

    id: int
    issue_id: int
    position: int
    text: str
    article_id: int | None
    article_title: str | None
    number: int | None  # ¶n in its article, 1-based; None outside any article


@dataclass(frozen=True)
class PlacedFlag:
    """A flag with the place of its paragraph and of each related paragraph."""

    flag: FlagRow
    place: ParagraphPlace
    related: tuple[ParagraphPlace, ...]

    @property
    def id(self) -> int:
        return self.flag.id

    @property
    def article_id(self) -> int | None:
        return self.place.article_id


@dataclass(frozen=True)
class FlagKey:
    """What identifies a flag across re-detection (the key `replace_findings` keeps states by)."""

    id: int
    issue_id: int
    kind: str
    paragraph_id: int
    related: tuple[int, ...]
    detail: str  # JSON, to tell apart two findings of one kind in one paragraph

    @classmethod
    def of(cls, flag: FlagRow) -> FlagKey:
        related = tuple(pid for pid, _text in flag.related)
        detail = json.dumps(flag.detail, ensure_ascii=False)
        return cls(flag.id, flag.issue_id, flag.kind, flag.paragraph_id, related, detail)


_PLACE = (
    "SELECT p.id, p.issue_id, p.position, p.text, a.id, a.title,"
    " CASE WHEN a.id IS NULL THEN NULL ELSE p.position - a.first_paragraph + 1 END"
    " FROM paragraphs p LEFT JOIN articles a ON a.id = p.article_id"
)


def places_by_id(db: Database, paragraph_ids: Iterable[int]) -> dict[int, ParagraphPlace]:
    """Paragraph id → its place, for the given ids."""
    ids = sorted(set(paragraph_ids))
    found: dict[int, ParagraphPlace] = {}
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        marks = ",".join("?" * len(chunk))
        for row in db.execute(f"{_PLACE} WHERE p.id IN ({marks})", chunk):
            found[row[0]] = ParagraphPlace(*row)
    return found


def places_at(db: Database, issue_id: int, positions: Iterable[int]) -> dict[int, ParagraphPlace]:
    """Issue position → place (detector evidence names paragraphs by position)."""
    wanted = sorted(set(positions))
    found: dict[int, ParagraphPlace] = {}
    for start in range(0, len(wanted), _CHUNK):
        chunk = wanted[start : start + _CHUNK]
        marks = ",".join("?" * len(chunk))
        rows = db.execute(
            f"{_PLACE} WHERE p.issue_id = ? AND p.position IN ({marks})", [issue_id, *chunk]
        )
        for row in rows:
            found[row[2]] = ParagraphPlace(*row)
    return found


def placed_flags(db: Database, issue_id: int) -> list[PlacedFlag]:
    """An issue's flags in text order, each with where its paragraphs are."""
    flags = list_flags(db, issue_id)
    ids = {f.paragraph_id for f in flags} | {pid for f in flags for pid, _ in f.related}
    places = places_by_id(db, ids)
    return [
        PlacedFlag(
            flag,
            places[flag.paragraph_id],
            tuple(places[pid] for pid, _ in flag.related if pid in places),
        )
        for flag in flags
        if flag.paragraph_id in places
    ]


def find_flag(db: Database, key: FlagKey) -> int | None:
    """The flag's id now: the same id if it is still there, else the one found again."""
    row = db.execute(
        "SELECT id FROM flags WHERE id = ? AND kind = ? AND paragraph_id = ?",
        [key.id, key.kind, key.paragraph_id],
    ).fetchone()
    if row:
        return row[0]
    rows = db.execute(
        "SELECT id, detail FROM flags WHERE issue_id = ? AND kind = ? AND paragraph_id = ?"
        " AND related = ? ORDER BY id",
        [key.issue_id, key.kind, key.paragraph_id, json.dumps(list(key.related))],
    ).fetchall()
    same = [fid for fid, detail in rows if json.loads(detail) == json.loads(key.detail)]
    return (same or [fid for fid, _ in rows] or [None])[0]


def flag_state(db: Database, flag_id: int) -> str | None:
    row = db.execute("SELECT state FROM flags WHERE id = ?", [flag_id]).fetchone()
    return row[0] if row else None
