"""Column runs: a narrow column that OCR returned one line per paragraph.

Newspapers set commentaries and sidebars in narrow columns of 10–15
characters. When OCR keeps every printed line as its own paragraph, the issue
shows a long stack of one-line paragraphs of nearly equal width, most of which
stop mid-sentence. That stack is one finding (its first line, with the other
lines as related), and the lines are judged together from then on: they are
not also broken pairs, fragments or truncated starts, and duplicates are looked
for in the joined text.

A line qualifies when it is a single line, short, and written without spaces
between characters (slogans and labels have them). A run needs at least
`MIN_LINES` such lines, a steady width (most lines within `WIDTH_SLACK` of the
median, as in a justified column) and mostly open line ends. Short lines
without punctuation at the run's edges (an account name, a slogan) are left out.
"""

from __future__ import annotations

from dataclasses import dataclass
from statistics import median

from reader.detect.text import CLAUSE_MARKS, ends_sentence, has_inner_space, is_cjk

MIN_LINES = 4
MIN_WIDTH = 4
MAX_WIDTH = 24
WIDTH_SLACK = 3
STEADY_SHARE = 2 / 3  # of the lines within the slack around the median width
OPEN_SHARE = 1 / 2  # of the lines that end mid-sentence


@dataclass
class ColumnRun:
    """Positions of the lines of one run, in order, and their joined text."""

    lines: list[int]
    text: str
    width: float


def find_column_runs(texts: list[str], eligible: list[bool]) -> list[ColumnRun]:
    """Runs among consecutive paragraphs; `eligible` rules out headings and labels."""
    runs: list[ColumnRun] = []
    stack: list[int] = []
    for position, text in enumerate(texts):
        if eligible[position] and _is_column_line(text):
            stack.append(position)
            continue
        runs.extend(_accept(stack, texts))
        stack = []
    runs.extend(_accept(stack, texts))
    return runs


def _is_column_line(text: str) -> bool:
    line = text.strip()
    if "\n" in line or not MIN_WIDTH <= len(line) <= MAX_WIDTH:
        return False
    return not has_inner_space(line) and any(is_cjk(char) for char in line)


def _accept(stack: list[int], texts: list[str]) -> list[ColumnRun]:
    if len(stack) < MIN_LINES:
        return []
    lines = _trim_edges(stack, texts)
    if len(lines) < MIN_LINES:
        return []
    widths = [len(texts[p].strip()) for p in lines]
    middle = median(widths)
    steady = sum(abs(w - middle) <= WIDTH_SLACK for w in widths) / len(widths)
    open_ends = sum(not ends_sentence(texts[p]) for p in lines) / len(lines)
    if steady < STEADY_SHARE or open_ends < OPEN_SHARE:
        return []
    joined = "".join(texts[p].strip() for p in lines)
    return [ColumnRun(lines=lines, text=joined, width=float(middle))]


def _trim_edges(stack: list[int], texts: list[str]) -> list[int]:
    """Drop unpunctuated lines narrower than the column at either end (labels)."""
    widths = [len(texts[p].strip()) for p in stack]
    middle = median(widths)

    def is_label(position: int) -> bool:
        line = texts[position].strip()
        narrow = len(line) < middle - WIDTH_SLACK
        return narrow and not any(char in CLAUSE_MARKS for char in line)

    lines = list(stack)
    while lines and is_label(lines[-1]):
        lines.pop()
    while lines and is_label(lines[0]):
        lines.pop(0)
    return lines
