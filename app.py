"""Start the Rehearse web app: ``python app.py [--host 127.0.0.1] [--port 7860]``."""

from __future__ import annotations

import argparse
import os

from simulator.privacy import disable_telemetry

disable_telemetry()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--host", default=os.environ.get("REHEARSE_HOST", "127.0.0.1"))
    parser.add_argument("--port", type=int, default=int(os.environ.get("REHEARSE_PORT", "7860")))
    parser.add_argument("--personas", action="append", default=[], help="Extra persona folder.")
    args = parser.parse_args()

    from simulator import ui

    print(f"Rehearse is starting on http://{args.host}:{args.port}", flush=True)
    ui.launch(ui.build_app(tuple(args.personas)), host=args.host, port=args.port)


if __name__ == "__main__":
    main()
