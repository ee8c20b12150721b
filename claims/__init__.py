"""Stage 2: statements with offsets, their embeddings, and clusters of them (claims)."""

from .cache import CacheError, EmbeddingCache
from .cluster import ClusteringError, cluster_statements
from .embed import Encoder, ModelLoadError, embed_texts, load_encoder, packaged_model_path
from .events import group_events, statement_events
from .sentences import sentence_spans, split_statements

__all__ = [
    "CacheError",
    "ClusteringError",
    "EmbeddingCache",
    "Encoder",
    "ModelLoadError",
    "cluster_statements",
    "embed_texts",
    "group_events",
    "load_encoder",
    "packaged_model_path",
    "sentence_spans",
    "split_statements",
    "statement_events",
]
