"""Suggested tags: an article's keywords by TF-IDF, with IDF from this library's articles.

Words come from `reader.text.tokens.words` (jieba's dictionary, through
rjieba when installed). A word is a candidate when it has two characters or
more, is not a stop word (function words and newspaper boilerplate such as
本报讯, 记者), and is not a number (no digits, no 二〇二三, 三十, 第五).

    tf(w)  = occurrences of w in the article / candidate words in it
             (title words count TITLE_WEIGHT times: the headline says what it is about)
    idf(w) = log((N + 1) / (df(w) + 1)) + 1

where N is the number of articles counted in `keyword_df` and df(w) how many
of them contain w. A library of a few dozen articles says little about rare
words, so its IDF is blended with jieba's built-in IDF (from a general
corpus), weighted N : PRIOR_ARTICLES; from a few hundred articles on the
library's own counts decide. That way a word every article of this paper
uses (its district's name, 记者) sinks even if it is rare in general Chinese.

How the counts stay fresh, and what that costs, is in `reader.db.keyword_df`:
`refresh_idf` here runs it with this module's segmentation. One suggestion
segments one article (a few milliseconds) and reads the counts of its
distinct words in one query; the first call also loads the segmenter and
jieba's IDF table (about a second), so the window asks off the UI thread.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache

from sqlite_utils import Database

from reader.db import keyword_df
from reader.db.articles import get_article
from reader.db.tag_views import tag_names, tags_on
from reader.db.tags import leaf_of
from reader.text.tokens import words

TITLE_WEIGHT = 3
PRIOR_ARTICLES = 50  # jieba's IDF weighs as much as this many of the library's articles
LIMIT = 8

_NUMERAL = "零〇一二三四五六七八九十百千万亿两几半"
_NUMBER = re.compile(rf"[0-9０-９]|^第?[{_NUMERAL}]+[年月日号时分秒个名家项件次位元条届版期批]?$")
_WORD = re.compile(r"^\w+$")

STOP_WORDS = frozenset(
    """
    一个 一些 一直 一起 一种 一定 一样 不是 不能 不会 也是 了解 今天 今年 以及 以上 以下 以来
    但是 作为 你们 具有 其中 其他 关于 分别 到了 同时 因为 因此 在于 在此 大家 如果 它们 就是
    已经 并且 应该 开始 当前 得到 我们 或者 所以 所有 据悉 日前 日电 明年 有关 有的 本报 本报讯
    来自 没有 然后 然而 特别 现在 由于 目前 相关 看到 知道 虽然 表示 认为 记者 讯记者 通讯员 还是
    这个 这些 这样 这里 进一步 进行 通过 那些 非常 需要 首先 以后 之后 之前 之一 他们 她们 自己
    可以 可能 能够 提供 对于 将会 成为 实现 各类 各种 不断 不仅 而且 其次 此外 为了 去年 近日
    今后 此次 这次 主要 重要 加强 推动 推进 开展 全面 积极 有效 持续 充分 坚持 围绕 以上 不少
    编辑 责任编辑 责编 校对 摄影 图片 来源 新华社 报道 消息 本版 上午 下午 晚上 当天 期间 方面
    工作 情况 问题 部分 活动 单位 人员 群众 指出 召开 该区 迎来 希望 纳入 注重 即将 增添 累计
    助推 提升 察看 要求 强调 一是 二是 三是 做好 确保 扎实
    """.split()  # noqa: SIM905 (a word list reads better as text)
)


@dataclass(frozen=True)
class Keyword:
    term: str
    score: float


def is_candidate(word: str) -> bool:
    """Two characters or more, letters or CJK only, not a stop word, not a number."""
    return (
        len(word) >= 2
        and _WORD.match(word) is not None
        and not _NUMBER.search(word)
        and "_" not in word
        and word not in STOP_WORDS
    )


def candidates(text: str) -> list[str]:
    return [w for w in words(text) if is_candidate(w)]


def article_counts(title: str, paragraphs: Sequence[str]) -> Counter[str]:
    """How often each candidate word occurs, title words weighted TITLE_WEIGHT times."""
    found = Counter(candidates("\n".join(paragraphs)))
    for word in candidates(title):
        found[word] += TITLE_WEIGHT
    return found


def document_terms(title: str, paragraphs: Sequence[str]) -> set[str]:
    """The distinct candidate words of an article: what `keyword_df` counts."""
    return set(candidates("\n".join([title, *paragraphs])))


# -- IDF ------------------------------------------------------------------------------


def library_idf(df: Mapping[str, int], documents: int, terms: Iterable[str]) -> dict[str, float]:
    return {t: math.log((documents + 1) / (df.get(t, 0) + 1)) + 1 for t in terms}


@cache
def _jieba_table() -> tuple[dict[str, float], float, float]:
    """jieba's IDF table, its median (for unknown words) and its largest value."""
    import jieba.analyse

    table, median = jieba.analyse.default_tfidf.idf_loader.get_idf()
    return table, median, max(table.values())


def jieba_idf(terms: Iterable[str]) -> dict[str, float]:
    """jieba's built-in IDF; a word it does not know gets its median, as jieba does."""
    table, median, _top = _jieba_table()
    return {t: table.get(t, median) for t in terms}


def blended_idf(
    df: Mapping[str, int], documents: int, terms: Iterable[str], prior: int = PRIOR_ARTICLES
) -> dict[str, float]:
    """The library's IDF and jieba's, each divided by its largest possible value, weighted
    documents : prior (see the module docstring)."""
    terms = list(terms)
    ours = library_idf(df, documents, terms)
    if not prior:
        return ours
    general, top = jieba_idf(terms), _jieba_table()[2]
    our_top = math.log(documents + 1) + 1
    weight = documents / (documents + prior)
    return {t: weight * ours[t] / our_top + (1 - weight) * general[t] / top for t in terms}


def rank(counts: Counter[str], idf: Mapping[str, float], limit: int = LIMIT) -> list[Keyword]:
    total = sum(counts.values()) or 1
    scored = [Keyword(t, n / total * idf.get(t, 1.0)) for t, n in counts.items()]
    scored.sort(key=lambda k: (-k.score, k.term))
    return scored[:limit]


# -- the library --------------------------------------------------------------------


IdfSource = Callable[[Database, Iterable[str]], dict[str, float]]


def idf_from_library(db: Database, terms: Iterable[str]) -> dict[str, float]:
    terms = list(terms)
    return blended_idf(keyword_df.frequencies(db, terms), keyword_df.document_count(db), terms)


def idf_from_jieba(_db: Database, terms: Iterable[str]) -> dict[str, float]:
    return jieba_idf(terms)


def suggest_keywords(
    db: Database, article_id: int, limit: int = LIMIT, idf: IdfSource = idf_from_library
) -> list[Keyword]:
    """The article's top keywords; [] for an article that is gone or has no words."""
    article = get_article(db, article_id)
    if article is None:
        return []
    counts = article_counts(article.title, [p.text for p in article.paragraphs])
    return rank(counts, idf(db, counts), limit)


def suggest_tags(db: Database, article_id: int, limit: int = 6) -> list[str]:
    """Tag names to offer for an article: its keywords, each as the existing tag whose last
    part it is (解放区 → 地点/解放区) when there is one, without the tags it already has."""
    have = {tag.name for tag, _n in tags_on(db, [article_id])}
    by_leaf: dict[str, str] = {}
    for name in tag_names(db):
        by_leaf.setdefault(leaf_of(name), name)
    found: list[str] = []
    for keyword in suggest_keywords(db, article_id, limit * 2):
        name = by_leaf.get(keyword.term, keyword.term)
        if name not in have and name not in found:
            found.append(name)
    return found[:limit]


def refresh_idf(
    db: Database,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """Count the articles imported or changed since the last refresh (see keyword_df)."""
    return keyword_df.refresh(db, document_terms, progress, cancelled)
