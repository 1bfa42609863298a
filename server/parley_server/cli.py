"""`parley-server`: run the reference server with uvicorn, within its limits."""

from __future__ import annotations

import argparse
import contextlib
import os
import resource
import sys
from collections.abc import Sequence
from pathlib import Path

import uvicorn

from parley_server.app import create_app
from parley_server.config import ConfigError, ServerConfig
from parley_server.connection_guard import guarded_protocol

_DEFAULTS = ServerConfig(db_path=Path("parley.db"))


def _limit(parser: argparse._ActionsContainer, option: str, kind: type, help_text: str, default: object) -> None:
    parser.add_argument(option, type=kind, default=default, metavar="N", help=f"{help_text} (default: {default})")


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """Read the command line (see `parley-server --help`)."""
    parser = argparse.ArgumentParser(
        prog="parley-server",
        description="Run Parley's reference server: every operation of openapi.yaml, on SQLite. "
        "The admin key comes from $PARLEY_ADMIN_KEY (at least 32 characters; changing it revokes the old one), "
        "or is generated and printed once on first start.",
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
        default=_DEFAULTS.token_delay,
        help="seconds between streamed tokens of the built-in models; no answer is paced over more than 2 s; "
        f"0 for load tests (default: {_DEFAULTS.token_delay})",
    )
    parser.add_argument(
        "--rate-limit",
        type=int,
        default=None,
        metavar="N",
        help="requests per minute per API key before 429 (default: no limit)",
    )
    limits = parser.add_argument_group("limits (checked before any work is done for a request)")
    _limit(limits, "--max-body-bytes", int, "largest JSON request body, else 413", _DEFAULTS.max_body_bytes)
    _limit(limits, "--max-upload-bytes", int, "largest uploaded file, else 413", _DEFAULTS.max_upload_bytes)
    _limit(limits, "--max-json-depth", int, "deepest nesting of a JSON body, else 400", _DEFAULTS.max_json_depth)
    _limit(limits, "--max-messages", int, "most messages in one request, else 400", _DEFAULTS.max_messages)
    _limit(
        limits,
        "--max-tokens-per-request",
        int,
        "largest n * max_tokens of one request, else 400",
        _DEFAULTS.max_tokens_per_request,
    )
    _limit(limits, "--max-streams", int, "most event streams open at once, else 429", _DEFAULTS.max_streams)
    _limit(
        limits,
        "--max-streams-per-key",
        int,
        "most open event streams per API key, else 429",
        _DEFAULTS.max_streams_per_key,
    )
    timeouts = parser.add_argument_group("timeouts (seconds)")
    _limit(
        timeouts,
        "--header-timeout",
        float,
        "close a connection whose request headers take longer",
        _DEFAULTS.header_timeout,
    )
    _limit(timeouts, "--body-timeout", float, "answer 408 to a request body that takes longer", _DEFAULTS.body_timeout)
    _limit(timeouts, "--keep-alive-timeout", float, "close a connection idle for longer", _DEFAULTS.keep_alive_timeout)
    _limit(
        timeouts,
        "--db-busy-timeout",
        float,
        "wait this long for a database another process locks, then 503",
        _DEFAULTS.db_busy_timeout,
    )
    _limit(
        timeouts,
        "--idempotency-ttl",
        int,
        "replay (and keep) idempotent answers this long",
        _DEFAULTS.idempotency_ttl_seconds,
    )
    parser.add_argument("--log-level", default="warning", help="uvicorn log level (default: warning)")
    return parser.parse_args(argv)


def config_from(args: argparse.Namespace, admin_key: str | None) -> ServerConfig:
    """The server's settings from the command line and the admin key."""
    return ServerConfig(
        db_path=args.db,
        admin_key=admin_key,
        token_delay=args.token_delay,
        rate_limit_per_minute=args.rate_limit,
        max_upload_bytes=args.max_upload_bytes,
        max_body_bytes=args.max_body_bytes,
        max_json_depth=args.max_json_depth,
        max_messages=args.max_messages,
        max_tokens_per_request=args.max_tokens_per_request,
        max_streams=args.max_streams,
        max_streams_per_key=args.max_streams_per_key,
        header_timeout=args.header_timeout,
        body_timeout=args.body_timeout,
        keep_alive_timeout=args.keep_alive_timeout,
        db_busy_timeout=args.db_busy_timeout,
        idempotency_ttl_seconds=args.idempotency_ttl,
    )


def _raise_file_limit() -> None:
    """Allow as many open connections as the system lets this process have (the soft limit is often 1,024)."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if hard == resource.RLIM_INFINITY or soft < hard:
        with contextlib.suppress(ValueError, OSError):
            resource.setrlimit(resource.RLIMIT_NOFILE, (hard if hard != resource.RLIM_INFINITY else 65536, hard))


def main(argv: Sequence[str] | None = None) -> None:
    """Start the server; on first start print the generated admin key once."""
    args = parse_args(argv)
    config = config_from(args, os.environ.get("PARLEY_ADMIN_KEY") or None)
    try:
        config.validate()
    except ConfigError as exc:
        print(f"parley-server: {exc}", file=sys.stderr)
        raise SystemExit(2) from None
    _raise_file_limit()
    app = create_app(config)
    url = f"http://{args.host}:{args.port}"
    print(f"Parley reference server on {url} (database {args.db})", flush=True)
    secret = app.state.first_admin_secret
    if secret is not None and config.admin_key is None:
        print(f"Admin API key (shown once, store it): {secret}", flush=True)
        print(f"Try: curl -H 'Authorization: Bearer {secret}' {url}/v1/models", flush=True)
    sys.stdout.flush()
    server = uvicorn.Server(
        uvicorn.Config(
            app,
            host=args.host,
            port=args.port,
            log_level=args.log_level,
            http=guarded_protocol(config.header_timeout),
            timeout_keep_alive=max(1, round(config.keep_alive_timeout)),
            timeout_graceful_shutdown=2,
        )
    )
    server.run()
