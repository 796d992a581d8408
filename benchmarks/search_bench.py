"""Search at library scale: index throughput and size, query times beside a LIKE scan.

    python benchmarks/search_bench.py [--articles 500000] [--queries 50] [--fresh]
        [--out DIR] [--rebuild]

Builds (once, cached under benchmarks/out/) a synthetic library of
`--articles` articles of about 1,000 characters: sentences of the bundled
samples mixed with words drawn from jieba's dictionary by frequency, dates,
numbers and a few Latin words, about 17 articles per issue. Then prints:

* throughput of the segmenters (jieba, rjieba) and of our bigram tokeniser on
  the same text, beside the index throughput (`rebuild` of the whole library,
  and `index_issue` one issue per transaction as the importer calls it);
* the index size beside the text size, and table by table;
* ~50 queries of 1-4 characters and of several terms: time to the first page
  (50 hits with snippets and the total) beside a `LIKE '%q%'` scan, and
  whether both find the same articles.

`--rebuild` times `rebuild` again on the cached library (the figure printed
otherwise is from when the library was built); `--out` keeps the library
elsewhere (opening a cached library migrates it, and `index_issue` timing
takes issues out and puts them back, so copy it there to leave it alone).

It prints figures and never asserts timings.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import statistics
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reader.db import search as index  # noqa: E402
from reader.db import store  # noqa: E402
from reader.db.connection import open_library  # noqa: E402
from reader.model import TITLE, Article, IssueMeta, Paragraph, ParsedIssue  # noqa: E402
from reader.search import parse, search, search_ids  # noqa: E402
from reader.text import tokens  # noqa: E402

OUT = Path(__file__).resolve().parent / "out"
SAMPLES = Path(__file__).resolve().parent.parent / "resources" / "samples"
PER_ISSUE = 17
LATIN = ["GDP", "5G", "App", "PM2.5", "CPI", "WiFi", "Logo", "VR"]
_CJK_WORD = re.compile(r"[\u4e00-\u9fff]{1,4}")
_WORD_CHARS = re.compile(r"\w+")


# -- the synthetic library ------------------------------------------------------------------


def dictionary() -> tuple[list[str], np.ndarray]:
    """jieba's dictionary words of 1-4 CJK characters and their sampling weights."""
    import jieba

    words, freqs = [], []
    path = Path(jieba.__file__).parent / "dict.txt"
    for line in path.read_text(encoding="utf-8").splitlines():
        word, freq, _ = line.split(" ")
        if _CJK_WORD.fullmatch(word):
            words.append(word)
            freqs.append(int(freq))
    weights = np.array(freqs, dtype=float) ** 0.9
    return words, weights / weights.sum()


def sample_sentences() -> list[str]:
    sentences = []
    for path in sorted(SAMPLES.glob("*.txt")):
        for block in path.read_text(encoding="utf-8").split("\n\n"):
            if block.strip() and not block.startswith("#"):
                sentences += [s for s in re.split(r"(?<=[。！？])", block.strip()) if len(s) > 4]
    return sentences


class Writer:
    """Random articles: clauses of dictionary words, sample sentences, dates, Latin words.

    Each article has a topic, TOPIC_WORDS words it keeps coming back to (a
    TOPIC_SHARE of its words, its title from them too), as real articles repeat
    their names and subjects. Without it, random words repeat a bigram within an
    article far less often than the samples do, which makes the index larger and
    slower than real text would; the benchmark prints both repetition rates.
    """

    TOPIC_WORDS = 30
    TOPIC_SHARE = 0.55  # gives the samples' repetition rate (about 1.55)

    def __init__(self, seed: int) -> None:
        self.words, weights = dictionary()
        self.sentences = sample_sentences()
        self.rng = random.Random(seed)
        self.np_rng = np.random.default_rng(seed)
        self.pool = self.np_rng.choice(len(self.words), 8_000_000, p=weights)
        self.at = 0

    def draw(self, count: int) -> np.ndarray:
        if self.at + count > len(self.pool):
            self.at = 0
        self.at += count
        return self.pool[self.at - count : self.at]

    def article(self) -> tuple[str, list[str]]:
        topic = ["".join(self.words[i] for i in self.draw(self.rng.randint(1, 3)))
                 for _ in range(self.TOPIC_WORDS)]  # fmt: skip
        picks = [self.words[i] for i in self.draw(600)]
        mine = self.np_rng.random(len(picks)) < self.TOPIC_SHARE
        for at in np.flatnonzero(mine):
            picks[at] = topic[self.rng.randrange(len(topic))]
        words = iter(picks)
        title = "".join(self.rng.sample(topic, self.rng.randint(2, 4)))
        paragraphs = []
        for _ in range(self.rng.randint(3, 10)):
            paragraphs.append("".join(self.clause(words) for _ in range(self.rng.randint(4, 11))))
        return title, paragraphs

    def clause(self, words: Iterator[str]) -> str:
        x = self.rng.random()
        if x < 0.12:
            return self.rng.choice(self.sentences)
        some = "".join(w for _, w in zip(range(self.rng.randint(3, 8)), words, strict=False))
        if x < 0.18:
            return f"{self.rng.randint(1, 12)}月{self.rng.randint(1, 28)}日{some}，"
        if x < 0.20:
            return f"{some}{self.rng.choice(LATIN)}，"
        return some + ("，" if self.rng.random() < 0.7 else "。")


def sample_articles() -> list[list[str]]:
    """The body paragraphs of each article of the bundled samples."""
    from reader.importer.decode import decode
    from reader.importer.parse import parse_issue

    found = []
    for path in sorted(SAMPLES.glob("*.txt")):
        parsed = parse_issue(decode(path.read_bytes()).text, path.name)
        for a in parsed.articles:
            found.append(
                [p.text for p in parsed.paragraphs[a.first : a.last + 1] if p.role == "body"]
            )
    return found


def repetition(articles: list[list[str]]) -> float:
    """Bigram occurrences per (bigram, article) pair: how often articles repeat themselves."""
    occurrences = pairs = 0
    for body in articles:
        grams = [t for t in tokens.bigram_text(body).split() if t != tokens.SEPARATOR]
        occurrences += len(grams)
        pairs += len(set(grams))
    return occurrences / max(pairs, 1)


def issue(serial: int, articles: list[tuple[str, list[str]]]) -> ParsedIssue:
    paragraphs: list[Paragraph] = []
    spans: list[Article] = []
    offset = 0
    for title, body in articles:
        first = len(paragraphs)
        for text, role in [(f"## {title}", TITLE)] + [(p, "body") for p in body]:
            gap = "\n\n" if paragraphs else ""
            start = offset + len(gap)
            paragraphs.append(Paragraph(len(paragraphs), text, start, start + len(text), gap, role))
            offset = start + len(text)
        spans.append(Article(first, len(paragraphs) - 1, title))
    day = 1 + serial % 365
    meta = IssueMeta(
        "合成日报", f"{2014 + serial // 3000}-{1 + day // 31 % 12:02d}-{1 + day % 28:02d}"
    )
    meta.page = f"第{1 + serial % 8}版"
    return ParsedIssue("x" * offset, "", "\n", meta, paragraphs, spans)


def build(path: Path, articles: int, seed: int) -> dict:
    """Write the synthetic library (no index), then index it with `rebuild`; return figures."""
    db = open_library(path)
    writer = Writer(seed)
    started, text_bytes, chars = time.perf_counter(), 0, 0
    issues = (articles + PER_ISSUE - 1) // PER_ISSUE
    for serial in range(issues):
        batch = [writer.article() for _ in range(min(PER_ISSUE, articles - serial * PER_ISSUE))]
        for title, body in batch:
            text_bytes += sum(len(t.encode()) for t in [title, *body])
            chars += len(title) + sum(map(len, body))
        source = store.IssueSource(f"/synthetic/{serial}.txt", f"{serial}.txt", f"s{serial}", 0)
        if serial % 1000 == 0:
            db.conn.execute("BEGIN")
        store.insert_issue(db, issue(serial, batch), source, None)
        if serial % 1000 == 999 or serial == issues - 1:
            db.conn.execute("COMMIT")
            print(f"\r  stored {serial + 1}/{issues} issues", end="", file=sys.stderr)
    stored = time.perf_counter() - started
    print(file=sys.stderr)
    started, cpu = time.perf_counter(), time.process_time()
    index.rebuild(db, progress=_progress("indexed"))
    indexed, cpu = time.perf_counter() - started, time.process_time() - cpu
    db.close()
    return {"articles": articles, "issues": issues, "text_bytes": text_bytes, "chars": chars,
            "store_s": stored, "rebuild_s": indexed, "rebuild_cpu_s": cpu}  # fmt: skip


def _progress(label: str):
    def show(done: int, total: int) -> None:
        if done % 500 == 0 or done == total:
            print(f"\r  {label} {done}/{total} issues", end="", file=sys.stderr)
            if done == total:
                print(file=sys.stderr)

    return show


# -- measurements ----------------------------------------------------------------------------


def sample_text(db, megabytes: float) -> list[str]:
    """Paragraphs from the start of the library, about `megabytes` of UTF-8."""
    texts, size = [], 0
    for (text,) in db.execute("SELECT text FROM paragraphs WHERE role = 'body' ORDER BY id"):
        texts.append(text)
        size += len(text.encode())
        if size >= megabytes * 1e6:
            break
    return texts


def segmenters(texts: list[str]) -> list[tuple[str, float]]:
    import jieba
    import rjieba

    jieba.setLogLevel(60)
    jieba.initialize()
    size = sum(len(t.encode()) for t in texts) / 1e6
    runs = {
        "jieba cut (HMM off)": lambda t: jieba.lcut(t, HMM=False),
        "jieba cut_for_search": jieba.lcut_for_search,
        "rjieba cut (HMM off)": lambda t: rjieba.cut(t, False),
        "rjieba cut_for_search": rjieba.cut_for_search,
        "bigram tokens (ours)": lambda t: tokens.bigram_text([t]),
    }
    figures = []
    for name, cut in runs.items():
        started = time.perf_counter()
        for text in texts:
            cut(text)
        figures.append((name, size / (time.perf_counter() - started)))
    return figures


def per_issue_index(db, issues: int) -> tuple[float, float]:
    """MB/s of `index_issue`, one transaction per issue, on the library's first issues."""
    ids = [r[0] for r in db.execute("SELECT id FROM issues ORDER BY id LIMIT ?", [issues])]
    size = db.execute(
        "SELECT sum(length(CAST(text AS BLOB))) FROM paragraphs WHERE issue_id <= ?", [ids[-1]]
    ).fetchone()[0]
    for issue_id in ids:  # take them out first, so the timing is of adding them
        index.remove_issue(db, issue_id)
    started = time.perf_counter()
    for issue_id in ids:
        with db.atomic():
            index.index_issue(db, issue_id)
    return size / 1e6, time.perf_counter() - started


def sizes(db) -> dict[str, int]:
    rows = db.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name").fetchall()
    out = {"search": 0, "text tables": 0, "other": 0}
    for name, size in rows:
        if name.startswith("search_"):
            out["search"] += size
            out[name] = size
        elif name in ("paragraphs", "articles"):
            out["text tables"] += size
        else:
            out["other"] += size
    return out


def queries(db, words: list[str], count: int, seed: int) -> list[tuple[str, str]]:
    """(group, query): per length, half drawn from the text by occurrence, half from jieba."""
    rng = random.Random(seed)
    top = db.execute("SELECT max(id) FROM articles").fetchone()[0]
    texts = [r[0] for r in db.execute(
        "SELECT text FROM paragraphs WHERE role = 'body' AND article_id IN"
        " (SELECT value FROM json_each(?))",
        [json.dumps([rng.randint(1, top) for _ in range(300)])],
    )]  # fmt: skip
    by_length = {n: [w for w in words if len(w) == n] for n in range(1, 5)}

    def from_text(n: int) -> str:
        while True:
            text = rng.choice(texts)
            at = rng.randrange(max(1, len(text) - n))
            piece = text[at : at + n]
            if len(piece) == n and _WORD_CHARS.fullmatch(piece):
                return piece

    per = max(2, (count - 10) // 8)
    chosen = []
    for n in range(1, 5):
        chosen += [(f"{n} char", from_text(n)) for _ in range(per)]
        chosen += [(f"{n} char", rng.choice(by_length[n])) for _ in range(per)]
    two, three = (lambda: from_text(2)), (lambda: from_text(3))
    multi = [
        f"{two()} {two()}", f"{three()} {two()}", f"{two()} {two()} {two()}",
        f"{two()} -{two()}", f"{three()} -{two()}", f"{from_text(1)} {three()}",
        f"{two()} {rng.choice(LATIN)}", f'"{_with_comma(texts, rng)}"', f"{three()} {three()}",
        f'"{rng.choice(LATIN).lower()}"',
    ]  # fmt: skip
    chosen += [("several", q) for q in multi]
    return list({q: (group, q) for group, q in chosen}.values())


def _with_comma(texts: list[str], rng: random.Random) -> str:
    while True:
        found = re.findall(r"\w{2}，\w{2}", rng.choice(texts))
        if found:
            return rng.choice(found)


def time_queries(db, chosen: list[tuple[str, str]]) -> list[dict]:
    for _, q in chosen[:5]:  # warm up the connection and the page cache a little
        search(db, q)
    rows = []
    for group, q in chosen:
        started = time.perf_counter()
        result = search(db, q, limit=50)
        fts = time.perf_counter() - started
        parsed = parse(q)
        started = time.perf_counter()
        scanned = index.like_scan(
            db, [t.text for t in parsed.included], [t.text for t in parsed.excluded]
        )
        like = time.perf_counter() - started
        same = set(search_ids(db, q)) == scanned and result.total == len(scanned)
        rows.append({"group": group, "query": q, "hits": result.total, "fts": fts,
                     "like": like, "same": same, "ranked": result.ranked})  # fmt: skip
    return rows


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def report_queries(rows: list[dict]) -> None:
    print(f"\n{'group':8} {'query':24} {'hits':>8} {'first page':>11} {'LIKE scan':>10}"
          f" {'×':>6}  same order")  # fmt: skip
    for r in rows:
        same, order = "yes" if r["same"] else "NO", "bm25" if r["ranked"] else "title+newest"
        print(
            f"{r['group']:8} {r['query']:24} {r['hits']:>8} {r['fts'] * 1e3:>9.1f}ms"
            f" {r['like'] * 1e3:>8.0f}ms {r['like'] / r['fts']:>6.0f}  {same:4} {order}"
        )
    print(f"\n{'group':8} {'n':>3} {'p50 first page':>15} {'p95':>8} {'p50 LIKE':>9} {'p95':>8}")
    groups = sorted({r["group"] for r in rows}) + ["all"]
    for group in groups:
        part = [r for r in rows if group in ("all", r["group"])]
        fts, like = [r["fts"] * 1e3 for r in part], [r["like"] * 1e3 for r in part]
        print(f"{group:8} {len(part):>3} {statistics.median(fts):>13.1f}ms {p95(fts):>6.1f}ms"
              f" {statistics.median(like):>7.0f}ms {p95(like):>6.0f}ms")  # fmt: skip
    fts = [r["fts"] for r in rows]
    like = [r["like"] for r in rows]
    print(f"p95 LIKE / p95 first page: {p95(like) / p95(fts):.0f}×;"
          f" slowest query {max(fts) * 1e3:.1f} ms;"
          f" same article sets: {sum(r['same'] for r in rows)}/{len(rows)}")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=500_000)
    parser.add_argument("--queries", type=int, default=50)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--per-issue", type=int, default=300, help="issues for index_issue timing")
    parser.add_argument("--segment-mb", type=float, default=5.0, help="text for the segmenters")
    parser.add_argument("--fresh", action="store_true", help="rebuild the cached library")
    parser.add_argument("--out", type=Path, default=OUT, help="where the library is cached")
    parser.add_argument("--rebuild", action="store_true", help="time rebuild on it again")
    args = parser.parse_args()
    args.out.mkdir(exist_ok=True)
    path = args.out / f"search_{args.articles}_{args.seed}.sqlite"
    figures_path = path.with_suffix(".json")
    if args.fresh or not figures_path.exists():
        for old in args.out.glob(path.name + "*"):
            old.unlink()
        figures = build(path, args.articles, args.seed)
        figures_path.write_text(json.dumps(figures), encoding="utf-8")
    figures = json.loads(figures_path.read_text(encoding="utf-8"))
    db = open_library(path)
    if args.rebuild:
        started, cpu = time.perf_counter(), time.process_time()
        index.rebuild(db, progress=_progress("indexed again"))
        figures["rebuild_s"] = time.perf_counter() - started
        figures["rebuild_cpu_s"] = time.process_time() - cpu
    mb = figures["text_bytes"] / 1e6
    print(
        f"library: {figures['articles']} articles in {figures['issues']} issues,"
        f" {figures['chars'] / 1e6:.0f} M characters, {mb:.0f} MB of UTF-8 text ({path.name})"
    )
    print(f"store without index: {figures['store_s']:.0f} s")
    synthetic = [
        [
            r[0]
            for r in db.execute(
                "SELECT text FROM paragraphs WHERE article_id = ? AND role = 'body'", [i]
            )
        ]
        for i in range(1, min(figures["articles"], 2000) + 1)
    ]
    print(
        f"bigram repetition (occurrences per bigram and article): samples"
        f" {repetition(sample_articles()):.2f}, synthetic {repetition(synthetic):.2f}"
    )
    print(f"\nthroughput on the same text ({args.segment_mb:g} MB sample):")
    for name, speed in segmenters(sample_text(db, args.segment_mb)):
        print(f"  {name:24} {speed:6.2f} MB/s")
    print(
        f"  {'rebuild (whole library)':24} {mb / figures['rebuild_s']:6.2f} MB/s"
        f"  ({figures['rebuild_s']:.0f} s; {figures['rebuild_cpu_s']:.0f} s CPU in 2 threads;"
        " one transaction + optimize)"
    )
    parts = sizes(db)
    found, tables = parts["search"], parts["text tables"]
    print(
        f"\nsize: text {mb:.0f} MB UTF-8; text tables {tables / 1e6:.0f} MB;"
        f" search index {found / 1e6:.0f} MB = {found / figures['text_bytes']:.2f}× the text"
        f" ({found / tables:.2f}× the text tables); file {path.stat().st_size / 1e6:.0f} MB"
    )
    tables_found = sorted((k for k in parts if k.startswith("search_")), key=parts.get)
    print("  " + ", ".join(f"{k} {parts[k] / 1e6:.1f} MB" for k in reversed(tables_found)))
    report_queries(time_queries(db, queries(db, dictionary()[0], args.queries, args.seed)))
    size, seconds = per_issue_index(db, args.per_issue)
    print(
        f"\nindex_issue, one transaction per issue, into the full index: {size / seconds:.2f} MB/s"
        f" ({args.per_issue} issues, {size:.1f} MB)"
    )
    db.close()


if __name__ == "__main__":
    main()
