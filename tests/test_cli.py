import csv
import io
import json
import subprocess
import sys

import pytest

import kuroshio
from kuroshio.cli import EXIT_OK, EXIT_SKIPPED, EXIT_USAGE, main
from kuroshio.records import EVENT_FIELDS

MEETING = "Japan's foreign minister met his Australian counterpart in Tokyo on Monday."
STORY = MEETING + " The two ministers later signed a pact on sharing maritime surveillance data.\n"


@pytest.fixture
def good(tmp_path):
    path = tmp_path / "good.txt"
    path.write_text(STORY, encoding="utf-8")
    return path


def run(capsys, *argv):
    status = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return status, out, err


def _is_meeting(event):
    return (
        event["trigger"] == "met"
        and event["cameo"].startswith("04")
        and event["source_code"].startswith("JPN")
        and event["target_code"].startswith("AUS")
    )


def test_cli_code_jsonl_events_carry_every_field(capsys, good):
    status, out, err = run(capsys, "code", "--date", "2021-03-15", "--format", "jsonl", good)
    assert status == EXIT_OK, err
    events = [json.loads(line) for line in out.splitlines()]
    assert events
    for event in events:
        assert list(event) == list(EVENT_FIELDS)
        assert event["doc_id"] == "good"
        assert event["modality"] == "asserted"
    assert any(_is_meeting(e) for e in events)

    # jsonl is the default format.
    status, default_out, _ = run(capsys, "code", "--date", "2021-03-15", good)
    assert status == EXIT_OK
    assert default_out == out


def test_cli_code_csv_header_is_event_fields(capsys, good):
    status, out, err = run(capsys, "code", "--date", "2021-03-15", "--format", "csv", good)
    assert status == EXIT_OK, err
    rows = list(csv.reader(io.StringIO(out)))
    assert rows[0] == list(EVENT_FIELDS)
    assert len(rows) > 1
    assert all(len(row) == len(EVENT_FIELDS) for row in rows[1:])
    assert any(_is_meeting(dict(zip(rows[0], row, strict=True))) for row in rows[1:])


def test_cli_code_skips_bad_files_and_codes_the_good_ones(capsys, tmp_path, good):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "binary.txt"
    binary.write_bytes(b"GIF89a\x00\x00\x01\x00\x00\x00 not text")
    latin = tmp_path / "latin.txt"
    latin.write_bytes(b"First line is plain.\nLe ministre a rencontr\xe9 son homologue.\n")
    records = tmp_path / "records.jsonl"
    records.write_text(
        json.dumps({"id": "rec-a", "text": MEETING, "date": "2021-04-30"})
        + "\n"
        + '{"id": "rec-b", "text": unquoted}\n'
        + json.dumps({"id": "rec-c", "text": MEETING.replace("Tokyo", "Canberra"), "date": "2021-06-05"})
        + "\n",
        encoding="utf-8",
    )
    large = tmp_path / "large.txt"
    large.write_text("Japan and Australia held talks in Canberra. " * 100, encoding="utf-8")

    status, out, err = run(
        capsys,
        "code",
        "--date",
        "2021-03-15",
        "--max-chars",
        2000,
        empty,
        binary,
        good,
        latin,
        records,
        large,
    )

    assert status == EXIT_SKIPPED
    events = [json.loads(line) for line in out.splitlines()]
    assert {e["doc_id"] for e in events} >= {"good", "rec-a", "rec-c"}
    assert not {e["doc_id"] for e in events} & {"empty", "binary", "latin", "rec-b", "large"}
    assert {e["doc_id"] for e in events if _is_meeting(e)} == {"good", "rec-a", "rec-c"}

    lines = err.splitlines()
    bad = {empty: None, binary: None, latin: "line 2", records: "line 2", large: None}
    assert len(lines) == len(bad) + 1  # one line per bad document, then a summary
    for path, line in bad.items():
        (message,) = [m for m in lines if str(path) in m]
        assert message.startswith("kuroshio: ")
        if line:
            assert f"{path}, {line}" in message
    assert "UTF-8" in next(m for m in lines if str(latin) in m)
    assert "--max-chars" in next(m for m in lines if str(large) in m)
    assert not any(str(good) in m for m in lines)
    assert "5 document(s) skipped" in lines[-1]


def test_cli_code_missing_file_is_an_error(capsys, tmp_path):
    missing = tmp_path / "nowhere.txt"
    status, out, err = run(capsys, "code", missing)
    assert status == EXIT_USAGE
    assert out == ""
    assert str(missing) in err


def _write_gold(path):
    records = [
        {
            "id": "g1",
            "date": "2021-03-15",
            "text": MEETING,
            "events": [{"source": "JPNGOV", "target": "AUS", "code": "040"}],
        },
        {
            "id": "g2",
            "date": "2021-04-30",
            "text": "Japan protested to China over the incursions on Friday.",
            "events": [{"source": "JPN", "target": "CHN", "code": "114"}],
        },
        {"id": "g3", "date": "2021-06-05", "text": "The weather in Osaka was mild and dry all week.", "events": []},
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")


def test_cli_eval_prints_scores(capsys, tmp_path):
    gold = tmp_path / "gold.jsonl"
    _write_gold(gold)
    status, out, err = run(capsys, "eval", gold)
    assert status == EXIT_OK, err
    lines = out.splitlines()
    assert lines[0] == "records=3"
    for word in ("precision=", "recall=", "F1="):
        assert word in lines[-1]

    status, out, err = run(capsys, "eval", "--misses", gold)
    assert status == EXIT_OK, err
    assert "F1=" in out.splitlines()[-1]


@pytest.mark.parametrize(
    ("bad_line", "fragment"),
    [
        ('{"id": "g9", "text": "Japan met Taiwan."', "not valid JSON"),
        ('{"id": "g9", "text": "Japan met Taiwan."}', "needs 'text' and 'events'"),
        ('{"id": "g9", "text": "Japan met Taiwan.", "events": [{"target": "TWN"}]}', "needs 'source' and 'code'"),
    ],
)
def test_cli_eval_malformed_gold_line_names_file_and_line(capsys, tmp_path, bad_line, fragment):
    gold = tmp_path / "gold.jsonl"
    _write_gold(gold)
    with gold.open("a", encoding="utf-8") as handle:
        handle.write(bad_line + "\n")
    status, out, err = run(capsys, "eval", gold)
    assert status == EXIT_USAGE
    assert out == ""
    assert f"{gold}, line 4" in err
    assert fragment in err
    assert len(err.splitlines()) == 1


def test_cli_eval_missing_gold_file_is_named(capsys, tmp_path):
    gold = tmp_path / "absent.jsonl"
    status, _out, err = run(capsys, "eval", gold)
    assert status == EXIT_USAGE
    assert str(gold) in err


def test_cli_version(capsys):
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert capsys.readouterr().out.strip() == f"kuroshio {kuroshio.__version__}"


def test_cli_version_as_module():
    done = subprocess.run(
        [sys.executable, "-m", "kuroshio", "--version"], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"kuroshio {kuroshio.__version__}"


def test_cli_without_command_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as info:
        main([])
    assert info.value.code == EXIT_USAGE
    assert "usage: kuroshio" in capsys.readouterr().err
