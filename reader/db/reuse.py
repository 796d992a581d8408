"""Text reused across issues ("also in …"), found at import and kept in the library.

A reprint or a piece of standing text is not OCR damage inside one issue, so
it is not a flag: it is a link between two paragraphs of different issues,
shown beside the text. Finding the links must not compare every paragraph
with every other (a library holds millions), so the library keeps *prints*:
the sampled 8-character n-gram hashes of `reader.detect.reuse.Prints`, one
row per print, in a table the import can look up by value.

* `reuse_prints(print, paragraph_id)` — the top 32 bits of each sampled hash
  of the current issues' paragraphs, WITHOUT ROWID so a look-up is one
  B-tree descent; about 14 bytes a row, 49 MB for the 15 M characters of
  200,000 synthetic paragraphs (`benchmarks/detect_speed.py`). A paragraph that is an
  identical copy of one already here adds no prints: the older copy answers
  for it, so standing text printed in every issue costs one paragraph's
  prints, not thousands, and its look-ups stay short.
* `reuse_links(paragraph_id, other_id, shared, longest, relation)` — one row
  per verified pair, `paragraph_id` the later import, `relation` from its
  side (identical, near_identical, contains, contained, overlap).

Linking an issue (`link_issue`; the importer marks it pending and
`link_pending` links many in one transaction): look up its prints, keep
paragraphs of other issues with at least MIN_HITS hits (the CANDIDATES most
hit), compare each for real (`compare`), store the links, then its prints.
A superseded version's prints are taken out at import (recomputed from its
text: the table has no index by paragraph) and the copies it answered for
get theirs back. Links to superseded versions stay in
the table for the record; every reader joins on `is_current`.

Issues wait in `reuse_pending` until `link_pending` links them: after an
import (the `import` command, the window's background), and for libraries
from before these tables. The look-up is symmetric, so the order in which
waiting issues are linked does not change which pairs are found.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

import numpy as np
from sqlite_utils import Database

from reader.detect.reuse import MIN_HITS, Prints, compare
from reader.detect.text import normalise_all

PRINTS = "reuse_prints"
STOPPED = "reuse_stopped"
LINKS = "reuse_links"
PENDING = "reuse_pending"
_FLIPPED = {"contains": "contained", "contained": "contains"}
_CHUNK = 10_000  # prints per look-up statement
BATCH = 50  # issues linked per transaction: their prints share the pages they dirty
PER_PRINT = 64  # paragraphs a print may have before it is a stop print (`_stop_common`)
CANDIDATES = 50  # paragraphs compared per new paragraph, most prints shared first
_AMONG = "id IN (SELECT value FROM json_each(?))"


def create_tables(db: Database) -> None:
    """Create the tables (migration 0005_reuse)."""
    db.executescript(
        f"""
        CREATE TABLE {PRINTS} (
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
        CREATE TABLE {STOPPED} (print INTEGER PRIMARY KEY);
        """
    )


# -- keeping the links current ---------------------------------------------------------------


def mark_pending(db: Database, issue_id: int, previous_id: int | None = None) -> None:
    """At import: the issue waits to be linked; the version it supersedes leaves the prints.

    Linking is not part of the import's transaction: the prints of one issue
    land all over their B-tree, so linking issues one file at a time wrote a
    few thousand pages per file; `link_pending` links many in one transaction.
    """
    if previous_id is not None:
        waiting = db.execute(f"DELETE FROM {PENDING} WHERE issue_id = ?", [previous_id])
        if not waiting.rowcount:
            drop_issue(db, previous_id)
    db.execute(f"INSERT OR IGNORE INTO {PENDING} (issue_id) VALUES (?)", [issue_id])


def link_issue(db: Database, issue_id: int) -> int:
    """Find what an issue shares with the rest of the library; return the links stored."""
    with db.atomic():
        db.execute(f"DELETE FROM {PENDING} WHERE issue_id = ?", [issue_id])
        ids, texts = _paragraphs(db, "issue_id = ? ORDER BY position", [issue_id])
        prints = Prints(texts)
        mine = set(ids)
        candidates = {
            text: [other for other in others if other not in mine]
            for text, others in _candidates(db, prints).items()
        }
        links = _verified(db, ids, prints.norms, candidates)
        db.conn.executemany(
            f"INSERT OR REPLACE INTO {LINKS} (paragraph_id, other_id, shared, longest, relation)"
            " VALUES (?, ?, ?, ?, ?)",
            links,
        )
        copies = {row[0] for row in links if row[4] == "identical"}
        _store_prints(db, ids, prints, skip=copies)
        return len(links)


def relink_issue(db: Database, issue_id: int) -> int:
    """Find an issue's links again (detection run again on demand); return the links stored."""
    with db.atomic():
        waiting = db.execute(f"SELECT 1 FROM {PENDING} WHERE issue_id = ?", [issue_id])
        if waiting.fetchone() is None:  # a waiting issue has no prints to take out
            drop_issue(db, issue_id)
        for side in ("paragraph_id", "other_id"):  # two look-ups; with OR, a scan of all links
            db.execute(
                f"DELETE FROM {LINKS} WHERE {side} IN"
                " (SELECT id FROM paragraphs WHERE issue_id = ?)",
                [issue_id],
            )
        return link_issue(db, issue_id)


def drop_issue(db: Database, issue_id: int) -> None:
    """Take a (superseded) issue's prints out; the identical copies it answered for get theirs."""
    ids, texts = _paragraphs(db, "issue_id = ?", [issue_id])
    prints = Prints(texts)
    db.conn.executemany(
        f"DELETE FROM {PRINTS} WHERE print = ? AND paragraph_id = ?", _rows(ids, prints)
    )
    orphans = [
        row[0]
        for row in db.execute(
            f"SELECT DISTINCT l.paragraph_id FROM paragraphs q CROSS JOIN {LINKS} l"
            " ON l.other_id = q.id JOIN paragraphs p ON p.id = l.paragraph_id"
            " JOIN issues i ON i.id = p.issue_id AND i.is_current = 1"
            " WHERE q.issue_id = ? AND l.relation = 'identical'",
            [issue_id],
        )
    ]
    if orphans:
        ids, texts = _paragraphs(db, _AMONG, [json.dumps(orphans)])
        _store_prints(db, ids, Prints(texts))


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
    links, done = 0, 0
    while done < len(waiting) and not (cancelled and cancelled()):
        with db.atomic():
            for issue_id in waiting[done : done + batch]:
                if cancelled and cancelled():
                    break
                current = db.execute("SELECT is_current FROM issues WHERE id = ?", [issue_id])
                if (current.fetchone() or (0,))[0]:
                    links += link_issue(db, issue_id)
                db.execute(f"DELETE FROM {PENDING} WHERE issue_id = ?", [issue_id])
                done += 1
                if progress:
                    progress(done, len(waiting))
    return links


def _paragraphs(db: Database, where: str, params: list) -> tuple[list[int], list[str]]:
    rows = db.execute(f"SELECT id, text FROM paragraphs WHERE {where}", params).fetchall()
    return [row[0] for row in rows], [row[1] for row in rows]


def _keys(prints: Prints) -> np.ndarray:
    """The stored part of each print: its top 32 bits, as a signed SQLite integer."""
    return (prints.keys >> np.uint64(32)).astype(np.uint32).view(np.int32)


def _rows(ids: Sequence[int], prints: Prints, skip: set[int] = frozenset()) -> Iterable[tuple]:
    owners = np.asarray(ids, dtype=np.int64)[prints.local].tolist() if len(prints.local) else []
    pairs = dict.fromkeys(zip(_keys(prints).tolist(), owners, strict=True))
    return [pair for pair in pairs if pair[1] not in skip]


def _store_prints(
    db: Database, ids: Sequence[int], prints: Prints, skip: set[int] = frozenset()
) -> None:
    rows = _rows(ids, prints, skip)
    keys = json.dumps(sorted({key for key, _ in rows}))
    stopped = {
        row[0]
        for row in db.execute(
            f"SELECT print FROM {STOPPED} WHERE print IN (SELECT value FROM json_each(?))", [keys]
        )
    }
    db.conn.executemany(
        f"INSERT OR IGNORE INTO {PRINTS} (print, paragraph_id) VALUES (?, ?)",
        [row for row in rows if row[0] not in stopped],
    )
    _stop_common(db, keys)


_CANDIDATES = f"""
    SELECT j.value ->> 1 AS text, r.paragraph_id, count(*) AS hits
    FROM json_each(:pairs) j CROSS JOIN {PRINTS} r ON r.print = j.value ->> 0
    GROUP BY text, r.paragraph_id HAVING hits >= :hits
"""


def _candidates(db: Database, prints: Prints) -> dict[int, list[int]]:
    """Text index → the stored paragraphs sharing MIN_HITS prints with it, most hits first.

    Counting happens in SQLite (an issue has a few thousand prints); no
    print has more than about PER_PRINT rows (`_stop_common`), so a stock
    phrase costs a page of rows, not the library.
    """
    pairs = sorted(set(zip(_keys(prints).tolist(), prints.local.tolist(), strict=True)))
    found: dict[int, list[tuple[int, int]]] = {}
    for start in range(0, len(pairs), _CHUNK):
        params = {"pairs": json.dumps(pairs[start : start + _CHUNK]), "hits": MIN_HITS}
        for text, owner, hits in db.execute(_CANDIDATES, params):
            found.setdefault(text, []).append((-hits, -owner))
    return {text: [-o for _, o in sorted(ranked)[:CANDIDATES]] for text, ranked in found.items()}


def _stop_common(db: Database, keys: str) -> None:
    """Prints now held by more than PER_PRINT paragraphs become stop prints, like stop words.

    A stock phrase (习近平新时代中国特色社会主义思想) is in a tenth of a party
    paper's paragraphs: as evidence it says nothing, and looking it up would
    read the library. Its rows go, and it is not stored again. `keys` is the
    JSON list of the prints just stored.
    """
    common = db.execute(
        f"SELECT print FROM {PRINTS} WHERE print IN (SELECT value FROM json_each(?))"
        " GROUP BY print HAVING count(*) > ?",
        [keys, PER_PRINT],
    ).fetchall()
    if common:
        db.conn.executemany(f"INSERT OR IGNORE INTO {STOPPED} (print) VALUES (?)", common)
        db.conn.executemany(f"DELETE FROM {PRINTS} WHERE print = ?", common)


def _verified(
    db: Database, ids: Sequence[int], norms: Sequence[str], candidates: dict[int, list[int]]
) -> list[tuple[int, int, int, int, str]]:
    """Each candidate compared for real: (paragraph, other, shared, longest, relation)."""
    wanted = sorted({other for others in candidates.values() for other in others})
    other_ids, other_texts = _paragraphs(db, _AMONG, [json.dumps(wanted)])
    other_norms = dict(zip(other_ids, normalise_all(other_texts), strict=True))
    links = []
    for text, others in candidates.items():
        for other in others:
            found = compare(norms[text], other_norms.get(other, ""))
            if found is not None:
                links.append((ids[text], other, *found))
    return links


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
