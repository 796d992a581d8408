"""Time, peak memory and recall of detection over synthetic libraries.

Builds libraries of 20,000 and 200,000 paragraphs (about 76 characters on
average, like the measurements in MEASUREMENTS.md) from the samples'
vocabulary: words drawn by frequency, so ordinary paragraphs share only short
phrases, as real ones do. Into them it plants

* near-duplicates across issues: a paragraph of an earlier issue copied with
  OCR-like damage (3 % of characters replaced, one dropped, head or tail cut);
* repeats inside an issue: an exact later copy of an earlier paragraph, or a
  paragraph with the tail of an earlier one glued on;
* a narrow column run in one issue in ten,

then runs, issue by issue, `detect_issue` and what the importer does for
"also in …": the issue's paragraphs are written to a library file (as bare
rows, outside the timing) and, after every `reuse.BATCH` issues (as after
an import of that many files), `reader.db.reuse.link_pending` looks up
their prints, verifies the candidates and stores links and prints, one
transaction per batch. Each size runs in its own subprocess so the peak resident
memory (`ru_maxrss`) is that size's alone; "index MB" is what the reuse
tables take in the library file (dbstat).

    .venv/bin/python benchmarks/detect_speed.py [sizes…]
"""

from __future__ import annotations

import json
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reader.db import reuse as library_reuse  # noqa: E402
from reader.db.connection import open_library  # noqa: E402
from reader.detect import detect_issue  # noqa: E402
from reader.importer.paragraphs import split_paragraphs  # noqa: E402

SAMPLES = ROOT / "resources" / "samples"
SIZES = (20_000, 200_000)
MEAN_LENGTH = 76
PER_ISSUE = (50, 110)
CROSS_COPY_RATE = 0.02
INNER_COPY_RATE = 0.3  # issues with a planted repeat inside them
RUN_RATE = 0.1
SEED = 5


@dataclass
class Library:
    """Paragraph texts per issue (ids run on across issues) and what was planted."""

    issues: list[list[str]] = field(default_factory=list)
    cross: list[tuple[int, int]] = field(default_factory=list)  # (copy id, source id)
    inner: list[tuple[int, int, int]] = field(default_factory=list)  # (issue, copy, source)
    root: dict[int, int] = field(default_factory=dict)  # copy id → the original it derives from

    def same_text(self, a: int, b: int) -> bool:
        """Do two paragraphs derive from one original (so sharing text is right)?"""
        return self.root.get(a, a) == self.root.get(b, b)


class Writer:
    """Random paragraphs over the samples' words, weighted by frequency."""

    def __init__(self, rng: random.Random) -> None:
        import jieba

        jieba.setLogLevel(60)
        text = "".join(p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt")))
        counts: dict[str, int] = {}
        for word in jieba.lcut(text):
            if re.fullmatch(r"[\u4e00-\u9fff0-9]+", word):
                counts[word] = counts.get(word, 0) + 1
        self.words = list(counts)
        self.cum = list(_cumulative(counts.values()))
        self.chars = [c for c in text if "\u4e00" <= c <= "\u9fff"]
        self.rng = rng

    def paragraph(self) -> str:
        target = max(12, min(400, int(self.rng.lognormvariate(4.2, 0.45))))
        words = self.rng.choices(self.words, cum_weights=self.cum, k=target)
        out: list[str] = []
        size = 0
        for word in words:
            out.append(word)
            size += len(word)
            if size >= target:
                break
            if self.rng.random() < 0.12:
                out.append("，")
        return "".join(out) + "。"

    def heading(self) -> str:
        return "## " + "".join(self.rng.choices(self.words, cum_weights=self.cum, k=6))

    def damage(self, text: str) -> str:
        chars = [self.rng.choice(self.chars) if self.rng.random() < 0.03 else c for c in text]
        if self.rng.random() < 0.5 and len(chars) > 20:
            del chars[self.rng.randrange(len(chars))]
        if self.rng.random() < 0.3:
            cut = self.rng.randrange(1 + len(chars) // 7)
            chars = chars[cut:] if self.rng.random() < 0.5 else chars[: len(chars) - cut]
        return "".join(chars)


def _cumulative(values) -> list[int]:
    total, out = 0, []
    for value in values:
        total += value
        out.append(total)
    return out


def build_library(size: int, seed: int = SEED) -> Library:
    rng = random.Random(seed)
    writer = Writer(rng)
    library = Library()
    bodies: list[tuple[int, str]] = []  # (id, text) of earlier issues' body paragraphs
    next_id = 0
    while next_id < size:
        texts, copies, inner = make_issue(writer, rng, rng.randint(*PER_ISSUE), bodies)
        for local, source in copies:
            library.cross.append((next_id + local, source))
            library.root[next_id + local] = library.root.get(source, source)
        if inner is not None:
            copy, source = next_id + inner[0], next_id + inner[1]
            library.inner.append((len(library.issues), inner[0], inner[1]))
            library.root[copy] = library.root.get(source, source)
        bodies += [
            (next_id + i, t) for i, t in enumerate(texts) if not t.startswith("#") and len(t) >= 30
        ]
        library.issues.append(texts)
        next_id += len(texts)
    return library


def make_issue(writer: Writer, rng: random.Random, count: int, bodies: list[tuple[int, str]]):
    """Texts of one issue, its cross-issue copies (local index, source id), its inner copy."""
    texts: list[str] = []
    copies: list[tuple[int, int]] = []
    while len(texts) < count:
        if len(texts) % 8 == 0:
            texts.append(writer.heading())
        elif bodies and rng.random() < CROSS_COPY_RATE:
            source, text = rng.choice(bodies)
            copies.append((len(texts), source))
            texts.append(writer.damage(text))
        else:
            texts.append(writer.paragraph())
    if rng.random() < RUN_RATE:
        texts.extend(column_lines(writer.paragraph() + writer.paragraph()))
    inner = plant_inner_copy(rng, texts) if rng.random() < INNER_COPY_RATE else None
    if inner is not None:
        copies = [(i + (i >= inner[0]), source) for i, source in copies]
    return texts, copies, inner


def column_lines(text: str, width: int = 12) -> list[str]:
    return [text[i : i + width] for i in range(0, len(text), width)]


def plant_inner_copy(rng: random.Random, texts: list[str]) -> tuple[int, int] | None:
    """Repeat an earlier paragraph later in the issue (whole, or its tail glued on)."""
    sources = [i for i, t in enumerate(texts[:-1]) if not t.startswith("#") and len(t) >= 45]
    if not sources:
        return None
    source = rng.choice(sources)
    later = rng.randrange(source + 1, len(texts) + 1)
    if rng.random() < 0.5:
        copy = texts[source]
    else:
        copy = "本段另起，" + texts[source][-rng.randint(40, len(texts[source])) :]
    texts.insert(later, copy)
    return later, source


def store_issue(db, number: int, texts: list[str], first_id: int) -> int:
    """Bare issue and paragraph rows (ids as planned), waiting to be linked, as an import
    leaves them."""
    with db.atomic():
        issue_id = db.execute(
            "INSERT INTO issues (source_path, source_name, content_hash, encoding, byte_size,"
            " char_count, imported_at) VALUES (?1, ?1, ?1, 'utf-8', 0, 0, '')",
            [f"issue-{number}"],
        ).lastrowid
        db.conn.executemany(
            'INSERT INTO paragraphs (id, issue_id, position, start, "end", gap_before, text)'
            " VALUES (?, ?, ?, 0, 0, '', ?)",
            [(first_id + i + 1, issue_id, i, text) for i, text in enumerate(texts)],
        )
        library_reuse.mark_pending(db, issue_id)
    return issue_id


def reuse_bytes(db) -> int:
    """Pages of the reuse tables and their index (all named reuse_…)."""
    return db.execute("SELECT sum(pgsize) FROM dbstat WHERE name LIKE 'reuse%'").fetchone()[0] or 0


def warm_up() -> float:
    """Load jieba's dictionary and the lookup tables once; return the seconds it took."""
    start = time.perf_counter()
    detect_issue(split_paragraphs("常常完成成。,肉肉蛋菜")[0])
    return time.perf_counter() - start


def run(size: int) -> dict:
    library = build_library(size)
    load_s = warm_up()
    base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    folder = Path(tempfile.mkdtemp())
    db = open_library(folder / "library.sqlite")
    found_inner: set[tuple[int, int, int]] = set()
    reuse: dict[int, set[int]] = {}
    clock = Clock()
    next_id = 0
    for number, texts in enumerate(library.issues):
        paragraphs = split_paragraphs("\n\n".join(texts))[0]  # as the importer hands them over
        with clock("detect"):
            findings = detect_issue(paragraphs)
        store_issue(db, number, [p.text for p in paragraphs], next_id)
        found_inner |= {
            (number, f.paragraph, r) for f in findings if f.kind == "duplicate" for r in f.related
        }
        next_id += len(paragraphs)
        if (number + 1) % library_reuse.BATCH == 0 or number + 1 == len(library.issues):
            with clock("index"):  # what follows an import of BATCH files
                library_reuse.link_pending(db)
    for mine, other in db.execute("SELECT paragraph_id, other_id FROM reuse_links"):
        reuse.setdefault(mine - 1, set()).add(other - 1)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {
        "size": next_id,
        "issues": len(library.issues),
        "load_s": load_s,
        **clock.totals(),
        "base_mb": base / 1024,
        "peak_mb": peak / 1024,
        "index_mb": reuse_bytes(db) / 2**20,
        "cross_planted": len(library.cross),
        "cross_found": sum(src in reuse.get(cp, ()) for cp, src in library.cross),
        "inner_planted": len(library.inner),
        "inner_found": sum(plant in found_inner for plant in library.inner),
        "reuse_pairs": sum(len(v) for v in reuse.values()),
        "reuse_right": sum(library.same_text(q, r) for q, rs in reuse.items() for r in rs),
    }


class Clock:
    """Wall and CPU seconds per stage; CPU time is steadier on a shared machine."""

    def __init__(self) -> None:
        self.wall: dict[str, float] = {}
        self.cpu: dict[str, float] = {}

    @contextmanager
    def __call__(self, stage: str) -> Iterator[None]:
        wall, cpu = time.perf_counter(), time.process_time()
        yield
        self.wall[stage] = self.wall.get(stage, 0.0) + time.perf_counter() - wall
        self.cpu[stage] = self.cpu.get(stage, 0.0) + time.process_time() - cpu

    def totals(self) -> dict[str, float]:
        out = {f"{stage}_s": seconds for stage, seconds in self.wall.items()}
        return out | {f"{stage}_cpu": seconds for stage, seconds in self.cpu.items()}


def main(sizes: list[int]) -> None:
    rows = []
    for size in sizes:
        out = subprocess.run(
            [sys.executable, __file__, "--one", str(size)],
            capture_output=True,
            text=True,
            check=True,
        )
        rows.append(json.loads(out.stdout.strip().splitlines()[-1]))
    row = "{:>10} {:>6} {:>13} {:>13} {:>13} {:>7} {:>7} {:>8} {:>16} {:>15}"
    head = (
        "paragraphs",
        "issues",
        "detect s",
        "index s",
        "total s",
        "base MB",
        "peak MB",
        "index MB",
    )
    print(row.format(*head, "near-dup recall", "in-issue recall"))
    for r in rows:
        times = (_secs(r, "detect"), _secs(r, "index"), _secs(r, "detect", "index"))
        memory = (f"{r['base_mb']:.0f}", f"{r['peak_mb']:.0f}", f"{r['index_mb']:.0f}")
        recall = (_recall(r, "cross"), _recall(r, "inner"))
        print(row.format(r["size"], r["issues"], *times, *memory, *recall))
    print("seconds: wall (cpu); base MB: resident with jieba and the library loaded, before")
    print("detection; peak MB: resident at the end; index MB: the reuse tables in the library")
    print(f"jieba dictionary and tables loaded once before timing: {rows[0]['load_s']:.2f} s wall")
    for r in rows:
        right, pairs = r["reuse_right"], r["reuse_pairs"]
        print(f"{r['size']} paragraphs: {pairs} reuse matches reported, {right} between copies "
              f"of one original (precision {right / max(1, pairs):.3f})")  # fmt: skip
    if len(rows) > 1:
        first, last = rows[0], rows[-1]
        cpu = (last["detect_cpu"] + last["index_cpu"]) / (first["detect_cpu"] + first["index_cpu"])
        print(f"cpu time grows {cpu:.1f}x for {last['size'] / first['size']:.1f}x paragraphs")


def _secs(row: dict, *stages: str) -> str:
    wall = sum(row[f"{s}_s"] for s in stages)
    cpu = sum(row[f"{s}_cpu"] for s in stages)
    return f"{wall:.2f} ({cpu:.2f})"


def _recall(row: dict, kind: str) -> str:
    found, planted = row[f"{kind}_found"], row[f"{kind}_planted"]
    return f"{found}/{planted} {found / max(1, planted):.3f}"


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "--one":
        print(json.dumps(run(int(sys.argv[2]))))
    else:
        main([int(a) for a in sys.argv[1:]] or list(SIZES))
