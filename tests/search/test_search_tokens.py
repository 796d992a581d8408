"""Tokenising: folded bigrams with separators only where a phrase could leak, deterministic."""

from __future__ import annotations

import sys

from reader.text import tokens


def test_fold_changes_ascii_case_only_and_keeps_length():
    text = "JGJT２０２２ＡÉ解放区"
    assert tokens.fold(text) == "jgjt２０２２ＡÉ解放区"
    assert len(tokens.fold(text)) == len(text)


def test_bigrams_stop_at_punctuation_and_separate_only_when_needed():
    assert tokens.bigram_text(["解放区，商贸"]) == "解放 放区 商贸"
    assert tokens.bigram_text(["ab，bc"]) == "ab || bc"  # else "abc" would match across the comma
    assert tokens.bigram_text(["ab，b，bc"]) == "ab || bc"  # one-character runs give no bigram
    assert tokens.bigram_text(["甲ab", "bc乙"]) == "甲a ab || bc c乙"  # across paragraphs too
    assert tokens.bigram_text(["一", "，"]) == ""


def test_title_lists_its_characters_after_a_separator():
    assert tokens.title_text("焦作 AB") == "焦作 ab || 焦 作 a b"
    assert tokens.title_text("焦") == "|| 焦"


def test_chars_are_distinct_sorted_and_skip_spaces():
    assert tokens.char_text(["焦作 A\n", "作，"]) == "a 作 焦 ，"


def test_tokens_are_deterministic(sample_texts):
    text = next(iter(sample_texts.values()))
    assert tokens.bigram_text([text]) == tokens.bigram_text([text])
    assert tokens.char_text([text]) == tokens.char_text([text])


def test_words_fall_back_to_jieba_with_the_same_words(monkeypatch):
    sentence = "焦作市第十四届人民代表大会第一次会议在市会议中心隆重开幕"
    fast = tokens.words(sentence)
    tokens._segmenter.cache_clear()
    monkeypatch.setitem(sys.modules, "rjieba", None)  # as if it were not installed
    try:
        assert tokens.segmenter_name() == "jieba"
        assert tokens.words(sentence) == fast
    finally:
        tokens._segmenter.cache_clear()
