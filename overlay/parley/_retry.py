"""When to retry a request, and how long to wait first.

Retried: connection errors and timeouts, 408, 429, every 5xx, and a 409 only when the error
envelope's `code` names a *transient* conflict (`TRANSIENT_CONFLICT_CODES`). Never retried: every
other 4xx. In particular none of the 409 codes the contract defines today is transient:
`run_active` (a run may last minutes; the caller should cancel or wait for it),
`thread_locked` / `thread_closed` (a status someone set on purpose), `idempotency_key_reused`,
`no_active_run`, `not_a_user_message`, `workspace_ended`, `draft_not_pending`, `admin_exists`,
`cannot_remove_self` and `cannot_revoke_self` all describe a state that retrying cannot change.

The wait before retry `n` (0-based) is `min(0.5 * 2**n, 8)` seconds minus up to 25 % jitter,
unless the answer says how long to wait: `retry-after-ms` (milliseconds) or `Retry-After`
(seconds, or an HTTP date). Such a wait is honoured up to `MAX_RETRY_AFTER` (60 s); a longer
one is not waited for: the error is raised at once, so the caller decides.
"""

from __future__ import annotations

import random
import time

import httpx

INITIAL_RETRY_DELAY = 0.5
MAX_RETRY_DELAY = 8.0
MAX_RETRY_AFTER = 60.0

TRANSIENT_CONFLICT_CODES: frozenset[str] = frozenset({"lock_timeout", "idempotency_key_in_progress"})
"""409 codes that mean "a lock is held for a moment; the same request will succeed shortly".

Not in the contract yet (see the module docstring); a server that adds them gets retries at once.
"""


def sleep(seconds: float) -> None:
    """Wait before a retry (a module function so tests can replace it)."""
    time.sleep(seconds)


async def async_sleep(seconds: float) -> None:
    """Wait before a retry, without blocking the event loop (replaceable like `sleep`)."""
    import asyncio

    await asyncio.sleep(seconds)


def backoff_delay(retries_taken: int, rand: float | None = None) -> float:
    """The exponential backoff before retry number `retries_taken` (0-based), with jitter."""
    jitter = random.random() if rand is None else rand
    return min(INITIAL_RETRY_DELAY * 2.0**retries_taken, MAX_RETRY_DELAY) * (1.0 - 0.25 * jitter)


def retry_after_delay(headers: httpx.Headers, now: float | None = None) -> float | None:
    """The wait the server asked for, in seconds, or None when it did not say (or said nonsense)."""
    millis = headers.get("retry-after-ms")
    if millis is not None:
        try:
            return max(float(millis) / 1000.0, 0.0)
        except ValueError:
            pass
    value = headers.get("retry-after")
    if value is None:
        return None
    try:
        return max(float(value), 0.0)
    except ValueError:
        pass
    from email.utils import parsedate_to_datetime

    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return max(when.timestamp() - (time.time() if now is None else now), 0.0)


def is_retryable_status(status_code: int, error_code: str | None) -> bool:
    """Whether an answer with this status (and envelope `code`) is worth another attempt."""
    if status_code in (408, 429) or status_code >= 500:
        return True
    return status_code == 409 and error_code in TRANSIENT_CONFLICT_CODES


def response_retry_delay(response: httpx.Response, retries_taken: int, max_retries: int) -> float | None:
    """Seconds to wait before retrying this non-2xx answer, or None to raise it now."""
    if retries_taken >= max_retries or not is_retryable_status(response.status_code, _error_code(response)):
        return None
    asked = retry_after_delay(response.headers)
    if asked is None:
        return backoff_delay(retries_taken)
    return asked if asked <= MAX_RETRY_AFTER else None


def _error_code(response: httpx.Response) -> str | None:
    if response.status_code != 409:
        return None
    try:
        code = response.json()["error"]["code"]
    except (ValueError, KeyError, TypeError):
        return None
    return code if isinstance(code, str) else None
