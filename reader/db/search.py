"""All search SQL: the index tables, keeping them current, and the matching queries.

Three tables, keyed by article id (`rowid`), holding current issue versions only:

* `search_text` — FTS5, contentless, `detail=full`: columns body, title and
  notes (annotation notes and corrections, see `notes_text`) as character
  bigrams (`reader.text.tokens`). A query string of n ≥ 2 word characters is
  the phrase of its n-1 bigrams. bm25 ranks with the title weighted 5×.
  The body is the first column because FTS5 writes a two-byte column marker
  before the positions of every (term, article) entry outside column 0: with
  the title first (migrations before 0006) that cost a quarter of the index.
* `search_chars` — FTS5, contentless, `detail=none`: the distinct characters
  of each article. One-character queries are exact here; it costs about a
  tenth of `search_text` because it stores neither positions nor counts.
* `search_docs` — what each indexed row was made from (title, paragraph
  range, notes). SQLite 3.40 has no `contentless_delete`, so removing a row
  means handing FTS5 the very tokens it indexed; paragraphs never change, so
  the stored title, range and notes rebuild them exactly.

Contentless because the text is already in `paragraphs`: a content copy would
double the text, and snippets are made in Python from the page's 50 articles.
Why bigrams and not jieba words, and what each query length costs, is in
`reader.text.tokens` and the search benchmark.
"""

from __future__ import annotations

import json
import string
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

from sqlite_utils import Database

from reader.text import tokens

TEXT = "search_text"
CHARS = "search_chars"
DOCS = "search_docs"
WEIGHTS = "1.0, 5.0, 2.0"  # bm25 weights of body, title, notes (the column order)
HASH_SIZE = 64 * 1024 * 1024  # FTS5's pending-data budget: fewer, larger segments on rebuild
AUTOMERGE = 16  # segments of a level merged while writing (FTS5's default 4): an import
# commits one small segment per issue, and merging by 4 took two thirds of index_issue's
# time; by 16 index_issue is about 1.5x faster, query p95 unchanged (p50 +1 ms) at 50,000


def _tokenize() -> str:
    """`ascii` with all ASCII punctuation as token characters: only spaces split tokens."""
    inner = "ascii tokenchars '" + string.punctuation.replace("'", "''") + "'"
    return "'" + inner.replace("'", "''") + "'"


def create_tables(db: Database) -> None:
    """Create the search tables (migration 0002_search); fill them with `rebuild`."""
    db.execute(
        f"CREATE VIRTUAL TABLE {TEXT} USING fts5(body, title, notes, content='',"
        f" tokenize={_tokenize()})"
    )
    db.execute(
        f"CREATE VIRTUAL TABLE {CHARS} USING fts5(chars, content='', detail=none,"
        f" tokenize={_tokenize()})"
    )
    for table in (TEXT, CHARS):
        _config(db, table, "hashsize", HASH_SIZE)
        _config(db, table, "automerge", AUTOMERGE)
    db.execute(
        f"CREATE TABLE {DOCS} (article_id INTEGER PRIMARY KEY, issue_id INTEGER NOT NULL,"
        " title TEXT NOT NULL, first_paragraph INTEGER NOT NULL,"
        " last_paragraph INTEGER NOT NULL, notes TEXT NOT NULL DEFAULT '')"
    )
    db.execute(f"CREATE INDEX {DOCS}_by_issue ON {DOCS}(issue_id)")


def body_first(db: Database) -> bool:
    """True when `search_text` has the layout `create_tables` makes now (body first)."""
    columns = [row[1] for row in db.execute(f"PRAGMA table_info({TEXT})")]
    return columns[:1] == ["body"]


def recreate_tables(db: Database) -> None:
    """Drop the search tables and make them afresh (empty; fill them with `rebuild`)."""
    for table in (TEXT, CHARS, DOCS):
        db.execute(f"DROP TABLE IF EXISTS {table}")
    create_tables(db)


# -- keeping the index current ------------------------------------------------------------


@dataclass(frozen=True)
class _Doc:
    article_id: int
    issue_id: int
    title: str
    first_paragraph: int
    last_paragraph: int
    notes: str


def notes_text(db: Database, issue_id: int) -> dict[int, str]:
    """Hook: the text people attached to each article (live annotation notes, corrections).

    Whatever this returns is indexed in the `notes` column and searched with
    the article; change it and call `reindex_article` when annotations change.
    """
    notes: dict[int, list[str]] = {}
    rows = db.execute(
        "SELECT article_id, correction, note FROM annotations WHERE issue_id = ?"
        " AND article_id IS NOT NULL AND deleted IS NULL ORDER BY created, id",
        [issue_id],
    )
    for article_id, correction, note in rows:
        notes.setdefault(article_id, []).extend(t for t in (correction, note) if t)
    return {article_id: "\n".join(texts) for article_id, texts in notes.items()}


def index_issue(db: Database, issue_id: int) -> int:
    """Index an issue's articles (again), dropping the version it superseded; return the count.

    Runs inside the caller's transaction when there is one (as a savepoint). An
    issue that is not the current version is only removed.
    """
    with db.atomic():
        row = db.execute("SELECT is_current, previous_id FROM issues WHERE id = ?", [issue_id])
        current, previous = row.fetchone() or (0, None)
        _remove(db, "issue_id = ?", [issue_id])
        if previous is not None:
            _remove(db, "issue_id = ?", [previous])
        return _insert(db, _tokenized(_articles(db, issue_id))) if current else 0


def reindex_article(db: Database, article_id: int) -> None:
    """Index one article again after its title, bounds or notes changed (or drop it if gone)."""
    with db.atomic():
        _remove(db, "article_id = ?", [article_id])
        row = db.execute(
            "SELECT a.issue_id FROM articles a JOIN issues i ON i.id = a.issue_id"
            " WHERE a.id = ? AND i.is_current = 1",
            [article_id],
        ).fetchone()
        if row is not None:
            mine = [item for item in _articles(db, row[0]) if item[0].article_id == article_id]
            _insert(db, _tokenized(mine))


def remove_issue(db: Database, issue_id: int) -> int:
    """Take an issue's articles out of the index (a superseded version); return the count."""
    with db.atomic():
        return _remove(db, "issue_id = ?", [issue_id])


def rebuild(db: Database, progress: Callable[[int, int], None] | None = None) -> int:
    """Index the whole library afresh, in one transaction; `progress(issues done, issues)`.

    No savepoint per issue (FTS5 writes its pending data out at every savepoint
    release, which made a rebuild spend most of its time merging tiny segments),
    and two cores: a thread tokenises the next batch of issues while SQLite indexes
    this one. Each batch goes in as one JSON array, one statement per table, so
    SQLite holds the GIL-free C side for the whole batch (row-by-row inserts
    would hand the GIL back and forth per article). About 1.5× the speed of
    doing it in turn. FTS5 merges no segments while the rebuild writes them
    (automerge 0; it still merges when a level reaches 16) and merges them all
    once at the end: about two thirds of the SQLite time of merging as it goes.
    """
    with db.atomic():
        for table in (TEXT, CHARS):
            db.execute(f"INSERT INTO {table}({table}) VALUES ('delete-all')")
            _config(db, table, "automerge", 0)  # one merge at the end ('optimize') instead
        db.execute(f"DELETE FROM {DOCS}")
        issues = [r[0] for r in db.execute("SELECT id FROM issues WHERE is_current = 1")]
        batches = [issues[at : at + _BATCH] for at in range(0, len(issues), _BATCH)]
        articles, done = 0, 0
        with ThreadPoolExecutor(1) as tokenizer:
            pending = None
            for batch in [*batches, []]:
                read = [item for issue_id in batch for item in _articles(db, issue_id)]
                future = tokenizer.submit(_tokenized, read) if batch else None
                if pending:
                    articles += _insert(db, pending[0].result(), bulk=True)
                    done += pending[1]
                    if progress:
                        progress(done, len(issues))
                pending = (future, len(batch)) if future else None
        for table in (TEXT, CHARS):
            db.execute(f"INSERT INTO {table}({table}) VALUES ('optimize')")
            _config(db, table, "automerge", AUTOMERGE)
        return articles


def _config(db: Database, table: str, name: str, value: int) -> None:
    db.execute(f"INSERT INTO {table}({table}, rank) VALUES (?, ?)", [name, value])


_BATCH = 20  # issues per rebuild batch, about 340 articles


def _paragraphs(db: Database, issue_id: int) -> dict[int, str]:
    rows = db.execute("SELECT position, text FROM paragraphs WHERE issue_id = ?", [issue_id])
    return dict(rows.fetchall())


def _articles(db: Database, issue_id: int) -> list[tuple[_Doc, list[str]]]:
    """The issue's articles as documents, with their paragraphs' text."""
    notes = notes_text(db, issue_id)
    paragraphs = _paragraphs(db, issue_id)
    rows = db.execute(
        "SELECT id, title, first_paragraph, last_paragraph FROM articles WHERE issue_id = ?",
        [issue_id],
    )
    return [
        (
            _Doc(article_id, issue_id, title, first, last, notes.get(article_id, "")),
            [paragraphs.get(p, "") for p in range(first, last + 1)],
        )
        for article_id, title, first, last in rows.fetchall()
    ]


Tokenized = list[tuple[_Doc, tuple[str, str, str, str]]]


def _tokenized(articles: list[tuple[_Doc, list[str]]]) -> Tokenized:
    return [(doc, tokens.document(doc.title, body, doc.notes)) for doc, body in articles]


def _insert(db: Database, rows: Tokenized, *, bulk: bool = False) -> int:
    text = [(d.article_id, title, body, notes) for d, (title, body, notes, _) in rows]
    chars = [(d.article_id, c) for d, (*_, c) in rows]
    docs = [(d.article_id, d.issue_id, d.title, d.first_paragraph, d.last_paragraph, d.notes)
            for d, _ in rows]  # fmt: skip
    statements = [
        (f"INSERT INTO {TEXT}(rowid, title, body, notes)", text),
        (f"INSERT INTO {CHARS}(rowid, chars)", chars),
        (f"INSERT INTO {DOCS} (article_id, issue_id, title, first_paragraph, last_paragraph,"
         " notes)", docs),
    ]  # fmt: skip
    for insert, values in statements:
        width = len(values[0]) if values else 0
        if bulk and values:
            picks = ", ".join(f"value->>{n}" for n in range(width))
            batch = json.dumps(values, ensure_ascii=False)
            db.execute(f"{insert} SELECT {picks} FROM json_each(?)", [batch])
        elif values:
            db.conn.executemany(f"{insert} VALUES ({','.join('?' * width)})", values)
    return len(rows)


def _remove(db: Database, where: str, params: list) -> int:
    """Delete the documents `where` selects, handing FTS5 the very tokens it indexed."""
    docs = [
        _Doc(*row)
        for row in db.execute(
            "SELECT article_id, issue_id, title, first_paragraph, last_paragraph, notes"
            f" FROM {DOCS} WHERE {where}",
            params,
        ).fetchall()
    ]
    paragraphs: dict[int, dict[int, str]] = {}
    for doc in docs:
        if doc.issue_id not in paragraphs:
            paragraphs[doc.issue_id] = _paragraphs(db, doc.issue_id)
        texts = paragraphs[doc.issue_id]
        body = [texts.get(p, "") for p in range(doc.first_paragraph, doc.last_paragraph + 1)]
        title, body_tokens, notes, chars = tokens.document(doc.title, body, doc.notes)
        db.execute(
            f"INSERT INTO {TEXT}({TEXT}, rowid, title, body, notes) VALUES ('delete',?,?,?,?)",
            [doc.article_id, title, body_tokens, notes],
        )
        db.execute(
            f"INSERT INTO {CHARS}({CHARS}, rowid, chars) VALUES ('delete',?,?)",
            [doc.article_id, chars],
        )
        db.execute(f"DELETE FROM {DOCS} WHERE article_id = ?", [doc.article_id])
    return len(docs)


# -- matching -------------------------------------------------------------------------------


@dataclass(frozen=True)
class MatchSpec:
    """What to match, as FTS5 strings already quoted by `reader.search.plan`.

    `text_*` are phrases for `search_text`, `chars_*` single characters for
    `search_chars`; `title_any` are the phrases whose presence in the title
    puts an article in the title tier.
    """

    text_all: tuple[str, ...] = ()
    text_none: tuple[str, ...] = ()
    chars_all: tuple[str, ...] = ()
    chars_none: tuple[str, ...] = ()
    title_any: tuple[str, ...] = ()


@dataclass(frozen=True)
class Filters:
    publication: str | None = None
    date_from: str | None = None  # ISO date or a prefix of one (2023, 2023-01)
    date_to: str | None = None  # inclusive, prefixes too
    tag: str | None = None  # a tag or any tag under it (地点 covers 地点/解放区)
    status: str | None = None
    has_open_flags: bool | None = None
    has_annotations: bool | None = None


@dataclass
class _Sql:
    table: str
    where: list[str]
    params: list
    joined: bool = False

    def source(self) -> str:
        join = (
            " JOIN articles a ON a.id = d.rowid JOIN issues i ON i.id = a.issue_id"
            if self.joined
            else ""
        )
        return f"FROM {self.table} AS d{join} WHERE {' AND '.join(self.where)}"

    @property
    def score(self) -> str:
        if self.table == TEXT:
            return f"bm25(d.{TEXT}, {WEIGHTS})"
        return f"bm25(d.{CHARS})"


def _expr(phrases: Sequence[str], excluded: Sequence[str] = ()) -> str:
    expr = " AND ".join(phrases)
    return f"({expr}) NOT ({' OR '.join(excluded)})" if excluded else expr


def _in(table: str, phrases: Sequence[str], *, negate: bool, op: str) -> tuple[str, str]:
    test = "NOT IN" if negate else "IN"
    sql = f"+d.rowid {test} (SELECT rowid FROM {table} WHERE {table} MATCH ?)"
    return sql, f" {op} ".join(phrases)


def _build(spec: MatchSpec, filters: Filters, match: str | None = None) -> _Sql:
    """The driving table and conditions; `match` replaces the driver's MATCH expression."""
    if spec.text_all:
        sql = _Sql(TEXT, [f"d.{TEXT} MATCH ?"], [match or _expr(spec.text_all, spec.text_none)])
        others = [(CHARS, spec.chars_all, False, "AND"), (CHARS, spec.chars_none, True, "OR")]
    elif spec.chars_all:
        sql = _Sql(CHARS, [f"d.{CHARS} MATCH ?"], [_expr(spec.chars_all, spec.chars_none)])
        if match:  # the title tier of a one-character query lives in search_text
            sql = _Sql(TEXT, [f"d.{TEXT} MATCH ?"], [match])
        others = [(TEXT, spec.text_none, True, "OR")]
    else:  # the query parser lets no term through without an indexed character
        raise ValueError("a search needs at least one indexed phrase or character")
    for table, phrases, negate, op in others:
        if phrases:
            where, param = _in(table, phrases, negate=negate, op=op)
            sql.where.append(where)
            sql.params.append(param)
    _add_filters(sql, filters)
    return sql


_TAGGED = (  # no `+`: a tag's few articles are better looked up in FTS5 one by one
    "d.rowid IN (SELECT at.article_id FROM article_tags at JOIN tags t ON t.id = at.tag_id"
    " WHERE t.name = ? OR substr(t.name, 1, length(?) + 1) = ? || '/')"
)
_FLAGGED = (
    "EXISTS (SELECT 1 FROM flags f JOIN paragraphs p ON p.id = f.paragraph_id"
    " WHERE f.issue_id = a.issue_id AND f.state = 'open'"
    " AND p.position BETWEEN a.first_paragraph AND a.last_paragraph)"
)
_ANNOTATED = (
    "EXISTS (SELECT 1 FROM annotations n WHERE n.article_id = d.rowid AND n.deleted IS NULL)"
)


def _add_filters(sql: _Sql, f: Filters) -> None:
    conditions = [
        (f.publication is not None, "i.publication = ?", [f.publication]),
        (bool(f.date_from), "i.date >= ?", [f.date_from]),
        (bool(f.date_to), "substr(i.date, 1, length(?)) <= ?", [f.date_to, f.date_to]),
        (f.status is not None, "a.status = ?", [f.status]),
        (f.tag is not None, _TAGGED, [f.tag] * 3),
        (f.has_open_flags is not None, ("" if f.has_open_flags else "NOT ") + _FLAGGED, []),
        (f.has_annotations is not None, ("" if f.has_annotations else "NOT ") + _ANNOTATED, []),
    ]
    for wanted, where, params in conditions:
        if wanted:
            sql.where.append(where)
            sql.params.extend(params)
            sql.joined = True


def count_matches(db: Database, spec: MatchSpec, filters: Filters) -> int:
    sql = _build(spec, filters)
    return db.execute(f"SELECT count(*) {sql.source()}", sql.params).fetchone()[0]


def _titles(spec: MatchSpec) -> str:
    """FTS5: a term in the title column (its bigrams, or its character among the title's)."""
    return f"{{title}} : ({' OR '.join(spec.title_any)})" if spec.title_any else ""


def ranked(
    db: Database, spec: MatchSpec, filters: Filters, limit: int, offset: int = 0
) -> list[tuple[int, float]]:
    """(article id, bm25): title hits first, then best bm25 first; for small result sets."""
    sql = _build(spec, filters)
    params: list = []
    in_title = "0"
    if spec.title_any:  # the set of title hits, from the title column, read once
        within = f"({_expr(spec.text_all, spec.text_none)}) AND " if spec.text_all else ""
        in_title = f"d.rowid IN (SELECT rowid FROM {TEXT} WHERE {TEXT} MATCH ?)"
        params.append(within + _titles(spec))
    rows = db.execute(
        f"SELECT d.rowid, {sql.score} AS score, {in_title} AS t {sql.source()}"
        " ORDER BY t DESC, score, d.rowid DESC LIMIT ? OFFSET ?",
        [*params, *sql.params, limit, offset],
    )
    return [(row[0], row[1]) for row in rows]


def _tier(spec: MatchSpec, filters: Filters) -> _Sql | None:
    """The title tier as one search_text query, when no other table has a say."""
    if not spec.title_any:
        return None
    if spec.text_all and not (spec.chars_all or spec.chars_none):
        return _build(
            spec, filters, f"({_expr(spec.text_all, spec.text_none)}) AND {_titles(spec)}"
        )
    if not spec.text_all and len(spec.chars_all) == 1 and not (spec.chars_none or spec.text_none):
        return _build(spec, filters, _titles(spec))
    return None


def title_tier_count(db: Database, spec: MatchSpec, filters: Filters) -> int | None:
    """How many matches have a term in the title, or None when that cannot be asked cheaply."""
    tier = _tier(spec, filters)
    if tier is None:
        return None
    return db.execute(f"SELECT count(*) {tier.source()}", tier.params).fetchone()[0]


def title_tier(db: Database, spec: MatchSpec, filters: Filters) -> list[tuple[int, float]]:
    """The whole title tier, best bm25 first (call only when `title_tier_count` is small)."""
    tier = _tier(spec, filters)
    assert tier is not None
    rows = db.execute(
        f"SELECT d.rowid, {tier.score} AS score {tier.source()} ORDER BY score, d.rowid DESC",
        tier.params,
    )
    return [(row[0], row[1]) for row in rows]


def latest(
    db: Database, spec: MatchSpec, filters: Filters, limit: int, offset: int = 0,
    *, skip: Sequence[int] = (),
) -> list[int]:  # fmt: skip
    """Matches in reverse import order (newest article ids first) but `skip`, unranked."""
    sql = _build(spec, filters)
    if skip:
        sql.where.append("+d.rowid NOT IN (SELECT value FROM json_each(?))")
        sql.params.append(json.dumps(list(skip)))
    rows = db.execute(
        f"SELECT d.rowid {sql.source()} ORDER BY d.rowid DESC LIMIT ? OFFSET ?",
        [*sql.params, limit, offset],
    )
    return [row[0] for row in rows]


# -- reading what the page shows ------------------------------------------------------------


@dataclass(frozen=True)
class HitRow:
    article_id: int
    issue_id: int
    title: str
    publication: str | None
    date: str | None
    page: str | None


def hit_rows(db: Database, ids: Sequence[int]) -> dict[int, HitRow]:
    rows = db.execute(
        "SELECT a.id, a.issue_id, a.title, i.publication, i.date, i.page FROM articles a"
        " JOIN issues i ON i.id = a.issue_id WHERE a.id IN (SELECT value FROM json_each(?))",
        [json.dumps(list(ids))],
    )
    return {row[0]: HitRow(*row) for row in rows}


def article_parts(db: Database, ids: Sequence[int]) -> dict[int, list[str]]:
    """Searchable text of each article: [title, paragraphs…, notes] as indexed."""
    key = [json.dumps(list(ids))]
    parts: dict[int, list[str]] = {
        row[0]: [row[1]]
        for row in db.execute(
            "SELECT id, title FROM articles WHERE id IN (SELECT value FROM json_each(?))", key
        )
    }
    for article_id, text in db.execute(
        "SELECT a.id, p.text FROM articles a JOIN paragraphs p ON p.issue_id = a.issue_id"
        " AND p.position BETWEEN a.first_paragraph AND a.last_paragraph"
        " WHERE a.id IN (SELECT value FROM json_each(?)) ORDER BY a.id, p.position",
        key,
    ):
        parts[article_id].append(text)
    for article_id, notes in db.execute(
        f"SELECT article_id, notes FROM {DOCS} WHERE article_id IN"
        " (SELECT value FROM json_each(?)) AND notes != ''",
        key,
    ):
        parts.setdefault(article_id, []).append(notes)
    return parts


def like_scan(db: Database, include: Sequence[str], exclude: Sequence[str] = ()) -> set[int]:
    """Reference answer: current articles whose title or a paragraph contains each string.

    A `LIKE '%q%'` scan of every paragraph, for tests and the benchmark; ASCII
    letters match either case, as in the index. Notes are not scanned.
    """

    def having(needle: str) -> set[int]:
        pattern = "%" + needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        rows = db.execute(
            "SELECT a.id FROM articles a JOIN issues i ON i.id = a.issue_id AND i.is_current = 1"
            " WHERE a.title LIKE ?1 ESCAPE '\\' OR EXISTS (SELECT 1 FROM paragraphs p"
            " WHERE p.issue_id = a.issue_id AND p.position BETWEEN a.first_paragraph"
            " AND a.last_paragraph AND p.text LIKE ?1 ESCAPE '\\')",
            [pattern],
        )
        return {row[0] for row in rows}

    found = set.intersection(*(having(n) for n in include)) if include else set()
    for needle in exclude:
        found -= having(needle)
    return found
