"""Read-only queries the exports need: scopes in text order, issue headers, tags, paragraphs.

An export may cover the whole library (500,000 articles), so scopes are
resolved to article ids with one ordered query each and the rest is read
issue by issue (`reader.export.collect`), never all at once. Text order is
the issue list's order (publication, date, page, id) and then the articles'
positions; exports and the window agree on it. Nothing here writes.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlite_utils import Database

from reader.annotate.model import Annotation
from reader.db.annotations import COLUMNS, _row
from reader.db.articles import ParagraphRow

_CHUNK = 500
_ISSUE_ORDER = "i.publication IS NULL, i.publication, i.date IS NULL, i.date, i.page, i.id"
_ARTICLE_ORDER = f" ORDER BY {_ISSUE_ORDER}, a.position"
_ARTICLES = "SELECT a.issue_id, a.id FROM articles a JOIN issues i ON i.id = a.issue_id"

IssueArticle = tuple[int, int]  # (issue id, article id)


@dataclass(frozen=True)
class IssueHeader:
    """What an export says about an issue."""

    id: int
    publication: str | None
    date: str | None
    page: str | None
    title: str | None
    source_name: str
    content_hash: str


def _chunks(values: Sequence, size: int = _CHUNK) -> Iterable[list]:
    for start in range(0, len(values), size):
        yield list(values[start : start + size])


def _marks(values: Sequence) -> str:
    return ",".join("?" * len(values))


# -- scopes -------------------------------------------------------------------------


def library_articles(db: Database) -> list[IssueArticle]:
    """Every article of every current issue, in text order."""
    return db.execute(f"{_ARTICLES} WHERE i.is_current = 1{_ARTICLE_ORDER}").fetchall()


def issue_articles(db: Database, issue_ids: Sequence[int]) -> list[IssueArticle]:
    """The articles of the given issues (any version), in text order."""
    found: list[IssueArticle] = []
    for chunk in _chunks(sorted(set(issue_ids))):
        found += db.execute(f"{_ARTICLES} WHERE a.issue_id IN ({_marks(chunk)})", chunk).fetchall()
    return order_articles(db, [article for _issue, article in found])


def order_articles(db: Database, article_ids: Iterable[int]) -> list[IssueArticle]:
    """Known article ids in text order (unknown ids are left out)."""
    wanted = sorted(set(article_ids))
    rows: list[tuple] = []
    for chunk in _chunks(wanted):
        rows += db.execute(
            "SELECT a.issue_id, a.id, i.publication IS NULL, i.publication, i.date IS NULL,"
            " i.date, i.page, i.id, a.position FROM articles a JOIN issues i ON i.id = a.issue_id"
            f" WHERE a.id IN ({_marks(chunk)})",
            chunk,
        ).fetchall()
    rows.sort(key=_text_order)
    return [(row[0], row[1]) for row in rows]


def _text_order(row: tuple) -> tuple:
    """The key of `_ARTICLE_ORDER` in Python (SQLite puts a NULL page first)."""
    _issue, _article, no_pub, pub, no_date, date, page, issue_id, position = row
    return (no_pub, pub or "", no_date, date or "", page is not None, page or "", issue_id,
            position)  # fmt: skip


def tag_articles(db: Database, tags: Sequence[str]) -> list[IssueArticle]:
    """Articles of current issues tagged with any of `tags` or a tag under one (`地点/…`)."""
    if not tags:
        return []
    one = "(t.name = ? OR substr(t.name, 1, length(?) + 1) = ? || '/')"
    clauses = " OR ".join(one for _ in tags)
    params = [value for tag in tags for value in (tag, tag, tag)]
    return db.execute(
        f"{_ARTICLES} WHERE i.is_current = 1 AND a.id IN (SELECT x.article_id FROM article_tags x"
        f" JOIN tags t ON t.id = x.tag_id WHERE {clauses}){_ARTICLE_ORDER}",
        params,
    ).fetchall()


def tag_names(db: Database) -> list[str]:
    """Every tag name in the library, sorted (for the export dialog's choice)."""
    return [row[0] for row in db.execute("SELECT name FROM tags ORDER BY name")]


def missing_tags(db: Database, tags: Sequence[str]) -> list[str]:
    """The names among `tags` that no tag has, neither itself nor as a parent."""
    known = tag_names(db)
    return [t for t in tags if not any(n == t or n.startswith(t + "/") for n in known)]


# -- what is read per issue -------------------------------------------------------------


def issue_header(db: Database, issue_id: int) -> IssueHeader:
    row = db.execute(
        "SELECT id, publication, date, page, title, source_name, content_hash FROM issues"
        " WHERE id = ?",
        [issue_id],
    ).fetchone()
    if row is None:
        raise LookupError(f"no issue {issue_id}")
    return IssueHeader(*row)


def article_tags(db: Database, article_ids: Sequence[int]) -> dict[int, list[str]]:
    """Article id → its tag names, sorted; articles without tags are absent."""
    found: dict[int, list[str]] = {}
    for chunk in _chunks(list(article_ids)):
        rows = db.execute(
            "SELECT x.article_id, t.name FROM article_tags x JOIN tags t ON t.id = x.tag_id"
            f" WHERE x.article_id IN ({_marks(chunk)}) ORDER BY t.name",
            chunk,
        )
        for article_id, name in rows:
            found.setdefault(article_id, []).append(name)
    return found


def paragraph_positions(db: Database, issue_id: int) -> dict[int, int]:
    """Paragraph id → position in its issue (to number annotations and flags ¶n)."""
    rows = db.execute("SELECT id, position FROM paragraphs WHERE issue_id = ?", [issue_id])
    return dict(rows.fetchall())


def issue_paragraph_rows(db: Database, issue_id: int) -> list[ParagraphRow]:
    """An issue's paragraphs in order, in the shape articles and the clean view use."""
    rows = db.execute(
        'SELECT id, position, text, role, start, "end" FROM paragraphs WHERE issue_id = ?'
        " ORDER BY position",
        [issue_id],
    )
    return [ParagraphRow(*row) for row in rows]


def waiting_annotations(db: Database) -> list[Annotation]:
    """Annotations (tombstones too) imported for issues this library does not hold yet."""
    rows = db.execute(
        f"SELECT {', '.join(COLUMNS)} FROM annotations WHERE issue_id IS NULL"
        " ORDER BY source_hash, created, id"
    )
    return [_row(row) for row in rows]
