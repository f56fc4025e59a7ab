from __future__ import annotations

import pytest

from firsthand.model import Article
from firsthand.stories.text import content_terms, lead, name_entities, published_day


def test_names_keep_multiword_names_and_their_parts() -> None:
    text = "Police said Tara Reid entered the Promises Treatment Center. Reid is 33."
    names = name_entities(text)
    assert names["tara reid"] == 1
    assert names["reid"] == 2
    assert names["promises treatment center"] == 1
    assert "police" not in names  # only ever opens a sentence


def test_content_terms_drop_function_words() -> None:
    terms = content_terms("The quake struck the city of Kobe at dawn.")
    assert set(terms) == {"quake", "struck", "city", "kobe", "dawn"}


def test_lead_prefixes_a_title_the_text_does_not_start_with() -> None:
    article = Article(
        id="a", source="a", outlet="x", title="Quake hits Kobe", text="It struck at dawn. More."
    )
    assert lead(article).startswith("Quake hits Kobe. It struck at dawn.")


def test_unparseable_publication_date_names_the_article() -> None:
    article = Article(id="a1", source="a", outlet="x", title="t", text="x", published="soon")
    with pytest.raises(ValueError, match="a1"):
        published_day(article)
