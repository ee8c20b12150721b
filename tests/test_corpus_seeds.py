"""Stage 1 on the real seed articles in ../shared/seeds (skipped when that folder is absent)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from corpus import read_corpus
from corpus.lines import normalise_line
from corpus.model import Corpus, Source

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
BOILERPLATE = (
    "Leave a Reply", "Most Read", "Latest Posts", "Read more", "Dark Mode", "Share this article",
    "Comment / Reply From", "About Author", "Your email address", "min read",
)

pytestmark = pytest.mark.skipif(not SEEDS.is_dir(), reason=f"no seed folder at {SEEDS}")


@pytest.fixture(scope="module")
def seeds() -> Corpus:
    return read_corpus([str(SEEDS)])


def _seed(corpus: Corpus, prefix: str) -> Source:
    (found,) = [s for s in corpus.sources if Path(s.path or "").name.startswith(prefix)]
    return found


def test_all_seeds_are_read_in_order(seeds: Corpus) -> None:
    assert seeds.skipped == ()
    names = [Path(s.path or "").name[:3] for s in seeds.sources]
    assert names == ["000", "001", "002", "003", "004"]
    assert [s.id for s in seeds.sources] == ["s1", "s2", "s3", "s4", "s5"]


def test_000_is_published_on_its_date_line(seeds: Corpus) -> None:
    source = _seed(seeds, "000")
    assert (source.published, source.published_from) == (date(2023, 9, 12), "text")
    assert source.title == "Kim Jong-un traveled to Russia to meet with Putin"
    assert source.publisher == "Ambito"


def test_001_site_header_date_is_rejected(seeds: Corpus) -> None:
    source = _seed(seeds, "001")
    assert (source.published, source.published_from) == (date(2023, 9, 14), "text")
    reasons = {d.text: d.reason for d in source.dropped}
    assert reasons["September 22, 2023"] == (
        "date line (rejected as publication date: 8 days after the latest date in the text)"
    )


def test_003_turkish_header_date_is_not_the_publication_date(seeds: Corpus) -> None:
    source = _seed(seeds, "003")
    assert (source.published, source.published_from) == (None, None)
    assert source.dropped[0].text == "Çar. Eyl 27th, 2023"
    assert source.dropped[0].reason.startswith("date line (rejected as publication date: 15 days")


def test_002_and_004_have_no_publication_date(seeds: Corpus) -> None:
    assert _seed(seeds, "002").published is None
    assert _seed(seeds, "004").published is None


@pytest.mark.parametrize("phrase", BOILERPLATE)
def test_no_boilerplate_left_in_any_text(seeds: Corpus, phrase: str) -> None:
    for source in seeds.sources:
        assert phrase not in source.text, (source.path, phrase)


def test_every_nonempty_line_is_in_text_or_dropped(seeds: Corpus) -> None:
    for source in seeds.sources:
        dropped = {d.text for d in source.dropped}
        raw = Path(source.path or "").read_text(encoding="utf-8")
        for line in filter(None, (normalise_line(x) for x in raw.splitlines())):
            assert line in source.text or line in dropped, (source.path, line)


def test_paragraphs_are_separated_by_one_blank_line(seeds: Corpus) -> None:
    for source in seeds.sources:
        assert "\n\n\n" not in source.text
        assert all(p == p.strip() and "  " not in p and "\n" not in p
                   for p in source.text.split("\n\n"))
