"""The search syntax: AND, "phrases", -exclusions; clear messages for what cannot be searched."""

from __future__ import annotations

import pytest

from reader.search import SearchSyntaxError, parse, search
from reader.search.plan import compile_query, quote
from reader.search.query import Term


def test_words_phrases_and_exclusions():
    query = parse('解放区  消费\u3000"open day" -疫情 -"a b" ab"cd"')
    assert query.terms == (
        Term("解放区"),
        Term("消费"),
        Term("open day", quoted=True),
        Term("疫情", excluded=True),
        Term("a b", quoted=True, excluded=True),
        Term("ab"),
        Term("cd", quoted=True),
    )
    assert [t.text for t in query.included] == ["解放区", "消费", "open day", "ab", "cd"]


def test_chinese_quotes_and_inner_hyphens_are_text():
    assert parse("“双治理” 2022-11 「解放元素」").terms == (
        Term("“双治理”"),
        Term("2022-11"),
        Term("「解放元素」"),
    )


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "type something"),
        ("   \u3000", "type something"),
        ('解放区 "消费', "quote is not closed"),
        ('"', "quote is not closed"),
        ("-疫情", "not only what to leave out"),
        ('-疫情 -"a b"', "-疫情 -a b only excludes"),
        ("解放区 -", "must be followed"),
        ('解放区 ""', "empty quotes"),
        ('" "', "empty quotes"),
    ],
)
def test_what_cannot_be_searched_says_why(text, message):
    with pytest.raises(SearchSyntaxError, match=message):
        parse(text)


def test_search_raises_the_syntax_error_not_sqlite(indexed):
    for text in ["", '"unclosed', "-only"]:
        with pytest.raises(SearchSyntaxError):
            search(indexed, text)


def test_fts5_strings_are_quoted_tokens():
    assert quote('a"b') == '"a""b"'
    spec = compile_query(parse('解放区 焦 -"上午" -x "a,b"')).spec()
    assert spec.text_all == ('"解放 放区"',)
    assert spec.chars_all == ('"焦"', '","', '"a"', '"b"')
    assert spec.text_none == ('"上午"',)
    assert spec.chars_none == ('"x"',)
    every = [*spec.text_all, *spec.chars_all, *spec.text_none, *spec.chars_none]
    assert all(s.startswith('"') and s.endswith('"') for s in every)


def test_terms_the_index_cannot_decide_are_checked():
    plan = compile_query(parse('解放区 "上午,焦作"'))
    assert not plan.exact
    assert plan.accepts("…1月4日上午,焦作市…解放区")
    assert not plan.accepts("…上午焦作…解放区")
    assert compile_query(parse("解放区 焦 -吕沛 2022 ，")).exact
