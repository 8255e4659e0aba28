"""The ``detector`` command: thin wrappers over the library.

Library functions raise ``DetectorError`` subclasses; this module alone turns
them into a one-line message on stderr and an exit code:

=====  ==========================================================
0      success
1      an unexpected error (a bug: please report it)
2      usage error (bad option or argument, an output that exists)
3      input error (missing, unreadable or undecodable document)
4      model error (missing, unreadable or incompatible model)
5      data error (malformed training data)
6      batch: more failed records than ``--max-error-rate`` allows
130    interrupted (Ctrl-C); a batch run resumes with ``--resume``
=====  ==========================================================
"""

from __future__ import annotations

import json
import signal
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, Literal, NoReturn

import typer

from detector.decision import DEFAULT_THRESHOLD
from detector.errors import (
    DataError,
    DetectorError,
    ErrorRateExceeded,
    InputError,
    ModelError,
    TimeBudgetExceeded,
    UsageError,
)
from detector.guards import DEFAULT_TIME_BUDGET

EXIT_USAGE = 2
EXIT_INPUT = 3
EXIT_MODEL = 4
EXIT_DATA = 5
EXIT_ERROR_RATE = 6
EXIT_OVER_BUDGET = 7
EXIT_INTERRUPTED = 130

app = typer.Typer(
    help="Find and remove out-of-context promotion and boilerplate in documents.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


class OutputFormat(StrEnum):
    text = "text"
    json = "json"
    html = "html"


class InputFormat(StrEnum):
    auto = "auto"
    text = "text"
    html = "html"


class Keep(StrEnum):
    boilerplate = "boilerplate"


DocumentArg = Annotated[str, typer.Argument(help="A document file, or - for stdin.", metavar="PATH")]
ModelOption = Annotated[
    Path | None,
    typer.Option("--model", help="Model directory (default: $DETECTOR_MODEL, else the bundled model)."),
]
ThresholdOption = Annotated[
    float | None,
    typer.Option(
        "--threshold",
        min=0.0,
        max=1.0,
        help=(
            "Remove a block when P(promo)+P(boilerplate) exceeds this "
            f"(default: the model's, {DEFAULT_THRESHOLD} if unset)."
        ),
    ),
]
FormatOption = Annotated[
    OutputFormat,
    typer.Option(
        "--format", help="Output format (html: the page without the removed elements; HTML input only)."
    ),
]
InputFormatOption = Annotated[
    InputFormat,
    typer.Option(
        "--input-format", help="Read the input as text or HTML (default: recognise HTML by its content)."
    ),
]


TimeBudgetOption = Annotated[
    float,
    typer.Option(
        "--time-budget",
        min=0.0,
        help="Seconds a document may take to prepare; over it, it is left uncleaned (0: no limit).",
    ),
]


SinglePassOption = Annotated[
    bool,
    typer.Option(
        "--single-pass",
        help="Classify once (about twice as fast on documents with inserts); by default the cleaned "
        "text is classified again until nothing more goes, so cleaning is idempotent.",
    ),
]


WholeParagraphsOption = Annotated[
    bool,
    typer.Option(
        "--whole-paragraphs",
        help="Decide whole paragraphs only (about twice as fast); by default promotional sentences "
        "spliced into a kept paragraph of a text document are cut out of it.",
    ),
]


def _fail(error: DetectorError) -> NoReturn:
    codes = {
        InputError: EXIT_INPUT,
        ModelError: EXIT_MODEL,
        DataError: EXIT_DATA,
        UsageError: EXIT_USAGE,
        ErrorRateExceeded: EXIT_ERROR_RATE,
        TimeBudgetExceeded: EXIT_OVER_BUDGET,
    }
    code = next((c for kind, c in codes.items() if isinstance(error, kind)), 1)
    typer.echo(f"detector: error: {error}", err=True)
    raise typer.Exit(code)


def _write(text: str) -> None:
    sys.stdout.buffer.write(text.encode("utf-8"))
    sys.stdout.buffer.flush()


def _write_json(payload: Any) -> None:
    _write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")


def _read_as(document: str | bytes) -> Literal["html", "text"]:
    """How ``read_any`` decided to read a document: HTML pages stay bytes, text is decoded."""
    return "html" if isinstance(document, bytes) else "text"


def _load(
    model: Path | None,
    threshold: float | None = None,
    time_budget: float | None = DEFAULT_TIME_BUDGET,
    settle: bool = True,
    splices: bool = True,
) -> Any:
    from detector.detector import Detector

    return Detector.load(model, threshold=threshold, time_budget=time_budget, settle=settle, splices=splices)


@app.command()
def clean(
    path: DocumentArg,
    keep: Annotated[list[Keep] | None, typer.Option("--keep", help="Keep blocks of this label.")] = None,
    threshold: ThresholdOption = None,
    output_format: FormatOption = OutputFormat.text,
    model: ModelOption = None,
    input_format: InputFormatOption = InputFormat.auto,
    time_budget: TimeBudgetOption = DEFAULT_TIME_BUDGET,
    single_pass: SinglePassOption = False,
    whole_paragraphs: WholeParagraphsOption = False,
) -> None:
    """Print the purified text: promo and boilerplate blocks removed, the rest byte for byte.

    An HTML page prints as its kept blocks' text, paragraphs separated by blank lines.
    """
    from detector.io import read_any

    try:
        document = read_any(path, input_format.value)
        detector = _load(
            model, threshold, time_budget or None, settle=not single_pass, splices=not whole_paragraphs
        )
        keep_boilerplate = Keep.boilerplate in (keep or [])
        if output_format is OutputFormat.text:
            _write(detector.clean(document, keep_boilerplate, _read_as(document)))
            return
        if output_format is OutputFormat.html:
            if not isinstance(document, bytes) and input_format is not InputFormat.html:
                raise InputError(f"{path}: --format html needs an HTML page")
            _write(detector.clean_html(document, keep_boilerplate))
            return
        blocks = detector.classify(document, _read_as(document))
        _write_json(
            {
                "input": path,
                "threshold": detector.threshold,
                "blocks": [
                    {
                        **b.to_dict(),
                        "removed": b.label.value == "promo"
                        or (b.label.value == "boilerplate" and not keep_boilerplate),
                    }
                    for b in blocks
                ],
            }
        )
    except TimeBudgetExceeded as error:
        _fail(TimeBudgetExceeded(f"{path}: {error}"))
    except DetectorError as error:
        _fail(error)


@app.command()
def segment(
    path: DocumentArg,
    output_format: FormatOption = OutputFormat.text,
    input_format: InputFormatOption = InputFormat.auto,
) -> None:
    """Print the blocks the segmenter finds, with their character offsets (in an HTML page's text)."""
    from detector.io import read_any
    from detector.page import read_page
    from detector.segment import Segment, segment_text
    from detector.segment.html import TypePositions, locator

    try:
        document = read_any(path, input_format.value)
    except DetectorError as error:
        _fail(error)
    if isinstance(document, bytes):
        page = read_page(document)
        text, spans = page.text, [Segment(s, e) for s, e in page.spans]
        cache = TypePositions()
        where = [f"  {locator(b.element, cache)}" for b in page.blocks]
    else:
        text, spans = document, segment_text(document)
        where = [""] * len(spans)
    if output_format is OutputFormat.json:
        _write_json(
            [
                {"index": i, "start": s, "end": e, "text": text[s:e], **({"locator": w.strip()} if w else {})}
                for i, ((s, e), w) in enumerate(zip(spans, where))
            ]
        )
        return
    _write("".join(f"[{i}] {s}-{e}{w}\n{text[s:e]}\n\n" for i, ((s, e), w) in enumerate(zip(spans, where))))


@app.command()
def explain(
    path: DocumentArg,
    top: Annotated[int, typer.Option(min=1, help="Features shown per block.")] = 6,
    threshold: ThresholdOption = None,
    model: ModelOption = None,
    input_format: InputFormatOption = InputFormat.auto,
) -> None:
    """Print each block's label, probability and the features that pushed it most (in log-odds of removal)."""
    from detector.explain import explain as explain_blocks
    from detector.io import read_any

    try:
        document = read_any(path, input_format.value)
        explanations = explain_blocks(
            _load(model, threshold), document, top=top, input_format=_read_as(document)
        )
    except DetectorError as error:
        _fail(error)
    lines = []
    for i, item in enumerate(explanations):
        block = item.block
        label = block.label.value + (f"/{block.kind.value}" if block.kind else "")
        preview = block.text.replace("\n", " ⏎ ")
        preview = preview if len(preview) <= 90 else preview[:87] + "..."
        lines.append(f"[{i}] {label:<20} p(remove)={block.probability:.3f}  {preview}")
        for name, push in item.pushes:
            lines.append(f"      {push:+.3f}  {name}")
        if item.neighbours:
            shown = ", ".join(f"{p:.2f}" for p in item.neighbours)
            lines.append(f"      first pass: self {item.first_stage_removal:.2f}, neighbours {shown}")
    _write("\n".join(lines) + "\n")


@app.command()
def train(
    data: Annotated[
        list[Path] | None,
        typer.Option(
            "--data",
            help="The training-data directory (default training_data), and filled-in exports "
            "(.csv/.jsonl from `detector export`) to learn from as well; repeatable.",
        ),
    ] = None,
    user_weight: Annotated[
        int, typer.Option("--user-weight", min=1, help="Times a user-labelled document counts in training.")
    ] = 2,
    out: Annotated[Path, typer.Option("--out", help="Where to write the model and its card.")] = Path(
        "models/default"
    ),
    seed: Annotated[int, typer.Option(help="Random seed (same data and seed give the same model).")] = 13,
    select: Annotated[
        bool,
        typer.Option(
            help="Select the classifier by grouped cross-validation "
            "(--no-select: gradient-boosted trees in both stages, as selected for the bundled model)."
        ),
    ] = True,
    text: Annotated[
        bool, typer.Option("--text/--no-text", help="Train the text models (--no-text keeps those in --out).")
    ] = True,
    html: Annotated[bool, typer.Option("--html/--no-html", help="Train the HTML model.")] = True,
    html_pages: Annotated[
        int, typer.Option("--html-pages", min=1, help="Generated pages the HTML model trains on (at most).")
    ] = 2400,
    splice: Annotated[
        bool | None,
        typer.Option(
            "--splice/--no-splice",
            help="Train the model of sentences spliced into paragraphs (default: with the text model; "
            "--no-text --splice trains it alone on the text model in --out).",
        ),
    ] = None,
    like: Annotated[
        Path | None,
        typer.Option(
            "--like",
            help="Take the classifiers and threshold of this model instead of selecting them "
            "(minutes instead of an hour; implies --no-select).",
        ),
    ] = None,
    members: Annotated[
        int | None,
        typer.Option(
            "--members",
            min=1,
            help="Text models to train, each on its own draw of generated documents, and average "
            "(default: as many as the --like model has, else 3).",
        ),
    ] = None,
    choose_threshold: Annotated[
        bool,
        typer.Option(
            "--choose-threshold",
            help="Choose the threshold again on a cross-validation fold the models did not train on, "
            "even when --like has as many members (after the corpus has grown).",
        ),
    ] = False,
    novel_words: Annotated[
        bool,
        typer.Option(
            "--novel-words",
            help="Add the novel-word scores to the models' features (off in the bundled model; "
            "see the README's Quality section).",
        ),
    ] = False,
) -> None:
    """Train a model on labelled documents and write it with its model card."""
    from detector.train import train as train_model

    paths = data or [Path("training_data")]
    directories = [p for p in paths if p.is_dir()]
    if len(directories) != 1:
        _fail(UsageError(f"--data: give exactly one training-data directory, got {len(directories)}"))
    try:
        card = train_model(
            directories[0],
            out,
            seed=seed,
            select=select,
            progress=lambda m: typer.echo(m, err=True),
            html=html,
            text=text,
            html_pages=html_pages,
            user_data=[p for p in paths if not p.is_dir()],
            user_weight=user_weight,
            like=like,
            splice=splice,
            members=members,
            choose_threshold_again=choose_threshold,
            novel_words=novel_words,
        )
    except DetectorError as error:
        _fail(error)
    cv = card.get("cross_validation") or {}
    held = card.get("heldout") or {}
    typer.echo(
        f"wrote {out}: threshold {card['threshold']}; CV promo recall {cv.get('promo_recall')}, "
        f"content kept {cv.get('content_kept')}; held-out promo recall {held.get('promo_recall')}, "
        f"content kept {held.get('content_kept')}",
        err=True,
    )


class Engine(StrEnum):
    local = "local"
    dask = "dask"


class OutputKind(StrEnum):
    jsonl = "jsonl"
    jsonl_gz = "jsonl.gz"
    parquet = "parquet"


@app.command()
def batch(
    source: Annotated[
        str,
        typer.Argument(
            help="A JSONL (.gz), Parquet, CSV or WARC file, a directory of such files or of .txt/.html "
            "documents, or a quoted glob of shards.",
            metavar="IN",
        ),
    ],
    out: Annotated[
        Path,
        typer.Argument(
            help="An output file (.jsonl, .jsonl.gz, .parquet) for one shard, else a directory of shards.",
            metavar="OUT",
        ),
    ],
    field: Annotated[str, typer.Option("--field", help="The field holding each document.")] = "text",
    output_field: Annotated[
        str | None, typer.Option("--output-field", help="Where the cleaned text goes (default: --field).")
    ] = None,
    id_field: Annotated[
        str | None,
        typer.Option("--id-field", help="The field that identifies a record (default: its position)."),
    ] = None,
    input_format: InputFormatOption = InputFormat.auto,
    output_format: Annotated[
        OutputKind | None,
        typer.Option(
            "--output-format", help="Format of the shards in an output directory (default: the input's)."
        ),
    ] = None,
    audit: Annotated[
        Path | None,
        typer.Option(
            "--audit", help="Write audits to this sidecar (a directory for sharded output), keyed by id."
        ),
    ] = None,
    audit_field: Annotated[
        str, typer.Option("--audit-field", help="The field of each record's audit.")
    ] = "detector",
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Label and audit, but leave the text as it is.")
    ] = False,
    rejects: Annotated[
        Path | None,
        typer.Option("--rejects", help="Send failed records here instead of OUT (a directory when sharded)."),
    ] = None,
    max_error_rate: Annotated[
        float | None,
        typer.Option(
            "--max-error-rate", min=0.0, max=1.0, help="Fail the run (exit 6) above this share of failures."
        ),
    ] = None,
    workers: Annotated[
        int | None, typer.Option("--workers", min=1, help="Worker processes (default: all cores).")
    ] = None,
    chunk_size: Annotated[
        int, typer.Option("--chunk-size", min=1, help="Records a model call cleans.")
    ] = 256,
    shard_size: Annotated[
        int,
        typer.Option("--shard-size", min=1, help="Document files a shard holds (directory of documents)."),
    ] = 10_000,
    resume: Annotated[bool, typer.Option("--resume", help="Skip shards whose output is complete.")] = False,
    overwrite: Annotated[bool, typer.Option("--overwrite", help="Redo shards whose output exists.")] = False,
    keep: Annotated[list[Keep] | None, typer.Option("--keep", help="Keep blocks of this label.")] = None,
    threshold: ThresholdOption = None,
    model: ModelOption = None,
    summary_path: Annotated[
        Path | None, typer.Option("--summary", help="Also write the end-of-run summary as JSON here.")
    ] = None,
    log_interval: Annotated[
        float, typer.Option("--log-interval", min=0.0, help="Seconds between progress lines in logs.")
    ] = 30.0,
    corpus_stats: Annotated[
        bool,
        typer.Option(
            "--corpus-stats",
            help="First count every block's copies across the corpus; repeated blocks are decided "
            "by all their copies (twice the time).",
        ),
    ] = False,
    min_repeats: Annotated[
        int,
        typer.Option("--min-repeats", min=2, help="Documents a block must occur in to count as repeated."),
    ] = 3,
    engine: Annotated[
        Engine,
        typer.Option("--engine", help="local: this machine's cores; dask: one task a shard on a cluster."),
    ] = Engine.local,
    scheduler: Annotated[
        str | None,
        typer.Option(
            "--scheduler", help="Dask scheduler address (tcp://host:8786); default: a local cluster."
        ),
    ] = None,
    time_budget: TimeBudgetOption = DEFAULT_TIME_BUDGET,
    single_pass: SinglePassOption = False,
    whole_paragraphs: WholeParagraphsOption = False,
) -> None:
    """Clean a corpus: every record out, cleaned or with an error, each with an audit of what was removed."""
    from detector.batch import BatchOptions, Settings, run_batch
    from detector.batch.executor import default_workers
    from detector.batch.progress import progress_for

    options = BatchOptions(
        settings=Settings(
            field,
            output_field,
            input_format.value,
            Keep.boilerplate in (keep or []),
            dry_run,
            min_repeats,
            time_budget or None,
            not single_pass,
            not whole_paragraphs,
        ),
        corpus_stats=corpus_stats,
        model=model,
        threshold=threshold,
        workers=workers or default_workers(),
        chunk_size=chunk_size,
        id_field=id_field,
        audit_field=audit_field,
        audit=audit,
        rejects=rejects,
        resume=resume,
        overwrite=overwrite,
        max_error_rate=max_error_rate,
        output_format=output_format.value if output_format else None,
        shard_size=shard_size,
        engine=engine.value,
        scheduler=scheduler,
    )
    if scheduler is not None and engine is not Engine.dask:
        _fail(UsageError("--scheduler needs --engine dask"))
    try:
        summary = run_batch(source, out, options, progress_for(sys.stderr, log_interval))
    except KeyboardInterrupt:
        typer.echo("detector: interrupted; finished shards are complete, --resume finishes the run", err=True)
        raise typer.Exit(EXIT_INTERRUPTED) from None
    except DetectorError as error:
        _fail(error)
    typer.echo(summary.report(), err=True)
    if summary_path is not None:
        summary_path.write_text(json.dumps(summary.to_dict(), indent=2) + "\n", encoding="utf-8")


DataOption = Annotated[
    list[Path],
    typer.Option(
        "--data",
        help="Labelled documents (LABELS.md JSON Lines): files, or directories of .jsonl; "
        "a training-data directory stands for its frozen held-out split.",
    ),
]


def _labelled(paths: list[Path]) -> Any:
    from detector.corpus.dataset import evaluation_documents
    from detector.train import DEFAULT_SEED

    return evaluation_documents(paths, DEFAULT_SEED)


@app.command()
def evaluate(
    data: DataOption,
    model: ModelOption = None,
    threshold: ThresholdOption = None,
    out: Annotated[Path | None, typer.Option("--out", help="Also write the report as JSON here.")] = None,
) -> None:
    """Score a model on labelled documents: per-label precision, recall and F1, content kept, confusion."""
    from detector.evaluate import evaluate as evaluate_model
    from detector.evaluate import render_report

    try:
        documents = _labelled(data)
        report = evaluate_model(_load(model, threshold), documents).report()
    except DetectorError as error:
        _fail(error)
    _write(render_report(report))
    if out is not None:
        out.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")


@app.command()
def compare(
    first: Annotated[Path, typer.Argument(help="The first model directory.", metavar="A")],
    second: Annotated[Path, typer.Argument(help="The second model directory.", metavar="B")],
    data: DataOption,
    show: Annotated[int, typer.Option("--show", min=0, help="Disagreements printed (all go to --out).")] = 30,
    out: Annotated[Path | None, typer.Option("--out", help="Write every disagreement as JSON here.")] = None,
) -> None:
    """Show where two models label the gold blocks of labelled documents differently, and who was right."""
    from detector.compare import compare as compare_models

    try:
        documents = _labelled(data)
        comparison = compare_models(_load(first), _load(second), documents)
    except DetectorError as error:
        _fail(error)
    wins = comparison.wins()
    lines = [
        f"{comparison.blocks} gold blocks, {len(comparison.disagreements)} labelled differently: "
        f"A right on {wins['first']}, B right on {wins['second']}, neither on {wins['neither']}"
    ]
    for d in comparison.disagreements[:show]:
        preview = d.text.replace("\n", " ⏎ ")
        preview = preview if len(preview) <= 80 else preview[:77] + "..."
        lines.append(f"{d.document}[{d.index}] gold {d.gold:<11} A {d.first:<11} B {d.second:<11} {preview}")
    _write("\n".join(lines) + "\n")
    if out is not None:
        out.write_text(
            json.dumps(comparison.to_dict(), indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
        )


@app.command()
def export(
    source: Annotated[
        str,
        typer.Argument(
            help="Documents: a .txt/.html file, or anything `detector batch` reads.", metavar="IN"
        ),
    ],
    out: Annotated[Path, typer.Option("--out", help="The blocks to label: .csv or .jsonl.")],
    uncertain: Annotated[
        int | None,
        typer.Option(
            "--uncertain", min=1, help="Only the N blocks whose probability is nearest the threshold."
        ),
    ] = None,
    sample: Annotated[
        int | None, typer.Option("--sample", min=1, help="Only a random sample of N blocks.")
    ] = None,
    seed: Annotated[int, typer.Option(help="Seed of --sample.")] = 13,
    context: Annotated[
        bool,
        typer.Option(
            help="With --uncertain or --sample: write the chosen blocks' documents whole, the chosen "
            "blocks marked in the selected column (what training needs); --no-context: only the N rows.",
        ),
    ] = True,
    field: Annotated[str, typer.Option("--field", help="The field holding each document.")] = "text",
    id_field: Annotated[str, typer.Option("--id-field", help="The field that identifies a document.")] = "id",
    input_format: InputFormatOption = InputFormat.auto,
    threshold: ThresholdOption = None,
    model: ModelOption = None,
) -> None:
    """Write blocks for labelling: ids, offsets, text, the model's label and probability, an empty gold."""
    from detector.batch.work import Settings
    from detector.export import export_blocks

    try:
        written = export_blocks(
            _load(model, threshold),
            source,
            out,
            Settings(field=field, input_format=input_format.value),
            uncertain=uncertain,
            sample=sample,
            seed=seed,
            id_field=id_field,
            context=context,
        )
    except DetectorError as error:
        _fail(error)
    typer.echo(
        f"wrote {written} blocks to {out}; fill in the gold column (content, promo, boilerplate)", err=True
    )


SampleOption = Annotated[
    int | None,
    typer.Option(
        "--sample", min=1, help="A random sample of N documents (default: all, up to 500; see --seed)."
    ),
]
SeedOption = Annotated[int, typer.Option(help="Seed of the random sample of documents.")]
FieldOption = Annotated[str, typer.Option("--field", help="The field holding each document.")]
IdFieldOption = Annotated[str, typer.Option("--id-field", help="The field that identifies a document.")]
SourceArg = Annotated[
    str,
    typer.Argument(help="Documents: a .txt/.html file, or anything `detector batch` reads.", metavar="IN"),
]


@app.command()
def review(
    source: Annotated[
        str,
        typer.Argument(
            help="Documents (a .txt/.html file, or anything `detector batch` reads), or the output of "
            "`detector batch` (records carrying their audit).",
            metavar="IN",
        ),
    ],
    out: Annotated[Path, typer.Option("--out", help="The report: one self-contained HTML file.")],
    sample: SampleOption = None,
    seed: SeedOption = 13,
    field: Annotated[
        str, typer.Option("--field", help="The field holding each document (or its cleaned text).")
    ] = "text",
    id_field: IdFieldOption = "id",
    audit_field: Annotated[
        str, typer.Option("--audit-field", help="The field of `detector batch` audits.")
    ] = "detector",
    audit: Annotated[
        Path | None,
        typer.Option("--audit", help="The audit sidecar of `detector batch --audit` (a file or directory)."),
    ] = None,
    input_format: InputFormatOption = InputFormat.auto,
    keep: Annotated[list[Keep] | None, typer.Option("--keep", help="Keep blocks of this label.")] = None,
    top: Annotated[int, typer.Option(min=0, help="Features shown per block.")] = 5,
    threshold: ThresholdOption = None,
    model: ModelOption = None,
) -> None:
    """Write an HTML report of sampled documents: removed blocks struck through, why, and summary charts."""
    from detector.batch.work import Settings
    from detector.review.build import ReviewOptions
    from detector.review.write import write_report

    options = ReviewOptions(
        settings=Settings(
            field=field, input_format=input_format.value, keep_boilerplate=Keep.boilerplate in (keep or [])
        ),
        id_field=id_field,
        audit_field=audit_field,
        audit=audit,
        sample=sample,
        seed=seed,
        top=top,
    )
    try:
        report = write_report(source, out, options, lambda: _load(model, threshold))
    except DetectorError as error:
        _fail(error)
    removed = sum(len(d.removed) for d in report.documents)
    typer.echo(
        f"wrote {out}: {len(report.documents)} of {report.total} documents, {removed} blocks removed",
        err=True,
    )


def _interrupt(signum: int, frame: object) -> NoReturn:
    raise KeyboardInterrupt


@app.command()
def label(
    source: SourceArg,
    out: Annotated[
        Path, typer.Option("--out", help="The labels: a `detector export` file (.jsonl or .csv); resumed.")
    ],
    host: Annotated[str, typer.Option("--host", help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=0, max=65535, help="Port (0: any free port).")] = 8765,
    sample: SampleOption = None,
    seed: SeedOption = 13,
    field: FieldOption = "text",
    id_field: IdFieldOption = "id",
    input_format: InputFormatOption = InputFormat.auto,
    threshold: ThresholdOption = None,
    model: ModelOption = None,
) -> None:
    """Serve a local page for labelling blocks with the keyboard; every label is saved at once to --out."""
    from detector.batch.work import Settings
    from detector.review.label_blocks import blocks_to_label
    from detector.review.label_server import LabelServer
    from detector.review.label_store import LabelStore

    try:
        LabelStore.open(out, [])  # a bad --out fails before the model is loaded
        blocks = blocks_to_label(
            source,
            lambda: _load(model, threshold),
            Settings(field=field, input_format=input_format.value),
            id_field=id_field,
            sample=sample,
            seed=seed,
        )
        store = LabelStore.open(out, blocks.rows)
        server = LabelServer(store, blocks, host, port)
    except DetectorError as error:
        _fail(error)
    typer.echo(
        f"labelling {store.total} blocks of {len(blocks.documents)} documents "
        f"({store.labelled} labelled already); labels are saved to {out} as you go",
        err=True,
    )
    typer.echo(server.url)
    previous = signal.signal(signal.SIGTERM, _interrupt)  # `kill` stops it as Ctrl+C does
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        signal.signal(signal.SIGTERM, previous)
        server.server_close()
        with store.lock:  # a save under way finishes before the process ends
            typer.echo(f"stopped: {store.labelled} of {store.total} blocks labelled in {out}", err=True)


model_app = typer.Typer(help="Inspect and convert model directories.", no_args_is_help=True)
app.add_typer(model_app, name="model")


@model_app.command("info")
def model_info(
    path: Annotated[
        Path | None,
        typer.Argument(help="Model directory (default: $DETECTOR_MODEL, else the bundled model)."),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the card as JSON.")] = False,
) -> None:
    """Print a model's card: data, seed, threshold, libraries and measured quality."""
    from detector.model.store import CARD_MARKDOWN, load_model

    try:
        stored = load_model(path)
    except DetectorError as error:
        _fail(error)
    if as_json or not (stored.path / CARD_MARKDOWN).exists():
        _write_json({"path": str(stored.path), **stored.card})
        return
    _write(f"model directory: {stored.path}\n\n" + (stored.path / CARD_MARKDOWN).read_text(encoding="utf-8"))


@model_app.command("convert")
def model_convert(
    path: Annotated[Path, typer.Argument(help="A model directory with model.joblib (and html.joblib).")],
    trust_pickle: Annotated[
        bool,
        typer.Option("--trust-pickle", help="Required: loading a joblib file runs any code it holds."),
    ] = False,
) -> None:
    """Rewrite a model of an earlier version (joblib pickles) in the format that cannot run code."""
    from detector.model.store import convert_legacy, load_model

    if not trust_pickle:
        _fail(
            UsageError(
                f"{path}: converting loads the joblib files, which runs any code they hold; "
                "add --trust-pickle if you trust them"
            )
        )
    try:
        written = convert_legacy(path)
        load_model(path)
    except DetectorError as error:
        _fail(error)
    typer.echo("wrote " + ", ".join(str(p) for p in written), err=True)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
