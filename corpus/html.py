"""Main text and metadata of an HTML page, with trafilatura (and htmldate for the date).

trafilatura drops scripts, styles, navigation and comment sections (``include_comments`` is
off), but keeps lines such as "Read more: ...", share prompts, the repeated headline or a
byline date on cluttered pages; its output goes through the same line cleaning as plain text.
htmldate runs without its extensive (text-guessing) search: the metadata date comes from the
page's markup only, date lines in the text are judged by our own rules.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from .dates import parse_given_date
from .errors import NoArticleTextError

_DATE_PARAMS = {"extensive_search": False, "original_date": True}
NO_TEXT = "no article text found in HTML; save the article's text as .txt instead"


@dataclass(frozen=True)
class HtmlArticle:
    lines: list[str]
    title: str | None
    publisher: str | None
    published: date | None
    url: str | None


def _clean_field(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    return " ".join(value.split()) or None


def extract_html(html: str, url: str | None = None) -> HtmlArticle:
    """Extract the article; raises ``NoArticleTextError`` when the page has no main text."""
    import trafilatura
    from trafilatura.settings import Document

    document = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_images=False,
        include_links=False, include_formatting=False, deduplicate=False,
        date_extraction_params=dict(_DATE_PARAMS),
    )
    text = document.text if isinstance(document, Document) else None
    if not isinstance(document, Document) or not isinstance(text, str) or not text.strip():
        raise NoArticleTextError(NO_TEXT)
    published = _clean_field(document.date)
    return HtmlArticle(
        lines=text.splitlines(),
        title=_clean_field(document.title),
        publisher=_clean_field(document.sitename),
        published=parse_given_date(published) if published else None,
        url=_clean_field(document.url) or url,
    )
