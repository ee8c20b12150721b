"""claims.csv and sources.csv, read back with pandas."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from test_reports_fixtures import (
    GENERATED_AT,
    HOSTILE_LINK_TEXT,
    HOSTILE_PATH,
    HOSTILE_TEXT,
    HOSTILE_TITLE,
    build,
    story,
    two_events,
)

import reports


def read(tmp_path: Path, name: str, events: tuple[int, ...] = ()) -> pd.DataFrame:
    reports.write_outputs(build(events=events), tmp_path)
    return pd.read_csv(tmp_path / name, dtype=str, keep_default_na=False)


def test_claims_csv_has_one_row_per_statement_in_claim_order(tmp_path: Path) -> None:
    frame = read(tmp_path, "claims.csv")
    assert list(frame.columns) == [
        "claim_id", "claim_status", "statement_id", "source_id", "publisher", "published",
        "start", "end", "text", "facts", "conflict_kinds", "update_kinds", "event",
    ]
    assert len(frame) == 16
    assert list(frame["statement_id"]) == [
        "s1:2", "s2:1", "s2:4", "s1:1", "s2:2", "s3:1", "s5:1", "s6:1", "s2:3", "s4:1", "s4:2",
        "s3:2", "s5:3", "s6:3", "s5:2", "s6:2",
    ]
    assert list(frame["claim_id"].unique()) == ["c1", "c3", "c6", "c2", "c5", "c4", "c8", "c7"]


def test_claims_csv_row_values(tmp_path: Path) -> None:
    row = read(tmp_path, "claims.csv").iloc[0].to_dict()
    assert row == {
        "claim_id": "c1", "claim_status": "contradicted", "statement_id": "s1:2",
        "source_id": "s1", "publisher": "Northern Wire", "published": "2023-09-12",
        "start": "65", "end": "132",
        "text": "The two leaders will meet on Wednesday at the Vostochny Cosmodrome.",
        "facts": "date=2023-09-13 (planned); place=Vostochny Cosmodrome",
        "conflict_kinds": "date", "update_kinds": "", "event": "0",
    }


def test_claims_csv_keeps_text_verbatim_and_empty_cells_empty(tmp_path: Path) -> None:
    frame = read(tmp_path, "claims.csv").set_index("statement_id")
    assert frame.loc["s4:1", "text"] == HOSTILE_TEXT
    assert frame.loc["s4:2", "text"] == HOSTILE_LINK_TEXT
    assert frame.loc["s3:1", "publisher"] == "" and frame.loc["s3:1", "published"] == ""
    assert frame.loc["s2:4", "facts"] == ""
    assert frame.loc["s1:1", "conflict_kinds"] == ""
    assert frame.loc["s4:1", "conflict_kinds"] == "place"
    assert frame.loc["s1:1", "update_kinds"] == ""


def test_claims_csv_names_update_kinds_and_events(tmp_path: Path) -> None:
    frame = read(tmp_path, "claims.csv", two_events()).set_index("statement_id")
    updated = frame.loc[["s5:1", "s6:1"]]
    assert set(updated["claim_status"]) == {"updated"}
    assert set(updated["update_kinds"]) == {"quantity"}
    assert set(updated["conflict_kinds"]) == {""}
    assert frame.loc["s5:3", "claim_status"] == "contradicted"
    assert (frame.loc["s5:3", "conflict_kinds"], frame.loc["s5:3", "update_kinds"]) == (
        "quantity", "quantity",
    )
    events = {sid: frame.loc[sid, "event"] for sid in ("s1:2", "s4:2", "s5:1", "s6:3")}
    assert events == {"s1:2": "0", "s4:2": "0", "s5:1": "1", "s6:3": "1"}


def test_sources_csv_has_sources_then_skipped_inputs(tmp_path: Path) -> None:
    frame = read(tmp_path, "sources.csv")
    assert list(frame.columns) == [
        "id", "path", "url", "title", "publisher", "published", "published_from",
        "statements", "dropped", "skipped_reason", "event",
    ]
    assert list(frame["id"]) == ["s1", "s2", "s3", "s4", "s5", "s6", "", ""]
    assert list(frame["statements"]) == ["2", "4", "2", "2", "3", "3", "", ""]
    assert list(frame["dropped"]) == ["2", "0", "0", "1", "0", "0", "", ""]
    assert list(frame["skipped_reason"]) == [
        "", "", "", "", "", "", "empty file", "unsupported type <b>pdf</b>",
    ]
    assert list(frame["event"]) == ["0", "0", "0", "0", "0", "0", "", ""]
    assert frame.loc[3, "title"] == HOSTILE_TITLE
    assert frame.loc[3, "path"] == HOSTILE_PATH


def test_sources_csv_names_each_sources_event(tmp_path: Path) -> None:
    frame = read(tmp_path, "sources.csv", two_events())
    assert list(frame["event"]) == ["0", "0", "0", "0", "1", "1", "", ""]


def test_csv_files_use_newline_line_ends_and_no_index(tmp_path: Path) -> None:
    reports.write_outputs(build(), tmp_path)
    for name in ("claims.csv", "sources.csv"):
        data = (tmp_path / name).read_bytes()
        assert b"\r" not in data
        assert data.endswith(b"\n")
        assert data.split(b",", 1)[0] in (b"claim_id", b"id")


def test_no_claims_still_writes_headers(tmp_path: Path) -> None:
    s = story()
    model = reports.build_report(
        s.corpus, s.segmentation, s.facts, (), model_name="m", generated_at=GENERATED_AT
    )
    reports.write_outputs(model, tmp_path)
    lines = (tmp_path / "claims.csv").read_text("utf-8").splitlines()
    assert lines == [
        "claim_id,claim_status,statement_id,source_id,publisher,published,start,end,text,"
        "facts,conflict_kinds,update_kinds,event"
    ]
