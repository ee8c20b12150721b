"""An on-disk cache of embeddings, keyed by model and by the SHA-256 of the sentence.

One SQLite file (stdlib, atomic writes, safe to share between runs) under the cache folder.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterable, Mapping
from contextlib import closing
from pathlib import Path

import numpy as np
from numpy.typing import NDArray

_SCHEMA = """CREATE TABLE IF NOT EXISTS vectors (
    model TEXT NOT NULL, text_sha TEXT NOT NULL, dim INTEGER NOT NULL, vec BLOB NOT NULL,
    PRIMARY KEY (model, text_sha))"""


class CacheError(OSError):
    """The cache folder cannot be used."""


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class EmbeddingCache:
    """Vectors stored as float32 blobs in ``<folder>/embeddings.sqlite3``."""

    def __init__(self, folder: Path) -> None:
        try:
            folder.mkdir(parents=True, exist_ok=True)
            self.path = folder / "embeddings.sqlite3"
            with closing(sqlite3.connect(self.path)) as db, db:
                db.execute(_SCHEMA)
        except (OSError, sqlite3.Error) as exc:
            raise CacheError(
                f"cannot use the embedding cache in {folder}: {exc}; "
                "pass --cache-dir with a writable folder, or --no-cache"
            ) from exc

    def get_many(self, model: str, texts: Iterable[str]) -> dict[str, NDArray[np.float32]]:
        by_sha = {_sha(t): t for t in texts}
        found: dict[str, NDArray[np.float32]] = {}
        shas = list(by_sha)
        with closing(sqlite3.connect(self.path)) as db:
            for begin in range(0, len(shas), 500):
                chunk = shas[begin : begin + 500]
                marks = ",".join("?" * len(chunk))
                rows = db.execute(
                    f"SELECT text_sha, vec FROM vectors WHERE model = ? AND text_sha IN ({marks})",
                    [model, *chunk],
                )
                for sha, blob in rows:
                    found[by_sha[sha]] = np.frombuffer(blob, dtype=np.float32).copy()
        return found

    def put_many(self, model: str, vectors: Mapping[str, NDArray[np.float32]]) -> None:
        rows = [
            (model, _sha(t), int(v.shape[0]), np.asarray(v, dtype=np.float32).tobytes())
            for t, v in vectors.items()
        ]
        with closing(sqlite3.connect(self.path)) as db, db:
            db.executemany("INSERT OR REPLACE INTO vectors VALUES (?, ?, ?, ?)", rows)
