"""Start the Rehearse web app: ``python app.py [--host 127.0.0.1] [--port 7860]``.

Settings come from the environment: ``REHEARSE_DATA_DIR`` / ``REHEARSE_DB_URL`` (history),
``REHEARSE_USERS_FILE`` / ``REHEARSE_AUTH`` (login), ``REHEARSE_PARTNER_MODEL`` (partner).
"""

from __future__ import annotations

import argparse
import os

from simulator.app.privacy import disable_telemetry

disable_telemetry()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--host", default=os.environ.get("REHEARSE_HOST", "127.0.0.1"))
    parser.add_argument("--port", type=int, default=int(os.environ.get("REHEARSE_PORT", "7860")))
    parser.add_argument("--personas", action="append", default=[], help="Extra persona folder.")
    parser.add_argument("--data-dir", default=None, help="Where history is kept.")
    args = parser.parse_args()

    from simulator.app import ui

    demo = ui.build_app(tuple(args.personas), data_dir=args.data_dir)
    print(f"Rehearse is starting on http://{args.host}:{args.port}", flush=True)
    ui.launch(demo, host=args.host, port=args.port)


if __name__ == "__main__":
    main()
