"""SQLite storage, never on the event loop: one writer thread, a few reader threads, WAL mode.

Every write runs on the single writer thread, one transaction at a time (`BEGIN IMMEDIATE`), so two
requests can never interleave inside one and the order of writes is the order they were asked for.
Reads run on reader threads in read-only transactions and see every committed write; in WAL mode
they are never blocked by a writer, also not by another process holding the write lock.

When another process holds the write lock, a write waits (SQLite's busy handler) and retries until
its deadline, then raises `Unavailable` (a 503 with `Retry-After`): contention is never an error of
the request. Work that must wait for the commit (starting a run's task, telling streams that a key
was revoked) is registered with `after_commit` and runs on the event loop once the transaction has
committed, never when it rolled back.

Store functions are synchronous and call `execute`/`one`/`all`/`scalar`, which use the connection of
the thread they run on; called from any other thread (the event loop) they raise.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import math
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from parley_server.errors import Unavailable

Row = sqlite3.Row
T = TypeVar("T")

SCHEMA_VERSION = 2
"""`PRAGMA user_version` of this server's schema; older files are migrated at start (see `_migrate`)."""

_READERS = 4
_RETRY_PAUSE = 0.05


@dataclass
class _Transaction:
    callbacks: list[Callable[[], None]] = field(default_factory=list)
    scrub: bool = False


def _is_busy(exc: BaseException) -> bool:
    if not isinstance(exc, sqlite3.OperationalError):
        return False
    message = str(exc)
    return "locked" in message or "busy" in message


class Database:
    """The server's SQLite database file and the threads that use it."""

    def __init__(
        self,
        path: Path,
        schema: Iterable[str],
        *,
        busy_timeout: float = 5.0,
        migrations: Sequence[Callable[[Database, int], None]] = (),
    ) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self.busy_timeout = busy_timeout
        self._local = threading.local()
        self._connections: list[sqlite3.Connection] = []
        self._lock = threading.Lock()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._writer = ThreadPoolExecutor(1, "parley-db-write", initializer=self._open, initargs=(True,))
        self._readers = ThreadPoolExecutor(_READERS, "parley-db-read", initializer=self._open, initargs=(False,))
        statements = list(schema)
        self.call_now(lambda: self._create(statements, migrations))

    # -- connections ------------------------------------------------------------------------------

    def _open(self, writer: bool) -> None:
        conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        conn.row_factory = sqlite3.Row
        conn.execute(f"PRAGMA busy_timeout={int(self.busy_timeout * 1000)}")
        conn.execute("PRAGMA foreign_keys=ON")
        if writer:
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            # Deleted content is overwritten, so a deleted thread or session leaves no bytes behind.
            conn.execute("PRAGMA secure_delete=ON")
        else:
            conn.execute("PRAGMA query_only=ON")
        with self._lock:
            self._connections.append(conn)
        self._local.conn = conn
        self._local.tx = None

    @property
    def _conn(self) -> sqlite3.Connection:
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is None:
            raise RuntimeError("the database was used outside its threads (the event loop never touches SQLite)")
        return conn

    def _create(self, statements: list[str], migrations: Sequence[Callable[[Database, int], None]]) -> None:
        version: int = self.scalar("PRAGMA user_version")
        for ddl in statements:
            # executescript() would COMMIT the open transaction; run the statements one by one instead.
            for statement in ddl.split(";"):
                if statement.strip():
                    self._conn.execute(statement)
        if version < SCHEMA_VERSION:
            for migrate in migrations:
                migrate(self, version)
            self._conn.execute(f"PRAGMA user_version={SCHEMA_VERSION}")

    # -- running work -----------------------------------------------------------------------------

    def bind(self, loop: asyncio.AbstractEventLoop) -> None:
        """Run `after_commit` callbacks on `loop` from now on (the server's event loop)."""
        self._loop = loop

    async def write(self, work: Callable[[], T], *, timeout: float | None = None) -> T:
        """Run `work` in one write transaction on the writer thread and return its result.

        Raises `Unavailable` when the database stays locked by another process for `timeout` seconds
        (default: the busy timeout), counted from this call, queueing included.
        """
        deadline = time.monotonic() + (self.busy_timeout if timeout is None else timeout)
        return await asyncio.wrap_future(self._writer.submit(self._write_now, work, deadline))

    async def read(self, work: Callable[[], T]) -> T:
        """Run `work` in one read-only transaction on a reader thread (a consistent snapshot)."""
        deadline = time.monotonic() + self.busy_timeout
        return await asyncio.wrap_future(self._readers.submit(self._read_now, work, deadline))

    def call_now(self, work: Callable[[], T]) -> T:
        """Run `work` in a write transaction and wait for it here (start-up, before the event loop runs)."""
        return self._writer.submit(self._write_now, work, time.monotonic() + self.busy_timeout).result()

    def _write_now(self, work: Callable[[], T], deadline: float) -> T:
        conn = self._conn
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise _busy()
            conn.execute(f"PRAGMA busy_timeout={max(1, int(remaining * 1000))}")
            transaction = _Transaction()
            try:
                conn.execute("BEGIN IMMEDIATE")
            except sqlite3.OperationalError as exc:
                if _is_busy(exc):
                    continue
                raise
            self._local.tx = transaction
            try:
                result = work()
                conn.execute("COMMIT")
            except BaseException as exc:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                if _is_busy(exc) and deadline - time.monotonic() > _RETRY_PAUSE:
                    time.sleep(_RETRY_PAUSE)
                    continue
                if _is_busy(exc):
                    raise _busy() from None
                raise
            finally:
                self._local.tx = None
            if transaction.scrub:
                self._checkpoint()
            for callback in transaction.callbacks:
                self._after(callback)
            return result

    def _read_now(self, work: Callable[[], T], deadline: float) -> T:
        conn = self._conn
        while True:
            try:
                conn.execute("BEGIN")
                try:
                    return work()
                finally:
                    conn.execute("COMMIT")
            except sqlite3.OperationalError as exc:
                if not _is_busy(exc):
                    raise
                if deadline - time.monotonic() <= _RETRY_PAUSE:
                    raise _busy() from None
                time.sleep(_RETRY_PAUSE)

    def _after(self, callback: Callable[[], None]) -> None:
        if self._loop is None or self._loop.is_closed():
            callback()
        else:
            self._loop.call_soon_threadsafe(callback)

    def _checkpoint(self) -> None:
        """Fold the WAL into the database and empty it, so deleted content leaves the WAL file too."""
        with contextlib.suppress(sqlite3.OperationalError):  # readers in the way: the next checkpoint folds it
            self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    # -- inside a transaction ---------------------------------------------------------------------

    def after_commit(self, callback: Callable[[], None]) -> None:
        """Run `callback` on the event loop once the current write transaction has committed."""
        transaction: _Transaction | None = getattr(self._local, "tx", None)
        if transaction is None:
            raise RuntimeError("after_commit outside a write transaction")
        transaction.callbacks.append(callback)

    def scrub_after_commit(self) -> None:
        """Empty the WAL file after the current transaction commits (it deleted content that must leave no trace)."""
        transaction: _Transaction | None = getattr(self._local, "tx", None)
        if transaction is None:
            raise RuntimeError("scrub_after_commit outside a write transaction")
        transaction.scrub = True

    def execute(self, sql: str, params: Sequence[Any] = ()) -> int:
        """Run one write statement and return how many rows it changed."""
        return self._conn.execute(sql, params).rowcount

    def one(self, sql: str, params: Sequence[Any] = ()) -> Row | None:
        """Return the first row of a query, or `None`."""
        row: Row | None = self._conn.execute(sql, params).fetchone()
        return row

    def all(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        """Return every row of a query."""
        return self._conn.execute(sql, params).fetchall()

    def scalar(self, sql: str, params: Sequence[Any] = ()) -> Any:
        """Return the first column of the first row (`None` when there is no row)."""
        row = self.one(sql, params)
        return None if row is None else row[0]

    def close(self) -> None:
        """Stop the database threads and close every connection (pending WAL pages are checkpointed)."""
        self._writer.shutdown(wait=True)
        self._readers.shutdown(wait=True)
        with self._lock:
            for conn in self._connections:
                conn.close()
            self._connections.clear()


def _busy() -> Unavailable:
    return Unavailable(
        "database_busy",
        "The database is busy (another process holds its write lock); nothing was changed. Retry shortly.",
        retry_after=1,
    )


def to_json(value: Any) -> str:
    """Serialise a JSON column value compactly (a non-finite number is a bug: JSON cannot hold it)."""
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False, allow_nan=False)


def _finite(value: Any) -> Any:
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


def from_json(text: str | None) -> Any:
    """Read a JSON column value (`None` stays `None`; a non-finite number an older server stored reads as `None`)."""
    if text is None:
        return None
    return json.loads(text, parse_constant=lambda _: None, parse_float=lambda literal: _finite(float(literal)))
