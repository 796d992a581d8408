"""The library's schema, as named migrations applied in order.

A migration is never edited once it has shipped: later changes get a new
named function below the others. Each runs in its own transaction
(sqlite-utils `Migrations`), and the library file is backed up before any
pending migration touches an existing library (see `connection.open_library`).

The first schema already has room for what the proofreaders and archivists
will do (annotations with text anchors, flags with review states, tags,
per-article status, user-edited article boundaries), so features add
behaviour rather than reshape the data.
"""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

migrations = Migrations("issue_reader")


@migrations(name="0001_initial")
def _initial(db: Database) -> None:
    db.executescript(
        """
        CREATE TABLE issues (
            id INTEGER PRIMARY KEY,
            publication TEXT,
            date TEXT,                      -- ISO yyyy-mm-dd, or NULL when unknown
            page TEXT,
            title TEXT,
            source_path TEXT NOT NULL,      -- absolute path it was imported from
            source_name TEXT NOT NULL,      -- file name, for people and for `articles NAME`
            content_hash TEXT NOT NULL UNIQUE,  -- sha256 of the file's bytes
            encoding TEXT NOT NULL,
            byte_size INTEGER NOT NULL,
            char_count INTEGER NOT NULL,
            head TEXT NOT NULL DEFAULT '',  -- front matter, verbatim
            tail TEXT NOT NULL DEFAULT '',  -- blank text after the last paragraph
            version INTEGER NOT NULL DEFAULT 1,
            previous_id INTEGER REFERENCES issues(id) ON DELETE SET NULL,
            is_current INTEGER NOT NULL DEFAULT 1,  -- 0 once a newer version is imported
            imported_at TEXT NOT NULL,
            modified_at TEXT
        );
        CREATE INDEX issues_by_path ON issues(source_path);
        CREATE INDEX issues_by_publication_date ON issues(is_current, publication, date, page);

        CREATE TABLE articles (
            id INTEGER PRIMARY KEY,
            issue_id INTEGER NOT NULL REFERENCES issues(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            first_paragraph INTEGER NOT NULL,  -- paragraph positions, inclusive
            last_paragraph INTEGER NOT NULL,
            title TEXT NOT NULL,
            kicker TEXT,
            subtitle TEXT,
            byline TEXT,
            column_name TEXT,
            kind TEXT NOT NULL DEFAULT 'news',
            sections TEXT NOT NULL DEFAULT '[]',  -- JSON list of section headings
            status TEXT NOT NULL DEFAULT 'not_proofread',
            edited INTEGER NOT NULL DEFAULT 0,    -- 1 once a person changed fields or bounds
            modified_at TEXT,
            UNIQUE (issue_id, position)
        );

        CREATE TABLE paragraphs (
            id INTEGER PRIMARY KEY,
            issue_id INTEGER NOT NULL REFERENCES issues(id) ON DELETE CASCADE,
            article_id INTEGER REFERENCES articles(id) ON DELETE SET NULL,
            position INTEGER NOT NULL,
            start INTEGER NOT NULL,          -- character offsets in the decoded text
            "end" INTEGER NOT NULL,
            gap_before TEXT NOT NULL,        -- the exact text between it and the one before
            text TEXT NOT NULL,              -- verbatim, never changed
            role TEXT NOT NULL DEFAULT 'body',
            UNIQUE (issue_id, position)
        );
        CREATE INDEX paragraphs_by_article ON paragraphs(article_id, position);

        CREATE TABLE annotations (
            id TEXT PRIMARY KEY,             -- a URN uuid, the same in every library
            issue_id INTEGER REFERENCES issues(id) ON DELETE SET NULL,
            source_hash TEXT NOT NULL,       -- content hash of the issue file it was made on
            article_id INTEGER REFERENCES articles(id) ON DELETE SET NULL,
            start_paragraph_id INTEGER REFERENCES paragraphs(id) ON DELETE SET NULL,
            start_offset INTEGER,
            end_paragraph_id INTEGER REFERENCES paragraphs(id) ON DELETE SET NULL,
            end_offset INTEGER,
            text_start INTEGER,              -- offsets in the issue's decoded text
            text_end INTEGER,
            exact TEXT NOT NULL,
            prefix TEXT NOT NULL DEFAULT '',
            suffix TEXT NOT NULL DEFAULT '',
            category TEXT NOT NULL,
            correction TEXT,
            note TEXT,
            color TEXT,
            orphaned INTEGER NOT NULL DEFAULT 0,
            created TEXT NOT NULL,
            modified TEXT NOT NULL,
            deleted TEXT                     -- tombstone time; the row stays for merging
        );
        CREATE INDEX annotations_by_article ON annotations(article_id);
        CREATE INDEX annotations_by_issue ON annotations(issue_id);

        CREATE TABLE flags (
            id INTEGER PRIMARY KEY,
            issue_id INTEGER NOT NULL REFERENCES issues(id) ON DELETE CASCADE,
            paragraph_id INTEGER NOT NULL REFERENCES paragraphs(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            related TEXT NOT NULL DEFAULT '[]',  -- JSON list of paragraph ids
            detail TEXT NOT NULL DEFAULT '{}',   -- JSON evidence
            state TEXT NOT NULL DEFAULT 'open',  -- open / confirmed / dismissed
            reviewed_at TEXT
        );
        CREATE INDEX flags_by_issue ON flags(issue_id, state);
        CREATE INDEX flags_by_paragraph ON flags(paragraph_id);

        CREATE TABLE tags (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,       -- hierarchical with '/', e.g. 地点/解放区
            color TEXT
        );
        CREATE TABLE article_tags (
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
            PRIMARY KEY (article_id, tag_id)
        );
        CREATE INDEX article_tags_by_tag ON article_tags(tag_id);
        """
    )


@migrations(name="0002_search")
def _search(db: Database) -> None:
    """The search index (see `reader.db.search`), filled from the issues already here."""
    from reader.db import search  # here, so the migration stays one appended block

    search.create_tables(db)
    search.rebuild(db)


@migrations(name="0003_keyword_df")
def _keyword_df(db: Database) -> None:
    """Word document frequencies for suggested tags (see `reader.db.keyword_df`); empty
    here, counted in the background by `reader.text.keywords.refresh_idf`."""
    from reader.db import keyword_df  # here, so the migration stays one appended block

    keyword_df.create_tables(db)


@migrations(name="0004_annotation_lookups")
def _annotation_lookups(db: Database) -> None:
    """Find annotations waiting for an issue file (imported from another library before the
    file was imported here) without scanning the whole table on every import; the partial
    index holds only the waiting rows."""
    db.execute(
        "CREATE INDEX IF NOT EXISTS annotations_waiting ON annotations(source_hash)"
        " WHERE issue_id IS NULL"
    )


@migrations(name="0005_reuse")
def _reuse(db: Database) -> None:
    """Text reused across issues (see `reader.db.reuse`). The issues already here wait in
    `reuse_pending` and are linked in the background (minutes for a large library), not
    while the library opens."""
    from reader.db import reuse  # here, so the migration stays one appended block

    reuse.create_tables(db)
    db.execute("INSERT INTO reuse_pending SELECT id FROM issues WHERE is_current = 1")


@migrations(name="0006_search_body_first")
def _search_body_first(db: Database) -> None:
    """The search index again, with the body as its first column (a quarter smaller, see
    `reader.db.search`); libraries whose index 0002 made already this way keep it."""
    from reader.db import search  # here, so the migration stays one appended block

    if not search.body_first(db):
        search.recreate_tables(db)
        search.rebuild(db)


@migrations(name="0007_reuse_runs")
def _reuse_runs(db: Database) -> None:
    """Prints as sorted runs in blobs instead of one B-tree row each (see
    `reader.db.print_runs`: linking 200,000 paragraphs went from 57 s to a few); the prints
    0005 stored move over as one run, so nothing is linked again."""
    from reader.db import reuse  # here, so the migration stays one appended block

    reuse.runs_from_print_table(db)


@migrations(name="0008_issue_group_counts")
def _issue_group_counts(db: Database) -> None:
    """Each group of the issues tree's count as a row kept by triggers (see
    `reader.db.group_counts`): a window no longer counts a publication's issues to open."""
    from reader.db import group_counts  # here, so the migration stays one appended block

    group_counts.create_tables(db)
