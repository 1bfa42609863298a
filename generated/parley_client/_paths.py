"""`path_segment`: one path parameter, checked and percent-encoded as exactly one segment of the URL.

(Written into the generated package as `parley_client/_paths.py` by tools/add_modules.py; every
operation's `request_kwargs` builds its URL with it.)

Every character of the value is percent-encoded but the unreserved ones, so `a/b`, `?`, `#` and `%`
stay inside the segment. Three values cannot name one resource and are refused: `""`
(`/v1/threads/` is another endpoint), and `.` and `..`, which are not encoded (they are unreserved)
and which httpx, like every URL parser, resolves as dot segments: `get_thread("..")` would send
`GET /v1`, `delete_session(".")` `DELETE /v1/sessions`. A value that is not a `str` is refused too
(`None` would otherwise be sent as the id `"None"`).
"""

from __future__ import annotations

from urllib.parse import quote

__all__ = ["path_segment"]

_NOT_IDS = ("", ".", "..")


def path_segment(value: str, name: str) -> str:
    """`value` percent-encoded as one path segment; `TypeError`/`ValueError` naming `name` when it cannot be one."""
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a string, not {type(value).__name__} ({value!r})")
    if value in _NOT_IDS:
        what = (
            "an empty string" if not value else f"{value!r}, a dot segment that would send the request to another path"
        )
        raise ValueError(f"{name} must be a non-empty id, got {what}")
    return quote(value, safe="")
