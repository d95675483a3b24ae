"""Start the Rehearse web app: ``python app.py [--host 127.0.0.1] [--port 7860]``.

Where it listens: ``--host``/``--port``, else ``GRADIO_SERVER_NAME``/``GRADIO_SERVER_PORT``
(Gradio's own convention), else ``127.0.0.1`` and port 7860. Everything else comes from the
settings (:mod:`simulator.settings`): ``REHEARSE_DATA_DIR`` / ``REHEARSE_DB_URL`` (history),
``REHEARSE_USERS_FILE`` / ``REHEARSE_AUTH`` (login), ``REHEARSE_PARTNER_MODEL`` (partner).
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Mapping, Sequence

from simulator.app.privacy import disable_telemetry

disable_telemetry()

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 7860


def parse_args(
    argv: Sequence[str] | None = None, env: Mapping[str, str] | None = None
) -> argparse.Namespace:
    """The command line, with the listening address defaulting to Gradio's variables."""
    env = os.environ if env is None else env
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    host = env.get("GRADIO_SERVER_NAME", "").strip() or DEFAULT_HOST
    port_text = env.get("GRADIO_SERVER_PORT", "").strip()
    parser.add_argument("--host", default=host, help=f"Address to listen on (default {host}).")
    parser.add_argument("--port", type=int, default=None, help="Port (default 7860).")
    parser.add_argument("--personas", action="append", default=[], help="Extra persona folder.")
    parser.add_argument("--data-dir", default=None, help="Where history is kept.")
    args = parser.parse_args(argv)
    if args.port is None:
        try:
            args.port = int(port_text) if port_text else DEFAULT_PORT
        except ValueError:
            parser.error(
                f"GRADIO_SERVER_PORT={port_text!r} is not a port number: unset it or "
                "give a number such as 7860 (or pass --port)"
            )
    return args


def main() -> None:
    args = parse_args()

    from simulator.app import ui

    app = ui.build_app(tuple(args.personas), data_dir=args.data_dir)
    print(f"Rehearse is starting on http://{args.host}:{args.port}", flush=True)
    ui.launch(app, host=args.host, port=args.port)


if __name__ == "__main__":
    main()
