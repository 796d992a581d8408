"""Writing an imported issue into the library, all of it or nothing."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlite_utils import Database

from reader.model import ParsedIssue


def now() -> str:
    """Timestamps are UTC ISO-8601 text: sortable, and what W3C annotations use."""
    return datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


@dataclass(frozen=True)
class ExistingIssue:
    id: int
    version: int


def find_by_hash(db: Database, content_hash: str) -> int | None:
    row = db.execute("SELECT id FROM issues WHERE content_hash = ?", [content_hash]).fetchone()
    return row[0] if row else None


def current_version_at(db: Database, source_path: str) -> ExistingIssue | None:
    """The current issue imported from `source_path`, if any (for new versions)."""
    row = db.execute(
        "SELECT id, version FROM issues WHERE source_path = ? AND is_current = 1"
        " ORDER BY version DESC LIMIT 1",
        [source_path],
    ).fetchone()
    return ExistingIssue(row[0], row[1]) if row else None


@dataclass(frozen=True)
class IssueSource:
    path: str
    name: str
    content_hash: str
    byte_size: int


def insert_issue(
    db: Database, parsed: ParsedIssue, source: IssueSource, previous: ExistingIssue | None
) -> int:
    """Insert issue, articles and paragraphs; the caller holds the transaction."""
    meta = parsed.meta
    cursor = db.execute(
        "INSERT INTO issues (publication, date, page, title, source_path, source_name,"
        " content_hash, encoding, byte_size, char_count, head, tail, version, previous_id,"
        " imported_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        [
            meta.publication, meta.date, meta.page, meta.title, source.path, source.name,
            source.content_hash, parsed.encoding, source.byte_size, len(parsed.text),
            parsed.head, parsed.tail, previous.version + 1 if previous else 1,
            previous.id if previous else None, now(),
        ],
    )  # fmt: skip
    issue_id = cursor.lastrowid
    assert issue_id is not None
    if previous:
        db.execute("UPDATE issues SET is_current = 0 WHERE id = ?", [previous.id])
    article_of = _insert_articles(db, issue_id, parsed)
    db.conn.executemany(
        'INSERT INTO paragraphs (issue_id, article_id, position, start, "end", gap_before,'
        " text, role) VALUES (?,?,?,?,?,?,?,?)",
        (
            (issue_id, article_of[p.position], p.position, p.start, p.end, p.gap_before,
             p.text, p.role)
            for p in parsed.paragraphs
        ),
    )  # fmt: skip
    return issue_id


def _insert_articles(db: Database, issue_id: int, parsed: ParsedIssue) -> dict[int, int]:
    """Insert the articles; return paragraph position → article id."""
    article_of: dict[int, int] = {}
    for position, article in enumerate(parsed.articles):
        cursor = db.execute(
            "INSERT INTO articles (issue_id, position, first_paragraph, last_paragraph, title,"
            " kicker, subtitle, byline, column_name, kind, sections)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            [
                issue_id, position, article.first, article.last, article.title, article.kicker,
                article.subtitle, article.byline, article.column, article.kind,
                json.dumps(article.sections, ensure_ascii=False),
            ],
        )  # fmt: skip
        for paragraph in range(article.first, article.last + 1):
            article_of[paragraph] = cursor.lastrowid or 0
    return article_of
