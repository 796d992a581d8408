"""Tokenising: folded bigrams with separators only where a phrase could leak, deterministic."""

from __future__ import annotations

import random
import re
import sys

import numpy as np

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


def _reference_bigram_text(folded: str) -> str:
    """The bigram text as first written, one run at a time in Python (the rule, spelt out)."""
    out, last = [], ""
    for run in re.findall(r"\w{2,}", folded):
        if run[0] == last:
            out.append(tokens.SEPARATOR)
        out.append(" ".join(a + b for a, b in zip(run, run[1:], strict=False)))
        last = run[-1]
    return " ".join(out)


def _reference_char_text(folded: str) -> str:
    return " ".join(sorted(set(folded) - set(map(chr, [*range(0x21), 0x7F]))))


_ALPHABET = (
    "中国人民解放区ab AB_1２，。|'\"-\n\t\x00\x7f\u3000\U00020000\U0001f600\u00e9\u0301ⅫⅡ①"
    "\ud800\udfff\uffff"
)


def test_the_numpy_tokeniser_gives_exactly_the_reference_tokens():
    rng = random.Random(6)
    for _ in range(5000):
        text = "".join(rng.choice(_ALPHABET) for _ in range(rng.randint(0, 40)))
        folded = tokens.fold(text)
        assert tokens.bigram_text([text]) == _reference_bigram_text(folded), repr(text)
        assert tokens.char_text([text]) == _reference_char_text(folded), repr(text)


def test_the_numpy_tokeniser_agrees_on_the_samples(sample_texts):
    for text in sample_texts.values():
        folded = tokens.fold(text)
        assert tokens.bigram_text([text]) == _reference_bigram_text(folded)
        assert tokens.char_text([text]) == _reference_char_text(folded)


def test_word_characters_are_those_of_the_regular_expressions():
    everything = np.arange(0x110000, dtype=np.uint32)
    found = np.flatnonzero(tokens._is_word(everything))
    expected = [m.start() for m in re.finditer(r"\w", "".join(map(chr, range(0x110000))))]
    assert found.tolist() == expected
