"""Fetching a URL with trafilatura's downloader: a timeout per attempt, at most 2 retries (on a
read timeout or a 5xx/429 answer, with trafilatura's back-off), at most 2 redirects, and no
silent fall-back to unverified TLS. A refused connection fails at once.

trafilatura blocks private and loopback addresses (SSRF protection). crossfact runs on the
user's machine with URLs the user typed, so a URL whose own host is private or loopback (an
intranet archive, a local test server) is fetched; redirects from a public page to a private
address stay blocked.
"""

from __future__ import annotations

import ipaddress
import math
import socket
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from .errors import FetchError

_SCHEMES = ("http", "https")


@dataclass(frozen=True)
class Page:
    body: str
    content_type: str


def is_url(text: str) -> bool:
    return urlsplit(text).scheme.lower() in _SCHEMES and "://" in text


def _host_is_private(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        infos = socket.getaddrinfo(host, None)
    except (OSError, UnicodeError):
        return False
    addresses = {info[4][0] for info in infos}
    return bool(addresses) and not any(
        ipaddress.ip_address(str(a).split("%", 1)[0]).is_global for a in addresses
    )


def _config(timeout: float, allow_private: bool) -> Any:
    from trafilatura.settings import use_config

    config = use_config()
    config.set("DEFAULT", "DOWNLOAD_TIMEOUT", str(max(1, math.ceil(timeout))))
    config.set("DEFAULT", "SSRF_PROTECTION", "off" if allow_private else "on")
    config.set("DEFAULT", "INSECURE_SSL_FALLBACK", "off")
    return config


def fetch(url: str, timeout: float) -> Page:
    """The page at ``url``; raises ``FetchError`` naming why it could not be fetched."""
    from trafilatura.downloads import fetch_response

    host = urlsplit(url).hostname
    if not host:
        raise FetchError("could not fetch URL: no host in it; check the address")
    config = _config(timeout, _host_is_private(host))
    response = fetch_response(url, decode=True, config=config)
    if response is None:
        raise FetchError(
            f"could not fetch URL: no usable response (connection refused or failed, no answer "
            f"within {timeout:g} s, or a server error after 2 retries); check the address or "
            "save the page and pass the file"
        )
    if response.status != 200:
        raise FetchError(f"could not fetch URL: HTTP {response.status}; check the address")
    body = response.html or ""
    if not body.strip():
        raise FetchError("could not fetch URL: empty response; save the page and pass the file")
    headers = response.headers or {}
    return Page(body, str(headers.get("content-type", "")).lower())
