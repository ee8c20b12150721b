"""``read_corpus``: every input (file, folder, JSONL/CSV file, URL) into Sources or Skipped.

Order: inputs as given; inside a folder, files sorted by relative path (recursive). Hidden
files and folders and ``*.meta.json`` sidecars inside folders are not articles and are passed
over; every other file is read or listed in ``skipped`` with a reason. Nothing raises.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from urllib.parse import urlsplit

from .dates import parse_given_date
from .errors import InputError, SidecarError
from .fetch import fetch, is_url
from .files import Sidecar, read_sidecar, read_text, sidecar_path
from .html import extract_html
from .model import Corpus, Dropped, Skipped, Source
from .plaintext import logical_lines
from .published import Candidate
from .rows import Row, csv_rows, jsonl_rows
from .sources import Draft, finish

TEXT_KINDS = {".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown",
              ".html": "html", ".htm": "html", ".xhtml": "html"}
ROW_READERS: dict[str, Callable[[str, str], Iterator[Row | Skipped]]] = {
    ".jsonl": jsonl_rows, ".ndjson": jsonl_rows, ".csv": csv_rows,
}
SIDECAR_SUFFIX = ".meta.json"
Item = Draft | Skipped


def _html_draft(html: str, path: str | None, url: str | None, sidecar: Sidecar) -> Draft:
    page = extract_html(html, url)
    published = Candidate(page.published, "metadata") if page.published else None
    return Draft(path, url or page.url, page.lines, known_title=page.title,
                 publisher=page.publisher, published=published, sidecar=sidecar,
                 no_text="no article text found in HTML once boilerplate is removed")


def _sidecar(path: Path, shown: str) -> tuple[Sidecar, list[Skipped]]:
    found = sidecar_path(path)
    if found is None:
        return Sidecar(), []
    where = os.path.join(os.path.dirname(shown), found.name)
    try:
        sidecar, problem = read_sidecar(found)
    except SidecarError as err:
        return Sidecar(), [Skipped(where, err.reason)]
    return sidecar, [Skipped(where, problem)] if problem else []


def _article_file(path: Path, shown: str, kind: str) -> Iterator[Item]:
    sidecar, problems = _sidecar(path, shown)
    yield from problems
    text = read_text(path, html=kind == "html")
    if kind == "html":
        yield _html_draft(text, shown, None, sidecar)
    else:
        yield Draft(shown, None, logical_lines(text, markdown=kind == "markdown"), sidecar=sidecar)


def _row_draft(row: Row) -> Draft:
    value = parse_given_date(row.published) if row.published else None
    notes: tuple[Dropped, ...] = ()
    if row.published and value is None:
        notes = (Dropped(f"published: {row.published}", "published field is not a date (ignored)"),)
    return Draft(row.where, row.url, logical_lines(row.text), known_title=row.title,
                 publisher=row.publisher,
                 published=Candidate(value, "input") if value else None, notes=notes)


def _rows_file(path: Path, shown: str, suffix: str) -> Iterator[Item]:
    for row in ROW_READERS[suffix](read_text(path), shown):
        yield row if isinstance(row, Skipped) else _row_draft(row)


def _not_article(path: Path) -> str | None:
    name = path.name.lower()
    if name.endswith(SIDECAR_SUFFIX):
        return "sidecar metadata, not an article; it is read with the article it sits next to"
    if name.startswith("readme"):
        return "README file, not an article; rename it to read it as one"
    return None


def _file(path: Path, shown: str) -> Iterator[Item]:
    suffix = path.suffix.lower()
    try:
        if (reason := _not_article(path)) is not None:
            yield Skipped(shown, reason)
        elif suffix in TEXT_KINDS:
            yield from _article_file(path, shown, TEXT_KINDS[suffix])
        elif suffix in ROW_READERS:
            yield from _rows_file(path, shown, suffix)
        else:
            kinds = ", ".join(sorted({*TEXT_KINDS, *ROW_READERS}))
            yield Skipped(shown, f"unsupported file type {suffix or '(no extension)'}; "
                                 f"supported: {kinds}")
    except InputError as err:
        yield Skipped(shown, err.reason)


def _folder_files(root: Path) -> list[tuple[str, ...]]:
    """Relative paths (as parts) of the files under root, hidden ones and sidecars left out."""
    found: list[tuple[str, ...]] = []
    for folder, dirs, files in os.walk(root):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        rel = Path(folder).relative_to(root).parts
        found += [(*rel, f) for f in files
                  if not f.startswith(".") and not f.lower().endswith(SIDECAR_SUFFIX)]
    return sorted(found)


def _folder(root: Path, given: str) -> Iterator[Item]:
    files = _folder_files(root)
    if not files:
        yield Skipped(given, "folder has no files to read; put .txt, .md or .html articles in it")
    for parts in files:
        yield from _file(root.joinpath(*parts), os.path.join(given, *parts))


def _url(url: str, timeout: float) -> Iterator[Item]:
    try:
        page = fetch(url, timeout)
        if page.content_type.startswith("text/plain"):
            yield Draft(None, url, logical_lines(page.body))
        elif page.content_type and not any(k in page.content_type for k in ("html", "xml")):
            yield Skipped(url, f"could not fetch URL: unsupported content type {page.content_type}"
                               "; save the article as .txt or .html")
        else:
            yield _html_draft(page.body, None, url, Sidecar())
    except InputError as err:
        yield Skipped(url, err.reason)


def _missing(given: str) -> Skipped:
    scheme = urlsplit(given).scheme
    if "://" in given and scheme:
        return Skipped(given, f"unsupported URL scheme {scheme}; use http or https")
    hint = " (for a web page, give the full URL with https://)" if given.startswith("www.") else ""
    return Skipped(given, f"no such file or folder; check the path{hint}")


def _items(given: str, timeout: float) -> Iterator[Item]:
    if is_url(given):
        yield from _url(given, timeout)
        return
    path = Path(given)
    if path.is_dir():
        yield from _folder(path, given)
    elif path.is_file():
        yield from _file(path, given)
    else:
        yield _missing(given)


def read_corpus(inputs: Sequence[str], *, timeout: float = 20.0) -> Corpus:
    """Read articles from paths (files, folders, JSONL/CSV) and http(s) URLs.

    Sources get ids ``s1``, ``s2``, ... in input order. Bad inputs become ``skipped`` entries
    with a reason naming the fix; the batch always goes on. ``timeout`` bounds each fetch.
    """
    sources: list[Source] = []
    skipped: list[Skipped] = []
    for given in inputs:
        for item in _items(given, timeout):
            if isinstance(item, Skipped):
                skipped.append(item)
                continue
            try:
                sources.append(finish(item, f"s{len(sources) + 1}"))
            except InputError as err:
                skipped.append(Skipped(item.path or item.url or given, err.reason))
    return Corpus(tuple(sources), tuple(skipped))
