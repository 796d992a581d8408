"""Suggested tags: candidates, TF-IDF on the samples, and the library's own IDF at work."""

from __future__ import annotations

import pytest

from reader.db import keyword_df, tags
from reader.db.connection import open_library
from reader.importer.run import import_paths
from reader.text import keywords


@pytest.mark.parametrize(
    ("word", "kept"),
    [
        ("教育", True), ("信息化", True), ("GDP", True),
        ("教", False), ("的", False), ("我们", False), ("本报讯", False), ("记者", False),
        ("2023", False), ("2023年", False), ("１２", False), ("三十", False), ("第五", False),
        ("二〇二三年", False), ("，", False), ("a_b", False),
    ],
)  # fmt: skip
def test_candidates_leave_out_stop_words_single_characters_and_numbers(word, kept):
    assert keywords.is_candidate(word) is kept


def test_title_words_weigh_more():
    counts = keywords.article_counts("教育强区", ["学校里的教育。", "学校学校。"])
    assert counts["教育"] == 1 + keywords.TITLE_WEIGHT and counts["学校"] == 3


def test_the_education_article_suggests_education(sample_library, titles):
    keywords.refresh_idf(sample_library)
    found = [k.term for k in keywords.suggest_keywords(sample_library, titles["厚植教育沃土"])]
    assert len(found) == keywords.LIMIT
    assert "教育" in found[:3] and "信息化" in found
    assert all(keywords.is_candidate(term) for term in found)


def test_suggested_tags_use_existing_names_and_skip_tags_the_article_has(sample_library, titles):
    db = sample_library
    article = titles["厚植教育沃土"]
    keywords.refresh_idf(db)
    tags.add_tag(db, [titles["解放区扎实推"]], "地点/解放区")
    tags.add_tag(db, [article], "教育")
    found = keywords.suggest_tags(db, article)
    assert "地点/解放区" in found and "解放区" not in found
    assert "教育" not in found and "义务教育" in found


@pytest.fixture
def district_library(tmp_path):
    """200 articles that all say 解放区 three times; each has a topic word twice (one in ten)."""
    topics = ["教育", "医疗", "交通", "农业", "文化", "体育", "环保", "科技", "旅游", "金融"] * 20
    folder = tmp_path / "issues"
    folder.mkdir()
    for n in range(20):
        body = "\n\n".join(
            f"## 第{n}期第{k}篇\n\n解放区{word}解放区，解放区{word}。"
            for k, word in enumerate(topics[n * 10 : n * 10 + 10])
        )
        (folder / f"issue_{n}.txt").write_text(f"# 第{n}期\n\n{body}\n", encoding="utf-8")
    db = open_library(tmp_path / "district.sqlite")
    assert not import_paths(db, [folder]).failed
    yield db
    db.close()


def test_the_librarys_idf_sinks_a_word_every_article_uses(district_library):
    db = district_library
    keywords.refresh_idf(db)
    article = db.execute("SELECT id FROM articles WHERE title = '第0期第1篇'").fetchone()[0]
    general = keywords.suggest_keywords(db, article, idf=keywords.idf_from_jieba)
    ours = keywords.suggest_keywords(db, article)
    assert general[0].term == "解放区"  # rare in jieba's corpus, frequent here
    assert ours[0].term == "医疗"


def test_sample_suggestions_differ_from_jiebas_idf_alone(sample_library):
    db = sample_library
    keywords.refresh_idf(db)
    ids = [row[0] for row in db.execute("SELECT id FROM articles ORDER BY id")]
    ours = [[k.term for k in keywords.suggest_keywords(db, i)] for i in ids]
    general = [
        [k.term for k in keywords.suggest_keywords(db, i, idf=keywords.idf_from_jieba)] for i in ids
    ]
    assert ours != general
    assert keyword_df.document_count(db) == len(ids)


def test_without_counts_the_library_idf_is_jiebas(sample_library, titles):
    """Before the first refresh (N = 0) the blend is jieba's IDF alone, scaled."""
    db = sample_library
    article = titles["厚植教育沃土"]
    ours = [k.term for k in keywords.suggest_keywords(db, article)]
    general = [k.term for k in keywords.suggest_keywords(db, article, idf=keywords.idf_from_jieba)]
    assert ours == general


def test_a_gone_article_has_no_suggestions(sample_library):
    assert keywords.suggest_keywords(sample_library, 99999) == []
