"""The window on 30,000 issues / 500,000 articles against the same window on one issue.

    python benchmarks/window_bench.py [--rounds 5] [--rebuild]

Builds (once; cached in benchmarks/out/) a synthetic library from the
bundled samples: each synthetic issue holds the paragraphs, articles and
flags of both samples (16 or 17 articles, 165 paragraphs), written directly
with executemany in a few large transactions. A one-issue library is built
the same way. Before timing, each library's background upkeep (word counts
for suggested tags, "also in" links) is brought up to date once, as in a
library in daily use. Then, in one process and offscreen, for each library
in alternation, it times:

  shown     constructing the main window on the library until it is painted
  issue     selecting one issue in the tree (opening the nodes above it)
            until its articles and its first article are painted
  article   selecting another article until the reader has painted it
  restored  a new window that re-selects the last issue and article, until painted

A third library, one month of the same daily (240 issues), tells the
growth with the library's size (large/month: the same rows on screen)
from the cost of drawing a full month instead of a single issue
(month/small). Prints the median of each figure over the rounds, after a
warm-up round; the target is each large figure within 1.2× of the small one.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("ISSUE_READER_LANGUAGE", "en")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QEventLoop, QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from shiboken6 import Shiboken  # noqa: E402

from reader.db.connection import connect, open_library  # noqa: E402
from reader.db.schema import migrations  # noqa: E402
from reader.importer.run import import_paths  # noqa: E402
from reader.paths import sample_issues  # noqa: E402
from reader.ui import settings as options  # noqa: E402
from reader.ui.main_window import MainWindow  # noqa: E402
from reader.ui.settings import Settings  # noqa: E402

OUT = Path(__file__).resolve().parent / "out"
LARGE_ISSUES = 30_000
LARGE_ARTICLES = 500_000
PAGES_PER_DAY = 8
BATCH = 1_000  # issues per transaction


# -- building the libraries ------------------------------------------------------


@dataclass
class Template:
    """The samples as rows: paragraphs (position-ordered), articles and flags of one issue."""

    paragraphs: list[tuple]  # (position, start, end, gap_before, text, role, article_index)
    articles: list[tuple]  # (first, last, title, kicker, subtitle, byline, column, kind, sections)
    flags: list[tuple]  # (paragraph_position, kind, related_positions, detail, state)


def load_template(work: Path) -> Template:
    """Import both samples and read them back as one issue's worth of rows."""
    db = open_library(work / "template.sqlite")
    import_paths(db, sample_issues())
    template = Template([], [], [])
    offset = 0
    for (issue_id,) in db.execute("SELECT id FROM issues ORDER BY id").fetchall():
        _append_issue(db, issue_id, offset, template)
        offset = len(template.paragraphs)
    db.close()
    return template


def _append_issue(db, issue_id: int, offset: int, template: Template) -> None:
    article_index = {}
    for row in db.execute(
        "SELECT id, first_paragraph, last_paragraph, title, kicker, subtitle, byline, column_name,"
        " kind, sections FROM articles WHERE issue_id = ? ORDER BY position",
        [issue_id],
    ).fetchall():
        article_index[row[0]] = len(template.articles)
        template.articles.append((row[1] + offset, row[2] + offset, *row[3:]))
    ids = {}
    for pid, position, start, end, gap, text, role, article_id in db.execute(
        'SELECT id, position, start, "end", gap_before, text, role, article_id FROM paragraphs'
        " WHERE issue_id = ? ORDER BY position",
        [issue_id],
    ).fetchall():
        ids[pid] = position + offset
        template.paragraphs.append(
            (position + offset, start, end, gap, text, role, article_index.get(article_id))
        )
    for pid, kind, related, detail, state in db.execute(
        "SELECT paragraph_id, kind, related, detail, state FROM flags WHERE issue_id = ?",
        [issue_id],
    ).fetchall():
        template.flags.append((ids[pid], kind, related, detail, state))


def split_longest(template: Template) -> Template:
    """The same issue with its longest article cut in two (17 articles instead of 16)."""
    longest = max(
        range(len(template.articles)),
        key=lambda i: template.articles[i][1] - template.articles[i][0],
    )
    first, last, title, *rest = template.articles[longest]
    middle = (first + last) // 2
    articles = list(template.articles)
    articles[longest] = (first, middle, title, *rest)
    articles.insert(longest + 1, (middle + 1, last, f"{title}(续)", *rest))
    paragraphs = []
    for row in template.paragraphs:
        index = row[6]
        if index is not None and index > longest or (index == longest and row[0] > middle):
            index += 1
        paragraphs.append((*row[:6], index))
    return Template(paragraphs, articles, template.flags)


def issue_places(count: int) -> Iterator[tuple[str | None, str | None, str]]:
    """(publication, date, page): a daily paper of 8 pages, then undated and unnamed issues."""
    day, page = date(2014, 1, 1), 1
    dated = count - 2 * (count // 37)
    for n in range(count):
        if n < dated:
            yield "焦作日报", day.isoformat(), f"第{page}版"
            page += 1
            if page > PAGES_PER_DAY:
                day, page = day + timedelta(days=1), 1
        elif n < dated + count // 37:
            yield "焦作日报", None, f"第{n % PAGES_PER_DAY + 1}版"
        else:
            yield None, "2020-05-04", f"第{n % PAGES_PER_DAY + 1}版"


def build_library(path: Path, issues: int, articles: int, work: Path) -> None:
    """Write `issues` synthetic issues holding `articles` articles in all."""
    base = load_template(work)
    longer = split_longest(base)
    extra = articles - issues * len(base.articles)  # issues that get the 17-article template
    assert 0 <= extra <= issues, "article count out of reach of the templates"
    partial = path.with_suffix(".partial")
    partial.unlink(missing_ok=True)
    open_library(partial).close()  # the schema, through the real migrations
    conn = sqlite3.connect(partial, isolation_level=None)
    conn.execute("PRAGMA journal_mode = OFF")
    conn.execute("PRAGMA synchronous = OFF")
    counters = {"paragraph": 0, "article": 0}
    places = issue_places(issues)
    for start in range(0, issues, BATCH):
        conn.execute("BEGIN")
        for n in range(start, min(start + BATCH, issues)):
            _write_issue(conn, n + 1, next(places), longer if n < extra else base, counters)
        conn.execute("COMMIT")
        print(f"\r  {min(start + BATCH, issues):,} / {issues:,} issues", end="", file=sys.stderr)
    print(file=sys.stderr)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.close()
    partial.replace(path)


def _write_issue(
    conn: sqlite3.Connection, issue_id: int, place: tuple, template: Template, ids: dict
) -> None:
    publication, day, page = place
    chars = template.paragraphs[-1][2]
    conn.execute(
        "INSERT INTO issues (id, publication, date, page, source_path, source_name, content_hash,"
        " encoding, byte_size, char_count, imported_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        [issue_id, publication, day, page, f"/synthetic/{issue_id:05d}.txt", f"{issue_id:05d}.txt",
         f"synthetic-{issue_id}", "utf-8", chars * 3, chars, "2024-01-01T00:00:00Z"],
    )  # fmt: skip
    first_article = ids["article"] + 1
    conn.executemany(
        "INSERT INTO articles (id, issue_id, position, first_paragraph, last_paragraph, title,"
        " kicker, subtitle, byline, column_name, kind, sections) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
        [(first_article + i, issue_id, i, *row) for i, row in enumerate(template.articles)],
    )
    ids["article"] += len(template.articles)
    first_paragraph = ids["paragraph"] + 1
    conn.executemany(
        'INSERT INTO paragraphs (id, issue_id, article_id, position, start, "end", gap_before,'
        " text, role) VALUES (?,?,?,?,?,?,?,?,?)",
        [
            (
                first_paragraph + p[0],
                issue_id,
                None if p[6] is None else first_article + p[6],
                *p[:6],
            )
            for p in template.paragraphs
        ],
    )
    ids["paragraph"] += len(template.paragraphs)
    conn.executemany(
        "INSERT INTO flags (issue_id, paragraph_id, kind, related, detail, state)"
        " VALUES (?,?,?,?,?,?)",
        [(issue_id, first_paragraph + f[0], *f[1:]) for f in template.flags],
    )


def library_file(name: str, issues: int, articles: int, rebuild: bool, work: Path) -> Path:
    """The cached library, rebuilt when asked, missing, or behind the current schema."""
    path = OUT / f"window_bench_{name}.sqlite"
    if path.exists() and not rebuild:
        db = connect(path)
        stale = bool(migrations.pending(db))
        db.close()
        if not stale:
            return path
    OUT.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    print(f"building {path.name}: {issues:,} issues, {articles:,} articles …", file=sys.stderr)
    build_library(path, issues, articles, work)
    print(f"  built in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    return path


def bring_up_to_date(path: Path) -> None:
    """Do the upkeep a window starts in the background after new articles, once, before timing.

    A library in daily use has its word counts (suggested tags) and its "also in"
    links up to date, so the window starts no long background work; a freshly built
    one would count 500,000 articles beside every timed round. Both steps only do
    what is outstanding (nothing on later runs).
    """
    from reader.db.reuse import link_pending
    from reader.text.keywords import refresh_idf

    db = connect(path)
    try:
        started = time.perf_counter()
        counted, linked = refresh_idf(db), link_pending(db)
        if counted or linked:
            print(f"  {path.name}: word counts for {counted:,} articles, {linked:,} links,"
                  f" {time.perf_counter() - started:.0f} s", file=sys.stderr)  # fmt: skip
    finally:
        db.close()


# -- timing the window ------------------------------------------------------------


def settle(app: QApplication) -> None:
    """Let Qt process what is pending, paint included."""
    for _ in range(3):
        app.processEvents()


def timed(action: Callable[[], object], app: QApplication) -> float:
    started = time.perf_counter()
    action()
    settle(app)
    return time.perf_counter() - started


def open_window(path: Path) -> MainWindow:
    window = MainWindow(open_library(path), path, Settings())
    window.resize(1280, 800)
    window.show()
    return window


def close(window: MainWindow) -> None:
    db = window.db
    window.close()
    Shiboken.delete(window)
    db.close()


def pick_issue(path: Path) -> tuple[int, int]:
    """An issue in the middle of the library (a mid-month page 3 if dated), and an article row."""
    db = connect(path)
    row = db.execute(
        "SELECT id FROM issues WHERE date IN ('2019-06-15', '2014-01-15') AND page = '第3版'"
    ).fetchone()
    issue_id = row[0] if row else db.execute("SELECT min(id) FROM issues").fetchone()[0]
    db.close()
    return issue_id, 5


def wait_for_counts(window: MainWindow) -> None:
    """Let the status bar's background count finish, so it does not share the CPU with a figure."""
    if window.status.counts is None:
        loop = QEventLoop()
        window.status.counts_shown.connect(loop.quit)
        loop.exec()


def one_round(app: QApplication, path: Path) -> dict[str, float]:
    issue_id, row = pick_issue(path)
    Settings().store.clear()
    figures: dict[str, float] = {}
    holder: list[MainWindow] = []
    figures["shown"] = timed(lambda: holder.append(open_window(path)), app)
    window = holder[0]
    wait_for_counts(window)
    figures["issue"] = timed(lambda: window.issues_view.select_issue(issue_id), app)
    assert window.articles_model.rowCount() >= 16 and window.reader.article is not None
    figures["article"] = timed(lambda: window.articles_view.select_row(row), app)
    assert window.reader.article.id == window.articles_view.current_article_id()
    article_id = window.reader.article.id
    close(window)
    assert Settings().get(options.LAST_ARTICLE) == article_id
    holder.clear()
    figures["restored"] = timed(lambda: holder.append(open_window(path)), app)
    assert holder[0].reader.article is not None and holder[0].reader.article.id == article_id
    wait_for_counts(holder[0])
    close(holder[0])
    return figures


def describe(path: Path) -> str:
    db = connect(path)
    issues, articles, paragraphs = (
        db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        for table in ("issues", "articles", "paragraphs")
    )
    db.close()
    size = path.stat().st_size / 1e6
    return f"{issues:,} issues, {articles:,} articles, {paragraphs:,} paragraphs, {size:,.1f} MB"


LIBRARIES = (  # name, issues, articles
    ("small", 1, 16),
    ("month", 240, 4_000),  # one month of the same daily: as many rows in the open month
    ("large", LARGE_ISSUES, LARGE_ARTICLES),
)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--rounds", type=int, default=25)  # ratios of 7 swung ±20%
    parser.add_argument("--rebuild", action="store_true", help="build the libraries again")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as work:
        paths = {
            name: library_file(name, issues, articles, args.rebuild, Path(work))
            for name, issues, articles in LIBRARIES
        }
        for path in paths.values():
            bring_up_to_date(path)
        QSettings.setPath(
            QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(Path(work) / "settings")
        )
        app = QApplication.instance() or QApplication(sys.argv[:1])
        for path in paths.values():
            one_round(app, path)  # warm-up: fonts, first paint, Python imports, file cache
        results: dict[str, list[dict[str, float]]] = {name: [] for name in paths}
        for _ in range(args.rounds):
            for name, path in paths.items():  # alternate, so machine noise hits all alike
                results[name].append(one_round(app, path))
    report(results, paths, args.rounds)


def report(results: dict[str, list[dict[str, float]]], paths: dict[str, Path], rounds: int) -> None:
    for name, path in paths.items():
        print(f"{name:6} {describe(path)}")
    print(f"median of {rounds} rounds, ms (offscreen, after a warm-up round)")
    print(f"{'':10}{'small':>9}{'month':>9}{'large':>9}{'large/small':>13}{'large/month':>13}")
    for figure in ("shown", "issue", "article", "restored"):
        small, month, large = (
            statistics.median(r[figure] for r in results[name]) * 1000
            for name in ("small", "month", "large")
        )
        ratios = f"{large / small:13.2f}{large / month:13.2f}"
        print(f"{figure:10}{small:9.1f}{month:9.1f}{large:9.1f}{ratios}")


if __name__ == "__main__":
    main()
