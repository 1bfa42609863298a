"""The `parley` logger. `PARLEY_LOG=debug` (or `info`) prints its records to stderr.

At debug level every attempt is logged with its method, URL, status, request id, retry count and
time; at info level each retry and each give-up. Headers and bodies are never logged.
"""

from __future__ import annotations

import logging
import os

logger = logging.getLogger("parley")

_configured = False


def configure_from_env() -> None:
    """Apply `PARLEY_LOG` once per process (later clients do nothing)."""
    global _configured
    if _configured:
        return
    _configured = True
    level = os.environ.get("PARLEY_LOG", "").strip().upper()
    if level not in ("DEBUG", "INFO", "WARNING", "ERROR"):
        return
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("[%(asctime)s %(name)s %(levelname)s] %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(level)
