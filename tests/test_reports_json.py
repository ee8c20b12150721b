"""claims.json: schema version 1 fields and types, round trip, determinism."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from test_reports_fixtures import (
    GENERATED_AT,
    HOSTILE_SUMMARY,
    HOSTILE_TEXT,
    S1_URL,
    TOLL_SUMMARY,
    build,
    story,
    two_events,
)

import reports
from claims.model import Segmentation
from comparison.model import Claim
from corpus.model import Dropped, Source

OUTPUTS = ("report.html", "claims.json", "claims.csv", "sources.csv")


def written(
    tmp_path: Path, name: str = "out", events: tuple[int, ...] = ()
) -> dict[str, Any]:
    reports.write_outputs(build(events=events), tmp_path / name)
    loaded: dict[str, Any] = json.loads((tmp_path / name / "claims.json").read_text("utf-8"))
    return loaded


def test_write_outputs_creates_the_directory_and_returns_paths_in_order(tmp_path: Path) -> None:
    out = tmp_path / "a" / "b"
    paths = reports.write_outputs(build(), out)
    assert paths == tuple(out / name for name in OUTPUTS)
    assert all(path.is_file() for path in paths)


def test_top_level_fields(tmp_path: Path) -> None:
    doc = written(tmp_path)
    assert list(doc) == [
        "schema_version", "generated_at", "model", "skipped", "sources", "events", "claims",
    ]
    assert doc["schema_version"] == 1
    assert doc["generated_at"] == "2026-01-01T12:30:05Z"
    assert doc["model"] == "all-MiniLM-L6-v2"
    assert doc["skipped"][0] == {"path": "corpus/empty.txt", "reason": "empty file"}
    assert len(doc["skipped"]) == 2


def test_source_fields_and_merged_dropped(tmp_path: Path) -> None:
    s1, s2, s3, s4, s5, s6 = written(tmp_path)["sources"]
    assert s1 == {
        "id": "s1", "path": None, "url": S1_URL,
        "title": "Kim arrives in Russia for talks with Putin", "publisher": "Northern Wire",
        "published": "2023-09-12", "published_from": "metadata", "statements": 2, "event": 0,
        "dropped": [
            {"text": "Share this article", "reason": "boilerplate"},
            {"text": "Read more.", "reason": "fragment"},
        ],
    }
    assert [s["statements"] for s in (s2, s3, s4, s5, s6)] == [4, 2, 2, 3, 3]
    assert s3["published"] is None and s3["published_from"] is None
    assert s2["dropped"] == []


def test_claims_keep_the_given_order_and_fields(tmp_path: Path) -> None:
    claims = written(tmp_path)["claims"]
    assert [claim["id"] for claim in claims] == ["c1", "c3", "c6", "c2", "c5", "c4", "c8", "c7"]
    c3 = claims[1]
    assert list(c3) == [
        "id", "status", "event", "text", "sources", "independent_sources", "origins",
        "statements", "conflicts", "updates",
    ]
    assert c3["status"] == "corroborated"
    assert c3["event"] == 0
    assert c3["sources"] == ["s1", "s2", "s3"]
    assert c3["independent_sources"] == 2
    assert c3["origins"] == [["s1", "s3"], ["s2"]]
    assert c3["conflicts"] == [] and c3["updates"] == []


def test_statement_and_fact_fields(tmp_path: Path) -> None:
    statement = written(tmp_path)["claims"][0]["statements"][0]
    assert statement == {
        "id": "s1:2", "source": "s1",
        "text": "The two leaders will meet on Wednesday at the Vostochny Cosmodrome.",
        "start": 65, "end": 132,
        "facts": [
            {"kind": "date", "text": "on Wednesday", "value": "2023-09-13", "start": 26,
             "end": 38, "role": "meet", "modality": "planned"},
            {"kind": "place", "text": "Vostochny Cosmodrome", "value": "Vostochny Cosmodrome",
             "start": 46, "end": 66, "role": None, "modality": "asserted"},
        ],
    }


def test_statement_offsets_index_the_source_text(tmp_path: Path) -> None:
    texts = {source.id: source.text for source in story().corpus.sources}
    for claim in written(tmp_path)["claims"]:
        for st in claim["statements"]:
            assert texts[st["source"]][st["start"] : st["end"]] == st["text"]


def test_conflict_fields(tmp_path: Path) -> None:
    conflict = written(tmp_path)["claims"][0]["conflicts"][0]
    assert conflict == {
        "kind": "date", "summary": "Wed 13 Sep 2023 vs Thu 14 Sep 2023", "role": "meet",
        "sides": [
            {"value": "2023-09-13", "statements": ["s1:2"]},
            {"value": "2023-09-14", "statements": ["s2:1"]},
        ],
    }


def test_updated_claim_has_its_sides_with_their_dates(tmp_path: Path) -> None:
    c6 = written(tmp_path)["claims"][2]
    assert (c6["id"], c6["status"], c6["conflicts"]) == ("c6", "updated", [])
    assert c6["updates"] == [{
        "kind": "quantity", "summary": TOLL_SUMMARY, "role": "death toll",
        "sides": [
            {"value": "79 person", "statements": ["s5:1"], "published": "2025-10-14"},
            {"value": "112 person", "statements": ["s6:1"], "published": "2025-10-15"},
        ],
    }]


def test_contradicted_claim_keeps_its_updates_too(tmp_path: Path) -> None:
    c8 = written(tmp_path)["claims"][6]
    assert (c8["id"], c8["status"]) == ("c8", "contradicted")
    assert [c["summary"] for c in c8["conflicts"]] == ["6.1 magnitude vs 5.9 magnitude"]
    assert [u["summary"] for u in c8["updates"]] == [HOSTILE_SUMMARY]
    assert [side["value"] for side in c8["updates"][0]["sides"]] == ["300 person", "450 person"]


def test_unknown_publication_date_of_an_update_side_is_null(tmp_path: Path) -> None:
    s = story()
    c6 = s.claims[2]
    first, second = c6.updates[0].sides
    undated = replace(c6.updates[0], sides=(first, replace(second, published=None)))
    model = rebuild_with((*s.claims[:2], replace(c6, updates=(undated,)), *s.claims[3:]))
    sides = model.document["claims"][2]["updates"][0]["sides"]
    assert [side["published"] for side in sides] == ["2025-10-14", None]


def test_unknown_events_put_everything_in_event_0(tmp_path: Path) -> None:
    doc = written(tmp_path)
    assert doc["events"] == [
        {"id": 0, "sources": ["s1", "s2", "s3", "s4", "s5", "s6"], "claims": 8},
    ]
    assert {source["event"] for source in doc["sources"]} == {0}
    assert {claim["event"] for claim in doc["claims"]} == {0}


def test_two_events_name_their_sources_and_count_their_claims(tmp_path: Path) -> None:
    doc = written(tmp_path, events=two_events())
    assert doc["events"] == [
        {"id": 0, "sources": ["s1", "s2", "s3", "s4"], "claims": 5},
        {"id": 1, "sources": ["s5", "s6"], "claims": 3},
    ]
    assert [source["event"] for source in doc["sources"]] == [0, 0, 0, 0, 1, 1]
    assert {claim["id"]: claim["event"] for claim in doc["claims"]} == {
        "c1": 0, "c3": 0, "c6": 1, "c2": 0, "c5": 0, "c4": 0, "c8": 1, "c7": 1,
    }


def test_a_source_without_statements_has_no_event() -> None:
    s = story()
    empty = Source("s7", "corpus/empty-page.html", None, None, "Nobody", None, None, "",
                   (Dropped("Subscribe now", "boilerplate"),))
    corpus = replace(s.corpus, sources=(*s.corpus.sources, empty))
    model = reports.build_report(
        corpus, s.segmentation, s.facts, s.claims, model_name="m", generated_at=GENERATED_AT,
        events=two_events(),
    )
    assert model.document["sources"][-1]["event"] is None
    assert [event["sources"] for event in model.document["events"]] == [
        ["s1", "s2", "s3", "s4"], ["s5", "s6"],
    ]


@pytest.mark.parametrize("events", [(0, 1), (0,) * 15 + (-1,)])
def test_events_must_be_one_non_negative_number_per_statement(events: tuple[int, ...]) -> None:
    s = story()
    with pytest.raises(ValueError, match="event"):
        reports.build_report(
            s.corpus, s.segmentation, s.facts, s.claims, model_name="m",
            generated_at=GENERATED_AT, events=events,
        )


def test_no_statements_no_events() -> None:
    s = story()
    model = reports.build_report(
        s.corpus, Segmentation((), ()), {}, (), model_name="m", generated_at=GENERATED_AT,
    )
    assert model.document["events"] == []
    assert {source["event"] for source in model.document["sources"]} == {None}


def test_every_statement_is_in_exactly_one_claim(tmp_path: Path) -> None:
    doc = written(tmp_path)
    ids = [st["id"] for claim in doc["claims"] for st in claim["statements"]]
    assert len(ids) == len(set(ids)) == sum(source["statements"] for source in doc["sources"])


def test_round_trip_equals_the_model_document(tmp_path: Path) -> None:
    model = build()
    reports.write_outputs(model, tmp_path)
    text = (tmp_path / "claims.json").read_text("utf-8")
    assert json.loads(text) == model.document
    assert text.endswith("}\n")
    assert HOSTILE_TEXT in json.loads(text)["claims"][3]["statements"][1]["text"]


@pytest.mark.parametrize("events", [(), two_events()])
def test_two_builds_write_identical_bytes(tmp_path: Path, events: tuple[int, ...]) -> None:
    reports.write_outputs(build(events=events), tmp_path / "one")
    reports.write_outputs(build(events=events), tmp_path / "two")
    for name in OUTPUTS:
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "two" / name).read_bytes()


def test_only_generated_at_changes_with_the_time(tmp_path: Path) -> None:
    reports.write_outputs(build(), tmp_path / "one")
    reports.write_outputs(build(GENERATED_AT + timedelta(days=1)), tmp_path / "two")
    one = json.loads((tmp_path / "one" / "claims.json").read_text("utf-8"))
    two = json.loads((tmp_path / "two" / "claims.json").read_text("utf-8"))
    assert two["generated_at"] == "2026-01-02T12:30:05Z"
    assert one | {"generated_at": None} == two | {"generated_at": None}
    for name in ("claims.csv", "sources.csv"):
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "two" / name).read_bytes()


@pytest.mark.parametrize(
    ("moment", "expected"),
    [
        (datetime(2026, 3, 4, 5, 6, 7, 890), "2026-03-04T05:06:07Z"),
        (datetime(2026, 3, 4, 1, 0, tzinfo=timezone(timedelta(hours=3))), "2026-03-03T22:00:00Z"),
    ],
)
def test_format_timestamp_is_utc(moment: datetime, expected: str) -> None:
    assert reports.format_timestamp(moment) == expected


def rebuild_with(claims: tuple[Claim, ...]) -> reports.ReportModel:
    s = story()
    return reports.build_report(
        s.corpus, s.segmentation, s.facts, claims, model_name="m", generated_at=GENERATED_AT
    )


def test_unknown_statement_id_is_an_error() -> None:
    claim = replace(story().claims[0], statements=("s9:1",))
    with pytest.raises(ValueError, match="s9:1"):
        rebuild_with((claim,))


def test_unknown_status_is_an_error() -> None:
    claim = replace(story().claims[0], status="maybe")
    with pytest.raises(ValueError, match="maybe"):
        rebuild_with((claim,))
