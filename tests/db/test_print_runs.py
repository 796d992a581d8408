"""The prints' sorted runs: every look-up answers as one table of (print, paragraph) would,
through merges, stale paragraphs and stop prints, with blocks small enough to split runs."""

from __future__ import annotations

import json
import random
import re

import numpy as np
import pytest

from reader.db import print_runs
from reader.db.connection import connect
from reader.db.schema import migrations


@pytest.fixture
def small_blocks(monkeypatch):
    """Blocks of 8 prints and merges of 3 runs, so a few hundred prints exercise everything."""
    monkeypatch.setattr(print_runs, "BLOCK", 8)
    monkeypatch.setattr(print_runs, "FANOUT", 3)


def _batch(rng: random.Random, owners: range, values: int = 300) -> tuple[np.ndarray, np.ndarray]:
    """Random prints over a small range of values (so they repeat across runs), sorted."""
    pairs = sorted({(rng.randrange(values), rng.choice(owners)) for _ in range(60)})
    keys = np.array([k * 14_000_000 for k, _ in pairs], dtype=print_runs.KEY)  # all 16 parts
    return keys, np.array([o for _, o in pairs], dtype=np.int64)


def _holders(db, keys: np.ndarray) -> dict[int, set[int]]:
    hits = print_runs.look_up(db, keys)
    found: dict[int, set[int]] = {}
    for at, owner in zip(hits.at.tolist(), hits.owners.tolist(), strict=True):
        found.setdefault(int(keys[at]), set()).add(owner)
    assert hits.counts.tolist() == [len(found.get(int(k), ())) for k in keys]
    return found


def _expected(table: set[tuple[int, int]], keys: np.ndarray) -> dict[int, set[int]]:
    found: dict[int, set[int]] = {}
    for key, owner in table:
        if key in set(keys.tolist()):
            found.setdefault(key, set()).add(owner)
    return found


def test_look_ups_through_merges_answer_as_one_table_would(library, small_blocks):
    rng = random.Random(4)
    table: set[tuple[int, int]] = set()
    for batch in range(20):
        keys, owners = _batch(rng, range(batch * 10, batch * 10 + 10))
        print_runs.add(library, keys, owners)
        table |= set(zip(keys.tolist(), owners.tolist(), strict=True))
        asked = np.unique(np.array([rng.randrange(300) * 14_000_000 for _ in range(40)],
                                   dtype=print_runs.KEY))  # fmt: skip
        assert _holders(library, asked) == _expected(table, asked)
    levels = library.execute("SELECT DISTINCT run, level FROM reuse_blocks").fetchall()
    assert max(level for _, level in levels) >= 2  # merged twice over
    assert len(levels) < 20 and all(  # never FANOUT runs left on one level
        sum(1 for _, lv in levels if lv == level) < 3 for _, level in levels
    )
    keys, owners = print_runs.stored(library)
    assert set(zip(keys.tolist(), owners.tolist(), strict=True)) == table


def test_one_print_value_never_spans_two_blocks(library, small_blocks):
    keys = np.array([5] * 20 + [6] * 3 + [7] * 9, dtype=print_runs.KEY)
    print_runs.add(library, keys, np.arange(32))
    blocks = [
        np.frombuffer(row[0], dtype=print_runs.KEY).tolist()
        for row in library.execute("SELECT keys FROM reuse_blocks ORDER BY first")
    ]
    assert blocks[0] == [5] * 20 and sorted(sum(blocks, [])) == keys.tolist()
    assert _holders(library, np.array([5, 7], dtype=print_runs.KEY)) == {
        5: set(range(20)),
        7: set(range(23, 32)),
    }


def test_prints_of_paragraphs_that_left_are_skipped_then_dropped(library, small_blocks):
    keys = np.array([1, 2, 3], dtype=print_runs.KEY)
    print_runs.add(library, keys, np.array([10, 11, 12]))
    print_runs.leave(library, [11])  # a superseded paragraph …
    print_runs.add(library, np.array([2], dtype=print_runs.KEY), np.array([11]))  # … linked again
    assert _holders(library, keys) == {1: {10}, 2: {11}, 3: {12}}
    print_runs.leave(library, [12])
    assert _holders(library, keys) == {1: {10}, 2: {11}}
    print_runs.compact(library)
    assert library.execute("SELECT count(*) FROM reuse_gone").fetchone()[0] == 0
    assert library.execute("SELECT count(DISTINCT run) FROM reuse_blocks").fetchone()[0] == 1
    stored = print_runs.stored(library)
    assert stored[0].tolist() == [1, 2] and stored[1].tolist() == [10, 11]


def test_stop_prints_are_skipped_and_merged_away(library, small_blocks):
    print_runs.add(library, np.array([1, 2], dtype=print_runs.KEY), np.array([10, 10]))
    print_runs.stop(library, np.array([2], dtype=print_runs.KEY))
    print_runs.add(library, np.array([2, 3], dtype=print_runs.KEY), np.array([11, 11]))
    assert _holders(library, np.array([1, 2, 3], dtype=print_runs.KEY)) == {1: {10}, 3: {11}}
    print_runs.compact(library)
    assert print_runs.stored(library)[0].tolist() == [1, 3]


def test_a_few_prints_read_only_the_blocks_they_fall_in(library, small_blocks):
    rng = random.Random(8)
    keys = np.array(sorted(rng.sample(range(1 << 32), 400)), dtype=print_runs.KEY)
    print_runs.add(library, keys, np.arange(400))
    read: list[str] = []
    library.conn.set_trace_callback(read.append)
    asked = keys[[3, 200]]
    assert _holders(library, asked) == {int(keys[3]): {3}, int(keys[200]): {200}}
    library.conn.set_trace_callback(None)
    (blocks,) = [s for s in read if "SELECT rowid, keys" in s]
    assert len(json.loads(re.search(r"json_each\('(.*?)'\)", blocks)[1])) == 2  # of 50 blocks


def test_the_migration_moves_the_one_row_per_print_table(tmp_path):
    db = connect(tmp_path / "library.sqlite")
    migrations.apply(db, stop_before="0007_reuse_runs")
    rows = [(-5, 3), (-5, 4), (7, 3), (2**31 - 1, 9), (-(2**31), 1)]
    db.conn.executemany("INSERT INTO reuse_prints VALUES (?, ?)", rows)
    db.execute("INSERT INTO reuse_stopped VALUES (-1)")
    migrations.apply(db)
    keys, owners = print_runs.stored(db)
    signed = keys.astype(np.int64) - np.where(keys >= 1 << 31, 1 << 32, 0)
    moved = set(zip(signed.tolist(), owners.tolist(), strict=True))
    assert moved == set(rows)
    assert print_runs.stopped_prints(db).tolist() == [2**32 - 1]
    assert "reuse_prints" not in db.table_names()
