"""Read-only queries the window's lazy models run, one small query per tree node or row page.

The window must open as fast on 30,000 issues as on one, so nothing here
lists a whole library: the issue tree asks for one level of one node at a
time (publication → year → month → issues), each answered from the
`issues_by_publication_date` index, and the article list fetches the rows it
is about to draw. `publication IS ?` matches NULL too, so "no publication"
and "no date" are ordinary keys (None) rather than special cases.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlite_utils import Database

# Upper bound that sorts after any ISO date starting with a given prefix:
# "2023-01" <= "2023-01-31" < "2023-01~".
_PREFIX_END = "~"
_TAG_SEPARATOR = "\x1f"


@dataclass(frozen=True)
class Group:
    """One tree node above the issues: a publication, a year or a month (None = not stated)."""

    value: str | None
    issues: int


@dataclass(frozen=True)
class IssueLeaf:
    """What the issue tree shows for one issue."""

    id: int
    publication: str | None
    date: str | None
    page: str | None
    title: str | None
    source_name: str
    source_path: str
    articles: int
    open_flags: int


@dataclass(frozen=True)
class ArticleListRow:
    """One line of the articles pane, with the counts later features fill in."""

    id: int
    position: int
    title: str
    kicker: str | None
    subtitle: str | None
    byline: str | None
    column: str | None
    kind: str
    status: str
    paragraphs: int
    open_flags: int
    annotations: int
    tags: tuple[str, ...]


def has_issues(db: Database) -> bool:
    row = db.execute("SELECT 1 FROM issues WHERE is_current = 1 LIMIT 1").fetchone()
    return row is not None


def publications(db: Database) -> list[Group]:
    """Every publication with its issue count; the unnamed one (None) comes last."""
    rows = db.execute(
        "SELECT publication, count(*) FROM issues WHERE is_current = 1"
        " GROUP BY publication ORDER BY publication IS NULL, publication"
    )
    return [Group(*row) for row in rows]


def years(db: Database, publication: str | None) -> list[Group]:
    """A publication's years, oldest first, then the undated issues as year None."""
    rows = db.execute(
        "SELECT substr(date, 1, 4) AS y, count(*) FROM issues"
        " WHERE is_current = 1 AND publication IS ? AND date IS NOT NULL GROUP BY y ORDER BY y",
        [publication],
    )
    found = [Group(*row) for row in rows]
    undated = db.execute(
        "SELECT count(*) FROM issues WHERE is_current = 1 AND publication IS ? AND date IS NULL",
        [publication],
    ).fetchone()[0]
    if undated:
        found.append(Group(None, undated))
    return found


def months(db: Database, publication: str | None, year: str) -> list[Group]:
    """The months ("01".."12") of one year of a publication."""
    rows = db.execute(
        "SELECT substr(date, 6, 2) AS m, count(*) FROM issues"
        " WHERE is_current = 1 AND publication IS ? AND date >= ? AND date < ?"
        " GROUP BY m ORDER BY m",
        [publication, year, year + _PREFIX_END],
    )
    return [Group(*row) for row in rows]


_LEAF_COLUMNS = (
    "i.id, i.publication, i.date, i.page, i.title, i.source_name, i.source_path,"
    " (SELECT count(*) FROM articles a WHERE a.issue_id = i.id),"
    " (SELECT count(*) FROM flags f WHERE f.issue_id = i.id AND f.state = 'open')"
)


def issues_in(
    db: Database, publication: str | None, prefix: str | None, offset: int = 0, limit: int = 500
) -> list[IssueLeaf]:
    """Issues of a publication whose date starts with `prefix` ("2023-01"), or undated (None)."""
    if prefix is None:
        where, params = "i.date IS NULL", [publication]
    else:
        where, params = "i.date >= ? AND i.date < ?", [publication, prefix, prefix + _PREFIX_END]
    rows = db.execute(
        f"SELECT {_LEAF_COLUMNS} FROM issues i"
        f" WHERE i.is_current = 1 AND i.publication IS ? AND {where}"
        " ORDER BY i.date, i.page, i.id LIMIT ? OFFSET ?",
        [*params, limit, offset],
    )
    return [IssueLeaf(*row) for row in rows]


def issue_leaf(db: Database, issue_id: int) -> IssueLeaf | None:
    """One current issue as the tree shows it (None if missing or superseded)."""
    row = db.execute(
        f"SELECT {_LEAF_COLUMNS} FROM issues i WHERE i.id = ? AND i.is_current = 1", [issue_id]
    ).fetchone()
    return IssueLeaf(*row) if row else None


def article_ids(db: Database, issue_id: int) -> list[int]:
    """An issue's article ids in reading order (the articles model holds only these)."""
    rows = db.execute("SELECT id FROM articles WHERE issue_id = ? ORDER BY position", [issue_id])
    return [row[0] for row in rows]


def article_issue(db: Database, article_id: int) -> int | None:
    row = db.execute("SELECT issue_id FROM articles WHERE id = ?", [article_id]).fetchone()
    return row[0] if row else None


_ARTICLE_COLUMNS = (
    "a.id, a.position, a.title, a.kicker, a.subtitle, a.byline, a.column_name, a.kind,"
    " a.status, a.last_paragraph - a.first_paragraph + 1,"
    " (SELECT count(*) FROM flags f JOIN paragraphs p ON p.id = f.paragraph_id"
    "   WHERE p.article_id = a.id AND f.state = 'open'),"
    " (SELECT count(*) FROM annotations n WHERE n.article_id = a.id AND n.deleted IS NULL),"
    " (SELECT group_concat(t.name, char(31)) FROM article_tags x JOIN tags t ON t.id = x.tag_id"
    "   WHERE x.article_id = a.id)"
)


def article_rows(db: Database, ids: Sequence[int]) -> dict[int, ArticleListRow]:
    """The list rows of the given articles, by id (ids that no longer exist are absent)."""
    found: dict[int, ArticleListRow] = {}
    for start in range(0, len(ids), 500):
        chunk = list(ids[start : start + 500])
        marks = ",".join("?" * len(chunk))
        rows = db.execute(f"SELECT {_ARTICLE_COLUMNS} FROM articles a WHERE a.id IN ({marks})", chunk)
        for row in rows:
            tags = tuple(sorted(row[12].split(_TAG_SEPARATOR))) if row[12] else ()
            found[row[0]] = ArticleListRow(*row[:12], tags)
    return found
