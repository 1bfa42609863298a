"""Cursor pages (`limit`, `after`, `order` → `data`, `has_more`, `after`) over a table keyed by `id`.

Ids sort in creation order (see `ids.new_id`), so `after` is a position in that order: any string
is a valid cursor, and the cursor of a deleted item still works.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from parley_server.database import Database, Row


def cursor_page(
    db: Database,
    *,
    table: str,
    where: str,
    args: Sequence[Any],
    params: dict[str, Any],
    render: Callable[[Row], dict[str, Any]],
) -> dict[str, Any]:
    """Return one page of `table` rows matching `where`, as a cursor page.

    `params` holds the validated `limit`, `after` and `order` (defaults applied).
    """
    limit: int = params["limit"]
    descending = params["order"] == "desc"
    clauses, values = [where], list(args)
    after = params.get("after")
    if after is not None:
        clauses.append("id < ?" if descending else "id > ?")
        values.append(after)
    order = "DESC" if descending else "ASC"
    rows = db.all(
        f"SELECT * FROM {table} WHERE {' AND '.join(clauses)} ORDER BY id {order} LIMIT ?", [*values, limit + 1]
    )
    page = rows[:limit]
    return {"data": [render(r) for r in page], "has_more": len(rows) > limit, "after": page[-1]["id"] if page else None}
