"""The ``rehearse`` commands: a typer app, thin wiring over the core modules.

Loaded by :func:`simulator.cli.entry.main` for every command but a plain ``rehearse label``, which
it runs without this module (see :mod:`simulator.cli.entry`).
"""

from __future__ import annotations

import functools
import json
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer

from simulator.content import catalog, schema
from simulator.content._yamlfile import read_yaml, validate_model
from simulator.content.personas import Persona
from simulator.content.rubrics import Rubric
from simulator.errors import RehearseError, ValidationErrors

app = typer.Typer(
    name="rehearse",
    help="Practise hard one-on-one conversations with a simulated stressed employee.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

F = TypeVar("F", bound=Callable[..., Any])


def _fail(message: str, code: int = 2) -> typer.Exit:
    typer.echo(f"error: {message}", err=True)
    return typer.Exit(code)


def handles_errors(fn: F) -> F:
    """Turn :class:`RehearseError` into a one-line message and exit code 2, not a traceback."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except RehearseError as exc:
            raise _fail(str(exc)) from None

    return wrapper  # type: ignore[return-value]


PersonaDirs = Annotated[
    list[Path] | None,
    typer.Option(
        "--personas",
        help="Extra persona folder (repeatable; also REHEARSE_PERSONAS).",
        file_okay=False,
    ),
]
RubricDirs = Annotated[
    list[Path] | None,
    typer.Option(
        "--rubrics",
        help="Extra rubric folder (repeatable; also REHEARSE_RUBRICS).",
        file_okay=False,
    ),
]


def _dirs(dirs: list[Path] | None) -> tuple[str, ...]:
    return tuple(str(d) for d in dirs or ())


@app.command("personas")
@handles_errors
def list_personas(personas: PersonaDirs = None) -> None:
    """List the personas you can practise with."""
    for p in catalog.personas(_dirs(personas)).values():
        typer.echo(f"{p.id:<20} {p.difficulty:<10} {p.name} — {p.role}")
        typer.echo(f"{'':<20} {'':<10} {p.situation}")


@app.command("rubrics")
@handles_errors
def list_rubrics(rubrics: RubricDirs = None) -> None:
    """List the rubrics sessions can be scored on."""
    for r in catalog.rubrics(_dirs(rubrics)).values():
        groups = ", ".join(f"{g}: {len(r.group(g))}" for g in r.groups)
        typer.echo(f"{r.id:<26} {r.name} ({groups})")


@app.command("chat")
@handles_errors
def chat(
    persona: Annotated[str, typer.Option("--persona", "-p", help="Persona id (see `personas`).")],
    out: Annotated[
        Path | None, typer.Option("--out", "-o", help="Where to save the transcript (JSON).")
    ] = None,
    seed: Annotated[int, typer.Option(help="Seed for the scripted partner's line choice.")] = 0,
    partner: Annotated[
        str | None,
        typer.Option(help="Who voices the employee: scripted, openai:MODEL, local:PATH.gguf…"),
    ] = None,
    base_url: Annotated[
        str | None, typer.Option("--base-url", help="OpenAI-compatible server for openai:.")
    ] = None,
    show_state: Annotated[
        bool, typer.Option("--show-state", help="Print the hidden trust/stress after each turn.")
    ] = False,
    personas: PersonaDirs = None,
) -> None:
    """Hold a practice one-on-one in the terminal; the transcript is saved on exit."""
    from simulator.content import formats
    from simulator.conversation.llm import build_partner
    from simulator.conversation.session import Session
    from simulator.settings import get_settings

    settings = get_settings(partner_model=partner, base_url=base_url)
    p = catalog.get_persona(persona, _dirs(personas))
    session = Session(p, build_partner(settings, seed=seed))
    path = out or Path(f"rehearse-{p.id}-{datetime.now():%Y%m%d-%H%M%S}.json")
    typer.echo(f"{p.name}, {p.role} ({p.difficulty})")
    typer.echo(f"Partner: {settings.describe('partner')} · Judge: {settings.describe('judge')}")
    typer.echo(f"\nWhat you know: {p.public_context}\n")
    typer.echo("Type your lines; an empty line or Ctrl-D ends the session.\n")
    typer.echo(f"{p.name.split()[0]}: {p.opening_line}")
    try:
        while not session.ended:
            try:
                line = input("you> ")
            except EOFError:
                break
            if not line.strip():
                break
            try:
                typer.echo(f"{p.name.split()[0]}: ", nl=False)
                for chunk in session.say(line):
                    typer.echo(chunk, nl=False)
                typer.echo()
            except RehearseError as exc:
                typer.echo(f"\n({exc})")
                continue
            if show_state:
                s = session.engine.state
                typer.echo(f"  [trust {s.trust:g} · stress {s.stress:g} · {s.disclosed}]")
    except KeyboardInterrupt:
        typer.echo()
    finally:
        formats.write_transcripts([session.transcript()], path)
        o = session.outcome()
        typer.echo(
            f"\nSession ended ({o.end_reason or 'by you'}). "
            f"Uncovered {len(o.layers_disclosed)}/{o.layers_total} layers; "
            f"next step {'agreed' if o.committed else 'not agreed'}. Saved to {path}"
        )


def _kind_of(path: Path, data: object) -> str:
    if isinstance(data, dict):
        if "criteria" in data:
            return "rubric"
        if "layers" in data or "opening_line" in data:
            return "persona"
    return "rubric" if "rubric" in path.parent.name else "persona"


@app.command("validate")
def validate(
    paths: Annotated[list[Path], typer.Argument(help="Persona/rubric files or folders.")],
) -> None:
    """Check persona and rubric YAML files, printing every problem with file and field."""
    files: list[Path] = []
    for p in paths:
        files += catalog.yaml_files([p]) if p.is_dir() else [p]
    if not files:
        raise _fail("no YAML files found in " + ", ".join(map(str, paths)))
    failures = 0
    for f in files:
        try:
            # Read once: the data decides the kind, and its line map serves the errors.
            data, lines = read_yaml(f)
            model: type[Persona | Rubric] = Persona if _kind_of(f, data) == "persona" else Rubric
            validate_model(model, data, lines, f)
            typer.echo(f"ok    {f} ({model.__name__.lower()})")
        except ValidationErrors as exc:
            failures += 1
            for e in exc.errors:
                typer.echo(f"error {e}", err=True)
        except RehearseError as exc:
            failures += 1
            typer.echo(f"error {exc}", err=True)
    if failures:
        raise typer.Exit(1)


@app.command("convert")
@handles_errors
def convert(
    src: Annotated[str, typer.Argument(help="Input transcript file, or - for stdin.")],
    dst: Annotated[str, typer.Argument(help="Output file; the format follows its extension.")],
    from_format: Annotated[str | None, typer.Option("--from", help="Input format.")] = None,
    to_format: Annotated[str | None, typer.Option("--to", help="Output format.")] = None,
    speaker: Annotated[
        list[str] | None,
        typer.Option(help="Map a name to a role, e.g. --speaker 'Alex=manager' (repeatable)."),
    ] = None,
) -> None:
    """Convert transcripts between JSON, JSONL, text, CSV and WebVTT."""
    from simulator.content import formats

    transcripts = formats.read_transcripts(src, fmt=from_format, speakers=_speakers(speaker))
    if dst == "-":
        sys.stdout.write(formats.dumps(transcripts, to_format or "jsonl"))
        return
    formats.write_transcripts(transcripts, dst, fmt=to_format)
    typer.echo(f"wrote {len(transcripts)} transcript(s) to {dst}", err=True)


def _speakers(pairs: list[str] | None) -> dict[str, Any] | None:
    from simulator.content.formats import parse_speaker_map

    return parse_speaker_map(pairs) if pairs else None


@app.command("schema")
@handles_errors
def schema_cmd(
    kind: Annotated[str | None, typer.Argument(help="persona or rubric")] = None,
    out: Annotated[
        Path | None, typer.Option("--out", help="Write every schema into this folder.")
    ] = None,
) -> None:
    """Print or write the JSON Schema for persona and rubric YAML."""
    if out is not None:
        for path in schema.write_all(out):
            typer.echo(f"wrote {path}", err=True)
        return
    if kind not in schema.MODELS:
        raise RehearseError(f"unknown schema {kind!r}", hint="choose persona or rubric")
    sys.stdout.write(schema.render(kind))


@app.command("label")
def label(
    src: Annotated[str, typer.Argument(help="JSONL of {id, text, prev}, or - for stdin.")] = "-",
    skip_errors: Annotated[
        bool, typer.Option("--skip-errors", help="Report bad lines on stderr and go on.")
    ] = False,
) -> None:
    """Label manager utterances with moves: JSONL {id, text, prev} in, {id, moves, cues} out."""
    from simulator.moves import labeling

    # The same code `rehearse label` runs without typer (simulator.cli.entry.main), so both agree.
    code = labeling.run(src, skip_errors=skip_errors)
    if code:
        raise typer.Exit(code)


Format = Annotated[
    str, typer.Option("--format", "-f", help="json, jsonl, csv or md (a report for people).")
]


@app.command("score")
@handles_errors
def score_cmd(
    files: Annotated[list[str], typer.Argument(help="Transcript files (any format) or JSONL.")],
    rubric: Annotated[
        str, typer.Option("--rubric", "-r", help="Rubric id.")
    ] = catalog.DEFAULT_RUBRIC,
    fmt: Format = "md",
    out: Annotated[
        Path | None, typer.Option("--out", "-o", help="Write here instead of stdout.")
    ] = None,
    speaker: Annotated[
        list[str] | None, typer.Option(help="Map a name to a role, e.g. 'Alex=manager'.")
    ] = None,
    judge: Annotated[
        str | None,
        typer.Option(
            help="Also rate with an LLM judge (openai:MODEL, …); default REHEARSE_JUDGE_MODEL."
        ),
    ] = None,
    samples: Annotated[
        int | None,
        typer.Option(min=1, max=20, help="Judge each transcript N times; report spread."),
    ] = None,
    base_url: Annotated[
        str | None, typer.Option("--base-url", help="OpenAI-compatible server for the judge.")
    ] = None,
    rubrics: RubricDirs = None,
    personas: PersonaDirs = None,
) -> None:
    """Score transcripts on a rubric with the move detectors, and optionally an LLM judge."""
    from simulator.content import formats
    from simulator.judge._judge import build_judge
    from simulator.reports import markdown as report
    from simulator.scoring.scorer import score
    from simulator.settings import get_settings

    settings = get_settings(judge_model=judge, base_url=base_url)
    llm_judge = build_judge(settings, samples=samples)
    if llm_judge is not None:
        typer.echo(f"Judge: {settings.describe('judge')}", err=True)

    if fmt not in ("json", "jsonl", "csv", "md"):
        raise RehearseError(f"unknown format {fmt!r}", hint="choose json, jsonl, csv or md")
    r = catalog.get_rubric(rubric, _dirs(rubrics))
    known = catalog.personas(_dirs(personas))
    cards, transcripts, judged, failed = [], [], [], 0
    for f in files:
        try:
            batch = formats.read_transcripts(f, speakers=_speakers(speaker))
        except RehearseError as exc:
            failed += 1
            typer.echo(f"error: {exc}", err=True)
            continue
        for t in batch:
            cards.append(score(t, r, persona=known.get(t.persona or "")))
            transcripts.append(t)
            if llm_judge is not None:
                judged.append(llm_judge.rate(t, r))
    if fmt == "jsonl":
        rows = [report.summary(c) for c in cards]
        for row, j in zip(rows, judged, strict=False):
            row["judge"] = report.judge_summary(j)
        text = "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
    elif fmt == "json":
        full = [c.model_dump(mode="json") for c in cards]
        for item, card, j in zip(full, cards, judged, strict=False):
            item["judge"] = j.model_dump(mode="json")
            item["disagreements"] = report.disagreements(card, j)
        text = json.dumps(full, indent=2, ensure_ascii=False) + "\n"
    elif fmt == "csv":
        text = report.csv_rows(cards)
    else:
        parts = []
        for i, (c, t) in enumerate(zip(cards, transcripts, strict=True)):
            md = report.markdown(c, t)
            if i < len(judged):
                md += "\n" + report.judge_markdown(c, judged[i])
            parts.append(md)
        text = "\n".join(parts)
    if out is None:
        sys.stdout.write(text)
    else:
        out.write_text(text, encoding="utf-8")
    if failed:
        raise typer.Exit(1)


def _register_batch() -> None:
    from simulator.cli.batch import batch_cmd

    app.command("batch")(batch_cmd)


_register_batch()
