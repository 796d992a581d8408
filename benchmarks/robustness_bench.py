"""Large and many inputs: time and peak memory of importing each, in a fresh process.

    python benchmarks/robustness_bench.py [--big-mb 100] [--files 10000]

Cases: one file of about `--big-mb` MB (the samples repeated), one paragraph of 1,000,000
characters, and a folder of `--files` small issue files with spaces and Chinese in their
names. Each runs in its own process so its peak resident memory (ru_maxrss) is its own.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "resources" / "samples"


def make_big(folder: Path, megabytes: int) -> Path:
    text = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt")))
    path = folder / "big issue 大文件.txt"
    with path.open("w", encoding="utf-8") as out:
        written, serial = 0, 0
        while written < megabytes * 1_000_000:
            chunk = f"\n\n# 第{serial}部分\n\n{text}"
            out.write(chunk)
            written += len(chunk.encode("utf-8"))
            serial += 1
    return path


def make_long_paragraph(folder: Path) -> Path:
    path = folder / "long paragraph 长段落.txt"
    body = ("本报讯 这是一个很长的段落，没有换行。" * 60_000)[:1_000_000]
    path.write_text(f"# 长段落\n\n{body}\n", encoding="utf-8")
    return path


def make_many(folder: Path, count: int) -> Path:
    many = folder / "many 小文件"
    many.mkdir()
    texts = [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))]
    for n in range(count):
        text = texts[n % 2][: 1500 + n % 700]
        (many / f"第 {n:05d} 期.txt").write_text(f"# 合成 {n}\n\n{text}", encoding="utf-8")
    return many


def child(path: str) -> None:
    sys.path.insert(0, str(ROOT))
    from reader.db.connection import open_library
    from reader.importer.run import import_paths

    library = Path(tempfile.mkdtemp()) / "library.sqlite"
    db = open_library(library)
    start = time.perf_counter()
    summary = import_paths(db, [Path(path)])
    seconds = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": seconds, "peak_mb": peak_mb, **summary.as_json(), "files": None}))


def run_case(label: str, path: Path) -> None:
    size = sum(p.stat().st_size for p in ([path] if path.is_file() else path.rglob("*")))
    done = subprocess.run(
        [sys.executable, __file__, "--child", str(path)], capture_output=True, text=True
    )
    if done.returncode != 0:
        print(f"{label:<28} FAILED: {done.stderr.strip()[-300:]}")
        return
    data = json.loads(done.stdout.strip().splitlines()[-1])
    print(
        f"{label:<28} {size / 1e6:8.1f} MB  {data['seconds']:8.1f} s"
        f"  peak {data['peak_mb']:7.0f} MB  imported {data['imported']}, failed {data['failed']}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--big-mb", type=int, default=100)
    parser.add_argument("--files", type=int, default=10_000)
    parser.add_argument("--child")
    parser.add_argument("--only-big", action="store_true", help="just the big file")
    args = parser.parse_args()
    if args.child:
        child(args.child)
        return
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        if not args.only_big:
            run_case("1,000,000-char paragraph", make_long_paragraph(folder))
            run_case(f"{args.files} small files", make_many(folder, args.files))
        run_case(f"one {args.big_mb} MB file", make_big(folder, args.big_mb))


if __name__ == "__main__":
    main()
