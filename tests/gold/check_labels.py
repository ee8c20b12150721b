"""Check the gold label files against their corpora (stdlib only).

Run from the repository root:  python tests/gold/check_labels.py
Exits 1 and lists every problem if a label does not match its articles.

This checks the *labels*, not crossfact: every labelled substring occurs exactly
once in its file (for HTML: in the visible text of the <article> paragraphs, and
literally in the source, so no entity sits inside it), pairs name different files,
every article is listed with an ISO date, bodies are 150-350 words, HTML tags
balance, and every planted boilerplate line is present.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

GOLD = Path(__file__).resolve().parent
KINDS = {"date", "time", "number", "quantity", "money", "place", "person", "attribute", "negation"}
VOID = {"meta", "link", "br", "img", "input", "hr", "source", "wbr"}
PAIR_SECTIONS = ("contradictions", "updates", "corroborations", "must_not_flag", "same_origin")


class _Page(HTMLParser):
    """Collects <article><p> text, all visible text, and tag-balance errors."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.errors: list[str] = []
        self.paras: list[str] = []
        self.visible: list[str] = []
        self._para: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in VOID:
            return
        self.stack.append(tag)
        if tag == "p" and "article" in self.stack:
            self._para = []

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"unbalanced </{tag}> (open: {self.stack[-3:]})")
            return
        self.stack.pop()
        if tag == "p" and self._para is not None:
            self.paras.append("".join(self._para).strip())
            self._para = None

    def handle_data(self, data: str) -> None:
        if any(t in ("script", "style", "title", "head") for t in self.stack):
            return
        if self._para is not None:
            self._para.append(data)
        if data.strip():
            self.visible.append(" ".join(data.split()))


def article_text(path: Path) -> tuple[str, str, list[str]]:
    """(text the labels refer to, all visible text, problems)."""
    raw = path.read_text(encoding="utf-8")
    if path.suffix != ".html":
        return raw, raw, []
    page = _Page()
    page.feed(raw)
    page.close()
    problems = [f"{path.name}: {e}" for e in page.errors]
    if page.stack:
        problems.append(f"{path.name}: unclosed tags {page.stack}")
    if not raw.lstrip().lower().startswith("<!doctype html>"):
        problems.append(f"{path.name}: no doctype")
    needles = ('"og:site_name"', '"article:published_time"', "<title>", "<article")
    for needle in needles:
        if needle not in raw:
            problems.append(f"{path.name}: missing {needle}")
    return "\n\n".join(page.paras), "\n".join(page.visible), problems


def body_words(path: Path, text: str) -> int:
    if path.suffix == ".html":
        return len(text.split())
    lines = text.splitlines()[2:]  # title and date line
    body = []
    for line in lines:
        if line.startswith("Source:"):
            break
        body.append(line)
    return len(" ".join(body).split())


def check(name: str) -> list[str]:
    problems: list[str] = []
    labels = json.loads((GOLD / f"{name}.json").read_text(encoding="utf-8"))
    folder = GOLD / name
    if labels.get("corpus") != f"tests/gold/{name}":
        problems.append(f"{name}: corpus field is {labels.get('corpus')!r}")
    on_disk = {p.name for p in folder.iterdir() if p.is_file()}
    listed = set(labels["articles"])
    if on_disk != listed:
        problems.append(f"{name}: files on disk {sorted(on_disk ^ listed)} not matching 'articles'")
    if not 4 <= len(on_disk) <= 6:
        problems.append(f"{name}: {len(on_disk)} articles (want 4-6)")

    texts: dict[str, str] = {}
    visible_all: list[str] = []
    for fname, meta in labels["articles"].items():
        path = folder / fname
        dt.date.fromisoformat(meta["published"])
        if meta["published_from"] not in ("text", "metadata"):
            problems.append(f"{name}/{fname}: published_from {meta['published_from']!r}")
        text, visible, errs = article_text(path)
        problems += errs
        texts[fname] = text
        visible_all.append(visible)
        if path.suffix == ".html":
            source = path.read_text("utf-8")
            stamp = re.search(r'article:published_time" content="(\d{4}-\d\d-\d\d)', source)
            if not stamp or stamp.group(1) != meta["published"]:
                problems.append(f"{name}/{fname}: published_time meta is not {meta['published']}")
        n = body_words(path, text)
        if not 150 <= n <= 350:
            problems.append(f"{name}/{fname}: body has {n} words (want 150-350)")

    for section in PAIR_SECTIONS:
        for i, item in enumerate(labels.get(section, [])):
            where = f"{name}.{section}[{i}]"
            files, sentences = item["files"], item["sentences"]
            if len(files) != len(sentences) or len(files) < 2:
                problems.append(f"{where}: files/sentences lengths {len(files)}/{len(sentences)}")
            if len(set(files)) != len(files):
                problems.append(f"{where}: the same file twice")
            if section in ("contradictions", "updates"):
                if item["kind"] not in KINDS:
                    problems.append(f"{where}: unknown kind {item['kind']!r}")
                if len(set(item["values"])) != len(item["values"]):
                    problems.append(f"{where}: values are not distinct")
            if section == "must_not_flag" and not item.get("why"):
                problems.append(f"{where}: no 'why'")
            for fname, sub in zip(files, sentences, strict=False):
                if fname not in texts:
                    problems.append(f"{where}: unknown file {fname}")
                    continue
                count = texts[fname].count(sub)
                if count != 1:
                    problems.append(f"{where}: {sub[:50]!r} occurs {count}x in {fname}")
                if fname.endswith(".html") and sub not in (folder / fname).read_text("utf-8"):
                    problems.append(f"{where}: {sub[:50]!r} not literal in the HTML of {fname}")
                if "\n" in sub:
                    problems.append(f"{where}: substring spans lines in {fname}")

    everything = "\n".join(visible_all)
    for line in labels.get("boilerplate", []):
        if line not in everything:
            problems.append(f"{name}.boilerplate: {line!r} not found in any file")
    return problems


def main() -> int:
    names = sorted(p.stem for p in GOLD.glob("*.json") if (GOLD / p.stem).is_dir())
    problems: list[str] = []
    for name in names:
        problems += check(name)
    for p in problems:
        print(p)
    print(f"{len(names)} corpora checked, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
