"""Read-only queries the window's lazy models run, one small query per tree node or row page.

The window must open as fast on 30,000 issues as on one, so nothing here
lists a whole library: the issue tree asks for one level of one node at a
time (publication → year → month → issues), each answered from the
`issues_by_publication_date` index, and the article list fetches the rows it
is about to draw. A level is listed without counts (a few index seeks); the
counts a row shows are read apart, for the rows drawn: `count_in` for a
group, `issue_counts` for a batch of issues. `publication IS ?` matches NULL
too, so "no publication" and "no date" are ordinary keys (None) rather than
special cases.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlite_utils import Database

from reader.annotate.articles import DONE
from reader.db import group_counts

# Upper bound that sorts after any ISO date starting with a given prefix:
# "2023-01" <= "2023-01-31" < "2023-01~".
_PREFIX_END = "~"
_TAG_SEPARATOR = "\x1f"


@dataclass(frozen=True, slots=True)
class IssueRow:
    """An issue's place and names, as the tree lists it; its counts come apart (IssueCounts)."""

    id: int
    publication: str | None
    date: str | None
    page: str | None
    title: str | None
    source_name: str
    source_path: str


@dataclass(frozen=True, slots=True)
class IssueCounts:
    """What the tree's count columns show for one issue."""

    articles: int
    open_flags: int
    done: int  # articles proofread or validated


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


def publication_names(db: Database) -> list[str | None]:
    """The publications without their counts; the unnamed one (None) comes last."""
    names: list[str | None] = list(_publication_names(db))
    return names + [None] if _exists(db, "publication IS NULL", []) else names


def _publication_names(db: Database) -> list[str]:
    """Distinct names by skipping through the index: one seek per publication, no scan."""
    names: list[str] = []
    while True:
        row = db.execute(
            "SELECT publication FROM issues WHERE is_current = 1 AND publication > ?"
            " ORDER BY publication LIMIT 1",
            [names[-1] if names else ""],
        ).fetchone()
        if row is None:
            return names
        names.append(row[0])


def year_values(db: Database, publication: str | None) -> list[str | None]:
    """A publication's years, oldest first, then None for its undated issues: index seeks only."""
    found: list[str | None] = list(_date_prefixes(db, publication, "", _PREFIX_END, 4))
    undated = _exists(db, "publication IS ? AND date IS NULL", [publication])
    return found + [None] if undated else found


def month_values(db: Database, publication: str | None, year: str) -> list[str]:
    """`months` without the counts: index seeks only."""
    return [p[5:7] for p in _date_prefixes(db, publication, year, year + _PREFIX_END, 7)]


def count_in(db: Database, publication: str | None, prefix: str | None, *, all_dates: bool) -> int:
    """Issues of a publication (all of them), or dated with `prefix` ("2023", "2023-01"),
    or undated (prefix None): the count a group row shows, one row of `group_counts`."""
    period = "" if all_dates else group_counts.UNDATED if prefix is None else prefix
    return group_counts.count(db, publication, period)


def _exists(db: Database, where: str, params: list) -> bool:
    sql = f"SELECT 1 FROM issues WHERE is_current = 1 AND {where} LIMIT 1"
    return db.execute(sql, params).fetchone() is not None


def _date_prefixes(
    db: Database, publication: str | None, start: str, stop: str, width: int
) -> list[str]:
    """Date prefixes of `width` characters in [start, stop), one index seek each."""
    prefixes: list[str] = []
    bound = start
    while True:
        row = db.execute(
            "SELECT date FROM issues WHERE is_current = 1 AND publication IS ?"
            " AND date >= ? AND date < ? ORDER BY date LIMIT 1",
            [publication, bound, stop],
        ).fetchone()
        if row is None:
            return prefixes
        prefixes.append(row[0][:width])
        bound = prefixes[-1] + _PREFIX_END


_ROW_COLUMNS = "i.id, i.publication, i.date, i.page, i.title, i.source_name, i.source_path"


def issue_ids(db: Database, publication: str | None, prefix: str | None) -> list[int]:
    """A publication's issues dated with `prefix` ("2023-01"), or undated (None), in tree
    order (date, page): ids only, from the index alone, no table rows.

    The tree holds these for an open month and reads names and counts (`issue_rows_by_id`,
    `issue_counts`) only for the rows it needs: opening a month at its 115th issue reads a
    page of names, not 115.
    """
    where, params = _group_where(publication, prefix)
    rows = db.execute(
        f"SELECT i.id FROM issues i WHERE {where} ORDER BY i.date, i.page, i.id", params
    )
    return [row[0] for row in rows]


def issue_rows_by_id(db: Database, issue_ids: Sequence[int]) -> list[IssueRow]:
    """The current issues among `issue_ids`, in no particular order."""
    found: list[IssueRow] = []
    for start in range(0, len(issue_ids), 500):
        chunk = list(issue_ids[start : start + 500])
        marks = ",".join("?" * len(chunk))
        rows = db.execute(
            # `+`: look the ids up by key; SQLite would rather walk the index for is_current.
            f"SELECT {_ROW_COLUMNS} FROM issues i WHERE i.id IN ({marks}) AND +i.is_current = 1",
            chunk,
        )
        found.extend(IssueRow(*row) for row in rows)
    return found


def _group_where(publication: str | None, prefix: str | None) -> tuple[str, list]:
    """The issues of one month ("2023-01") or of the undated (None), of a publication."""
    if prefix is None:
        return "i.is_current = 1 AND i.publication IS ? AND i.date IS NULL", [publication]
    return (
        "i.is_current = 1 AND i.publication IS ? AND i.date >= ? AND i.date < ?",
        [publication, prefix, prefix + _PREFIX_END],
    )


def issue_row(db: Database, issue_id: int) -> IssueRow | None:
    """One current issue's place and names (None if missing or superseded)."""
    row = db.execute(
        f"SELECT {_ROW_COLUMNS} FROM issues i WHERE i.id = ? AND i.is_current = 1", [issue_id]
    ).fetchone()
    return IssueRow(*row) if row else None


def issue_counts(db: Database, issue_ids: Sequence[int]) -> dict[int, IssueCounts]:
    """Articles, open flags and articles done of each issue: two grouped queries per 500."""
    found: dict[int, IssueCounts] = {}
    for start in range(0, len(issue_ids), 500):
        chunk = list(issue_ids[start : start + 500])
        marks = ",".join("?" * len(chunk))
        flags = dict(
            db.execute(
                "SELECT issue_id, count(*) FROM flags"
                f" WHERE issue_id IN ({marks}) AND state = 'open' GROUP BY issue_id",
                chunk,
            ).fetchall()
        )
        articles = db.execute(
            "SELECT issue_id, count(*), count(*) FILTER (WHERE status IN (?, ?)) FROM articles"
            f" WHERE issue_id IN ({marks}) GROUP BY issue_id",
            [*DONE, *chunk],
        ).fetchall()
        for issue_id, total, done in articles:
            found[issue_id] = IssueCounts(total, flags.get(issue_id, 0), done)
        for issue_id in chunk:
            found.setdefault(issue_id, IssueCounts(0, flags.get(issue_id, 0), 0))
    return found


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
        rows = db.execute(
            f"SELECT {_ARTICLE_COLUMNS} FROM articles a WHERE a.id IN ({marks})", chunk
        )
        for row in rows:
            tags = tuple(sorted(row[12].split(_TAG_SEPARATOR))) if row[12] else ()
            found[row[0]] = ArticleListRow(*row[:12], tags)
    return found
