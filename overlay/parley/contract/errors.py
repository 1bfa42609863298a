"""Why the harness could not run (exit code 2), as opposed to a contract failure (exit code 1)."""

from __future__ import annotations

EXIT_PASSED = 0
"""Every selected operation and flow passed (some may be skipped)."""

EXIT_FAILED = 1
"""The server broke the contract: at least one operation or flow failed."""

EXIT_CANNOT_RUN = 2
"""The harness could not run: bad spec or options, server unreachable, a key refused."""


class HarnessError(Exception):
    """The harness cannot run; the message says why and what to fix (exit code 2)."""
