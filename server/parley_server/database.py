"""SQLite storage: one WAL-mode connection, explicit transactions, tables declared by each store module.

The server runs on one asyncio loop, and every store function is synchronous: a transaction never
spans an `await`, so two requests can never interleave inside one. A transaction either commits
whole or leaves nothing behind, also when the process is killed mid-way (SQLite's journal).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

Row = sqlite3.Row


class Database:
    """The server's SQLite database file, opened in WAL mode."""

    def __init__(self, path: Path, schema: Iterable[str]) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        self._conn.row_factory = sqlite3.Row
        self._conn.execute("PRAGMA journal_mode=WAL")
        self._conn.execute("PRAGMA synchronous=NORMAL")
        self._conn.execute("PRAGMA foreign_keys=ON")
        self._conn.execute("PRAGMA busy_timeout=5000")
        self._depth = 0
        with self.transaction():
            for ddl in schema:
                self._execute_script(ddl)

    def _execute_script(self, ddl: str) -> None:
        # executescript() would COMMIT the open transaction; run the statements one by one instead.
        for statement in ddl.split(";"):
            if statement.strip():
                self._conn.execute(statement)

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Run the block as one transaction (nested blocks join the outer one)."""
        if self._depth:
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        self._conn.execute("BEGIN IMMEDIATE")
        self._depth = 1
        try:
            yield
        except BaseException:
            self._conn.execute("ROLLBACK")
            raise
        else:
            self._conn.execute("COMMIT")
        finally:
            self._depth = 0

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
        """Close the connection (pending WAL pages are checkpointed by SQLite)."""
        self._conn.close()


def to_json(value: Any) -> str:
    """Serialise a JSON column value compactly."""
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False)


def from_json(text: str | None) -> Any:
    """Read a JSON column value (`None` stays `None`)."""
    return None if text is None else json.loads(text)
