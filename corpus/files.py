"""Reading files as text, strictly: UTF-8 (with or without BOM), or an HTML page's declared
charset. Anything else is refused with a reason that names the fix; nothing is guessed."""

from __future__ import annotations

import codecs
import json
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from .dates import parse_given_date
from .errors import SidecarError, UnreadableFileError

_SNIFF = 8192
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


def read_bytes(path: Path) -> bytes:
    """The file's bytes; raises ``UnreadableFileError`` for unreadable, empty or binary files."""
    try:
        data = path.read_bytes()
    except PermissionError:
        raise UnreadableFileError("permission denied; make the file readable") from None
    except OSError as err:
        raise UnreadableFileError(f"cannot read the file ({err.strerror or err})") from None
    if not data.strip():
        raise UnreadableFileError("empty file")
    if b"\x00" in data[:_SNIFF]:
        raise UnreadableFileError("binary file (not text); save the article as .txt or .html")
    return data


def _declared_charset(data: bytes) -> str | None:
    match = _CHARSET.search(data[:_SNIFF])
    if match is None:
        return None
    try:
        return codecs.lookup(match[1].decode("ascii")).name
    except LookupError:
        return None


def decode(data: bytes, *, html: bool = False) -> str:
    """UTF-8 text (a BOM is dropped); an HTML page may instead declare its own charset."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    charset = _declared_charset(data) if html else None
    if charset is not None and charset != "utf-8":
        try:
            return data.decode(charset)
        except UnicodeDecodeError:
            pass
    raise UnreadableFileError("not UTF-8 text; re-save it as UTF-8")


def read_text(path: Path, *, html: bool = False) -> str:
    return decode(read_bytes(path), html=html)


@dataclass(frozen=True)
class Sidecar:
    """Fields of a ``NAME.meta.json`` sidecar; each given field wins over what was found."""

    title: str | None = None
    publisher: str | None = None
    url: str | None = None
    published: date | None = None


def sidecar_path(article: Path) -> Path | None:
    """``NAME.meta.json`` (or ``NAME.EXT.meta.json``) next to the article, if present."""
    for candidate in (article.with_suffix(".meta.json"), Path(f"{article}.meta.json")):
        if candidate.is_file():
            return candidate
    return None


def _field(raw: dict[str, object], name: str, problems: list[str]) -> str | None:
    value = raw.get(name)
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        problems.append(f'"{name}" must be a string')
        return None
    return " ".join(value.split()) or None


def _published(raw: dict[str, object], problems: list[str]) -> date | None:
    text = _field(raw, "published", problems)
    value = parse_given_date(text) if text else None
    if text and value is None:
        problems.append(f'"published" is not a date ({text!r}; use YYYY-MM-DD)')
    return value


def read_sidecar(path: Path) -> tuple[Sidecar, str | None]:
    """The sidecar's usable fields and a description of its problems (None when sound).

    Raises ``SidecarError`` when nothing in it can be used (unreadable, not a JSON object).
    """
    try:
        raw = json.loads(read_text(path))
    except UnreadableFileError as err:
        raise SidecarError(f"sidecar unreadable ({err.reason}); the article was read without it"
                           ) from None
    except json.JSONDecodeError as err:
        raise SidecarError(f"sidecar is not valid JSON ({err.msg}, line {err.lineno}); fix it "
                           "(the article was read without it)") from None
    if not isinstance(raw, dict):
        raise SidecarError('sidecar must be a JSON object like {"published": "2023-09-12"}; '
                           "the article was read without it")
    problems: list[str] = []
    sidecar = Sidecar(
        title=_field(raw, "title", problems),
        publisher=_field(raw, "publisher", problems),
        url=_field(raw, "url", problems),
        published=_published(raw, problems),
    )
    if not problems:
        return sidecar, None
    return sidecar, "sidecar field ignored: " + "; ".join(problems) + "; fix the sidecar"
