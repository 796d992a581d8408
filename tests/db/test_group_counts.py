"""The issues tree's group counts, kept by triggers: always what counting the issues gives."""

from __future__ import annotations

import random

from reader.db import browse, group_counts
from reader.db.connection import connect
from reader.db.schema import migrations

PUBLICATIONS = ["焦作日报", "人民日报", None]
DATES = ["2019-06-15", "2019-07-01", "2020-01-31", None]


def _add(db, n: int, publication: str | None, date: str | None, current: int = 1) -> int:
    return db.execute(
        "INSERT INTO issues (publication, date, source_path, source_name, content_hash,"
        " encoding, byte_size, char_count, imported_at, is_current)"
        " VALUES (?, ?, ?, ?, ?, 'utf-8', 0, 0, '', ?)",
        [publication, date, f"p{n}", f"n{n}", f"h{n}", current],
    ).lastrowid


def _counted(db, publication: str | None, prefix: str | None, whole: bool) -> int:
    """The count the slow way: the issues themselves."""
    rows = db.execute(
        "SELECT date FROM issues WHERE is_current = 1 AND publication IS ?", [publication]
    ).fetchall()
    if whole:
        return len(rows)
    if prefix is None:
        return sum(1 for (date,) in rows if date is None)
    return sum(1 for (date,) in rows if (date or "").startswith(prefix))


def _check(db) -> None:
    for publication in PUBLICATIONS:
        assert browse.count_in(db, publication, None, all_dates=True) == _counted(
            db, publication, None, True
        )
        for prefix in (None, "2019", "2019-06", "2019-07", "2020", "2020-01", "2021"):
            assert browse.count_in(db, publication, prefix, all_dates=False) == _counted(
                db, publication, prefix, False
            ), (publication, prefix)


def test_counts_follow_imports_versions_edits_and_deletions(library):
    rng = random.Random(2)
    ids = [_add(library, n, rng.choice(PUBLICATIONS), rng.choice(DATES)) for n in range(40)]
    _add(library, 99, "焦作日报", "2019-06-15", current=0)  # an old version counts nowhere
    _check(library)
    for issue_id in rng.sample(ids, 10):  # superseded by a newer version
        library.execute("UPDATE issues SET is_current = 0 WHERE id = ?", [issue_id])
    _check(library)
    for issue_id in rng.sample(ids, 15):  # properties edited in the dialog
        library.execute(
            "UPDATE issues SET publication = ?, date = ? WHERE id = ?",
            [rng.choice(PUBLICATIONS), rng.choice(DATES), issue_id],
        )
    _check(library)
    library.execute("DELETE FROM issues WHERE id IN (?, ?, ?)", ids[:3])
    _check(library)
    assert browse.count_in(library, "焦作日报", "2019", all_dates=False) > 0


def test_the_migration_counts_the_issues_already_there(tmp_path):
    db = connect(tmp_path / "library.sqlite")
    migrations.apply(db, stop_before="0008_issue_group_counts")
    for n, (publication, date) in enumerate(
        [("焦作日报", "2019-06-15"), ("焦作日报", "2019-06-16"), (None, None), ("焦作日报", None)]
    ):
        _add(db, n, publication, date)
    migrations.apply(db)
    _check(db)
    assert group_counts.count(db, "焦作日报", "2019-06") == 2
    assert group_counts.count(db, "焦作日报", group_counts.UNDATED) == 1
    assert group_counts.count(db, None, "") == 1
