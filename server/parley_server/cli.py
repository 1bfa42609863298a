"""`parley-server`: run the reference server with uvicorn."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

import uvicorn

from parley_server.app import create_app
from parley_server.config import ServerConfig


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """Read the command line (see `parley-server --help`)."""
    parser = argparse.ArgumentParser(
        prog="parley-server",
        description="Run Parley's reference server: every operation of openapi.yaml, on SQLite.",
    )
    parser.add_argument("--host", default="127.0.0.1", help="interface to listen on (default: 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8000, help="TCP port (default: 8000)")
    parser.add_argument(
        "--db",
        type=Path,
        default=Path(os.environ.get("PARLEY_DB", "parley.db")),
        help="SQLite database file, created on first start (default: $PARLEY_DB or ./parley.db)",
    )
    parser.add_argument(
        "--token-delay",
        type=float,
        default=0.005,
        help="seconds between streamed tokens of the built-in models; no answer is paced over more than 2 s; "
        "0 for load tests (default: 0.005)",
    )
    parser.add_argument(
        "--rate-limit",
        type=int,
        default=None,
        metavar="N",
        help="requests per minute per API key before 429 (default: no limit)",
    )
    parser.add_argument("--log-level", default="warning", help="uvicorn log level (default: warning)")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> None:
    """Start the server; on first start print the generated admin key once."""
    args = parse_args(argv)
    config = ServerConfig(
        db_path=args.db,
        admin_key=os.environ.get("PARLEY_ADMIN_KEY") or None,
        token_delay=args.token_delay,
        rate_limit_per_minute=args.rate_limit,
    )
    app = create_app(config)
    url = f"http://{args.host}:{args.port}"
    print(f"Parley reference server on {url} (database {args.db})", flush=True)
    secret = app.state.first_admin_secret
    if secret is not None and config.admin_key is None:
        print(f"Admin API key (shown once, store it): {secret}", flush=True)
        print(f"Try: curl -H 'Authorization: Bearer {secret}' {url}/v1/models", flush=True)
    sys.stdout.flush()
    uvicorn.run(app, host=args.host, port=args.port, log_level=args.log_level, timeout_graceful_shutdown=2)
