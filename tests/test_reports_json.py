"""claims.json: schema version 1 fields and types, round trip, determinism."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from test_reports_fixtures import GENERATED_AT, HOSTILE_TEXT, S1_URL, build, story

import reports
from comparison.model import Claim

OUTPUTS = ("report.html", "claims.json", "claims.csv", "sources.csv")


def written(tmp_path: Path, name: str = "out") -> dict[str, Any]:
    reports.write_outputs(build(), tmp_path / name)
    loaded: dict[str, Any] = json.loads((tmp_path / name / "claims.json").read_text("utf-8"))
    return loaded


def test_write_outputs_creates_the_directory_and_returns_paths_in_order(tmp_path: Path) -> None:
    out = tmp_path / "a" / "b"
    paths = reports.write_outputs(build(), out)
    assert paths == tuple(out / name for name in OUTPUTS)
    assert all(path.is_file() for path in paths)


def test_top_level_fields(tmp_path: Path) -> None:
    doc = written(tmp_path)
    assert list(doc) == ["schema_version", "generated_at", "model", "skipped", "sources", "claims"]
    assert doc["schema_version"] == 1
    assert doc["generated_at"] == "2026-01-01T12:30:05Z"
    assert doc["model"] == "all-MiniLM-L6-v2"
    assert doc["skipped"][0] == {"path": "corpus/empty.txt", "reason": "empty file"}
    assert len(doc["skipped"]) == 2


def test_source_fields_and_merged_dropped(tmp_path: Path) -> None:
    s1, s2, s3, s4 = written(tmp_path)["sources"]
    assert s1 == {
        "id": "s1", "path": None, "url": S1_URL,
        "title": "Kim arrives in Russia for talks with Putin", "publisher": "Northern Wire",
        "published": "2023-09-12", "published_from": "metadata", "statements": 2,
        "dropped": [
            {"text": "Share this article", "reason": "boilerplate"},
            {"text": "Read more.", "reason": "fragment"},
        ],
    }
    assert (s2["statements"], s3["statements"], s4["statements"]) == (4, 2, 2)
    assert s3["published"] is None and s3["published_from"] is None
    assert s2["dropped"] == []


def test_claims_keep_the_given_order_and_fields(tmp_path: Path) -> None:
    claims = written(tmp_path)["claims"]
    assert [claim["id"] for claim in claims] == ["c1", "c3", "c2", "c5", "c4"]
    c3 = claims[1]
    assert list(c3) == [
        "id", "status", "text", "sources", "independent_sources", "origins", "statements",
        "conflicts",
    ]
    assert c3["status"] == "corroborated"
    assert c3["sources"] == ["s1", "s2", "s3"]
    assert c3["independent_sources"] == 2
    assert c3["origins"] == [["s1", "s3"], ["s2"]]
    assert c3["conflicts"] == []


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
    assert HOSTILE_TEXT in json.loads(text)["claims"][2]["statements"][1]["text"]


def test_two_builds_write_identical_bytes(tmp_path: Path) -> None:
    reports.write_outputs(build(), tmp_path / "one")
    reports.write_outputs(build(), tmp_path / "two")
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
