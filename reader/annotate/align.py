"""Which paragraph of a new version of an issue is which paragraph of the old one.

Article edits (boundaries, titles, status) are stored per article, and
articles are ranges of paragraph positions; a re-import renumbers those
positions. Paragraphs are matched by their text: runs of identical paragraphs
in order (difflib over the paragraph list), an edited paragraph between two
matched ones pairs with its counterpart, and a paragraph that moved is found
by its text when that text is unique.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from difflib import SequenceMatcher


def map_paragraphs(old: Sequence[str], new: Sequence[str]) -> dict[int, int]:
    """Old position → new position, for every old paragraph that has a counterpart."""
    mapping: dict[int, int] = {}
    matcher = SequenceMatcher(None, list(old), list(new), autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal" or (tag == "replace" and i2 - i1 == j2 - j1):
            mapping.update(zip(range(i1, i2), range(j1, j2), strict=True))
    _map_moved(old, new, mapping)
    return mapping


def _map_moved(old: Sequence[str], new: Sequence[str], mapping: dict[int, int]) -> None:
    taken = set(mapping.values())
    free_old = [i for i in range(len(old)) if i not in mapping]
    free_new = [j for j in range(len(new)) if j not in taken]
    old_counts = Counter(old[i] for i in free_old)
    new_at = {new[j]: j for j in free_new}
    new_counts = Counter(new[j] for j in free_new)
    for i in free_old:
        text = old[i]
        if old_counts[text] == 1 and new_counts[text] == 1:
            mapping[i] = new_at[text]


def mapped_range(mapping: dict[int, int], first: int, last: int) -> tuple[int, int] | None:
    """The new positions of an old range `first..last`: its first and last mapped paragraphs."""
    inside = [mapping[i] for i in range(first, last + 1) if i in mapping]
    if not inside:
        return None
    return min(inside), max(inside)


def same_texts(
    old: Sequence[str], new: Sequence[str], old_range: tuple[int, int], new_range: tuple[int, int]
) -> bool:
    """Whether two ranges of paragraphs hold exactly the same texts."""
    return list(old[old_range[0] : old_range[1] + 1]) == list(new[new_range[0] : new_range[1] + 1])
