"""The command line: a thin layer over the library (``kuroshio --help``)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from importlib import resources
from pathlib import Path

from . import __version__
from .errors import InputError, KuroshioError
from .export import EXPORT_FORMATS, FORMATS, write_events
from .records import MODALITIES

# The store module imports DuckDB; these two names are all the parser needs from it.
DEFAULT_DB = "kuroshio.duckdb"
DEFAULT_BATCH = 100
DEMO_DB = "kuroshio-demo.duckdb"
DEMO_PLOT = "kuroshio-demo-jpn-twn.png"
FREQ_CHOICES = ("week", "month", "quarter", "year")  # analysis.FREQS, without importing pandas

__all__ = ["main"]

EXIT_OK, EXIT_SKIPPED, EXIT_USAGE = 0, 1, 2
EXIT_INTERRUPTED = 130  # as shells report SIGINT


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be a whole number above 0, not {text!r}")
    return value


_JOBS_HELP = "code in N worker processes, spaCy loaded once in each (default: 1); same events, same order"


def _coder(jobs: int, modalities: Sequence[str]):  # type: ignore[no-untyped-def]
    """One coder in this process, or a pool of ``jobs`` worker processes."""
    if jobs > 1:
        from .parallel import ParallelCoder

        return ParallelCoder(jobs=jobs, modalities=modalities)
    from .pipeline import Coder

    return Coder(modalities=modalities)


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
    code.add_argument("--jobs", type=_positive, default=1, metavar="N", help=_JOBS_HELP)

    ev = sub.add_parser("eval", help="score the coder against a gold file (eval/ JSONL format)")
    ev.add_argument("gold", metavar="GOLD.jsonl")
    ev.add_argument("--misses", action="store_true", help="list the records whose events differ")

    demo = sub.add_parser(
        "demo", help="code the bundled example article, then build a store of the demo corpus and analyse it"
    )
    demo.add_argument("--db", default=DEMO_DB, metavar="FILE", help=f"the demo store (default: ./{DEMO_DB})")
    demo.add_argument(
        "--plot", default=DEMO_PLOT, metavar="FILE.png", help=f"the demo's dyad chart (default: ./{DEMO_PLOT})"
    )

    db = argparse.ArgumentParser(add_help=False)
    db.add_argument("--db", default=DEFAULT_DB, metavar="FILE", help=f"the store (default: ./{DEFAULT_DB})")

    ingest = sub.add_parser(
        "ingest", parents=[db], help="code files and directories into the store (new documents only)"
    )
    ingest.add_argument("paths", nargs="*", metavar="PATH", help="files or directories, read recursively")
    ingest.add_argument("--date", help="document date (YYYY-MM-DD) for inputs that carry none")
    ingest.add_argument("--max-chars", type=_positive, default=None, help="largest document accepted, in characters")
    ingest.add_argument(
        "--batch-size", type=_positive, default=DEFAULT_BATCH, help="documents per transaction (default: %(default)s)"
    )
    ingest.add_argument(
        "--recode", action="store_true", help="code every stored document again (after a lexicon change) first"
    )
    ingest.add_argument("--jobs", type=_positive, default=1, metavar="N", help=_JOBS_HELP)

    spark = sub.add_parser(
        "spark-code",
        help="code a JSON Lines or Parquet corpus with Spark into event Parquet, by month (the spark extra)",
    )
    spark.add_argument("input", metavar="INPUT", help="a file, folder or glob of .jsonl or .parquet documents")
    spark.add_argument("output", metavar="OUTPUT", help="the folder of event Parquet to write (month=YYYY-MM/...)")
    spark.add_argument("--date", help="document date (YYYY-MM-DD) for documents that carry none")
    spark.add_argument(
        "--input-format", choices=("jsonl", "parquet"), help="what INPUT holds (default: from the file names)"
    )
    spark.add_argument(
        "--master", metavar="URL", help="Spark master, e.g. local[2] (default: spark-submit's, else local[*])"
    )
    spark.add_argument(
        "--all-modalities", action="store_true", help="also output hypothetical, negated, intended and denied events"
    )
    spark.add_argument("--max-chars", type=_positive, default=None, help="largest document accepted, in characters")
    spark.add_argument(
        "--partitions",
        type=_positive,
        default=None,
        metavar="N",
        help="pieces to cut the documents into (default: twice Spark's cores)",
    )
    spark.add_argument("--overwrite", action="store_true", help="replace OUTPUT if it exists")

    filters = argparse.ArgumentParser(add_help=False)
    filters.add_argument("--dyad", metavar="A,B", help="events between two actors (code prefixes), either way")
    filters.add_argument("--directed", action="store_true", help="with --dyad: only from A to B")
    filters.add_argument("--actor", metavar="X", help="events with X as source or target (code prefix, e.g. JPN)")
    filters.add_argument("--since", metavar="DATE", help="events on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD)")
    filters.add_argument("--until", metavar="DATE", help="events on or before DATE")
    filters.add_argument("--root", metavar="R", help="CAMEO root(s), e.g. 04 or 13,17")
    filters.add_argument("--quad", metavar="Q", help="quad class(es): 1-4 or a name such as verbal-conflict")
    which = filters.add_mutually_exclusive_group()
    which.add_argument(
        "--modality", metavar="M", help=f"modalities to show (default: asserted); {', '.join(MODALITIES)}"
    )
    which.add_argument("--all-modalities", action="store_true", help="events of every modality")
    filters.add_argument("--grep", metavar="TEXT", help="events whose evidence contains TEXT (any case)")
    filters.add_argument(
        "--dedup", action="store_true", help="one row per event (same date, dyad, code), with mention counts"
    )
    filters.add_argument("--limit", type=_positive, default=None, metavar="N", help="at most N rows")

    events = sub.add_parser("events", parents=[db, filters], help="query the events in the store")
    events.add_argument("--format", choices=FORMATS, default="table", help="output format (default: table)")

    export = sub.add_parser("export", parents=[db, filters], help="write the store's events in an exchange format")
    export.add_argument("--format", choices=EXPORT_FORMATS, required=True, help="jsonl, csv, parquet, plover, gdelt")
    export.add_argument(
        "--output", "-o", metavar="FILE", help="write to FILE (default: standard output; parquet needs a file)"
    )
    span = argparse.ArgumentParser(add_help=False)
    span.add_argument("--since", metavar="DATE", help="from DATE (YYYY, YYYY-MM or YYYY-MM-DD)")
    span.add_argument("--until", metavar="DATE", help="up to DATE, inclusive")
    span.add_argument(
        "--mentions", action="store_true", help="count every article's mention, not each event once (deduplicated)"
    )

    dyad = sub.add_parser(
        "dyad", parents=[db, span], help="how the relation between A and B moved, per period, in both directions"
    )
    dyad.add_argument("a", metavar="A", help="an actor code (prefix), e.g. JPN or CHNMIL")
    dyad.add_argument("b", metavar="B", help="the other actor code")
    dyad.add_argument("--freq", choices=FREQ_CHOICES, default="month", help="period length (default: month)")
    dyad.add_argument("--plot", metavar="FILE.png", help="also draw the chart to FILE (.png, .svg or .pdf)")
    dyad.add_argument("--format", choices=FORMATS, default="table", help="output format (default: table)")

    net = sub.add_parser("network", parents=[db, span], help="actors as nodes, edges weighted by their events")
    net.add_argument(
        "--level", choices=("country", "actor"), default="country", help="join actors by country (default) or not"
    )
    net.add_argument("--min-events", type=_positive, default=1, metavar="N", help="leave out edges of fewer events")
    net.add_argument("--plot", metavar="FILE.png", help="also draw the network to FILE")
    net.add_argument("--graphml", metavar="FILE", help="also write the graph as GraphML (Gephi, Cytoscape, yEd)")
    net.add_argument("--format", choices=FORMATS, default="table", help="output format of the edges (default: table)")

    alerts = sub.add_parser(
        "alerts", parents=[db, span], help="dyads whose conflict in a period is far above their own baseline"
    )
    alerts.add_argument("--freq", choices=FREQ_CHOICES, default="month", help="period length (default: month)")
    alerts.add_argument(
        "--window", type=_positive, default=8, metavar="N", help="periods of baseline before each (default: 8)"
    )
    alerts.add_argument("--z", type=float, default=3.0, help="how far above the baseline, in spreads (default: 3)")
    alerts.add_argument(
        "--min-events", type=_positive, default=3, metavar="N", help="conflict events a period needs (default: 3)"
    )
    alerts.add_argument("--latest", action="store_true", help="only the last period in the store")
    alerts.add_argument("--format", choices=("table", "jsonl"), default="table", help="output format (default: table)")

    cmp = sub.add_parser("compare", parents=[db], help="what a document says that earlier ones in its series did not")
    cmp.add_argument("doc", metavar="DOC", help="the id of a stored document")
    against = cmp.add_mutually_exclusive_group()
    against.add_argument("--series", metavar="TAG", help="compare with the earlier documents of series TAG")
    against.add_argument(
        "--against", nargs="+", metavar="DOC", default=(), help="compare with these documents instead of a series"
    )
    cmp.add_argument("--format", choices=("text", "json"), default="text", help="output format (default: text)")

    serve = sub.add_parser(
        "serve", parents=[db], help="the REST API and the dashboard over the store (needs the api extra)"
    )
    serve.add_argument(
        "--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1, this machine only)"
    )
    serve.add_argument("--port", type=_positive, default=8000, help="port to listen on (default: 8000)")
    serve.add_argument(
        "--max-body",
        type=_positive,
        default=1_000_000,
        metavar="BYTES",
        help="largest request body of /v1/code and /v1/compare (default: 1000000); ingest takes 20 times more",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        commands = {
            "code": _code,
            "eval": _eval,
            "demo": _demo,
            "ingest": _ingest,
            "events": _events,
            "export": _export,
            "dyad": _dyad,
            "network": _network,
            "alerts": _alerts,
            "compare": _compare,
            "serve": _serve,
            "spark-code": _spark_code,
        }
        return commands[args.command](args)
    except KuroshioError as error:
        print(f"kuroshio: {error.message}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:  # output piped into `head`
        return EXIT_OK
    except KeyboardInterrupt:
        # Each batch is its own transaction: what was committed stays, the rest is rolled back.
        print("\nkuroshio: interrupted; what was stored so far is kept, and a rerun finishes the job.", file=sys.stderr)
        return EXIT_INTERRUPTED


def _code(args: argparse.Namespace) -> int:
    from .ingest import MAX_CHARS, iter_documents

    skipped: list[InputError] = []
    _check_paths(args.paths)

    def report(error: InputError) -> None:
        skipped.append(error)
        print(f"kuroshio: skipped {error.message}", file=sys.stderr)

    documents = iter_documents(
        args.paths or ["-"], date=args.date, max_chars=args.max_chars or MAX_CHARS, on_error=report
    )
    with _coder(args.jobs, MODALITIES if args.all_modalities else ("asserted",)) as coder:
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

    examples = resources.files("kuroshio").joinpath("data", "examples")
    with resources.as_file(examples.joinpath("kuroshio_current.txt")) as path:
        documents = list(iter_documents([str(path)]))
    document = documents[0]
    print(f"1. Coding the example article ({len(document.text.split())} words, dated {document.date}):\n")
    coder = Coder(modalities=MODALITIES)
    events = [e for e in coder.code_documents(documents) if e.modality == "asserted"]
    write_events(events, sys.stdout, format="table")
    print(f"\n{len(events)} asserted events. `kuroshio code --all-modalities FILE` shows the rest too.")
    with resources.as_file(examples.joinpath(DEMO_CORPUS)) as corpus:
        _demo_store(args, str(corpus), coder)
    return EXIT_OK


DEMO_CORPUS = "demo_corpus.jsonl"
DEMO_SERIES = "us-japan-joint-statement"


def _demo_store(args: argparse.Namespace, corpus: str, coder: object) -> None:
    from . import analysis
    from .charts import plot_dyad
    from .store import Store

    with Store(args.db) as store:
        done = store.ingest([corpus], coder=coder)  # type: ignore[arg-type]
        counts = store.counts()
        print(
            f"\n2. The demo corpus in the store {args.db}: {counts['documents']} articles and statements "
            f"({done.documents} added now), {counts['asserted']} asserted events.\n"
        )
        _frame_out(analysis.dyad(store, "JPN", "TWN", freq="year").table, "table", _SERIES_WIDTHS)
        plot_dyad(analysis.dyad(store, "JPN", "TWN", freq="quarter"), args.plot)
        print(
            f"\nThe same per quarter, as a chart: {args.plot}  "
            f"(`kuroshio dyad JPN TWN --db {args.db} --freq quarter --plot FILE.png`)"
        )

        print("\n3. Conflict alerts (a month far above the dyad's own last eight months):\n")
        for alert in analysis.alerts(store):
            print(
                f"{alert.period}  {alert.source} -> {alert.target}: {alert.conflict} conflict events "
                f"(baseline {alert.baseline:.1f} a month, z = {alert.z:.1f})"
            )
        statements = store.sql("SELECT id FROM documents WHERE series = ? ORDER BY date DESC, id DESC", [DEMO_SERIES])
        if len(statements):
            latest = str(statements["id"][0])
            print(
                f"\n4. What the latest joint statement says that earlier ones did not (`kuroshio compare {latest}`):\n"
            )
            for line in _comparison_lines(analysis.compare(store, latest)):
                print(line)


def _check_paths(paths: Sequence[str]) -> None:
    for path in paths:
        if path != "-" and not Path(path).exists():
            raise InputError(path, "does not exist; give a file, a directory or '-' for standard input.")


def _ingest(args: argparse.Namespace) -> int:
    from contextlib import ExitStack

    from .ingest import MAX_CHARS
    from .progress import ProgressLine
    from .store import Store, split_inputs

    if not args.paths and not args.recode:
        raise InputError("ingest", "give the files or directories to ingest (or --recode to recode the store).")
    _check_paths(args.paths)
    if "-" in args.paths:
        raise InputError("-", "ingest reads files and directories, not standard input; save the text to a file.")
    # Event Parquet (spark-code's output, a Parquet export) is loaded as it is; the rest is coded.
    document_paths, parquet = split_inputs(args.paths)

    def report(error: InputError) -> None:
        progress.close()
        print(f"kuroshio: skipped {error.message}", file=sys.stderr)

    skipped_files = 0
    with Store(args.db) as store, ExitStack() as stack:
        if parquet:
            progress = ProgressLine()
            loaded = store.load_events(parquet, on_skip=report)
            skipped_files = len(loaded.skipped)
            print(
                f"{loaded.events:,} events ({loaded.asserted:,} asserted) loaded from {loaded.files:,} Parquet "
                f"file(s), {loaded.unchanged:,} already in the store, {len(loaded.skipped):,} file(s) skipped; "
                f"in {args.db}"
            )
        if not document_paths and not args.recode:
            return _skipped_status(0, skipped_files)
        # spaCy is loaded only when there are documents to code.
        coder = stack.enter_context(_coder(args.jobs, MODALITIES))
        if args.recode:
            progress = ProgressLine(label="documents recoded")
            recoded = store.recode(coder=coder, batch_size=args.batch_size, on_progress=progress)
            progress.close()
            print(
                f"recoded {recoded.documents:,} documents: {recoded.added:,} events added, "
                f"{recoded.removed:,} removed, {recoded.changed:,} changed "
                f"({recoded.before:,} -> {recoded.after:,} events)"
            )
        if not document_paths:
            return _skipped_status(0, skipped_files)
        progress = ProgressLine()
        done = store.ingest(
            document_paths,
            coder=coder,
            date=args.date,
            max_chars=args.max_chars or MAX_CHARS,
            batch_size=args.batch_size,
            on_skip=report,
            on_progress=progress,
        )
        progress.close()
        for given, stored in done.renamed:
            print(
                f"kuroshio: note: id '{given}' is taken by another text in the store; stored as '{stored}'.",
                file=sys.stderr,
            )
        rate = (done.documents + done.unchanged) / done.seconds if done.seconds else 0.0
        print(
            f"{done.documents:,} documents added, {done.unchanged:,} already in the store, "
            f"{len(done.skipped):,} skipped; {done.events:,} events ({done.asserted:,} asserted) "
            f"in {args.db} [{rate:,.1f} documents/s]"
        )
    return _skipped_status(len(done.skipped), skipped_files)


def _skipped_status(documents: int, files: int) -> int:
    """Exit status 1 when any document or Parquet file was skipped, with a line that says so."""
    if not (documents or files):
        return EXIT_OK
    what = [f"{documents} document(s)"] if documents else []
    what += [f"{files} Parquet file(s)"] if files else []
    print(
        f"kuroshio: {' and '.join(what)} skipped, the others were stored; the store's `skipped` table lists them.",
        file=sys.stderr,
    )
    return EXIT_SKIPPED


def _spark_code(args: argparse.Namespace) -> int:
    from .ingest import MAX_CHARS
    from .spark import code_corpus, running_session

    with running_session(master=args.master) as spark:
        spark.sparkContext.setLogLevel("ERROR")  # Spark's warnings are for its operators, not for this summary
        done = code_corpus(
            spark,
            args.input,
            args.output,
            input_format=args.input_format,
            date=args.date,
            all_modalities=args.all_modalities,
            max_chars=args.max_chars or MAX_CHARS,
            partitions=args.partitions,
            overwrite=args.overwrite,
        )
    for _where, _code, message in done.skipped:
        print(f"kuroshio: skipped {message}", file=sys.stderr)
    rate = done.sentences / done.seconds if done.seconds else 0.0
    print(
        f"{done.documents:,} documents coded, {done.skipped_count:,} skipped; {done.events:,} events in "
        f"{done.months:,} months written to {done.output} [{rate:,.1f} sentences/s]"
    )
    if done.skipped_count:
        more = done.skipped_count - len(done.skipped)
        listed = f"; {more:,} more not shown" if more else ""
        print(
            f"kuroshio: {done.skipped_count:,} document(s) skipped{listed}; {done.output}/_skipped lists them all.",
            file=sys.stderr,
        )
        return EXIT_SKIPPED
    return EXIT_OK


def _filters(args: argparse.Namespace) -> dict[str, object]:
    modality: object = "asserted"
    if args.all_modalities:
        modality = None
    elif args.modality:
        modality = args.modality
    return {
        "dyad": args.dyad,
        "directed": args.directed,
        "actor": args.actor,
        "since": args.since,
        "until": args.until,
        "root": args.root,
        "quad": args.quad,
        "modality": modality,
        "grep": args.grep,
        "limit": args.limit,
    }


def _events(args: argparse.Namespace) -> int:
    from .export import write_rows
    from .store import DEDUP_FIELDS, Store

    with Store(args.db, read_only=True) as store:
        filters = _filters(args)
        if args.dedup:
            write_rows(store.iter_deduplicated(**filters), sys.stdout, format=args.format, columns=DEDUP_FIELDS)
        else:
            write_events(store.iter_events(**filters), sys.stdout, format=args.format)
    return EXIT_OK


def _export(args: argparse.Namespace) -> int:
    from .store import Store

    if args.format == "parquet" and args.output in (None, "-"):
        raise InputError("--output", "parquet is a binary format; give a file with --output FILE.parquet.")
    with Store(args.db, read_only=True) as store:
        out = sys.stdout if args.output in (None, "-") else args.output
        count = store.export(out, format=args.format, dedup=args.dedup, **_filters(args))
    if args.output not in (None, "-"):
        print(
            f"{count:,} {'events' if not args.dedup and args.format != 'gdelt' else 'deduplicated events'} "
            f"written to {args.output}",
            file=sys.stderr,
        )
    return EXIT_OK


# -- analysis ----------------------------------------------------------------------------------

_SERIES_WIDTHS = {
    "period": 10,
    "source": 8,
    "target": 8,
    "events": 6,
    "verbal_cooperation": 18,
    "material_cooperation": 20,
    "verbal_conflict": 15,
    "material_conflict": 17,
    "net": 5,
    "goldstein": 9,
    "intensity": 9,
}
_EDGE_WIDTHS = {
    "source": 10,
    "target": 10,
    "events": 6,
    "cooperation": 11,
    "conflict": 8,
    "goldstein": 9,
    "intensity": 9,
}


def _frame_out(frame, format: str, widths: dict[str, int]) -> None:  # type: ignore[no-untyped-def]
    from .export import write_rows

    write_rows(frame.to_dict("records"), sys.stdout, format=format, columns=list(frame.columns), widths=widths)


def _dyad(args: argparse.Namespace) -> int:
    from . import analysis
    from .store import Store

    with Store(args.db, read_only=True) as store:
        series = analysis.dyad(
            store, args.a, args.b, freq=args.freq, since=args.since, until=args.until, mentions=args.mentions
        )
    _frame_out(series.table, args.format, _SERIES_WIDTHS)
    if args.plot:
        from .charts import plot_dyad

        plot_dyad(series, args.plot)
        print(f"chart written to {args.plot}", file=sys.stderr)
    return EXIT_OK


def _network(args: argparse.Namespace) -> int:
    from . import analysis
    from .store import Store

    with Store(args.db, read_only=True) as store:
        graph = analysis.network(
            store,
            since=args.since,
            until=args.until,
            level=args.level,
            min_events=args.min_events,
            mentions=args.mentions,
        )
    _frame_out(graph.edges, args.format, _EDGE_WIDTHS)
    if args.plot:
        from .charts import plot_network

        plot_network(graph, args.plot)
        print(f"chart written to {args.plot}", file=sys.stderr)
    if args.graphml:
        graph.write_graphml(args.graphml)
        print(f"graph written to {args.graphml}", file=sys.stderr)
    return EXIT_OK


def _alerts(args: argparse.Namespace) -> int:
    import json

    from . import analysis
    from .store import Store

    with Store(args.db, read_only=True) as store:
        found = analysis.alerts(
            store,
            freq=args.freq,
            window=args.window,
            z=args.z,
            min_events=args.min_events,
            since=args.since,
            until=args.until,
            latest=args.latest,
            mentions=args.mentions,
        )
    for alert in found:
        if args.format == "jsonl":
            record = {name: getattr(alert, name) for name in alert.__slots__ if name != "events"}
            record["events"] = [event.to_dict() for event in alert.events]
            print(json.dumps(record, ensure_ascii=False))
            continue
        reported = f", {len(alert.events)} mentions" if len(alert.events) != alert.conflict else ""
        print(
            f"{alert.period}  {alert.source} -> {alert.target}: {alert.conflict} conflict events{reported} "
            f"(baseline {alert.baseline:.1f}, z = {alert.z:.1f})"
        )
        for event in alert.events:
            print(f"    {event.date}  {event.cameo}  {event.source_code} -> {event.target_code}  {event.evidence}")
    if not found and args.format == "table":
        print("no alerts", file=sys.stderr)
    return EXIT_OK


def _compare(args: argparse.Namespace) -> int:
    import json
    from dataclasses import asdict

    from . import analysis
    from .store import Store

    with Store(args.db, read_only=True) as store:
        result = analysis.compare(store, args.doc, series=args.series, against=args.against)
    if args.format == "json":
        print(json.dumps(asdict(result), ensure_ascii=False, indent=2))
        return EXIT_OK
    for line in _comparison_lines(result):
        print(line)
    return EXIT_OK


def _serve(args: argparse.Namespace) -> int:
    import os

    from .errors import MissingExtraError

    try:
        import uvicorn

        from .api import create_app
    except ImportError as exc:
        raise MissingExtraError("kuroshio serve", exc.name or "fastapi", "api") from None
    token = os.environ.get("KUROSHIO_TOKEN") or None
    app = create_app(db=args.db, token=token, max_body=args.max_body, max_ingest_body=20 * args.max_body)
    access = "ingest enabled with KUROSHIO_TOKEN" if token else "read-only: set KUROSHIO_TOKEN to allow ingest"
    print(f"kuroshio: serving {args.db} at http://{args.host}:{args.port}/ ({access})", file=sys.stderr)
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning")
    return EXIT_OK


def _comparison_lines(result) -> list[str]:  # type: ignore[no-untyped-def]
    from .analysis import Mention

    where = f"series '{result.series}'" if result.series else "the documents given"
    lines = [
        f"{result.doc_id} ({result.date}) against {len(result.earlier)} earlier document(s) of {where}"
        + (f"; previous: {result.previous}" if result.previous else "")
    ]
    sections = (
        ("New mentions", "+", result.new_mentions),
        (f"Dropped since {result.previous}", "-", result.dropped_mentions),
        ("New commitments", "+", result.new_commitments),
        (f"Commitments dropped since {result.previous}", "-", result.dropped_commitments),
    )
    for title, mark, items in sections:
        if not result.previous and mark == "-":
            continue
        lines.append(f"\n{title} ({len(items)}):")
        for item in items:
            if isinstance(item, Mention):
                lines.append(f"  {mark} {item.kind:<6} {item.label}")
                lines.append(f"      s{item.sentence}: {item.evidence}")
        for (sentence, evidence, what), pairs in _grouped(items).items():
            sources = ", ".join(dict.fromkeys(s for s, _ in pairs))
            targets = ", ".join(dict.fromkeys(t or "(none)" for _, t in pairs))
            lines.append(f"  {mark} {sources} -> {targets}: {what}")
            lines.append(f"      s{sentence}: {evidence}")
    return lines


def _grouped(items) -> dict[tuple[int, str, str], list[tuple[str, str]]]:  # type: ignore[no-untyped-def]
    """Commitments of one sentence and code together: "USA, JPN -> CHN", not two lines."""
    from .analysis import Commitment

    groups: dict[tuple[int, str, str], list[tuple[str, str]]] = {}
    for item in items:
        if isinstance(item, Commitment):
            source, _, target = item.key
            groups.setdefault((item.event.sentence, item.event.evidence, item.what), []).append((source, target))
    return groups
