"""Document frequencies of words over the library's own articles, for suggested tags.

Two tables (migration `0003_keyword_df`):

* `keyword_df(term, df)` — in how many counted articles each word occurs.
* `keyword_docs` — which articles are counted, and from what: issue, paragraph
  range and title. Paragraph text never changes, so a counted article can be
  subtracted exactly later from what is stored here, even after its issue
  was superseded or its boundaries or title were edited.

How it stays fresh: `refresh` compares `keyword_docs` with the articles of
the current issue versions. Articles not counted yet are added; counted ones
that changed (edited title or bounds, a newer version of their issue, gone)
are subtracted, and re-added if they are still current. It runs in batches,
one transaction each, so it can stop at any point and go on later from where
the tables say it is; the window runs it in the background when it opens and
after every import, and `issue-reader tags --suggest` runs it first. Between
an import and the end of a refresh, suggestions use the counts so far.

What it costs: segmenting every article once (about 2.5 million characters a
second with rjieba: a few minutes for 500 million characters, the first
time), then only what an import or an edit changed. The tables hold one row
per distinct word (a few hundred thousand for a large library) and one per
article. Finding what changed is two joins of `keyword_docs` with
`articles` by primary key (40 ms for 60,000 articles, so about 0.3 s for
500,000), holding only the ids of what is to be counted.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from sqlite_utils import Database

DOCS = "keyword_docs"
DF = "keyword_df"
BATCH = 200  # articles per transaction

TermsOf = Callable[[str, list[str]], Iterable[str]]  # (title, paragraphs) → distinct terms
Progress = Callable[[int, int], None]


def create_tables(db: Database) -> None:
    """The migration's body: empty tables, filled by `refresh`."""
    db.executescript(
        f"""
        CREATE TABLE {DF} (term TEXT PRIMARY KEY, df INTEGER NOT NULL) WITHOUT ROWID;
        CREATE TABLE {DOCS} (
            article_id INTEGER PRIMARY KEY,  -- no foreign key: a gone article is subtracted
            issue_id INTEGER NOT NULL,
            first_paragraph INTEGER NOT NULL,
            last_paragraph INTEGER NOT NULL,
            title TEXT NOT NULL
        );
        """
    )


@dataclass(frozen=True)
class Doc:
    """An article as counted (or about to be): where its text is."""

    article_id: int
    issue_id: int
    first_paragraph: int
    last_paragraph: int
    title: str


_DOC_COLUMNS = "article_id, issue_id, first_paragraph, last_paragraph, title"
_ARTICLE_COLUMNS = "a.id, a.issue_id, a.first_paragraph, a.last_paragraph, a.title"


# A counted doc differs from its article now (IS NOT: NULL when the article is gone).
_CHANGED = (
    "d.issue_id IS NOT a.issue_id OR d.first_paragraph IS NOT a.first_paragraph"
    " OR d.last_paragraph IS NOT a.last_paragraph OR d.title IS NOT a.title"
)


def stale_docs(db: Database) -> list[Doc]:
    """Counted docs whose article is gone, superseded or changed: to subtract."""
    rows = db.execute(
        f"SELECT d.article_id, d.issue_id, d.first_paragraph, d.last_paragraph, d.title"
        f" FROM {DOCS} d LEFT JOIN articles a ON a.id = d.article_id"
        f" LEFT JOIN issues i ON i.id = a.issue_id WHERE i.is_current IS NOT 1 OR {_CHANGED}"
    )
    return [Doc(*row) for row in rows]


def missing_ids(db: Database) -> list[int]:
    """Current articles not counted as they are now: to add (ids only; all, the first time)."""
    rows = db.execute(
        f"SELECT a.id FROM articles a JOIN issues i ON i.id = a.issue_id"
        f" LEFT JOIN {DOCS} d ON d.article_id = a.id WHERE i.is_current = 1 AND ({_CHANGED})"
    )
    return [row[0] for row in rows]


def _docs_of(db: Database, article_ids: Sequence[int]) -> list[Doc]:
    marks = ",".join("?" * len(article_ids))
    rows = db.execute(
        f"SELECT {_ARTICLE_COLUMNS} FROM articles a WHERE a.id IN ({marks})", list(article_ids)
    )
    return [Doc(*row) for row in rows]


def _issue_exists(db: Database, issue_id: int) -> bool:
    return db.execute("SELECT 1 FROM issues WHERE id = ?", [issue_id]).fetchone() is not None


def _text(db: Database, doc: Doc) -> list[str]:
    """The paragraphs a doc was (or will be) counted from."""
    rows = db.execute(
        "SELECT text FROM paragraphs WHERE issue_id = ? AND position BETWEEN ? AND ?"
        " ORDER BY position",
        [doc.issue_id, doc.first_paragraph, doc.last_paragraph],
    )
    return [row[0] for row in rows]


def refresh(
    db: Database,
    terms_of: TermsOf,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """Bring the counts up to date with the library; returns how many docs changed."""
    stale, missing = stale_docs(db), missing_ids(db)
    if any(not _issue_exists(db, doc.issue_id) for doc in stale):
        clear(db)  # an issue was deleted: its words cannot be subtracted, so count afresh
        stale, missing = [], missing_ids(db)
    total, done, changed = len(stale) + len(missing), 0, 0
    for start in range(0, len(stale), BATCH):
        if cancelled and cancelled():
            return changed
        changed += _apply_batch(db, [(doc, -1) for doc in stale[start : start + BATCH]], terms_of)
        done = min(start + BATCH, len(stale))
        if progress:
            progress(done, total)
    for start in range(0, len(missing), BATCH):
        if cancelled and cancelled():
            return changed
        docs = _docs_of(db, missing[start : start + BATCH])  # as they are now
        changed += _apply_batch(db, [(doc, +1) for doc in docs], terms_of)
        if progress:
            progress(done + min(start + BATCH, len(missing)), total)
    return changed


def _apply_batch(db: Database, batch: Sequence[tuple[Doc, int]], terms_of: TermsOf) -> int:
    """Segment outside the transaction, then write the batch in one."""
    planned = []
    for doc, sign in batch:
        paragraphs = _text(db, doc)
        planned.append((doc, sign, set(terms_of(doc.title, paragraphs))))
    delta: Counter[str] = Counter()
    applied = 0
    with db.atomic():
        for doc, sign, terms in planned:
            if _record(db, doc, sign):  # another refresh may have done it meanwhile
                delta.update({term: sign for term in terms})
                applied += 1
        db.conn.executemany(
            f"INSERT INTO {DF} (term, df) VALUES (?, ?)"
            " ON CONFLICT (term) DO UPDATE SET df = df + excluded.df",
            [(term, change) for term, change in delta.items() if change],
        )
        db.conn.executemany(
            f"DELETE FROM {DF} WHERE term = ? AND df <= 0",
            [(term,) for term, change in delta.items() if change < 0],
        )
    return applied


def _record(db: Database, doc: Doc, sign: int) -> bool:
    """Add or remove the doc's row; False when it is already so."""
    if sign > 0:
        cursor = db.execute(f"INSERT OR IGNORE INTO {DOCS} ({_DOC_COLUMNS}) VALUES (?,?,?,?,?)",
                            [doc.article_id, doc.issue_id, doc.first_paragraph,
                             doc.last_paragraph, doc.title])  # fmt: skip
    else:
        cursor = db.execute(
            f"DELETE FROM {DOCS} WHERE article_id = ? AND issue_id = ? AND first_paragraph = ?"
            " AND last_paragraph = ? AND title = ?",
            [doc.article_id, doc.issue_id, doc.first_paragraph, doc.last_paragraph, doc.title],
        )
    return cursor.rowcount > 0


def clear(db: Database) -> None:
    with db.atomic():
        db.execute(f"DELETE FROM {DF}")
        db.execute(f"DELETE FROM {DOCS}")


def document_count(db: Database) -> int:
    return db.execute(f"SELECT count(*) FROM {DOCS}").fetchone()[0]


def frequencies(db: Database, terms: Iterable[str]) -> dict[str, int]:
    """The document frequency of each of `terms` that occurs in a counted article."""
    wanted = list(dict.fromkeys(terms))
    found: dict[str, int] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        marks = ",".join("?" * len(chunk))
        found.update(db.execute(f"SELECT term, df FROM {DF} WHERE term IN ({marks})", chunk))
    return found


def is_counted(db: Database, article_id: int) -> bool:
    row = db.execute(f"SELECT 1 FROM {DOCS} WHERE article_id = ?", [article_id]).fetchone()
    return row is not None
