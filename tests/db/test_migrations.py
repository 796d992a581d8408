"""Every migration runs from the schema before it, on a library that already holds data."""

from __future__ import annotations

import pytest

from reader.db.connection import connect, open_library
from reader.db.schema import migrations

NAMES = [m.name for m in migrations.pending(connect(":memory:"))]


def test_names_are_ordered_and_unique():
    assert sorted(NAMES) == NAMES and len(set(NAMES)) == len(NAMES)
    assert NAMES[0] == "0001_initial"


@pytest.mark.parametrize("name", NAMES[1:])
def test_each_migration_from_the_one_before_with_data(tmp_path, store_samples_raw, name):
    path = tmp_path / "library.sqlite"
    db = connect(path)
    migrations.apply(db, stop_before=name)
    assert len(store_samples_raw(db)) == 2
    db.close()
    reopened = open_library(path)  # applies `name` and the rest, after a backup
    assert migrations.pending(reopened) == []
    assert any((tmp_path / "backups").glob(f"*before-{name}*"))
    assert reopened.execute("SELECT count(*) FROM issues").fetchone()[0] == 2


def test_the_waiting_annotations_index_is_partial(library):
    sql = library.execute(
        "SELECT sql FROM sqlite_master WHERE name = 'annotations_waiting'"
    ).fetchone()[0]
    assert "WHERE issue_id IS NULL" in sql
