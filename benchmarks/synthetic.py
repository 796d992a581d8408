"""Synthetic issue files built from the bundled samples, shared by the benchmarks.

Paragraphs from both samples are shuffled into new issues with their
headings, so the parser and detectors see realistic shapes and the text
differs from file to file (no two files share a content hash).
"""

from __future__ import annotations

import random
from pathlib import Path

SAMPLES = Path(__file__).resolve().parent.parent / "resources" / "samples"


def sample_blocks() -> list[str]:
    """Every paragraph of the samples (headings included), in file order."""
    blocks: list[str] = []
    for path in sorted(SAMPLES.glob("*.txt")):
        blocks.extend(
            b.strip() for b in path.read_text(encoding="utf-8").split("\n\n") if b.strip()
        )
    return blocks


def make_issue_text(rng: random.Random, blocks: list[str], serial: int, size: int = 4_200) -> str:
    """One synthetic issue of about `size` characters."""
    parts = [f"# 第{serial}期 综合新闻", f"本报讯(记者合成{serial % 97})第{serial}号样例。"]
    length = 0
    while length < size:
        block = rng.choice(blocks)
        parts.append(block)
        length += len(block)
    return "\n\n".join(parts) + "\n"


def write_issue_files(folder: Path, count: int, seed: int = 7) -> int:
    """Write `count` issue files into `folder`; return the bytes written."""
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    blocks = sample_blocks()
    total = 0
    for serial in range(count):
        day = 1 + serial % 28
        path = folder / f"synthetic_2023-{1 + serial // 28 % 12:02d}-{day:02d}_{serial:05d}.txt"
        data = make_issue_text(rng, blocks, serial).encode("utf-8")
        path.write_bytes(data)
        total += len(data)
    return total
