"""Named exceptions of the application layer; the CLI turns each into a one-line message."""

from __future__ import annotations

from collections.abc import Sequence

from corpus.model import Skipped


class CrossfactError(Exception):
    """Base class of every error crossfact reports to the user."""

    exit_code = 1


class UsageError(CrossfactError):
    exit_code = 2


class NothingReadableError(UsageError):
    """No input produced a readable source."""

    def __init__(self, skipped: Sequence[Skipped]) -> None:
        self.skipped = tuple(skipped)
        if not skipped:
            msg = "no input given and the demo corpus is missing; pass files, folders or URLs"
        else:
            first = skipped[0]
            more = f" (and {len(skipped) - 1} more)" if len(skipped) > 1 else ""
            msg = (
                f"nothing readable: {first.path}: {first.reason}{more}; "
                "pass .txt/.md/.html files, folders, JSONL/CSV article files or URLs"
            )
        super().__init__(msg)
