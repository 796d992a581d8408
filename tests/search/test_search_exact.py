"""The search finds exactly the articles a plain substring scan finds, for every query length."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.db.search import like_scan
from reader.search import SearchSyntaxError, parse, search, search_ids
from reader.text.tokens import words


def _substrings(corpus, length: int) -> list[str]:
    """Every distinct substring of `length` characters of the articles' text (no line breaks)."""
    found: set[str] = set()
    for text in corpus.texts.values():
        for line in text.split("\n"):
            found.update(line[i : i + length] for i in range(len(line) - length + 1))
    return sorted(s for s in found if '"' not in s and not s.isspace())


def _mismatches(db, corpus, queries) -> list[str]:
    bad = []
    for q in queries:
        got = search_ids(db, f'"{q}"')
        if len(got) != len(set(got)) or set(got) != corpus.scan([q]):
            bad.append(q)
    return bad


@pytest.mark.parametrize("length", [1, 2, 3, 4])
def test_every_substring_is_found_exactly(shared, length):
    db, corpus = shared
    queries = _substrings(corpus, length)
    assert len(queries) > 900  # the samples give thousands of each length
    assert _mismatches(db, corpus, queries) == []


def test_strings_across_word_boundaries(shared):
    db, corpus = shared
    queries: set[str] = set()
    for text in list(corpus.texts.values())[:8]:
        for line in text.split("\n"):
            cut = words(line)
            for left, right in zip(cut, cut[1:], strict=False):
                if len(left) > 1 and len(right) > 1:
                    queries.add(left[-1] + right[0])  # the end of one word, the start of the next
                    queries.add(left[-2:] + right[:2])
                    queries.add(left[-1] + right)
    queries = {q for q in queries if '"' not in q and not any(c.isspace() for c in q)}
    assert len(queries) > 300
    assert _mismatches(db, corpus, sorted(queries)) == []


def test_unquoted_words_equal_quoted(shared):
    db, corpus = shared
    for q in ["解放区", "焦", "示范区", "2022", "JGJT", "高新区)", "上午,焦作市", "“双治理”"]:
        assert set(search_ids(db, q)) == set(search_ids(db, f'"{q}"')) == corpus.scan([q]), q


def test_latin_letters_match_either_case(shared):
    db, corpus = shared
    lower = set(search_ids(db, "jgjt"))
    assert lower and lower == set(search_ids(db, "JgJt")) == corpus.scan(["JGJT"])


def test_punctuation_and_spaces_inside_a_phrase_are_exact(shared):
    db, corpus = shared
    for q in ["12月5日上午,示范区", "(高新区)", "——", "、", "2022-11", "“解放元素”"]:
        assert set(search_ids(db, f'"{q}"')) == corpus.scan([q]), q
    assert search_ids(db, '"解放区 商贸"') == []  # no article has these with a space between


def test_and_of_several_words(shared):
    db, corpus = shared
    for query in [["解放区", "消费"], ["示范区", "吕沛", "会议"], ["焦", "作"], ["元旦", "券"]]:
        assert set(search_ids(db, " ".join(query))) == corpus.scan(query), query


def test_exclusions(shared):
    db, corpus = shared
    cases = [
        (["示范区"], ["吕沛"]),
        (["解放区"], ["消费", "教育"]),
        (["会议"], ["焦"]),
        (["焦"], ["会议"]),
        (["会议"], ["上午,"]),  # an exclusion only the text check can decide
    ]
    for include, exclude in cases:
        query = " ".join(include + [f'-"{e}"' for e in exclude])
        assert set(search_ids(db, query)) == corpus.scan(include, exclude), query


def test_count_matches_the_ids(shared):
    db, corpus = shared
    for q in ["解放区", "焦", "上午,", "示范区 -吕沛"]:
        result = search(db, q, limit=3)
        assert result.total == len(search_ids(db, q))
        assert len(result.hits) == min(3, result.total)


def test_like_scan_is_the_same_reference(shared):
    """The benchmark compares with `like_scan`; it must agree with a Python scan."""
    db, corpus = shared
    for q in ["解放区", "焦", "jgjt", "50%", "a_b", "高新区)"]:
        assert like_scan(db, [q]) == corpus.scan([q]), q


def test_fts5_syntax_is_searched_as_text(shared):
    db, corpus = shared
    for q in ["NOT", "a*", "title:", "{title}", "NEAR(a b)", "^a", "(", "a OR b", "'"]:
        terms = q.split()
        assert set(search_ids(db, q)) == corpus.scan(terms), q


_ALPHABET = '解放区消费示范焦作会议的 ,，。“”"-()aAbZ2 0\u3000*:^{}'


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=_ALPHABET, max_size=12))
def test_any_text_is_searched_exactly_or_refused_with_a_message(shared, text):
    db, corpus = shared
    try:
        query = parse(text)
    except SearchSyntaxError as err:
        assert str(err)
        return
    include = [t.text for t in query.included]
    exclude = [t.text for t in query.excluded]
    assert set(search_ids(db, text)) == corpus.scan(include, exclude)
