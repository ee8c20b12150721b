"""Stage 1 on URLs, against a local HTTP server on 127.0.0.1 (no network)."""

from __future__ import annotations

import http.server
import socket
import threading
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from corpus import read_corpus

PAGE = (Path(__file__).resolve().parent / "corpus_fixtures" / "cluttered.html").read_bytes()
PLAIN = (b"Kim meets Putin\n\nKim Jong Un met Vladimir Putin on Wednesday at the Vostochny "
         b"Cosmodrome, officials said.\n\nLeave a Reply\n")
ROUTES: dict[str, tuple[int, str, bytes]] = {
    "/article": (200, "text/html; charset=utf-8", PAGE),
    "/plain": (200, "text/plain; charset=utf-8", PLAIN),
    "/report.pdf": (200, "application/pdf", b"%PDF-1.4"),
    "/empty": (200, "text/html", b""),
}


class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        if self.path == "/slow":
            time.sleep(1.5)
        status, kind, body = ROUTES.get(self.path, (404, "text/html", b"<h1>Not found</h1>"))
        try:
            self.send_response(status)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except OSError:
            pass  # the client gave up (the timeout test)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_page_with_clutter_is_fetched_and_cleaned(server: str) -> None:
    result = read_corpus([f"{server}/article"])
    assert result.skipped == ()
    (source,) = result.sources
    assert (source.id, source.path, source.url) == ("s1", None, f"{server}/article")
    assert source.title == "Kim arrives in Russia for summit with Putin"
    assert source.publisher == "Example News"
    assert (source.published, source.published_from) == (date(2023, 9, 12), "metadata")
    assert source.text.startswith("North Korean leader Kim Jong Un arrived in Russia")
    for clutter in ("SCRIPT-SHOULD", "COMMENT-SHOULD", "Leave a Reply", "Share", "Most Read"):
        assert clutter not in source.text


def test_plain_text_url_is_read_as_text(server: str) -> None:
    (source,) = read_corpus([f"{server}/plain"]).sources
    assert source.title == "Kim meets Putin"
    assert source.text.endswith("officials said.")


def test_http_errors_are_skipped_and_the_batch_goes_on(server: str) -> None:
    urls = [f"{server}/missing", f"{server}/report.pdf", f"{server}/empty", f"{server}/article"]
    result = read_corpus(urls)
    assert [s.url for s in result.sources] == [f"{server}/article"]
    assert [(s.path, s.reason) for s in result.skipped] == [
        (urls[0], "could not fetch URL: HTTP 404; check the address"),
        (urls[1], "could not fetch URL: unsupported content type application/pdf; save the "
                  "article as .txt or .html"),
        (urls[2], "could not fetch URL: empty response; save the page and pass the file"),
    ]


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_refused_connection_is_skipped() -> None:
    url = f"http://127.0.0.1:{_closed_port()}/article"
    result = read_corpus([url], timeout=2)
    assert result.sources == ()
    assert result.skipped[0].path == url
    assert result.skipped[0].reason.startswith("could not fetch URL: no usable response")


def test_timeout_is_honoured(server: str) -> None:
    began = time.perf_counter()
    result = read_corpus([f"{server}/slow"], timeout=1)
    assert result.skipped[0].reason.startswith("could not fetch URL: no usable response")
    assert time.perf_counter() - began < 6  # 3 attempts of 1 s and a short back-off at most
