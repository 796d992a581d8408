"""How many current issues each group of the issues tree holds, kept by triggers.

Every group row shows its count (`焦作日报 (30000)`, `2019 (2920)`). Counted
from the index, a publication's count read all its 30,000 entries (3 ms) and
each year's a tenth of them, every time a window opened. Here each count is
one row, kept exact by triggers on `issues` in the same statement that
changes an issue (import, a new version, an edited date or publication, a
deletion), so no code path can forget it.

Rows are keyed by publication (NULL stored as x'00', a blob, which no text
equals) and period: '' for all of the publication's issues, 'YYYY' and
'YYYY-MM' for dated ones, x'00' for the undated.
"""

from __future__ import annotations

from sqlite_utils import Database

TABLE = "issue_group_counts"
UNDATED = b"\x00"


def _keys(row: str) -> tuple[str, list[str]]:
    """The publication key and the periods of `row` (NEW or OLD) as SQL expressions."""
    publication = f"coalesce({row}.publication, x'00')"
    periods = ["''", f"coalesce(substr({row}.date, 1, 4), x'00')", f"substr({row}.date, 1, 7)"]
    return publication, periods


def _change(row: str, delta: str, when: str) -> str:
    """Statements adding `delta` to the groups of `row`, if `when` holds."""
    publication, periods = _keys(row)
    ensure = " UNION ALL ".join(
        f"SELECT {publication}, {period}, 0 WHERE {when} AND {period} IS NOT NULL"
        for period in periods
    )
    return (
        f"INSERT OR IGNORE INTO {TABLE} (publication, period, issues) {ensure};\n"
        f"UPDATE {TABLE} SET issues = issues {delta} WHERE {when}"
        f" AND publication = {publication} AND period IN ({', '.join(periods)});"
    )


def create_tables(db: Database) -> None:
    """Create the table and its triggers, and count what is there (migration 0008)."""
    db.executescript(
        f"""
        CREATE TABLE {TABLE} (
            publication ANY NOT NULL,
            period ANY NOT NULL,
            issues INTEGER NOT NULL,
            PRIMARY KEY (publication, period)
        ) WITHOUT ROWID;
        CREATE TRIGGER {TABLE}_insert AFTER INSERT ON issues BEGIN
            {_change("NEW", "+ 1", "NEW.is_current = 1")}
        END;
        CREATE TRIGGER {TABLE}_delete AFTER DELETE ON issues BEGIN
            {_change("OLD", "- 1", "OLD.is_current = 1")}
        END;
        CREATE TRIGGER {TABLE}_update AFTER UPDATE OF is_current, publication, date ON issues
        BEGIN
            {_change("OLD", "- 1", "OLD.is_current = 1")}
            {_change("NEW", "+ 1", "NEW.is_current = 1")}
        END;
        """
    )
    current = "FROM issues WHERE is_current = 1"
    for period, where in (
        ("''", ""),
        ("coalesce(substr(date, 1, 4), x'00')", ""),
        ("substr(date, 1, 7)", " AND date IS NOT NULL"),
    ):
        db.execute(
            f"INSERT INTO {TABLE} (publication, period, issues)"
            f" SELECT coalesce(publication, x'00'), {period}, count(*) {current}{where}"
            " GROUP BY 1, 2"
        )


def count(db: Database, publication: str | None, period: str | bytes) -> int:
    """Current issues of a publication in a period ('' all, 'YYYY', 'YYYY-MM', UNDATED)."""
    row = db.execute(
        f"SELECT issues FROM {TABLE} WHERE publication = coalesce(?, x'00') AND period = ?",
        [publication, period],
    ).fetchone()
    return row[0] if row else 0
