"""``rehearse batch``: score a cohort of transcripts into a folder of results and a report.

Registered on the main app with ``app.command("batch")(batch_cmd)``; also runnable on its own
as ``python -m simulator.cli.batch INPUT... --out DIR``.

Exit codes: 0 every input scored, 1 some inputs failed (see ``DIR/errors.jsonl``), 2 usage
or configuration error (bad option, unknown rubric, no inputs, folder in use, the judge
rejected the key or model), 130 interrupted by Ctrl-C and 143 stopped by SIGTERM (run the
same command again to finish).
"""

from __future__ import annotations

import os
import signal
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from simulator.content import catalog, formats
from simulator.errors import RehearseError

DEFAULT_WORKERS = (
    len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
)


class EngineChoice(StrEnum):
    local = "local"
    ray = "ray"


class Via(StrEnum):
    live = "live"
    batch_api = "batch-api"


class _Stopped(KeyboardInterrupt):
    """SIGTERM, raised where the run is so that it stops the way Ctrl-C does."""


def _stop_on_sigterm(signum: int, frame: object) -> None:
    raise _Stopped


def _usage(message: str) -> typer.Exit:
    typer.echo(f"error: {message}", err=True)
    return typer.Exit(2)


def batch_cmd(
    inputs: Annotated[
        list[str],
        typer.Argument(
            help="Transcript files, folders (searched recursively), globs such as "
            "'data/**/*.vtt', or JSONL files of transcripts.",
            show_default=False,
        ),
    ],
    out: Annotated[
        Path, typer.Option("--out", "-o", help="Output folder (created; reused to resume).")
    ],
    rubric: Annotated[str, typer.Option("--rubric", "-r", help="Rubric id.")] = "one-on-one",
    judge: Annotated[
        str | None,
        typer.Option(
            help="Also rate with an LLM judge, e.g. openai:gpt-4o-mini.", show_default=False
        ),
    ] = None,
    judge_via: Annotated[
        Via,
        typer.Option(
            "--judge-via", help="live requests, or the OpenAI Batch API (cheaper, slower)."
        ),
    ] = Via.live,
    base_url: Annotated[
        str | None,
        typer.Option(
            "--base-url",
            help="OpenAI-compatible server for the judge (also REHEARSE_BASE_URL).",
            show_default=False,
        ),
    ] = None,
    concurrency: Annotated[
        int, typer.Option(min=1, max=1024, help="Judge requests in flight at once.")
    ] = 8,
    rate: Annotated[
        str | None,
        typer.Option(
            help="Client-side judge rate limit, e.g. 600/min or 10/s.", show_default=False
        ),
    ] = None,
    timeout: Annotated[
        float | None,
        typer.Option(
            min=0.01,
            help="Seconds allowed for one judge request (default REHEARSE_TIMEOUT or 60).",
            show_default=False,
        ),
    ] = None,
    retries: Annotated[
        int | None,
        typer.Option(
            min=0,
            max=10,
            help="Retries per judge request on 429, 5xx, timeouts "
            "(default REHEARSE_MAX_RETRIES or 2).",
            show_default=False,
        ),
    ] = None,
    poll_interval: Annotated[
        float, typer.Option(min=0.01, help="Batch API: seconds between status checks.")
    ] = 30.0,
    workers: Annotated[
        int, typer.Option(min=1, max=512, help="Processes for reading and detector scoring.")
    ] = DEFAULT_WORKERS,
    engine: Annotated[
        EngineChoice,
        typer.Option(help="local processes, or a Ray Data pipeline (needs the ray extra)."),
    ] = EngineChoice.local,
    chunk: Annotated[
        int, typer.Option(min=1, max=100_000, help="Transcripts per task sent to a worker.")
    ] = 64,
    title: Annotated[
        str | None, typer.Option(help="Title of report.html.", show_default=False)
    ] = None,
    speaker: Annotated[
        list[str] | None,
        typer.Option(help="Map a name to a role in txt/csv/vtt, e.g. 'Alex=manager'."),
    ] = None,
    rubrics: Annotated[
        list[Path] | None,
        typer.Option("--rubrics", help="Extra rubric folder (repeatable).", file_okay=False),
    ] = None,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="No progress bar or summary.")
    ] = False,
) -> None:
    """Score many transcripts: resumable, concurrent, with results.jsonl/csv and report.html.

    Run the same command again after a crash or Ctrl-C: finished transcripts are kept and
    only the rest is scored. Changed transcripts and a changed rubric are scored again.
    """
    from simulator.batch.progress import Progress
    from simulator.batch.run import BatchConfig, run_batch
    from simulator.judge._batch import JudgeConfig
    from simulator.models.ratelimit import parse_rate
    from simulator.reports.cohort import write_outputs
    from simulator.settings import get_settings

    try:
        if judge is None and (judge_via is Via.batch_api or rate is not None):
            raise RehearseError("--judge-via batch-api and --rate need --judge MODEL")
        judge_cfg = None
        if judge is not None:
            # The judge is the app's (one Settings: key and URL from REHEARSE_*/OPENAI_*
            # and .env); the options only override what they name.
            settings = get_settings(base_url=base_url, timeout=timeout, max_retries=retries)
            judge_cfg = JudgeConfig(
                spec=judge,
                settings=settings,
                via=judge_via.value,
                concurrency=concurrency,
                rate=parse_rate(rate) if rate else None,
                poll_interval=poll_interval,
            )
            judge_cfg.build()  # fail now on a bad spec or missing key, not once per transcript
        cfg = BatchConfig(
            inputs=tuple(inputs),
            out=out,
            rubric=catalog.get_rubric(rubric, tuple(str(d) for d in rubrics or ())),
            speakers=formats.parse_speaker_map(speaker) if speaker else None,
            workers=workers,
            engine=engine.value,
            judge=judge_cfg,
            chunk=chunk,
            title=title,
        )
        if engine is EngineChoice.ray:
            from simulator.batch.ray_engine import _require_ray

            _require_ray()
        if out.exists() and not out.is_dir():
            raise RehearseError("--out must be a folder", path=out, hint="choose a folder name")
    except RehearseError as exc:
        raise _usage(str(exc)) from None

    progress = Progress(enabled=None if not quiet else False)
    # Without a handler SIGTERM ends Python at once; stopping like Ctrl-C instead lets the
    # workers finish the record in hand and the run say how to go on.
    previous = signal.signal(signal.SIGTERM, _stop_on_sigterm)
    try:
        summary = run_batch(cfg, progress)
        if not summary.aborted:
            write_outputs(cfg.out)
    except KeyboardInterrupt as exc:
        progress.close()
        how = "stopped" if isinstance(exc, _Stopped) else "interrupted"
        typer.echo(
            f"\n{how}: finished transcripts are saved; run the same command to go on",
            err=True,
        )
        raise typer.Exit(143 if isinstance(exc, _Stopped) else 130) from None
    except RehearseError as exc:
        progress.close()
        raise _usage(str(exc)) from None
    except OSError as exc:  # disk full, permissions: what was written so far is kept
        progress.close()
        typer.echo(f"error: {exc}; run the same command again once it is fixed", err=True)
        raise typer.Exit(1) from None
    finally:
        signal.signal(signal.SIGTERM, previous)
    if summary.aborted:
        typer.echo(f"error: {summary.aborted}", err=True)
    if not quiet:
        typer.echo(summary.describe(), err=True)
    raise typer.Exit(summary.exit_code)


def main() -> None:
    """``python -m simulator.cli.batch``: the command on its own."""
    app = typer.Typer(add_completion=False, pretty_exceptions_enable=False)
    app.command()(batch_cmd)
    app()


if __name__ == "__main__":
    main()
