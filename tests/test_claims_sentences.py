from claims import sentence_spans, split_statements
from corpus.model import Source


def _source(text: str, sid: str = "s1") -> Source:
    return Source(sid, None, None, None, None, None, None, text)


def test_offsets_index_the_clean_text() -> None:
    text = (
        "The U.S. government warned on Sept. 12 that talks were moving forward. "
        "“We will not confirm it,” the spokesman said.\n\n"
        "Kim arrived at 9 a.m. on Tuesday. He met Putin."
    )
    spans = list(sentence_spans(text))
    sentences = [text[a:b] for a, b in spans]
    assert sentences == [
        "The U.S. government warned on Sept. 12 that talks were moving forward.",
        "“We will not confirm it,” the spokesman said.",
        "Kim arrived at 9 a.m. on Tuesday.",
        "He met Putin.",
    ]


def test_a_sentence_never_spans_paragraphs() -> None:
    text = "A heading without a stop\n\nThe leaders met on Wednesday in Amur region."
    assert [text[a:b] for a, b in sentence_spans(text)] == [
        "A heading without a stop",
        "The leaders met on Wednesday in Amur region.",
    ]


def test_repeated_sentences_get_their_own_offsets() -> None:
    text = "Kim met Putin today. Kim met Putin today."
    assert list(sentence_spans(text)) == [(0, 20), (21, 41)]


def test_fragments_are_dropped_with_a_reason_and_ids_count_kept_sentences() -> None:
    text = "Kim Jong-un.\n\nThe train left Pyongyang on Sunday. 2023!\n\nPutin greeted him warmly."
    seg = split_statements([_source(text)], min_words=3)
    assert [s.id for s in seg.statements] == ["s1:1", "s1:2"]
    assert [s.text for s in seg.statements] == [
        "The train left Pyongyang on Sunday.",
        "Putin greeted him warmly.",
    ]
    reasons = {d.text: d.reason for _, d in seg.dropped}
    assert reasons == {
        "Kim Jong-un.": "fragment (fewer than 3 words)",
        "2023!": "no words (punctuation or numbers only)",
    }
    for statement in seg.statements:
        assert text[statement.start : statement.end] == statement.text


def test_every_sentence_is_a_statement_or_dropped() -> None:
    sources = [_source("One two three. Four.", "s1"), _source("Five six seven eight.", "s2")]
    seg = split_statements(sources, min_words=3)
    assert len(seg.statements) + len(seg.dropped) == 3
    assert [(sid, d.text) for sid, d in seg.dropped] == [("s1", "Four.")]
