"""From an article as read (a ``Draft``) to a clean ``Source``: cleaning, metadata precedence
and the publication date. Precedence per field: sidecar > input row / HTML metadata > text."""

from __future__ import annotations

from dataclasses import dataclass, field

from .clean import DATE_LINE, Cleaned, clean_lines
from .errors import NoArticleTextError
from .files import Sidecar
from .model import Dropped, Source
from .published import Candidate, Choice, choose_published

NO_TEXT = "no article text left once boilerplate is removed"


@dataclass(frozen=True)
class Draft:
    """An article as read: body lines plus what its container already says about it.

    ``origin`` names where ``published`` came from ("input" or "metadata"); ``known_title``
    comes from HTML metadata or a row and is used to drop repeats of the headline.
    """

    path: str | None
    url: str | None
    lines: list[str]
    known_title: str | None = None
    publisher: str | None = None
    published: Candidate | None = None
    sidecar: Sidecar = field(default_factory=Sidecar)
    notes: tuple[Dropped, ...] = ()
    no_text: str = NO_TEXT


def _candidates(draft: Draft, cleaned: Cleaned) -> list[Candidate]:
    found = [Candidate(d.value, "text", d.text, d.in_header) for d in cleaned.date_lines if d.value]
    given = [draft.published] if draft.published else []
    if draft.sidecar.published is not None:
        given.insert(0, Candidate(draft.sidecar.published, "sidecar"))
    return given + found


def _dropped(draft: Draft, cleaned: Cleaned, choice: Choice) -> tuple[Dropped, ...]:
    dropped = list(cleaned.dropped)
    for line in cleaned.date_lines:
        if line.value is None:
            dropped[line.slot] = Dropped(line.text, f"{DATE_LINE} (ambiguous day and month)")
            continue
        why = choice.rejected.get(Candidate(line.value, "text", line.text, line.in_header))
        if why is not None:
            dropped[line.slot] = Dropped(line.text, f"{DATE_LINE} (rejected as publication date: "
                                                    f"{why})")
    meta = [c for c in choice.rejected if c.origin == "metadata"]
    extra = [Dropped(c.value.isoformat(), f"metadata date (rejected as publication date: "
                                          f"{choice.rejected[c]})") for c in meta]
    return (*draft.notes, *dropped, *extra)


def finish(draft: Draft, source_id: str) -> Source:
    """Clean the draft into a Source; raises ``NoArticleTextError`` when no text is left."""
    cleaned = clean_lines(draft.lines, known_title=draft.known_title,
                          find_title=draft.known_title is None)
    if not cleaned.paragraphs:
        raise NoArticleTextError(draft.no_text)
    choice = choose_published(_candidates(draft, cleaned), cleaned.text)
    side = draft.sidecar
    return Source(
        id=source_id,
        path=draft.path,
        url=side.url or draft.url,
        title=side.title or draft.known_title or cleaned.title,
        publisher=side.publisher or draft.publisher or cleaned.publisher,
        published=choice.published,
        published_from=choice.origin,
        text=cleaned.text,
        dropped=_dropped(draft, cleaned, choice),
    )
