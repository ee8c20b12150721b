"""Named errors of stage 1. ``read_corpus`` turns each into a ``Skipped`` entry; none escapes it."""

from __future__ import annotations


class InputError(Exception):
    """An input (file, row, URL) that cannot become a source; ``reason`` names the cause and fix."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class UnreadableFileError(InputError):
    """The file is missing, empty, binary, not UTF-8 or not readable."""


class FetchError(InputError):
    """A URL could not be fetched."""


class NoArticleTextError(InputError):
    """The input was read but no article text is left once boilerplate is removed."""


class SidecarError(InputError):
    """A ``NAME.meta.json`` sidecar is malformed; the article itself is still read."""
