"""JSON, CSV, JSON-LD and DataFrames of the synthetic dossier."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
import rdflib
from rdflib.namespace import PROV, RDF

from firsthand import report
from firsthand.model import Dossier
from firsthand.report.jsonld import to_jsonld

# rdflib's own JSON-LD parser still builds a ConjunctiveGraph internally.
pytestmark = pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated")

SCHEMA = rdflib.Namespace("https://schema.org/")
BASE = "file:///dossier.jsonld"


def node(name: str) -> rdflib.URIRef:
    return rdflib.URIRef(f"{BASE}#{name}")


@pytest.fixture(scope="module")
def graph(dossier: Dossier) -> rdflib.Graph:
    return rdflib.Graph().parse(data=to_jsonld(dossier), format="json-ld", publicID=BASE)


def test_json_round_trips_with_its_schema_version(dossier: Dossier) -> None:
    text = report.to_json(dossier)
    assert json.loads(text)["schema_version"] == "1"
    assert Dossier.model_validate_json(text) == dossier


def test_csv_folder_holds_the_four_tables(dossier: Dossier, tmp_path: Path) -> None:
    folder = report.write(dossier, tmp_path / "out", "csv")
    assert sorted(p.name for p in folder.iterdir()) == [
        "claims.csv",
        "conflicts.csv",
        "mentions.csv",
        "sources.csv",
    ]
    claims = pd.read_csv(folder / "claims.csv")
    assert len(claims) == 6
    toll = claims.set_index("claim_id").loc["claim-toll"]
    assert toll["verdict"] == "contested"
    assert toll["article_ids"] == "art-a; art-b; art-c; art-d"
    assert toll["conflict_ids"] == "conflict-toll"
    conflicts = pd.read_csv(folder / "conflicts.csv", keep_default_na=False)
    assert len(conflicts) == 8  # four conflicts of two sides each
    first = conflicts.iloc[0]
    assert (first["conflict_id"], first["side"], first["value"]) == ("conflict-toll", 1, "12")
    assert first["outlets"] == "The Meridian Herald; Valley Courier; Northern Ledger"
    # Markup in a side value is data, kept exactly.
    assert "<script>alert(1)</script>" in conflicts["value"].tolist()
    mentions = pd.read_csv(folder / "mentions.csv")
    assert len(mentions) == len(dossier.mentions)
    sources = pd.read_csv(folder / "sources.csv").set_index("article_id")
    assert len(sources) == 6
    assert bool(sources.loc["art-c", "uncredited"]) is True
    assert sources.loc["art-d", "derived_from"] == "Dunmore Fire Service"


def test_frames_have_one_row_per_thing(dossier: Dossier) -> None:
    claims = dossier.claims_df()
    assert claims["verdict"].value_counts().to_dict() == {
        "contested": 3,
        "single-source": 1,
        "corroborated": 1,
        "echoed": 1,
    }
    mentions = dossier.mentions_df()
    offsets = mentions.set_index("mention_id").loc["m1", ["start", "end"]].tolist()
    article_a = dossier.article("art-a").text
    assert article_a[offsets[0] : offsets[1]].startswith("A fire at the Kestrel")
    assert mentions.set_index("mention_id").loc["m1", "claim_ids"] == "claim-toll"
    conflicts = dossier.conflicts_df()
    assert conflicts.groupby("conflict_id").size().to_dict() == {
        "conflict-cause": 2,
        "conflict-day": 2,
        "conflict-markup": 2,
        "conflict-toll": 2,
    }
    sources = dossier.sources_df()
    assert sources.set_index("article_id").loc["art-e", "direction_known"] == False  # noqa: E712


def test_empty_dossier_gives_empty_frames_with_columns() -> None:
    empty = Dossier(generated_at="2024-01-01", articles=[], stories=[])
    for frame in (empty.claims_df(), empty.mentions_df(), empty.conflicts_df(), empty.sources_df()):
        assert frame.empty and len(frame.columns) > 5


def test_jsonld_claims_with_appearances(graph: rdflib.Graph) -> None:
    claims = set(graph.subjects(RDF.type, SCHEMA.Claim))
    assert len(claims) == 6
    toll = node("claim-story-fire-claim-toll")
    assert set(graph.objects(toll, SCHEMA.appearance)) == {node(f"article-art-{k}") for k in "abcd"}
    assert list(graph.objects(toll, SCHEMA.firstAppearance)) == [node("article-art-a")]
    article = node("article-art-c")
    assert (article, RDF.type, SCHEMA.CreativeWork) in graph
    assert str(graph.value(article, SCHEMA.url)) == "https://dailysignalonline.example/c"
    assert str(graph.value(article, SCHEMA.datePublished)) == "2024-03-13T09:30:00+00:00"
    publisher = graph.value(article, SCHEMA.publisher)
    assert str(graph.value(publisher, SCHEMA.name)) == "Daily Signal Online"


def test_jsonld_derivations_in_prov_terms(graph: rdflib.Graph) -> None:
    a, b, c = (node(f"article-art-{k}") for k in "abc")
    herald, service = node("origin-The-Meridian-Herald"), node("origin-Dunmore-Fire-Service")
    assert (b, PROV.wasDerivedFrom, a) in graph
    assert (c, PROV.wasQuotedFrom, a) in graph  # the uncredited word-for-word copy
    assert (b, PROV.wasQuotedFrom, a) not in graph  # a rewrite is no quotation
    assert (node("article-art-d"), PROV.hadPrimarySource, service) in graph
    assert (service, RDF.type, PROV.Entity) in graph
    assert (c, PROV.hadPrimarySource, herald) in graph


@pytest.mark.parametrize(
    ("name", "expected"),
    [("d.html", "html"), ("d.json", "json"), ("d.jsonld", "jsonld"), ("tables", "csv")],
)
def test_format_from_the_file_name(name: str, expected: str, tmp_path: Path) -> None:
    assert report.format_for(tmp_path / name) == expected


def test_each_format_writes_where_asked(dossier: Dossier, tmp_path: Path) -> None:
    html = report.write(dossier, tmp_path / "a" / "d.html", "html")
    assert html.read_text(encoding="utf-8").startswith("<!doctype html>")
    data = report.write(dossier, tmp_path / "d.jsonld", "jsonld")
    assert json.loads(data.read_text(encoding="utf-8"))["@context"]["prov"] == (
        "http://www.w3.org/ns/prov#"
    )
    with pytest.raises(IsADirectoryError, match="needs a file name"):
        report.write(dossier, tmp_path, "html")
    (tmp_path / "file.csv").write_text("x")
    with pytest.raises(NotADirectoryError, match="needs a folder"):
        report.write(dossier, tmp_path / "file.csv", "csv")
