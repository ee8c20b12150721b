"""Stage 1 inputs: folders, ordering, JSONL/CSV rows, bad files, sidecars."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

import corpus
from corpus import read_corpus

BODY = "Kim Jong Un met Vladimir Putin on Wednesday at the Vostochny Cosmodrome, officials said."


def _article(path: Path, title: str = "Kim meets Putin", body: str = BODY) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"{title}\n\n{body}\n", encoding="utf-8")
    return path


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    root = tmp_path / "articles"
    _article(root / "b.txt", "Second")
    _article(root / "a.txt", "First")
    _article(root / "sub" / "c.md", "Third")
    _article(root / ".hidden.txt", "Hidden")
    _article(root / ".git" / "x.txt", "Hidden folder")
    (root / "a.meta.json").write_text('{"publisher": "Sidecar News"}', encoding="utf-8")
    (root / "notes.pdf").write_bytes(b"%PDF-1.4 not really")
    (root / "README.md").write_text("# About these articles\n", encoding="utf-8")
    return root


def test_folder_is_read_recursively_in_sorted_order(folder: Path) -> None:
    result = read_corpus([str(folder)])
    assert [(s.id, s.title) for s in result.sources] == [
        ("s1", "First"), ("s2", "Second"), ("s3", "Third")]
    assert [s.path for s in result.sources] == [
        str(folder / "a.txt"), str(folder / "b.txt"), str(folder / "sub" / "c.md")]
    assert result.sources[0].publisher == "Sidecar News"


def test_unsupported_and_readme_files_are_listed_not_ignored(folder: Path) -> None:
    result = read_corpus([str(folder)])
    assert [s.path for s in result.skipped] == [
        str(folder / "README.md"), str(folder / "notes.pdf")]
    reasons = [s.reason for s in result.skipped]
    assert reasons[0].startswith("README file, not an article")
    assert reasons[1].startswith("unsupported file type .pdf")


def test_ids_follow_input_order_across_inputs(folder: Path, tmp_path: Path) -> None:
    single = _article(tmp_path / "z.txt", "Zeta")
    result = read_corpus([str(single), str(tmp_path / "missing.txt"), str(folder)])
    assert [(s.id, s.title) for s in result.sources][:2] == [("s1", "Zeta"), ("s2", "First")]
    assert result.skipped[0].path == str(tmp_path / "missing.txt")
    assert result.skipped[0].reason == "no such file or folder; check the path"


def test_path_keeps_the_form_the_user_gave(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(folder.parent)
    result = read_corpus(["articles/"])
    assert [s.path for s in result.sources] == ["articles/a.txt", "articles/b.txt",
                                                "articles/sub/c.md"]


def test_empty_folder_is_reported(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    result = read_corpus([str(tmp_path / "empty")])
    assert result.sources == ()
    assert result.skipped[0].reason.startswith("folder has no files to read")


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "empty file"),
        (b"  \n\n \n", "empty file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file (not text); save the article as "
                                                  ".txt or .html"),
        ("Café à Vladivostok, le sommet a eu lieu mardi.".encode("latin-1"),
         "not UTF-8 text; re-save it as UTF-8"),
        (b"Dark Mode\n\nLeave a Reply\n", "no article text left once boilerplate is removed"),
    ],
)
def test_bad_files_are_skipped_with_reason(tmp_path: Path, content: bytes, reason: str) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    good = _article(tmp_path / "good.txt")
    result = read_corpus([str(bad), str(good)])
    assert [(s.path, s.reason) for s in result.skipped] == [(str(bad), reason)]
    assert [s.path for s in result.sources] == [str(good)]


def test_utf8_bom_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeffKim meets Putin\n\n".encode() + BODY.encode())
    assert read_corpus([str(path)]).sources[0].title == "Kim meets Putin"


def test_unreadable_file_is_skipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _article(tmp_path / "locked.txt")

    def deny(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_bytes", deny)
    result = read_corpus([str(path)])
    assert [s.reason for s in result.skipped] == ["permission denied; make the file readable"]


def test_explicit_sidecar_and_unsupported_inputs(tmp_path: Path) -> None:
    sidecar = tmp_path / "a.meta.json"
    sidecar.write_text("{}", encoding="utf-8")
    other = tmp_path / "data.json"
    other.write_text("{}", encoding="utf-8")
    result = read_corpus([str(sidecar), str(other), "ftp://example.org/a", "www.example.org/a"])
    assert result.sources == ()
    reasons = [s.reason for s in result.skipped]
    assert reasons[0].startswith("sidecar metadata, not an article")
    assert reasons[1].startswith("unsupported file type .json")
    assert reasons[2] == "unsupported URL scheme ftp; use http or https"
    assert reasons[3].endswith("(for a web page, give the full URL with https://)")


def test_sidecar_wins_for_each_field_it_gives(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(f"Kim meets Putin\nSeptember 12, 2023\n\n{BODY}\n\nSource: Ambito\n",
                    encoding="utf-8")
    (tmp_path / "a.meta.json").write_text(json.dumps(
        {"published": "2023-09-13", "title": "Edited title", "url": "https://x.test/a"}),
        encoding="utf-8")
    source = read_corpus([str(path)]).sources[0]
    assert (source.published, source.published_from) == (date(2023, 9, 13), "sidecar")
    assert source.title == "Edited title"
    assert source.url == "https://x.test/a"
    assert source.publisher == "Ambito"
    assert [d.reason for d in source.dropped] == ["title", "date line", "source line"]


@pytest.mark.parametrize(
    ("sidecar", "reason_start"),
    [
        ("{not json", "sidecar is not valid JSON"),
        ('["a list"]', "sidecar must be a JSON object"),
        ('{"published": "someday", "publisher": "Kept"}', "sidecar field ignored: \"published\""),
    ],
)
def test_malformed_sidecar_is_reported_and_article_still_read(
    tmp_path: Path, sidecar: str, reason_start: str
) -> None:
    path = _article(tmp_path / "a.txt")
    (tmp_path / "a.meta.json").write_text(sidecar, encoding="utf-8")
    result = read_corpus([str(path)])
    assert [s.title for s in result.sources] == ["Kim meets Putin"]
    assert [s.path for s in result.skipped] == [str(tmp_path / "a.meta.json")]
    assert result.skipped[0].reason.startswith(reason_start)
    assert result.sources[0].published is None


def test_jsonl_rows(tmp_path: Path) -> None:
    rows = [
        json.dumps({"title": "Kim meets Putin", "text": f"Kim meets Putin\n\n{BODY}",
                    "url": "https://a.test/1", "published": "2023-09-13", "publisher": "A"}),
        "",
        json.dumps({"title": "No body", "text": "  "}),
        "{broken json",
        json.dumps(["not", "an", "object"]),
        json.dumps({"text": BODY, "published": "not a date"}),
    ]
    path = tmp_path / "rows.jsonl"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    result = read_corpus([str(path)])
    first, second = result.sources
    assert (first.id, first.path, first.url, first.title, first.publisher) == (
        "s1", f"{path}:1", "https://a.test/1", "Kim meets Putin", "A")
    assert (first.published, first.published_from) == (date(2023, 9, 13), "input")
    assert first.text == BODY
    assert [d.reason for d in first.dropped] == ["repeated headline"]
    assert (second.path, second.published) == (f"{path}:6", None)
    assert second.dropped[0].reason == "published field is not a date (ignored)"
    assert [s.path for s in result.skipped] == [f"{path}:3", f"{path}:4", f"{path}:5"]
    assert result.skipped[0].reason.startswith('row has no "text"')
    assert result.skipped[1].reason.startswith("not valid JSON")
    assert result.skipped[2].reason.startswith("not a JSON object")


def test_csv_rows(tmp_path: Path) -> None:
    path = tmp_path / "rows.csv"
    path.write_text(
        "Title,Text,URL,Published,Publisher\n"
        f'Kim meets Putin,"{BODY}\n\nSecond paragraph of the article, officials said.",'
        "https://a.test/1,2023-09-13,A\n"
        "Empty,,https://a.test/2,,B\n",
        encoding="utf-8",
    )
    result = read_corpus([str(path)])
    assert [(s.path, s.title, s.published) for s in result.sources] == [
        (f"{path}:2", "Kim meets Putin", date(2023, 9, 13))]
    assert result.sources[0].text == f"{BODY}\n\nSecond paragraph of the article, officials said."
    assert [s.path for s in result.skipped] == [f"{path}:5"]


def test_csv_without_text_column(tmp_path: Path) -> None:
    path = tmp_path / "rows.csv"
    path.write_text("title,body\nA,B\n", encoding="utf-8")
    result = read_corpus([str(path)])
    assert result.skipped[0].path == str(path)
    assert result.skipped[0].reason.startswith('no "text" column')


def test_demo_dir_points_next_to_the_package() -> None:
    assert Path(corpus.__file__).resolve().parent / "demo" == corpus.DEMO_DIR


def test_demo_corpus_metadata_matches_its_labels() -> None:
    labels_path = Path(__file__).resolve().parent / "gold" / "demo.json"
    if not labels_path.is_file() or not corpus.DEMO_DIR.is_dir():
        pytest.skip("no demo corpus or labels")
    labels = json.loads(labels_path.read_text(encoding="utf-8"))["articles"]
    result = read_corpus([str(corpus.DEMO_DIR)])
    got = {Path(s.path or "").name: s for s in result.sources}
    assert sorted(got) == sorted(labels)
    for name, label in labels.items():
        source = got[name]
        assert source.published == date.fromisoformat(label["published"]), name
        assert source.published_from == label["published_from"], name
        assert (source.title, source.publisher) == (label["title"], label["publisher"]), name
