import shutil
from importlib import resources
from pathlib import Path

import pytest

from kuroshio import lexicons
from kuroshio.errors import LexiconError


@pytest.fixture(scope="module")
def lex():
    return lexicons.load()


def _codes_for(lex, text):
    return {entry.code for entry in lex.names if entry.text == text}


def _copy_data(tmp_path: Path) -> Path:
    target = tmp_path / "data"
    with resources.as_file(resources.files("kuroshio") / "data") as source:
        shutil.copytree(source, target)
    return target


def _header_line(path: Path) -> int:
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if line.strip() and not line.lstrip().startswith("#"):
            return number
    raise AssertionError(f"{path.name} has no header")


def _first_data_row(path: Path) -> str:
    lines = path.read_text(encoding="utf-8").splitlines()
    rows = [line for line in lines if line.strip() and not line.lstrip().startswith("#")]
    return rows[1]


def _append(path: Path, row: str) -> int:
    """Append ``row`` to a TSV file and return its line number."""
    text = path.read_text(encoding="utf-8")
    if not text.endswith("\n"):
        text += "\n"
    path.write_text(text + row + "\n", encoding="utf-8")
    return text.count("\n") + 1


def test_lexicons_load_is_cached(lex):
    assert isinstance(lex, lexicons.Lexicons)
    assert lexicons.load() is lex


def test_lexicons_cameo_values_are_in_range(lex):
    assert len(lex.cameo) > 250
    for code, info in lex.cameo.items():
        assert info.code == code
        assert -10.0 <= info.goldstein <= 10.0, code
        assert info.quad_class in (1, 2, 3, 4), code
        assert info.root in lex.cameo, code


def test_lexicons_cameo_has_every_root(lex):
    roots = {code for code in lex.cameo if len(code) == 2}
    assert roots == {f"{n:02d}" for n in range(1, 21)}


def test_lexicons_every_trigger_code_is_in_cameo(lex):
    triggers = [t for group in (lex.verbs, lex.nouns) for ts in group.values() for t in ts]
    assert triggers
    missing = [(t.where, t.code) for t in triggers if t.code not in lex.cameo]
    assert missing == []
    assert all(t.kind in ("verb", "noun") and t.frame in lexicons.FRAMES for t in triggers)


def test_lexicons_triggers_are_keyed_by_head_and_longest_first(lex):
    for head, triggers in lex.verbs.items():
        assert all(t.words[0] == head for t in triggers)
        assert [len(t.words) for t in triggers] == sorted((len(t.words) for t in triggers), reverse=True)
    for head, triggers in lex.nouns.items():
        assert all(t.words[-1] == head for t in triggers)
    assert any(t.code.startswith("04") for t in lex.verbs["meet"])


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Japan", "JPN"),
        ("Japanese", "JPN"),
        ("Tokyo", "JPN"),
        ("Taiwan", "TWN"),
        ("Hong Kong", "HKG"),
        ("NATO", "IGOWSTNAT"),
        ("Kremlin", "RUSGOV"),
    ],
)
def test_lexicons_known_names_resolve(lex, text, code):
    assert code in _codes_for(lex, text)


def test_lexicons_people_have_terms(lex):
    kishi = [p for p in lex.people if p.name == "Nobuo Kishi"]
    assert len(kishi) == 1
    person = kishi[0]
    assert (person.code, person.role, person.start, person.end) == ("JPNGOV", "defense minister", 2020, 2022)
    assert "Kishi Nobuo" in person.aliases
    assert person.in_office(2021) and not person.in_office(2019) and not person.in_office(2023)
    assert all(p.end is None or p.start <= p.end for p in lex.people)


def test_lexicons_load_from_an_unchanged_copy(tmp_path, lex):
    copy = lexicons.load(str(_copy_data(tmp_path)))
    assert copy is not lex
    assert copy.cameo == lex.cameo
    assert len(copy.names) == len(lex.names) and len(copy.people) == len(lex.people)


# (file, how to break it, the row to write, a fragment of the expected detail)
BREAKAGES = [
    ("cameo.tsv", "header", "code\tname\tgoldstein\tquad\tplover_type\tplover_mode", "the header must be"),
    ("cameo.tsv", "append", "0999\tSomething new", "the 'goldstein' cell is empty"),
    ("cameo.tsv", "append", "0999\tSomething new\t1.0\t1\t\t\textra", "expected at most 6"),
    ("cameo.tsv", "append", "0999\tSomething new\tlots\t1", "must be numbers"),
    ("cameo.tsv", "append", "0999\tSomething new\t1.0\t5", "quad_class must be 1, 2, 3 or 4"),
    ("cameo.tsv", "append", "040\tConsult again\t1.0\t1", "appears twice"),
    ("countries.tsv", "append", "XYZ", "the 'name' cell is empty"),
    ("countries.tsv", "append", "jpn\tLower Japan", "'jpn' is not an actor code"),
    ("institutions.tsv", "append", "Zorble Office\tJP1\t", "'JP1' is not an actor code"),
    ("organizations.tsv", "append", "IGOXX\tShort Code Org\t", "'IGOXX' is not an actor code"),
    ("agents.tsv", "header", "form\tagent\tcomment", "the header must be"),
    ("triggers.tsv", "append", "verb\tzorble\t999\t\t", "'999' is not a CAMEO code listed in cameo.tsv"),
    ("triggers.tsv", "append", "adjective\tzorbly\t040\t\t", "kind must be 'verb' or 'noun'"),
    ("triggers.tsv", "append", "verb\tzorble\t040\tsideways\t", "frame must be one of"),
    ("triggers.tsv", "duplicate", None, "appears twice"),
    ("people.tsv", "append", "Test Person\t\tJPNGOV\tminister\t2021\t2019", "ends (2019) before it starts (2021)"),
    ("people.tsv", "append", "Test Person\t\tJPNGOV\tminister\tlast year\t", "must be years"),
    ("people.tsv", "append", "Test Person\t\tjpngov\tminister\t2021\t", "'jpngov' is not an actor code"),
    ("modality.tsv", "append", "perhaps\tadverb\tmaybe\t", "modality must be one of"),
    ("verb_forms.tsv", "append", "zorble", "the 'forms' cell is empty"),
]


@pytest.mark.parametrize(
    ("name", "how", "row", "fragment"),
    BREAKAGES,
    ids=[f"{name}-{how}-{i}" for i, (name, how, _row, _fragment) in enumerate(BREAKAGES)],
)
def test_lexicons_malformed_row_names_file_and_line(tmp_path, name, how, row, fragment):
    data = _copy_data(tmp_path)
    path = data / name
    if how == "header":
        line = _header_line(path)
        lines = path.read_text(encoding="utf-8").split("\n")
        lines[line - 1] = row
        path.write_text("\n".join(lines), encoding="utf-8")
    elif how == "duplicate":
        line = _append(path, _first_data_row(path))
    else:
        line = _append(path, row)

    with pytest.raises(LexiconError) as info:
        lexicons.load(str(data))

    error = info.value
    assert error.message.startswith(f"[E010] {name}, line {line}: ")
    assert fragment in error.message
    assert (error.where.path, error.where.line) == (name, line)
    assert str(error) == error.message


def test_lexicons_file_without_header_is_reported(tmp_path):
    data = _copy_data(tmp_path)
    (data / "modality.tsv").write_text("# only a comment\n\n", encoding="utf-8")
    with pytest.raises(LexiconError) as info:
        lexicons.load(str(data))
    assert info.value.message == "[E010] modality.tsv: the file has no header row"
    assert info.value.where.line is None
