"""The command line: a thin layer over the library (``kuroshio --help``)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from importlib import resources
from pathlib import Path

from . import __version__
from .errors import InputError, KuroshioError
from .export import FORMATS, write_events
from .records import MODALITIES

__all__ = ["main"]

EXIT_OK, EXIT_SKIPPED, EXIT_USAGE = 0, 1, 2


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be a whole number of characters above 0, not {text!r}")
    return value


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kuroshio", description="Foreign-policy text to political event data (CAMEO and PLOVER)."
    )
    parser.add_argument("--version", action="version", version=f"kuroshio {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    code = sub.add_parser("code", help="code .txt/.jsonl/.html/.xml files or standard input into events")
    code.add_argument("paths", nargs="*", metavar="PATH", help="files or directories; '-' or none for stdin")
    code.add_argument("--date", help="document date (YYYY-MM-DD) for inputs that carry none")
    code.add_argument("--format", choices=FORMATS, default="jsonl", help="output format (default: jsonl)")
    code.add_argument(
        "--all-modalities", action="store_true", help="also output hypothetical, negated, intended and denied events"
    )
    code.add_argument("--max-chars", type=_positive, default=None, help="largest document accepted, in characters")

    ev = sub.add_parser("eval", help="score the coder against a gold file (eval/ JSONL format)")
    ev.add_argument("gold", metavar="GOLD.jsonl")
    ev.add_argument("--misses", action="store_true", help="list the records whose events differ")

    sub.add_parser("demo", help="code the bundled example article and print its events as a table")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return {"code": _code, "eval": _eval, "demo": _demo}[args.command](args)
    except KuroshioError as error:
        print(f"kuroshio: {error.message}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:  # output piped into `head`
        return EXIT_OK


def _code(args: argparse.Namespace) -> int:
    from .ingest import MAX_CHARS, iter_documents
    from .pipeline import Coder

    skipped: list[InputError] = []
    for path in args.paths:
        if path != "-" and not Path(path).exists():
            raise InputError(path, "does not exist; give a file, a directory or '-' for standard input.")

    def report(error: InputError) -> None:
        skipped.append(error)
        print(f"kuroshio: skipped {error.message}", file=sys.stderr)

    documents = iter_documents(
        args.paths or ["-"], date=args.date, max_chars=args.max_chars or MAX_CHARS, on_error=report
    )
    coder = Coder(modalities=MODALITIES if args.all_modalities else ("asserted",))
    write_events(coder.code_documents(documents), sys.stdout, format=args.format)
    if skipped:
        print(f"kuroshio: {len(skipped)} document(s) skipped, the others were coded.", file=sys.stderr)
        return EXIT_SKIPPED
    return EXIT_OK


def _eval(args: argparse.Namespace) -> int:
    from .evaluate import evaluate, read_gold
    from .pipeline import Coder

    try:
        records = list(read_gold(args.gold))
    except OSError as exc:
        raise InputError(args.gold, f"cannot be read ({exc.strerror}).") from None
    report = evaluate(records, Coder(modalities=MODALITIES), keep_misses=args.misses)
    if args.misses:
        for record, predicted in report.misses:
            ours = [f"{e.source_code}>{e.target_code or '-'} {e.cameo} '{e.trigger}' {e.modality}" for e in predicted]
            gold = [f"{s}>{t or '-'} {c}" for s, t, c in record.events]
            print(f"- {record.id}: {record.text}\n    gold: {gold}\n    ours: {ours}")
    for line in report.lines():
        print(line)
    return EXIT_OK


def _demo(args: argparse.Namespace) -> int:
    from .ingest import iter_documents
    from .pipeline import Coder

    example = resources.files("kuroshio").joinpath("data", "examples", "kuroshio_current.txt")
    with resources.as_file(example) as path:
        documents = list(iter_documents([str(path)]))
    document = documents[0]
    print(f"Coding the example article ({len(document.text.split())} words, dated {document.date}):\n")
    events = list(Coder().code_documents(documents))
    write_events(events, sys.stdout, format="table")
    print(f"\n{len(events)} asserted events. `kuroshio code --all-modalities FILE` shows the rest too.")
    return EXIT_OK
