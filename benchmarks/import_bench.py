"""Import throughput beside the floor for the same bytes (read + decode + hash).

    python benchmarks/import_bench.py [--files 2000]

Prints files/s and MB/s for `import_paths` into a fresh library, then for
linking the imported issues' shared text ("also in …", what the `import`
command and the window do next), and for reading + decoding + hashing the
same files, measured in the same run.
"""

from __future__ import annotations

import argparse
import hashlib
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic import write_issue_files  # noqa: E402

from reader.db.connection import open_library  # noqa: E402
from reader.db.reuse import link_pending  # noqa: E402
from reader.importer.decode import decode  # noqa: E402
from reader.importer.run import collect_files, import_paths  # noqa: E402


def floor(files: list[Path]) -> float:
    start = time.perf_counter()
    for path in files:
        data = path.read_bytes()
        hashlib.sha256(data).hexdigest()
        decode(data)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--files", type=int, default=2000)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="import-bench-"))
    try:
        size = write_issue_files(work / "issues", args.files)
        files = collect_files([work / "issues"])
        floor_s = floor(files)
        db = open_library(work / "library.sqlite")
        start = time.perf_counter()
        summary = import_paths(db, [work / "issues"])
        import_s = time.perf_counter() - start
        start = time.perf_counter()
        links = link_pending(db)
        link_s = time.perf_counter() - start
        db.close()
        mb = size / 1e6
        print(f"{len(files)} files, {mb:.1f} MB; failed: {len(summary.failed)}")
        print(f"floor (read+decode+hash): {floor_s:6.2f} s  {len(files) / floor_s:8.0f} files/s"
              f"  {mb / floor_s:6.1f} MB/s")  # fmt: skip
        print(f"import (everything):      {import_s:6.2f} s  {len(files) / import_s:8.0f} files/s"
              f"  {mb / import_s:6.1f} MB/s")  # fmt: skip
        print(f"then linking (also in):   {link_s:6.2f} s  {len(files) / link_s:8.0f} files/s"
              f"  {mb / link_s:6.1f} MB/s  ({links} links)")  # fmt: skip
        both = import_s + link_s
        print(f"import and link:          {both:6.2f} s  {len(files) / both:8.0f} files/s"
              f"  {mb / both:6.1f} MB/s")  # fmt: skip
        print(f"library file: {(work / 'library.sqlite').stat().st_size / 1e6:.1f} MB")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
