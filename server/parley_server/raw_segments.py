"""Route on the path's segments as the client sent them: an encoded slash (`%2F`) stays in its segment.

Starlette routes on `scope["path"]`, which the ASGI server has already percent-decoded, so an id
holding an encoded slash was split in two: `GET /v1/threads/thr_1%2Fitems` answered thr_1's items
instead of "no thread `thr_1/items`", and `POST /v1/threads/thr_1%2Fruns%2Frun_2/cancel` cancelled
run_2. `KeepEncodedSlashes` hands the router, for a path that holds `%2F`, a path whose segments
are decoded one by one and written back with `%` and `/` (only those) still encoded; the router
matches on that, and `decoded_path_params` decodes each path parameter once more. Every other
request goes through untouched. (`{model_id:path}` still takes a model id written with real
slashes, `openrouter/auto`, as well as `openrouter%2Fauto`.)
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from urllib.parse import unquote

from starlette.types import ASGIApp, Receive, Scope, Send

SEGMENTED = "parley.segmented"
"""Set in the scope of a request routed on its encoded segments."""


class KeepEncodedSlashes:
    """ASGI middleware: route a path holding `%2F` on its segments as sent (see the module)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Pass the request on, with the segmented path when its raw path holds an encoded slash."""
        raw = scope.get("raw_path") if scope["type"] == "http" else None
        if raw and b"%2f" in raw.lower():
            scope = {**scope, "path": segmented_path(raw.decode("ascii", "replace")), SEGMENTED: True}
        await self.app(scope, receive, send)


def segmented_path(raw_path: str) -> str:
    """The path with each segment decoded, then `%` and `/` encoded again (so no slash splits a segment)."""
    return "/".join(unquote(segment).replace("%", "%25").replace("/", "%2F") for segment in raw_path.split("/"))


def decoded_path_params(scope: Scope) -> Mapping[str, Any]:
    """The request's path parameters as the client meant them (decoded once more after a segmented route)."""
    params: Mapping[str, Any] = scope.get("path_params", {})
    if scope.get(SEGMENTED):
        return {name: unquote(value) if isinstance(value, str) else value for name, value in params.items()}
    return params
