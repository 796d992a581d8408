"""Doubled characters: OCR reading one character twice (完成成, 肉肉蛋菜).

Chinese doubles characters on purpose all the time (常常, 人人, 看看, 朝朝暮暮,
绿油油), so a doubled character is only suspicious when jieba's dictionary
explains neither copy:

* a dictionary word that contains both copies, or that starts with the pair
  (刮刮 of 刮刮卡, hence 刮刮乐), makes it a reduplication; `仔细细` falls
  here (细细 is a word) and is left alone, though 仔仔细细 was probably meant;
* a word ending with the first copy and another starting with the second
  (个人|人格) makes it two words meeting — natural, and undecidable anyway;
* a surname right before the pair makes it a given name (记者翟倩倩);
* a character the dictionary barely knows (traditional 謝謝, 紛紛: jieba's
  dictionary is simplified, 紛 has frequency 4 where 成 has 44,880) is not judged.

Only Chinese characters are looked at: digits (2022), Latin letters (book)
and marks (——, ……) repeat legitimately.

The suggestion drops the copy no word claims (完成成地面 → 完成地面). When the
kept copy forms only a rare word, a three-character dictionary word with one
copy replaced is offered instead (肉肉蛋 → 肉禽蛋), since OCR often reads an
unclear character as its neighbour.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from reader.detect.lexicon import SURNAMES, is_known, is_word, middles, word_freq

# A deletion leaving a word at least this frequent is trusted over a replacement.
COMMON_WORD = 100
# Only characters at least this frequent on their own are judged.
COMMON_CHAR = 100
CONTEXT = 2


@dataclass
class Doubled:
    offset: int  # of the first copy in the paragraph's text
    context: str  # text around the pair
    suggest: str  # the same context corrected
    fix: dict  # {"delete": offset} or {"replace": offset, "with": char}


def find_doubled(texts: list[str], include: list[bool]) -> dict[int, list[Doubled]]:
    """Doubled characters no word explains, by paragraph index (those in `include`)."""
    found: dict[int, list[Doubled]] = {}
    for index, offset in _pairs(texts):
        if include[index] and (hit := _judge(texts[index], offset)) is not None:
            found.setdefault(index, []).append(hit)
    return found


def _pairs(texts: list[str]) -> list[tuple[int, int]]:
    """(paragraph, offset) of every Chinese character equal to the next one."""
    joined = "\n".join(texts)
    codes = np.frombuffer(joined.encode("utf-32-le"), dtype=np.uint32)
    hits = np.flatnonzero(codes[1:] == codes[:-1])
    hits = hits[_is_cjk(codes[hits])]
    if not len(hits):
        return []
    hits = hits[np.concatenate(([True], np.diff(hits) > 1))]  # 哈哈哈: one pair, not two
    starts = np.cumsum([0] + [len(t) + 1 for t in texts[:-1]])
    owners = np.searchsorted(starts, hits, side="right") - 1
    return list(zip(owners.tolist(), (hits - starts[owners]).tolist(), strict=True))


def _is_cjk(codes: np.ndarray) -> np.ndarray:
    return ((codes >= 0x4E00) & (codes < 0xA000)) | ((codes >= 0x3400) & (codes < 0x4DC0))


def _judge(text: str, at: int) -> Doubled | None:
    if word_freq(text[at]) < COMMON_CHAR:
        return None  # a character the dictionary barely knows (traditional 謝謝): no judge
    if is_known(text[at : at + 2]) or _in_word(text, at) or _two_words_meet(text, at):
        return None
    if at > 0 and text[at - 1] in SURNAMES:
        return None
    return _suggest(text, at)


def _in_word(text: str, at: int, reach: int = 3) -> bool:
    """Some dictionary word covers both copies (text[at] and text[at + 1])."""
    for start in range(max(0, at - reach), at + 1):
        for end in range(at + 2, min(len(text), at + 2 + reach) + 1):
            if is_word(text[start:end]):
                return True
    return False


def _two_words_meet(text: str, at: int, reach: int = 3) -> bool:
    left = any(is_word(text[s : at + 1]) for s in range(max(0, at - reach), at))
    right = any(is_word(text[at + 1 : e]) for e in range(at + 3, at + 2 + reach))
    return left and right


def _suggest(text: str, at: int) -> Doubled:
    lo, hi = max(0, at - CONTEXT), min(len(text), at + 2 + CONTEXT)
    left_freq = word_freq(text[at - 1 : at + 1]) if at > 0 else 0
    right_freq = word_freq(text[at + 1 : at + 3])
    if max(left_freq, right_freq) < COMMON_WORD:
        replaced = _replacement(text, at)
        if replaced is not None:
            spot, char = replaced
            fixed = text[lo:spot] + char + text[spot + 1 : hi]
            return Doubled(at, text[lo:hi], fixed, {"replace": spot, "with": char})
    # Drop the copy that no word claims: the second when the first ends a word.
    drop = at + 1 if left_freq >= right_freq else at
    fixed = text[lo:drop] + text[drop + 1 : hi]
    return Doubled(at, text[lo:hi], fixed, {"delete": drop})


def _replacement(text: str, at: int) -> tuple[int, str] | None:
    """A char for one copy that makes a 3-char word with its two neighbours."""
    best: tuple[int, int, str] | None = None
    for spot in (at + 1, at):
        if spot - 1 < 0 or spot + 1 >= len(text):
            continue
        options = [(f, c) for f, c in middles(text[spot - 1], text[spot + 1]) if c != text[spot]]
        if options and (best is None or options[0][0] > best[0]):
            best = (options[0][0], spot, options[0][1])
    return (best[1], best[2]) if best else None
