"""The `crossfact` command: exit codes, messages and the four outputs."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from crossfact.cli import main

ARTICLE = (
    "Leaders meet at the cosmodrome\n\nSeptember 13, 2023\n\n"
    "The two leaders met at the Vostochny Cosmodrome on Wednesday. "
    "They toured a rocket assembly hall before the talks began.\n"
)


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "crossfact", *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=300, check=False)


def test_missing_path_exits_2_naming_the_path_and_the_fix(tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    result = _run(str(missing), "-o", str(tmp_path / "out"))
    assert result.returncode == 2
    message = result.stderr.strip().splitlines()[-1]
    assert message.startswith("crossfact: error: nothing readable: ")
    assert str(missing) in message and "pass .txt/.md/.html files" in message
    assert not (tmp_path / "out").exists()


def test_only_unreadable_files_exit_2(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02\xff" * 50)
    result = _run(str(tmp_path))
    assert result.returncode == 2
    assert "nothing readable" in result.stderr and "(and 1 more)" in result.stderr


def test_bad_option_value_is_a_usage_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["--cluster-similarity", "1.5", str(tmp_path)])
    assert result.exit_code == 2
    assert "--cluster-similarity" in result.output


def test_a_folder_that_is_not_a_model_exits_2(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    model = tmp_path / "model"
    model.mkdir()
    result = CliRunner().invoke(main, [str(article), "--model", str(model), "--no-cache",
                                       "-o", str(tmp_path / "out")])
    assert result.exit_code == 2
    assert "not a sentence-transformers model folder" in result.output


@pytest.mark.model
def test_a_bad_file_is_skipped_and_the_batch_goes_on(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "latin1.txt").write_bytes("Caf\xe9 au lait, tr\xe8s bien.".encode("latin-1"))
    out = tmp_path / "out"
    result = CliRunner().invoke(main, [str(tmp_path), "-o", str(out), "--no-cache"])
    assert result.exit_code == 0, result.output
    assert "1 sources read, 1 skipped" in result.output
    assert "latin1.txt" in result.output
    data = json.loads((out / "claims.json").read_text(encoding="utf-8"))
    assert [Path(s["path"]).name for s in data["sources"]] == ["good.txt"]
    assert [Path(s["path"]).name for s in data["skipped"]] == ["latin1.txt"]
    assert "UTF-8" in data["skipped"][0]["reason"]


@pytest.mark.model
def test_demo_run_writes_the_four_outputs_and_a_summary(tmp_path: Path) -> None:
    out = tmp_path / "report"
    result = CliRunner().invoke(main, ["-o", str(out), "--cache-dir", str(tmp_path / "c")])
    assert result.exit_code == 0, result.output
    for name in ("report.html", "claims.json", "claims.csv", "sources.csv"):
        assert (out / name).stat().st_size > 0
    first = result.output.splitlines()[0]
    assert "sources read, 0 skipped" in first and "contradicted" in first
    data = json.loads((out / "claims.json").read_text(encoding="utf-8"))
    assert data["schema_version"] == 1 and data["model"] == "all-MiniLM-L6-v2"
    assert len(data["sources"]) >= 5
