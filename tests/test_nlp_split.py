import pytest
from hypothesis import given
from hypothesis import strategies as st

from kuroshio.nlp import safe_lower, split_sentences


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Japan met Taiwan. China objected.", ["Japan met Taiwan.", "China objected."]),
        (
            "U.S. Secretary of State Antony Blinken arrived. He met Motegi.",
            ["U.S. Secretary of State Antony Blinken arrived.", "He met Motegi."],
        ),
        ("The talks with the U.S. The end.", ["The talks with the U.S.", "The end."]),
        (
            "Gen. David Petraeus met Lt. Col. Smith on Jan. 5 in Baghdad.",
            ["Gen. David Petraeus met Lt. Col. Smith on Jan. 5 in Baghdad."],
        ),
        ("Title line\n\nFirst sentence here. Second one!", ["Title line", "First sentence here.", "Second one!"]),
        ('He said "we will respond." Then he left.', ['He said "we will respond."', "Then he left."]),
        ("A wrapped\nline stays one sentence.", ["A wrapped line stays one sentence."]),
    ],
)
def test_nlp_split_sentences(text, expected):
    assert [s.text for s in split_sentences(text)] == expected


@given(
    st.lists(
        st.sampled_from(
            ["Japan met Taiwan.", "China objected!", "U.S. officials said so.", "Was it real?", "\n\n", "Kishi spoke."]
        ),
        max_size=12,
    )
)
def test_nlp_split_offsets_point_into_the_text(parts):
    text = " ".join(parts)
    for index, sentence in enumerate(split_sentences(text)):
        assert sentence.index == index
        assert text[sentence.start : sentence.end].replace("\n", " ") == sentence.text
        assert sentence.text.strip() == sentence.text and sentence.text


@given(st.text())
def test_nlp_safe_lower_keeps_length(text):
    assert len(safe_lower(text)) == len(text)
