"""Reading and editing issues. Only current versions are listed unless asked."""

from __future__ import annotations

from dataclasses import dataclass

from sqlite_utils import Database

from reader.db.store import now

EDITABLE_FIELDS = ("publication", "date", "page", "title")


@dataclass(frozen=True)
class IssueRow:
    id: int
    publication: str | None
    date: str | None
    page: str | None
    title: str | None
    source_path: str
    source_name: str
    content_hash: str
    version: int
    articles: int

    def as_json(self) -> dict:
        return {
            "id": self.id,
            "publication": self.publication,
            "date": self.date,
            "page": self.page,
            "title": self.title,
            "articles": self.articles,
            "source": self.source_path,
            "version": self.version,
            "sha256": self.content_hash,
        }


_ISSUE_COLUMNS = (
    "i.id, i.publication, i.date, i.page, i.title, i.source_path, i.source_name,"
    " i.content_hash, i.version,"
    " (SELECT count(*) FROM articles a WHERE a.issue_id = i.id) AS articles"
)
_ORDER = " ORDER BY i.publication IS NULL, i.publication, i.date IS NULL, i.date, i.page, i.id"


def list_issues(db: Database, *, include_old_versions: bool = False) -> list[IssueRow]:
    where = "" if include_old_versions else " WHERE i.is_current = 1"
    sql = f"SELECT {_ISSUE_COLUMNS} FROM issues i{where}{_ORDER}"
    return [IssueRow(*row) for row in db.execute(sql).fetchall()]


def get_issue(db: Database, issue_id: int) -> IssueRow | None:
    row = db.execute(f"SELECT {_ISSUE_COLUMNS} FROM issues i WHERE i.id = ?", [issue_id]).fetchone()
    return IssueRow(*row) if row else None


def find_issue(db: Database, key: str) -> IssueRow | None:
    """An issue by id, by file name or by source path (the current version)."""
    if key.isdigit():
        found = get_issue(db, int(key))
        if found:
            return found
    row = db.execute(
        f"SELECT {_ISSUE_COLUMNS} FROM issues i WHERE (i.source_name = ? OR i.source_path = ?)"
        " ORDER BY i.is_current DESC, i.version DESC LIMIT 1",
        [key, key],
    ).fetchone()
    return IssueRow(*row) if row else None


def issue_text(db: Database, issue_id: int) -> str:
    """The decoded text, rebuilt exactly from the stored paragraphs and gaps."""
    head, tail = db.execute("SELECT head, tail FROM issues WHERE id = ?", [issue_id]).fetchone()
    pieces = db.execute(
        "SELECT gap_before || text FROM paragraphs WHERE issue_id = ? ORDER BY position",
        [issue_id],
    )
    return head + "".join(piece for (piece,) in pieces) + tail


def update_issue(db: Database, issue_id: int, **fields: str | None) -> None:
    """Edit publication/date/page/title, as one transaction."""
    unknown = set(fields) - set(EDITABLE_FIELDS)
    if unknown:
        raise ValueError(f"not editable: {', '.join(sorted(unknown))}")
    if not fields:
        return
    assignments = ", ".join(f"{name} = ?" for name in fields)  # names checked above
    with db.atomic():
        db.execute(
            f"UPDATE issues SET {assignments}, modified_at = ? WHERE id = ?",
            [*fields.values(), now(), issue_id],
        )


def counts(db: Database) -> dict[str, int]:
    """Library-wide counts for the status bar, from indexes only."""
    issues = db.execute("SELECT count(*) FROM issues WHERE is_current = 1").fetchone()[0]
    articles = db.execute(
        "SELECT count(*) FROM articles a JOIN issues i ON i.id = a.issue_id WHERE i.is_current = 1"
    ).fetchone()[0]
    return {"issues": issues, "articles": articles}
