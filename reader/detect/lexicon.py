"""What the detectors ask of jieba's dictionary: is this string a word?

jieba's prefix dictionary (`jieba.dt.FREQ`) holds about 350,000 words with a
frequency, plus every word prefix with frequency 0. A doubled character inside
a dictionary word (常常, 朝朝暮暮, 绿油油) is Chinese reduplication; one that
no word explains (完成成) is OCR. A word running across a paragraph end
(履|约, 情|况) shows the paragraph was cut mid-word. The dictionary is loaded
on first use (about a second), never at import.
"""

from __future__ import annotations

import logging
from functools import cache

# Common surnames: a doubled character right after one is a given name
# (记者翟倩倩), which the dictionary does not list.
SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡"
    "余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段"
    "雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤翟常温康施文牛樊葛邢安齐易乔伍庞颜倪"
    "庄聂章鲁岳翁殷关耿柳申詹宫兰"
)


_FREQ: dict[str, int] | None = None


def _freq() -> dict[str, int]:
    global _FREQ
    if _FREQ is None:
        import jieba

        jieba.setLogLevel(logging.WARNING)
        jieba.dt.initialize()
        _FREQ = jieba.dt.FREQ
    return _FREQ


def word_freq(text: str) -> int:
    """jieba's frequency of `text` as a whole word (0 for prefixes and non-words)."""
    return (_FREQ or _freq()).get(text) or 0


def is_known(text: str) -> bool:
    """A word or the start of one (jieba keeps prefixes with frequency 0)."""
    return text in _freq()


def is_word(text: str) -> bool:
    return len(text) >= 2 and word_freq(text) > 0


def starts_with_word(text: str, longest: int = 4) -> bool:
    """True when some dictionary word of two or more characters opens `text`."""
    return any(is_word(text[:size]) for size in range(2, min(longest, len(text)) + 1))


def crossing_word(left: str, right: str, reach: int = 3) -> str | None:
    """The most frequent word made of the end of `left` and the start of `right`."""
    best: tuple[int, str] | None = None
    for back in range(1, min(reach, len(left)) + 1):
        for ahead in range(1, min(reach, len(right)) + 1):
            word = left[-back:] + right[:ahead]
            freq = word_freq(word)
            if freq and (best is None or freq > best[0]):
                best = (freq, word)
    return best[1] if best else None


@cache
def _three_char_words() -> dict[tuple[str, str], list[tuple[int, str]]]:
    """Three-character words by (first, last) character: the middles, most frequent first."""
    index: dict[tuple[str, str], list[tuple[int, str]]] = {}
    for word, freq in _freq().items():
        if freq and len(word) == 3:
            index.setdefault((word[0], word[2]), []).append((freq, word[1]))
    for middles in index.values():
        middles.sort(reverse=True)
    return index


def middles(first: str, last: str) -> list[tuple[int, str]]:
    """(frequency, middle) for every dictionary word first+middle+last."""
    return _three_char_words().get((first, last), [])
