"""Split decoded text into verbatim paragraphs with their offsets.

A paragraph is a run of non-blank lines. A heading line (`#…`) always stands
on its own even when no blank line separates it from the text around it,
because OCR output often glues a headline to its lead.
"""

from __future__ import annotations

import re

from reader.model import Paragraph

_LINE = re.compile(r"[^\n]*\n|[^\n]+\Z")


def split_paragraphs(text: str, start: int = 0) -> tuple[list[Paragraph], str]:
    """Return the paragraphs of `text[start:]` and the blank tail after the last one."""
    paragraphs: list[Paragraph] = []
    run_start: int | None = None  # offset where the current paragraph began
    run_end = start  # offset just after the last non-blank character of the run
    gap_start = start

    def close_run() -> None:
        nonlocal run_start, gap_start
        if run_start is None:
            return
        paragraphs.append(
            Paragraph(
                position=len(paragraphs),
                text=text[run_start:run_end],
                start=run_start,
                end=run_end,
                gap_before=text[gap_start:run_start],
            )
        )
        gap_start = run_end
        run_start = None

    for match in _LINE.finditer(text, start):
        line = match.group().rstrip("\n")
        line_start = match.start()
        if not line.strip():
            close_run()
            continue
        if line.lstrip().startswith("#"):
            close_run()
            run_start = line_start
            run_end = line_start + len(line)
            close_run()
            continue
        if run_start is None:
            run_start = line_start
        run_end = line_start + len(line)
    close_run()
    return paragraphs, text[gap_start:]
