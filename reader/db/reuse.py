"""Text reused across issues ("also in …"), found at import and kept in the library.

A reprint or a piece of standing text is not OCR damage inside one issue, so
it is not a flag: it is a link between two paragraphs of different issues,
shown beside the text. Finding the links must not compare every paragraph
with every other (a library holds millions), so the library keeps *prints*:
the sampled 8-character n-gram hashes of `reader.detect.reuse.Prints` (their
top 32 bits), held in sorted runs the linker looks up a batch at a time
(`reader.db.print_runs`).

* A paragraph that is an identical copy of one already linked adds no prints:
  the older copy answers for it, so standing text printed in every issue
  costs one paragraph's prints, not thousands, and its look-ups stay short.
* A print held by more than PER_PRINT paragraphs becomes a stop print, like a
  stop word: a stock phrase says nothing, and looking it up would read the library.
* `reuse_links(paragraph_id, other_id, shared, longest, relation)` — one row
  per verified pair, `paragraph_id` the later import, `relation` from its
  side (identical, near_identical, contains, contained, overlap).

Issues wait in `reuse_pending` until `link_pending` links them, BATCH to a
transaction: after an import (the `import` command, the window's background),
and for libraries from before these tables. A batch is linked as if its
issues came one after another, oldest first: each paragraph is compared with
the stored paragraphs and with those of earlier issues of the batch that
share MIN_HITS prints with it (the CANDIDATES most shared), verified with
`compare`. The look-up is symmetric, so the order in which waiting issues are
linked does not change which pairs are found. A superseded version's prints
are declared stale at import and the copies it answered for get theirs back.
Links to superseded versions stay in the table for the record; every reader
joins on `is_current`.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

import numpy as np
from sqlite_utils import Database

from reader.db import print_runs
from reader.detect.reuse import MIN_HITS, Prints, compare
from reader.detect.text import normalise_all

LINKS = "reuse_links"
PENDING = "reuse_pending"
_FLIPPED = {"contains": "contained", "contained": "contains"}
BATCH = 50  # issues linked per transaction (and per look-up of the runs)
PER_PRINT = 64  # paragraphs a print may have before it is a stop print
CANDIDATES = 50  # paragraphs compared per new paragraph, most prints shared first
_AMONG = "id IN (SELECT value FROM json_each(?))"


def create_tables(db: Database) -> None:
    """Create the link tables (migration 0005_reuse; 0007 replaced its print table)."""
    db.executescript(
        f"""
        CREATE TABLE reuse_prints (
            print INTEGER NOT NULL,
            paragraph_id INTEGER NOT NULL,
            PRIMARY KEY (print, paragraph_id)
        ) WITHOUT ROWID;
        CREATE TABLE {LINKS} (
            paragraph_id INTEGER NOT NULL REFERENCES paragraphs(id) ON DELETE CASCADE,
            other_id INTEGER NOT NULL REFERENCES paragraphs(id) ON DELETE CASCADE,
            shared INTEGER NOT NULL,    -- characters in matching blocks, normalised text
            longest INTEGER NOT NULL,   -- the longest unbroken one
            relation TEXT NOT NULL,     -- from paragraph_id's side
            PRIMARY KEY (paragraph_id, other_id)
        ) WITHOUT ROWID;
        CREATE INDEX {LINKS}_by_other ON {LINKS}(other_id);
        CREATE TABLE {PENDING} (issue_id INTEGER PRIMARY KEY);
        CREATE TABLE {print_runs.STOPPED} (print INTEGER PRIMARY KEY);
        """
    )


def runs_from_print_table(db: Database) -> None:
    """Migration 0007: the prints of 0005's one-row-per-print table, as one run; drop it.

    Read one range of print values at a time (the table is in print order), so
    a large library moves without holding its prints twice.
    """
    print_runs.create_tables(db)
    db.execute(f"UPDATE {print_runs.STOPPED} SET print = print & 0xFFFFFFFF")  # were signed
    for low, high in print_runs.part_ranges():
        signed = [v - (1 << 32) if v >= 1 << 31 else v for v in (low, high - 1)]
        rows = db.execute(
            "SELECT print & 0xFFFFFFFF, paragraph_id FROM reuse_prints WHERE print BETWEEN ? AND ?",
            signed,
        ).fetchall()
        if rows:
            table = np.array(rows, dtype=np.int64)
            print_runs.write_run(db, 1, table[:, 0].astype(print_runs.KEY), table[:, 1])
    db.execute("DROP TABLE reuse_prints")


# -- keeping the links current ---------------------------------------------------------------


def mark_pending(db: Database, issue_id: int, previous_id: int | None = None) -> None:
    """At import: the issue waits to be linked; the version it supersedes leaves the prints.

    Linking is not part of the import's transaction: looking a batch of issues
    up in the runs costs about what one issue does, so `link_pending` links
    many at a time.
    """
    if previous_id is not None:
        waiting = db.execute(f"DELETE FROM {PENDING} WHERE issue_id = ?", [previous_id])
        if not waiting.rowcount:
            drop_issues(db, [previous_id])
    db.execute(f"INSERT OR IGNORE INTO {PENDING} (issue_id) VALUES (?)", [issue_id])


def link_issue(db: Database, issue_id: int) -> int:
    """Find what one issue shares with the rest of the library; return the links stored."""
    with db.atomic():
        return _link(db, [issue_id])


def relink_issues(db: Database, issue_ids: Sequence[int]) -> int:
    """Find issues' links again (detection run again on demand); return the links stored."""
    with db.atomic():
        waiting = {
            r[0]
            for r in db.execute(
                f"SELECT issue_id FROM {PENDING} WHERE issue_id IN"
                " (SELECT value FROM json_each(?))",
                [json.dumps(list(issue_ids))],
            )
        }
        drop_issues(db, [i for i in issue_ids if i not in waiting])  # waiting: no prints yet
        for side in ("paragraph_id", "other_id"):  # two look-ups; with OR, a scan of all links
            db.execute(
                f"DELETE FROM {LINKS} WHERE {side} IN (SELECT p.id FROM json_each(?) j"
                " CROSS JOIN paragraphs p ON p.issue_id = j.value)",
                [json.dumps(list(issue_ids))],
            )
        return _link(db, issue_ids)


def drop_issues(db: Database, issue_ids: Sequence[int]) -> None:
    """Take (superseded) issues' prints out; the identical copies they answered for get theirs."""
    among = json.dumps(list(issue_ids))
    print_runs.leave(db, [r[0] for r in db.execute(
        "SELECT p.id FROM json_each(?) j CROSS JOIN paragraphs p ON p.issue_id = j.value", [among]
    )])  # fmt: skip
    orphans = [
        row[0]
        for row in db.execute(
            f"SELECT DISTINCT l.paragraph_id FROM json_each(?) j CROSS JOIN paragraphs q"
            f" ON q.issue_id = j.value CROSS JOIN {LINKS} l ON l.other_id = q.id"
            " JOIN paragraphs p ON p.id = l.paragraph_id"
            " JOIN issues i ON i.id = p.issue_id AND i.is_current = 1"
            " WHERE l.relation = 'identical' AND p.issue_id NOT IN"
            " (SELECT value FROM json_each(?))",
            [among, among],
        )
    ]
    if orphans:
        ids, texts = _paragraphs(db, _AMONG, [json.dumps(orphans)])
        prints = Prints(texts)
        print_runs.add(db, _keys(prints), np.asarray(ids, dtype=np.int64)[prints.local])


def pending_count(db: Database) -> int:
    """How many issues still wait to be linked (from before the library had links)."""
    return db.execute(f"SELECT count(*) FROM {PENDING}").fetchone()[0]


def link_pending(
    db: Database,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    batch: int = BATCH,
) -> int:
    """Link the waiting issues, oldest first, `batch` to a transaction; return the links stored.

    Cancelling stops before the next issue; the issues not reached stay
    waiting and none is half linked.
    """
    waiting = [r[0] for r in db.execute(f"SELECT issue_id FROM {PENDING} ORDER BY issue_id")]
    stop = cancelled or (lambda: False)
    links, done = 0, 0

    def step() -> None:
        nonlocal done
        done += 1
        if progress:
            progress(done, len(waiting))

    while done < len(waiting) and not stop():
        with db.atomic():
            links += _link(db, waiting[done : done + batch], step, stop)
    return links


def _link(
    db: Database,
    issue_ids: Sequence[int],
    step: Callable[[], None] = lambda: None,
    stop: Callable[[], bool] = lambda: False,
) -> int:
    """Link a batch of issues, in the given order, as if one after another; return the links.

    Issues reached leave `reuse_pending` (those that are not current only
    leave it); a stop between issues leaves the rest waiting.
    """
    batch = _Batch.load(db, issue_ids)
    ranked = _candidates(db, batch)
    stored = _stored_norms(db, ranked, issue_ids)
    links: list[tuple[int, int, int, int, str]] = []
    reached = 0
    for number, issue_id in enumerate(issue_ids):
        if stop():
            break
        for text in batch.texts_of(number):
            if text in ranked:
                links += _verified(batch, text, ranked[text], stored)
        db.execute(f"DELETE FROM {PENDING} WHERE issue_id = ?", [issue_id])
        reached += 1
        step()
    db.conn.executemany(
        f"INSERT OR REPLACE INTO {LINKS} (paragraph_id, other_id, shared, longest, relation)"
        " VALUES (?, ?, ?, ?, ?)",
        links,
    )
    batch.store_prints(db, reached)
    return len(links)


_BATCH_TEXTS = """
    SELECT p.id, j.key, p.text FROM json_each(?) j
    CROSS JOIN issues i ON i.id = j.value AND i.is_current = 1
    JOIN paragraphs p ON p.issue_id = i.id
    ORDER BY j.key, p.position
"""


class _Batch:
    """The paragraphs of the current issues among a batch, their prints and who prints.

    Texts are in issue order, then reading order, so a text's index orders it
    in time: pairs inside the batch link the later text to the earlier one.
    """

    def __init__(self, ids: Sequence[int], numbers: Sequence[int], texts: Sequence[str]) -> None:
        self.ids = np.array(ids, dtype=np.int64)
        self.issue = np.array(numbers, dtype=np.int64)  # number of the text's issue in the batch
        prints = Prints(texts)
        self.norms = prints.norms
        self.index = {pid: text for text, pid in enumerate(self.ids.tolist())}
        self.prints = np.ones(len(self.ids), dtype=bool)  # False: an identical copy
        # one entry per (print, text), by print: what is looked up and what is stored
        keys = _keys(prints).astype(np.uint64)
        pairs = print_runs.distinct((keys << np.uint64(32)) | prints.local.astype(np.uint64))
        self.keys = (pairs >> np.uint64(32)).astype(print_runs.KEY)
        self.texts = (pairs & np.uint64(0xFFFFFFFF)).astype(np.int64)
        self.common = np.zeros(0, dtype=print_runs.KEY)

    @classmethod
    def load(cls, db: Database, issue_ids: Sequence[int]) -> _Batch:
        rows = db.execute(_BATCH_TEXTS, [json.dumps(list(issue_ids))]).fetchall()
        return cls(*zip(*rows, strict=True)) if rows else cls([], [], [])

    def texts_of(self, number: int) -> range:
        start, end = np.searchsorted(self.issue, [number, number + 1])
        return range(int(start), int(end))

    def leads(self) -> np.ndarray:
        """Per text: the first text of the batch with the same normalised text (itself if none).

        Identical copies (standing text in every issue) count once towards
        making a print common, as they add one paragraph's prints in the end.
        """
        first: dict[str, int] = {}
        return np.array([first.setdefault(norm, n) for n, norm in enumerate(self.norms)],
                        dtype=np.int64)  # fmt: skip

    def store_prints(self, db: Database, reached: int) -> None:
        """Store the prints of the texts linked (less identical copies); stop common prints."""
        if len(self.common):
            print_runs.stop(db, self.common)
        end = self.texts_of(reached - 1).stop if reached else 0
        keep = (self.texts < end) & self.prints[self.texts] & ~np.isin(self.keys, self.common)
        print_runs.add(db, self.keys[keep], self.ids[self.texts[keep]])


def _candidates(db: Database, batch: _Batch) -> dict[int, list[int]]:
    """Text → paragraphs sharing MIN_HITS prints with it (stored, or earlier in the batch),
    most shared first, then newest first.

    Prints held by more than PER_PRINT paragraphs (stored ones, and distinct
    texts of the batch) are left out and become stop prints.
    """
    keys, texts = batch.keys, batch.texts
    first = np.flatnonzero(np.concatenate(([True], keys[1:] != keys[:-1])))  # keys are sorted
    values, per_value = keys[first], np.diff(np.append(first, len(keys)))
    value_of = np.repeat(np.arange(len(values)), per_value)
    hits = print_runs.look_up(db, values)
    lead = batch.leads()
    leads = print_runs.distinct((value_of << 32) | lead[texts]) >> 32
    common = hits.counts + np.bincount(leads, minlength=len(values)) > PER_PRINT
    batch.common = values[common]
    # stored holders (not a batch text's stale prints), paired with every batch text holding it
    held = ~common[hits.at] & ~np.isin(hits.owners, batch.ids)
    at, owners = hits.at[held], hits.owners[held]
    n = per_value[at]
    mine = [texts[np.repeat(first[at], n) + print_runs.ramps(n)]]
    others = [np.repeat(owners, n)]
    # earlier texts of the batch holding the same print, from other issues, that may print:
    # a later copy of an earlier text does not (the earlier one, or what it copies, answers)
    may_print = (lead == np.arange(len(lead))) | (batch.issue == batch.issue[lead])
    live = ~common[value_of]
    step = 1
    while True:
        same = np.flatnonzero((keys[:-step] == keys[step:]) & live[step:])
        if not len(same):
            break
        later, earlier = texts[same + step], texts[same]
        apart = (batch.issue[later] != batch.issue[earlier]) & may_print[earlier]
        mine.append(later[apart])
        others.append(batch.ids[earlier[apart]])
        step += 1
    return _ranked(np.concatenate(mine), np.concatenate(others))


def _ranked(mine: np.ndarray, others: np.ndarray) -> dict[int, list[int]]:
    """Pairs (one per shared print) → text: others with MIN_HITS+, most hits then newest first."""
    if not len(mine):
        return {}
    order = np.lexsort((others, mine))
    mine, others = mine[order], others[order]
    changed = (mine[1:] != mine[:-1]) | (others[1:] != others[:-1])
    new = np.flatnonzero(np.concatenate(([True], changed)))
    hits = np.diff(np.append(new, len(mine)))
    mine, others = mine[new], others[new]
    enough = hits >= MIN_HITS
    mine, others, hits = mine[enough], others[enough], hits[enough]
    order = np.lexsort((-others, -hits, mine))
    ranked: dict[int, list[int]] = {}
    for text, other in zip(mine[order].tolist(), others[order].tolist(), strict=True):
        ranked.setdefault(text, []).append(other)
    return ranked


_STORED_TEXTS = """
    SELECT p.id, p.issue_id, p.text FROM json_each(?) j CROSS JOIN paragraphs p ON p.id = j.value
    JOIN issues i ON i.id = p.issue_id AND i.is_current = 1
"""


def _stored_norms(
    db: Database, ranked: dict[int, list[int]], issue_ids: Sequence[int]
) -> dict[int, str]:
    """Normalised texts of the stored candidates in current issues outside the batch.

    (A batch issue's own stale prints, from an earlier linking, are not candidates.)
    """
    wanted = sorted({other for others in ranked.values() for other in others})
    batch = set(issue_ids)
    rows = [r for r in db.execute(_STORED_TEXTS, [json.dumps(wanted)]) if r[1] not in batch]
    return dict(zip([r[0] for r in rows], normalise_all([r[2] for r in rows]), strict=True))


def _verified(
    batch: _Batch, text: int, others: Iterable[int], stored: dict[int, str]
) -> list[tuple[int, int, int, int, str]]:
    """A text's candidates compared for real: (paragraph, other, shared, longest, relation).

    A candidate from the batch counts only if it prints (an identical copy
    does not: the copy it links to answers for it, as it would for an issue
    linked after it); a text with an identical older copy does not print.
    """
    chosen: list[tuple[int, str]] = []
    for other in others:
        earlier = batch.index.get(other)
        if earlier is not None and not batch.prints[earlier]:
            continue
        norm = batch.norms[earlier] if earlier is not None else stored.get(other)
        if norm is not None:
            chosen.append((other, norm))
            if len(chosen) == CANDIDATES:
                break
    links = []
    for other, norm in chosen:
        found = compare(batch.norms[text], norm)
        if found is not None:
            links.append((int(batch.ids[text]), other, *found))
            if found[2] == "identical":
                batch.prints[text] = False
    return links


def _paragraphs(db: Database, where: str, params: list) -> tuple[list[int], list[str]]:
    rows = db.execute(f"SELECT id, text FROM paragraphs WHERE {where}", params).fetchall()
    return [row[0] for row in rows], [row[1] for row in rows]


def _keys(prints: Prints) -> np.ndarray:
    """The stored part of each print: its top 32 bits."""
    return (prints.keys >> np.uint64(32)).astype(print_runs.KEY)


# -- reading them ----------------------------------------------------------------------------


@dataclass(frozen=True)
class AlsoIn:
    """Another place of a paragraph's text: where it is and how the two texts stand."""

    paragraph_id: int  # the paragraph asked about
    other_id: int
    issue_id: int
    publication: str | None
    date: str | None
    page: str | None
    issue_title: str | None
    source_name: str
    article_id: int | None
    article_title: str | None
    number: int | None  # ¶n of the other paragraph in its article
    shared: int
    relation: str  # from the asked paragraph's side

    def as_json(self) -> dict:
        return {
            "paragraph": self.paragraph_id,
            "other": {"id": self.other_id, "issue": self.issue_id, "article": self.article_id,
                      "number": self.number},
            "issue": {"publication": self.publication, "date": self.date, "page": self.page,
                      "title": self.issue_title, "file": self.source_name},
            "article_title": self.article_title,
            "shared": self.shared,
            "relation": self.relation,
        }  # fmt: skip


SHOWN = 50  # places read per paragraph for the window; standing text may have thousands


@dataclass
class Places:
    """The other places of one paragraph's text, oldest issue first."""

    shown: list[AlsoIn]
    more: bool = False  # there are more places than `shown` (the limit was reached)


_PLACE = """
    SELECT p.id, i.id, i.publication, i.date, i.page, i.title, i.source_name, a.id, a.title,
           CASE WHEN a.id IS NULL THEN NULL ELSE p.position - a.first_paragraph + 1 END
    FROM json_each(?) j CROSS JOIN paragraphs p ON p.id = j.value
    JOIN issues i ON i.id = p.issue_id AND i.is_current = 1
    LEFT JOIN articles a ON a.issue_id = p.issue_id
         AND p.position BETWEEN a.first_paragraph AND a.last_paragraph
"""  # CROSS JOIN: the few ids first (left to itself, SQLite walked every current issue)


def also_in(
    db: Database, paragraph_ids: Iterable[int], limit: int | None = SHOWN
) -> dict[int, Places]:
    """Paragraph id → the other current places of its text (those that have any).

    Each paragraph reads at most `limit` links each way, in import order,
    so standing text printed in 30,000 issues costs what one page costs.
    Identical copies are linked to the first copy only (it answers for them
    in the prints), so a copy's other copies are read through that one.
    """
    wanted = limit + 1 if limit is not None else -1  # one more tells that there are more
    linked: dict[int, dict[int, tuple[int, str]]] = {}
    for paragraph_id in dict.fromkeys(paragraph_ids):
        mine = _links(db, paragraph_id, wanted)
        for hub in [other for other, (_, how) in mine.items() if how == "identical"]:
            for other, (shared, how) in _links(db, hub, wanted).items():
                if how == "identical" and other != paragraph_id:
                    mine.setdefault(other, (shared, how))
        if mine:
            linked[paragraph_id] = mine
    others = {other for mine in linked.values() for other in mine}
    if not others:
        return {}
    rows = db.execute(_PLACE, [json.dumps(sorted(others))]).fetchall()
    where = {row[0]: row for row in rows}
    found: dict[int, Places] = {}
    for paragraph_id, mine in linked.items():
        places = sorted(
            (
                AlsoIn(paragraph_id, *where[other], shared, how)
                for other, (shared, how) in mine.items()
                if other in where
            ),
            key=_oldest_first,
        )
        if places:
            cut = limit is not None and len(places) > limit
            found[paragraph_id] = Places(places[:limit] if cut else places, cut)
    return found


def _links(db: Database, paragraph_id: int, limit: int) -> dict[int, tuple[int, str]]:
    """Other paragraph → (shared, relation from this one's side), both directions."""
    older = db.execute(
        f"SELECT other_id, shared, relation FROM {LINKS} WHERE paragraph_id = ? LIMIT ?",
        [paragraph_id, limit],
    )
    newer = db.execute(
        f"SELECT paragraph_id, shared, relation FROM {LINKS} WHERE other_id = ?"
        " ORDER BY paragraph_id LIMIT ?",
        [paragraph_id, limit],
    )
    links = {other: (shared, how) for other, shared, how in older}
    for other, shared, how in newer:
        links.setdefault(other, (shared, _FLIPPED.get(how, how)))
    return links


def _oldest_first(place: AlsoIn) -> tuple:
    return (place.date is None, place.date or "", place.issue_id, place.other_id)


def also_in_issue(db: Database, issue_id: int, limit: int | None = SHOWN) -> dict[int, Places]:
    """`also_in` for every paragraph of an issue, in text order."""
    ids = [r[0] for r in db.execute(
        "SELECT id FROM paragraphs WHERE issue_id = ? ORDER BY position", [issue_id]
    )]  # fmt: skip
    return also_in(db, ids, limit)
