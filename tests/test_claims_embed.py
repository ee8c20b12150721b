from pathlib import Path

import numpy as np
import pytest

from claims import (
    EmbeddingCache,
    Encoder,
    ModelLoadError,
    embed_texts,
    load_encoder,
    packaged_model_path,
)


class CountingModel:
    """Stands in for a SentenceTransformer: a fixed vector per text, calls recorded."""

    def __init__(self) -> None:
        self.calls: list[list[str]] = []

    def encode(self, texts: list[str], **_: object) -> np.ndarray:
        self.calls.append(list(texts))
        rows = [[len(t), sum(map(ord, t)) % 97, 1.0] for t in texts]
        matrix = np.asarray(rows, dtype=np.float32)
        return matrix / np.linalg.norm(matrix, axis=1, keepdims=True)


def _encoder(model: CountingModel, key: str = "fake@1") -> Encoder:
    return Encoder(Path("."), "fake", key, model)


def test_rows_follow_input_order_and_duplicates_are_embedded_once() -> None:
    model = CountingModel()
    out = embed_texts(["b", "a", "b"], _encoder(model))
    assert out.shape == (3, 3) and out.dtype == np.float32
    assert model.calls == [["a", "b"]]
    np.testing.assert_array_equal(out[0], out[2])


def test_cache_makes_a_rerun_embed_only_new_sentences(tmp_path: Path) -> None:
    model = CountingModel()
    first = embed_texts(["one", "two"], _encoder(model), cache_dir=tmp_path)
    second = embed_texts(["two", "three", "one"], _encoder(model), cache_dir=tmp_path)
    assert model.calls == [["one", "two"], ["three"]]
    np.testing.assert_array_equal(first[0], second[2])
    np.testing.assert_array_equal(first[1], second[0])


def test_cache_is_keyed_by_model(tmp_path: Path) -> None:
    model = CountingModel()
    embed_texts(["same text"], _encoder(model, "model-a"), cache_dir=tmp_path)
    embed_texts(["same text"], _encoder(model, "model-b"), cache_dir=tmp_path)
    assert len(model.calls) == 2
    assert set(EmbeddingCache(tmp_path).get_many("model-a", ["same text"])) == {"same text"}


def test_a_folder_that_is_not_a_model_is_refused_with_the_fix(tmp_path: Path) -> None:
    with pytest.raises(ModelLoadError, match="not a sentence-transformers model folder"):
        load_encoder(tmp_path)


@pytest.mark.model
def test_packaged_model_loads_offline_and_ranks_paraphrases_first() -> None:
    encoder = load_encoder()
    assert encoder.name == "all-MiniLM-L6-v2"
    vectors = embed_texts(
        [
            "Putin accepted an invitation to visit North Korea.",
            "The Russian president agreed to travel to Pyongyang at Kim's invitation.",
            "A Soyuz rocket stands on the launch pad at the cosmodrome.",
        ],
        encoder,
    )
    assert vectors.shape == (3, 384)
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, rtol=1e-5)
    assert vectors[0] @ vectors[1] > vectors[0] @ vectors[2] + 0.2


@pytest.mark.model
def test_another_local_model_folder_loads_with_its_own_cache_key(tmp_path: Path) -> None:
    folder = packaged_model_path()  # any local sentence-transformers folder will do
    encoder = load_encoder(folder)
    assert encoder.name == folder.name and encoder.key.startswith(f"{folder.name}@")
    assert encoder.key != load_encoder().key  # its vectors never mix with the packaged ones
    vectors = embed_texts(["Kim met Putin."], encoder, cache_dir=tmp_path)
    assert vectors.shape == (1, 384)
