"""Header names and values as HTTP allows them, checked where the caller hands them over.

A header the caller gives (`default_headers`, `headers=` or what its function answers, a call's
`extra_headers`, the API key behind `Authorization`) must have a token for a name and ASCII text
without control characters for a value. Unchecked, httpx fails deep inside the request with a
`UnicodeEncodeError` that names nothing, or h11 refuses the value with a message that quotes it
whole, API key included. Here the error names the header and where it came from, never its value.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

_NAME = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")
_VALUE = re.compile(r"[\t\x20-\x7e]*")
_BAD_CHAR = re.compile(r"[^\t\x20-\x7e]")
_KEY = re.compile(r"[\x21-\x7e]*")
_BAD_KEY_CHAR = re.compile(r"[^\x21-\x7e]")


def checked_headers(headers: Mapping[str, Any], where: str) -> dict[str, str]:
    """`headers` with lower-case names; `TypeError`/`ValueError` naming the first bad one and `where` it came from."""
    checked: dict[str, str] = {}
    for name, value in headers.items():
        if not isinstance(name, str) or not _NAME.fullmatch(name):
            raise ValueError(f"{where}: {name!r} is not a header name (letters, digits and !#$%&'*+-.^_`|~ only)")
        if not isinstance(value, str):
            raise TypeError(f"{where}: the value of header {name!r} must be a str, not {type(value).__name__}")
        if not _VALUE.fullmatch(value):
            raise ValueError(f"{where}: the value of header {name!r} {_what_is_wrong(value)}")
        checked[name.lower()] = value
    return checked


def check_api_key(api_key: str, where: str = "api_key") -> str:
    """`api_key`, or `TypeError`/`ValueError` naming `where` when it cannot be sent as `Authorization: Bearer …`."""
    if not isinstance(api_key, str):
        raise TypeError(f"{where} must be a str, not {type(api_key).__name__}")
    if not _KEY.fullmatch(api_key):
        raise ValueError(f"{where} {_what_is_wrong(api_key, spaces=True)}")
    return api_key


def _what_is_wrong(value: str, *, spaces: bool = False) -> str:
    found = (_BAD_KEY_CHAR if spaces else _BAD_CHAR).search(value)
    assert found is not None
    allowed = "printable ASCII without spaces" if spaces else "ASCII text without control characters"
    return f"must be {allowed} (it is sent as a header); it has {found[0]!r} at position {found.start()}"
