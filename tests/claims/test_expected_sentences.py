"""The hand-written expected outputs in expected_sentences.py, checked against real articles."""

from __future__ import annotations

import math
from functools import cache
from typing import Any

import pytest

from bench import _data
from firsthand.claims import extract
from firsthand.model import Article, Mention, Value
from tests.claims.expected_sentences import CASES
from tests.conftest import requires_shared_data


@cache
def _articles() -> dict[str, Article]:
    articles: dict[str, Article] = {}
    for doc in _data.basil_docs():
        articles[f"basil:{doc['doc_id']}"] = _article(doc["doc_id"], doc["text"], doc["date"])
    for doc in _data.ecbplus_docs():
        articles[f"ecbplus:{doc['doc_id']}"] = _article(doc["doc_id"], doc["text"])
    for doc in _data.newswcl_docs():
        articles[f"newswcl50:{doc['doc_id']}"] = _article(doc["doc_id"], doc["text"])
    for split, tag in (("train", "fnc1-train"), ("competition_test", "fnc1-test")):
        for body_id, text in _data.fnc1_bodies(split).items():
            articles[f"{tag}:{body_id}"] = _article(f"{tag}-{body_id}", text)
    return articles


def _article(doc_id: str, text: str, published: str | None = None) -> Article:
    return Article(
        id=doc_id, source=doc_id, outlet="test", title="", published=published, text=text
    )


@cache
def _mentions(doc: str) -> list[Mention]:
    return extract(_articles()[doc])


def _matches(value: Value, expected: dict[str, Any]) -> bool:
    for field, wanted in expected.items():
        actual = getattr(value, field)
        if isinstance(wanted, float | int) and not isinstance(wanted, bool):
            if actual is None or not math.isclose(actual, wanted, rel_tol=1e-3):
                return False
        elif actual != wanted:
            return False
    return True


def _case_id(case: dict[str, Any]) -> str:
    return f"{case['doc']}:{case['text'][:40]}"


def _param(case: dict[str, Any]) -> Any:
    marks = [pytest.mark.xfail(reason=case["xfail"], strict=True)] if "xfail" in case else []
    return pytest.param(case, id=_case_id(case), marks=marks)


@requires_shared_data
@pytest.mark.parametrize("case", [_param(c) for c in CASES])
def test_expected_sentence(case: dict[str, Any]) -> None:
    text = _articles()[case["doc"]].text
    start = text.find(case["text"])
    assert start >= 0, "sentence not found in the article"
    end = start + len(case["text"])
    covering = [m for m in _mentions(case["doc"]) if m.start < end and start < m.end]
    values = [v for m in covering for v in m.values if start <= v.start < end]
    for expected in case.get("values", []):
        assert any(_matches(v, expected) for v in values), (expected, values)
    for unwanted in case.get("not_values", []):
        assert not any(_matches(v, unwanted) for v in values), (unwanted, values)
    checks = {
        k: case[k] for k in ("kind", "speaker", "claimant", "modality", "negated") if k in case
    }
    if not checks:
        return
    assert covering, "no mention covers the sentence"
    mention = covering[0]
    for field in ("kind", "modality", "negated"):
        if field in checks:
            assert getattr(mention, field) == checks[field], (field, mention)
    for field in ("speaker", "claimant"):
        if field in checks:
            actual = getattr(mention, field)
            if checks[field] is None:
                assert actual is None, (field, actual)
            else:
                assert actual and checks[field].lower() in actual.lower(), (field, actual)


def test_at_least_150_cases() -> None:
    assert len(CASES) >= 150
    assert len({(c["doc"], c["text"]) for c in CASES}) == len(CASES)


@requires_shared_data
@pytest.mark.parametrize(
    ("doc", "line"),
    [("ecbplus:42_2ecbplus", "April 24, 2013"), ("ecbplus:42_4ecbplus", "on April 24th, 2013")],
)
def test_a_dateline_is_no_statement(doc: str, line: str) -> None:
    # ECB+ texts keep their pages' date lines; four articles' "April 24, 2013" were once
    # grouped as a corroborated claim.
    assert line in _articles()[doc].text
    assert not any(m.text.strip() == line for m in _mentions(doc))


@requires_shared_data
@pytest.mark.parametrize(
    ("doc", "line"),
    [
        ("fnc1-test:548", "What did you do this weekend?"),
        (
            "fnc1-test:211",
            "Did Argentine President Cristina Fernandez de Kirchner take on a godson?",
        ),
        ("fnc1-test:211", "Update at 5:38 p.m."),
        ("fnc1-test:448", "Source: Giphy"),
        # a caption left at a paragraph's end, the newsroom's note that it asked for comment
        ("fnc1-test:675", "Picture is an explosion from an allied air-strike on Sunday"),
        ("fnc1-test:1704", "We've contacted both Microsoft and Mojang for comment"),
        ("fnc1-train:1351", "We asked Apple for comment but have not yet heard back."),
        ("fnc1-test:2057", "It is understood that Jihadi John has been moved to the ISIS"),
        # a wire's staff credit closing a paragraph
        ("fnc1-test:1641", "(Reporting by Rania El Gamal; Writing by Sam Wilkin"),
    ],
)
def test_a_question_or_page_furniture_is_no_statement(doc: str, line: str) -> None:
    # Readers of unseen FNC-1 stories found these as fact mentions: a question asks, a credit
    # says where a piece came from, an update stamp says when the page changed.
    assert line in _articles()[doc].text
    assert not any(m.text.strip().startswith(line) for m in _mentions(doc))


@requires_shared_data
def test_a_statement_ending_in_a_quoted_question_stays() -> None:
    # fnc1-train:1319: the question mark is inside the quotation; the sentence states.
    line = "he just turned round, muttering"
    assert any(line in m.text for m in _mentions("fnc1-train:1319"))
