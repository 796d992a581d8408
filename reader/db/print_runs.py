"""The library's prints kept as sorted numpy runs in blobs: a small LSM tree inside SQLite.

Linking text reused across issues (`reader.db.reuse`) asks, for every print
of a batch of new paragraphs, which stored paragraphs hold it, and then adds
the batch's prints. Until migration 0007 that was a WITHOUT ROWID table with
one row per print: every look-up, insert and stop-count was a B-tree descent
to a random page (5–7 µs each, measured), and linking 200,000 paragraphs took
57 s where the same work on numpy arrays takes a few.

So a batch's prints are written as one *run*: print values ascending, with
the paragraph holding each. Looking a batch up is `np.searchsorted` in every
run; when FANOUT runs share a level they merge into one run a level up
(tiered merging, as in LSM stores), so each print is rewritten about
log_FANOUT(library / batch) times in all and there are never more than
(FANOUT - 1) runs per level.

A run is stored as blocks of about BLOCK prints (one row each, keyed by the
first print value in it), never splitting one value across blocks, and never
crossing one of the PARTS ranges of print values. A small look-up (one
imported file) reads only the blocks its prints fall in; a merge holds one
range of its runs at a time, never the whole index.

Prints of paragraphs that left (a superseded version; an issue linked again)
are not cut out of the runs at once: `reuse_gone` names the paragraph and the
newest run its stale prints may be in. Look-ups skip them, merges drop them,
and the entry goes when no such run is left. Stop prints (`reuse_stopped`)
are skipped the same way and dropped by merges.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np
from sqlite_utils import Database

BLOCKS = "reuse_blocks"
GONE = "reuse_gone"
STOPPED = "reuse_stopped"
BLOCK = 4096  # prints per stored block: 48 KB, read whole
PART_BITS = 4  # merges hold one of 2**PART_BITS ranges of print values at a time
FANOUT = 4  # runs of one level merged into one of the next
KEY = np.dtype("<u4")
OWNER = np.dtype("<i8")


def create_tables(db: Database) -> None:
    """Create the run tables (migration 0007_reuse_runs)."""
    db.executescript(
        f"""
        CREATE TABLE {BLOCKS} (
            run INTEGER NOT NULL,       -- newer runs have larger numbers
            first INTEGER NOT NULL,     -- smallest print value in the block
            level INTEGER NOT NULL,     -- merges the run has been through
            keys BLOB NOT NULL,         -- uint32 print values, ascending
            owners BLOB NOT NULL,       -- int64 paragraph ids, in the same order
            PRIMARY KEY (run, first)
        );
        CREATE TABLE IF NOT EXISTS {STOPPED} (print INTEGER PRIMARY KEY);
        CREATE TABLE {GONE} (
            paragraph_id INTEGER PRIMARY KEY,
            last_run INTEGER NOT NULL   -- its prints in runs up to this one are stale
        );
        """
    )


# -- reading -------------------------------------------------------------------------------


@dataclass
class Hits:
    """Stored holders of a batch of print values.

    `at[i]` is the index (in the looked-up values) of a print that paragraph
    `owners[i]` holds; `counts[k]` is how many stored paragraphs hold value k.
    """

    at: np.ndarray
    owners: np.ndarray
    counts: np.ndarray


def look_up(db: Database, keys: np.ndarray) -> Hits:
    """Every live stored holder of each of `keys` (ascending uint32), stop prints left out.

    Only print values are read in bulk; the paragraph of each of the few that
    match is read on its own (a batch of 50 issues has about 70,000 values to
    look up and 2,000 stored matches), so a look-up reads a third of the blocks' bytes.
    """
    keys = np.asarray(keys, dtype=KEY)
    live = np.flatnonzero(~np.isin(keys, stopped_prints(db)))
    needles = keys[live]
    gone = _gone(db)
    ats: list[np.ndarray] = []
    owners: list[np.ndarray] = []
    for run in _runs(db):
        for rowids, starts, block_keys in _key_groups(db, run, needles):
            at, where = _matches(needles, block_keys)
            owner = _owners_at(db, rowids, starts, where)
            fresh = ~np.isin(owner, gone.stale_in(run))
            ats.append(live[at[fresh]])
            owners.append(owner[fresh])
    at = np.concatenate(ats) if ats else np.empty(0, dtype=np.int64)
    owner = np.concatenate(owners) if owners else np.empty(0, dtype=OWNER)
    return Hits(at, owner, np.bincount(at, minlength=len(keys)))


def _key_groups(
    db: Database, run: int, needles: np.ndarray, most: int = 64
) -> Iterator[tuple[list[int], np.ndarray, np.ndarray]]:
    """The print values of a run's blocks that may hold `needles`, up to `most` blocks at a
    time: (their rowids, where each starts in the joined values, the joined values)."""
    blocks = db.execute(
        f"SELECT rowid, first FROM {BLOCKS} WHERE run = ? ORDER BY first", [run]
    ).fetchall()
    firsts = np.array([b[1] for b in blocks], dtype=np.int64)
    wanted = distinct(np.searchsorted(firsts, needles, side="right") - 1)
    rowids = [blocks[i][0] for i in wanted[wanted >= 0].tolist()]
    for start in range(0, len(rowids), most):
        rows = db.execute(
            f"SELECT rowid, keys FROM {BLOCKS} WHERE rowid IN (SELECT value FROM json_each(?))"
            " ORDER BY first",
            [json.dumps(rowids[start : start + most])],
        ).fetchall()
        values = [np.frombuffer(row[1], dtype=KEY) for row in rows]
        starts = np.cumsum([0] + [len(v) for v in values[:-1]])
        yield [row[0] for row in rows], starts, np.concatenate(values)


def _matches(needles: np.ndarray, values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(index in needles, index in values) for every stored value equal to a needle."""
    low = int(np.searchsorted(needles, values[0], side="left"))
    high = int(np.searchsorted(needles, values[-1], side="right"))
    lo = np.searchsorted(values, needles[low:high], side="left")
    found = np.flatnonzero(values[np.minimum(lo, len(values) - 1)] == needles[low:high])
    lo = lo[found]  # most needles are in no block: one search for them, two for the rest
    n = np.searchsorted(values, needles[low + found], side="right") - lo
    return np.repeat(found + low, n), np.repeat(lo, n) + ramps(n)


def ramps(counts: np.ndarray) -> np.ndarray:
    """0, 1, … count - 1 for each of `counts`, back to back (to expand ranges without a loop)."""
    return np.arange(int(counts.sum())) - np.repeat(np.cumsum(counts) - counts, counts)


def _owners_at(
    db: Database, rowids: list[int], starts: np.ndarray, where: np.ndarray
) -> np.ndarray:
    """The paragraphs at positions `where` (ascending) of joined blocks, read one by one."""
    block = np.searchsorted(starts, where, side="right") - 1
    offsets = (where - starts[block]) * OWNER.itemsize
    out = np.empty(len(where), dtype=OWNER)
    blob, current = None, -1
    try:
        for i, (b, offset) in enumerate(zip(block.tolist(), offsets.tolist(), strict=True)):
            if b != current:
                if blob is not None:
                    blob.close()
                blob, current = db.conn.blobopen(BLOCKS, "owners", rowids[b], readonly=True), b
            blob.seek(offset)
            out[i] = int.from_bytes(blob.read(OWNER.itemsize), "little", signed=True)
    finally:
        if blob is not None:
            blob.close()
    return out


def _blocks(db: Database, run: int) -> Iterator[tuple[np.ndarray, np.ndarray]]:
    """All the blocks of a run, in print order."""
    rows = db.execute(f"SELECT keys, owners FROM {BLOCKS} WHERE run = ? ORDER BY first", [run])
    for keys, owners in rows:
        yield np.frombuffer(keys, dtype=KEY), np.frombuffer(owners, dtype=OWNER)


def _runs(db: Database) -> list[int]:
    return [r[0] for r in db.execute(f"SELECT DISTINCT run FROM {BLOCKS} ORDER BY run")]


def newest_run(db: Database) -> int:
    """The number of the newest run (0 when there is none)."""
    return db.execute(f"SELECT coalesce(max(run), 0) FROM {BLOCKS}").fetchone()[0]


def stopped_prints(db: Database) -> np.ndarray:
    """The stop prints, ascending."""
    rows = db.execute(f"SELECT print FROM {STOPPED} ORDER BY print").fetchall()
    return np.array([r[0] for r in rows], dtype=KEY)


@dataclass
class _Gone:
    paragraphs: np.ndarray
    last_runs: np.ndarray

    def stale_in(self, run: int) -> np.ndarray:
        """Paragraphs whose prints in `run` are stale."""
        return self.paragraphs[self.last_runs >= run]


def _gone(db: Database) -> _Gone:
    rows = db.execute(f"SELECT paragraph_id, last_run FROM {GONE}").fetchall()
    return _Gone(
        np.array([r[0] for r in rows], dtype=OWNER), np.array([r[1] for r in rows], dtype=np.int64)
    )


def stored(db: Database) -> tuple[np.ndarray, np.ndarray]:
    """Every live (print, paragraph) pair, sorted: what the runs hold, as one table would."""
    gone = _gone(db)
    keys, owners = [], []
    for run in _runs(db):
        for block_keys, block_owners in _blocks(db, run):
            live = ~np.isin(block_owners, gone.stale_in(run))
            keys.append(block_keys[live])
            owners.append(block_owners[live])
    return _settled(keys, owners, stopped_prints(db))


# -- writing -------------------------------------------------------------------------------


def add(db: Database, keys: np.ndarray, owners: np.ndarray) -> None:
    """Store a batch's prints as a new run, then merge any level that has FANOUT runs."""
    keys, owners = _settled(
        [np.asarray(keys, KEY)], [np.asarray(owners, OWNER)], stopped_prints(db)
    )
    if len(keys):
        write_run(db, newest_run(db) + 1, keys, owners)
        _merge_full_levels(db)


def leave(db: Database, paragraph_ids: list[int]) -> None:
    """The prints the runs hold for these paragraphs are stale from now on."""
    last = newest_run(db)
    db.conn.executemany(
        f"INSERT OR REPLACE INTO {GONE} (paragraph_id, last_run) VALUES (?, ?)",
        [(pid, last) for pid in paragraph_ids],
    )


def stop(db: Database, keys: np.ndarray) -> None:
    """These print values are stop prints from now on (skipped, and dropped by merges)."""
    db.conn.executemany(
        f"INSERT OR IGNORE INTO {STOPPED} (print) VALUES (?)", [(k,) for k in keys.tolist()]
    )


def clear(db: Database) -> None:
    """Forget every print (the links stay); issues linked after this see only each other."""
    for table in (BLOCKS, GONE, STOPPED):
        db.execute(f"DELETE FROM {table}")


def distinct(values: np.ndarray) -> np.ndarray:
    """Sorted distinct values. A stable sort finds sorted runs (merging runs is nearly free);
    np.unique hashes integers first, several times slower here."""
    values = np.sort(values, kind="stable")
    return values[np.concatenate(([True], values[1:] != values[:-1]))] if len(values) else values


def _settled(
    keys: list[np.ndarray], owners: list[np.ndarray], stopped: np.ndarray | None
) -> tuple[np.ndarray, np.ndarray]:
    """Concatenated, sorted by (print, paragraph), without repeats or stop prints."""
    key = np.concatenate(keys) if keys else np.empty(0, KEY)
    owner = np.concatenate(owners) if owners else np.empty(0, OWNER)
    if stopped is not None and len(stopped):
        live = ~np.isin(key, stopped)
        key, owner = key[live], owner[live]
    if len(owner) and owner.min() >= 0 and owner.max() < 1 << 32:
        # one uint64 per pair (lexsort on two columns: 2.3 s for 3.2 M pairs; this 0.1 s)
        codes = distinct((key.astype(np.uint64) << np.uint64(32)) | owner.astype(np.uint64))
        return (codes >> np.uint64(32)).astype(KEY), (codes & np.uint64(0xFFFFFFFF)).astype(OWNER)
    order = np.lexsort((owner, key))
    key, owner = key[order], owner[order]
    if len(key) > 1:
        new = np.concatenate(([True], (key[1:] != key[:-1]) | (owner[1:] != owner[:-1])))
        key, owner = key[new], owner[new]
    return key, owner


def write_run(db: Database, run: int, keys: np.ndarray, owners: np.ndarray, level: int = 0) -> None:
    """Store sorted prints as (part of) run `run`, in blocks of about BLOCK prints.

    A print value never spans two blocks, so a look-up finds all its holders in one.
    """
    rows = []
    start = 0
    while start < len(keys):
        end = _block_end(keys, start)
        rows.append(
            (run, int(keys[start]), level, keys[start:end].tobytes(), owners[start:end].tobytes())
        )
        start = end
    db.conn.executemany(
        f"INSERT INTO {BLOCKS} (run, first, level, keys, owners) VALUES (?, ?, ?, ?, ?)", rows
    )


def part_ranges() -> list[tuple[int, int]]:
    """The ranges of print values a merge handles one at a time: [low, high)."""
    size = 1 << (32 - PART_BITS)
    return [(part * size, (part + 1) * size) for part in range(1 << PART_BITS)]


def _block_end(keys: np.ndarray, start: int) -> int:
    """Where the block from `start` ends: after BLOCK prints or at the end of its part."""
    part_end = ((int(keys[start]) >> (32 - PART_BITS)) + 1) << (32 - PART_BITS)
    end = min(int(np.searchsorted(keys, part_end, side="left")), start + BLOCK)
    if end < len(keys) and end > start and keys[end] == keys[end - 1]:
        end = int(np.searchsorted(keys, keys[end], side="right"))  # keep a value together
    return end


def _merge_full_levels(db: Database) -> None:
    """Merge the runs of the lowest level that has FANOUT of them, until none has."""
    while True:
        full = db.execute(
            f"SELECT level, group_concat(run) FROM (SELECT DISTINCT level, run FROM {BLOCKS})"
            " GROUP BY level HAVING count(*) >= ? ORDER BY level LIMIT 1",
            [FANOUT],
        ).fetchone()
        if full is None:
            return
        level, runs = full[0], sorted(int(r) for r in full[1].split(","))
        merge(db, runs, level + 1)


def merge(db: Database, runs: list[int], level: int) -> None:
    """Merge `runs` into one new run at `level`, one range of print values at a time."""
    gone, stopped = _gone(db), stopped_prints(db)
    target = newest_run(db) + 1
    for low, high in part_ranges():
        keys, owners = [], []
        for run in runs:
            for block_keys, block_owners in db.execute(
                f"SELECT keys, owners FROM {BLOCKS} WHERE run = ? AND first >= ? AND first < ?",
                [run, low, high],
            ):
                block_owners = np.frombuffer(block_owners, dtype=OWNER)
                live = ~np.isin(block_owners, gone.stale_in(run))
                keys.append(np.frombuffer(block_keys, dtype=KEY)[live])
                owners.append(block_owners[live])
        merged = _settled(keys, owners, stopped)
        if len(merged[0]):
            write_run(db, target, *merged, level=level)
    db.execute(f"DELETE FROM {BLOCKS} WHERE run IN (SELECT value FROM json_each(?))",
               [str(runs)])  # fmt: skip
    oldest = db.execute(f"SELECT min(run) FROM {BLOCKS}").fetchone()[0]
    db.execute(f"DELETE FROM {GONE} WHERE last_run < ?", [oldest if oldest is not None else target])


def compact(db: Database) -> None:
    """Merge every run into one (dropping all stale prints), e.g. after linking everything again."""
    runs = _runs(db)
    if len(runs) > 1 or db.execute(f"SELECT 1 FROM {GONE} LIMIT 1").fetchone():
        level = db.execute(f"SELECT coalesce(max(level), 0) FROM {BLOCKS}").fetchone()[0]
        merge(db, runs, level)
