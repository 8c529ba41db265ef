import datetime as dt
import io
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kuroshio.errors import (
    BinaryInputError,
    DocumentTooLargeError,
    EmptyDocumentError,
    EncodingError,
    InputError,
    MalformedRecordError,
    UnsupportedFormatError,
)
from kuroshio.ingest import iter_documents, normalize_date


def collect(paths, **kwargs):
    errors = []
    docs = list(iter_documents(paths, on_error=errors.append, **kwargs))
    return docs, errors


def test_ingest_reads_text_with_given_date(tmp_path):
    path = tmp_path / "note.txt"
    path.write_text("Japan and Australia held talks in Canberra.", encoding="utf-8")
    docs, errors = collect([path], date="2022-10-22")
    assert errors == []
    assert [(d.id, d.date) for d in docs] == [("note", "2022-10-22")]


def test_ingest_text_takes_date_from_its_dateline(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text("TOKYO, March 16, 2021 - The ministers met.", encoding="utf-8")
    docs, _ = collect([path])
    assert docs[0].date == "2021-03-16"


def test_ingest_jsonl_bad_line_is_reported_and_the_rest_read(tmp_path):
    path = tmp_path / "docs.jsonl"
    lines = [
        json.dumps({"id": "a", "text": "Japan met Taiwan.", "date": "2021-01-02"}),
        "{not json",
        json.dumps({"id": "c", "text": ""}),
        json.dumps({"id": "d", "text": "China warned Japan.", "date": "2021-13-40"}),
        json.dumps({"id": "e", "body": "no text field"}),
        json.dumps({"id": "f", "text": "India hosted Japan.", "date": "20210105"}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    docs, errors = collect([path])
    assert [d.id for d in docs] == ["a", "f"]
    assert docs[1].date == "2021-01-05"
    assert [type(e) for e in errors] == [
        MalformedRecordError,
        EmptyDocumentError,
        MalformedRecordError,
        MalformedRecordError,
    ]
    assert [e.where.line for e in errors] == [2, 3, 4, 5]
    assert "docs.jsonl, line 2" in errors[0].message
    assert "YYYY-MM-DD" in errors[2].message


def test_ingest_jsonl_undecodable_line_loses_only_itself(tmp_path):
    path = tmp_path / "mixed.jsonl"
    good = json.dumps({"id": "ok", "text": "Japan met Taiwan.", "date": "2021-01-02"}).encode()
    path.write_bytes(good + b"\n" + b'{"id": "bad", "text": "caf\xe9"}\n' + good.replace(b'"ok"', b'"ok2"') + b"\n")
    docs, errors = collect([path])
    assert [d.id for d in docs] == ["ok", "ok2"]
    assert isinstance(errors[0], EncodingError) and errors[0].where.line == 2


def test_ingest_binary_and_latin1_files_get_clear_errors(tmp_path):
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    latin = tmp_path / "latin.txt"
    latin.write_bytes(b"First line\nrencontr\xe9\n")
    good = tmp_path / "good.txt"
    good.write_text("Japan protested to China.", encoding="utf-8")
    docs, errors = collect([binary, latin, good], date="2021-01-01")
    assert [d.id for d in docs] == ["good"]
    assert isinstance(errors[0], BinaryInputError)
    assert isinstance(errors[1], EncodingError)
    assert "line 2" in errors[1].message and "UTF-8" in errors[1].message


def test_ingest_too_large_document_is_refused(tmp_path):
    path = tmp_path / "huge.txt"
    path.write_text("Japan met Taiwan. " * 1000, encoding="utf-8")
    docs, errors = collect([path], date="2021-01-01", max_chars=5000)
    assert docs == []
    assert isinstance(errors[0], DocumentTooLargeError)
    assert "--max-chars" in errors[0].message


def test_ingest_unknown_suffix_lists_valid_formats(tmp_path):
    path = tmp_path / "table.xlsx"
    path.write_bytes(b"PK")
    _, errors = collect([path])
    assert isinstance(errors[0], UnsupportedFormatError)
    assert ".jsonl" in errors[0].message


def test_ingest_html_keeps_text_and_drops_scripts(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(
        "<html><head><title>Talks</title><script>var x = 'Japan attacked';</script></head>"
        "<body><nav>Home | World</nav><p>Japan and India held talks.</p><p>They signed a pact.</p></body></html>",
        encoding="utf-8",
    )
    docs, _ = collect([path], date="2021-01-01")
    assert docs[0].title == "Talks"
    assert docs[0].text == "Japan and India held talks.\n\nThey signed a pact."


def test_ingest_petrarch_xml(tmp_path):
    path = tmp_path / "sents.xml"
    path.write_text(
        '<Sentences><Sentence date="20080806" id="S1" sentence="true" source="AFP">'
        "<Text>\nIsrael released a Palestinian mayor.\n</Text></Sentence></Sentences>",
        encoding="utf-8",
    )
    docs, errors = collect([path])
    assert errors == []
    assert (docs[0].id, docs[0].date, docs[0].text) == ("S1", "2008-08-06", "Israel released a Palestinian mayor.")


def test_ingest_stdin_and_default_raise():
    docs = list(iter_documents(["-"], stdin=io.StringIO("Japan met Korea."), date="2021-01-01"))
    assert docs[0].id == "stdin"
    with pytest.raises(EmptyDocumentError):
        list(iter_documents(["-"], stdin=io.StringIO("   "), date="2021-01-01"))


def test_ingest_directory_is_read_recursively(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "one.txt").write_text("Japan met Korea.", encoding="utf-8")
    (tmp_path / "two.txt").write_text("China met Russia.", encoding="utf-8")
    (tmp_path / "skip.bin").write_bytes(b"\x00")
    docs, errors = collect([tmp_path], date="2021-01-01")
    assert sorted(d.id for d in docs) == ["one", "two"] and errors == []


def test_ingest_bad_date_option_is_an_input_error():
    with pytest.raises(InputError, match="--date"):
        list(iter_documents([], date="16/03/2021"))


@given(st.dates(min_value=dt.date(1000, 1, 1)))
def test_normalize_date_accepts_iso_and_compact(day):
    from kuroshio.errors import Where

    assert normalize_date(day.isoformat(), Where("x")) == day.isoformat()
    assert normalize_date(day.strftime("%Y%m%d"), Where("x")) == day.isoformat()
