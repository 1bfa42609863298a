"""Every path parameter goes into the URL as exactly one segment, or is refused before anything is sent.

Found by feeding ids as a web app would pass them on from its users: `get_thread("..")` sent
`GET /v1`, `delete_thread(".")` sent `DELETE /v1/threads`, `chat_thread("..", ...)` sent
`POST /v1/chat`, because `.` and `..` are unreserved (`quote` leaves them) and httpx, like every URL
parser, resolves them as dot segments; `""` sent `GET /v1/threads/`; `None` was sent as the id
`"None"`. The generated `request_kwargs` (tools/templates/endpoint_module.py.jinja) now builds every
path parameter with `parley_client._paths.path_segment` (tools/modules/_paths.py). Checked here for
every operation of the spec, for every one of its path parameters, and as a property of any string
through httpx's own URL parser (which this project did not write).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import unquote

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st
from parley_client._paths import path_segment

from tests.spec_model import Operation

from .spec_data import SPEC
from .test_generated_client import generated_operation_modules
from .test_request_kwargs import arguments

MODULES = generated_operation_modules()


def path_names(op: Operation) -> list[str]:
    """The operation's path parameters (of its path item and its own), in the order of its path."""
    names = {p["name"] for p in [*op.path_parameters, *SPEC.parameters(op)] if p["in"] == "path"}
    return [part[1:-1] for part in op.path.split("/") if part[1:-1] in names]


WITH_PATH = [op for op in SPEC.operations if path_names(op)]
CASES = [(op, name) for op in WITH_PATH for name in path_names(op)]


def test_the_spec_has_operations_with_path_parameters() -> None:
    assert (len(WITH_PATH), len(CASES)) == (32, 37)  # the 32 operations `make generate` changed


@pytest.mark.parametrize(("op", "name"), CASES, ids=[f"{op.operation_id}-{name}" for op, name in CASES])
@pytest.mark.parametrize("bad", ["", ".", ".."])
def test_an_id_that_is_no_segment_is_refused_naming_the_parameter(op: Operation, name: str, bad: str) -> None:
    args = arguments(SPEC, op, MODULES[op.operation_id])
    args[name] = bad
    with pytest.raises(ValueError, match=rf"^{name} must be a non-empty id, got "):
        MODULES[op.operation_id].request_kwargs(**args)


@pytest.mark.parametrize(("op", "name"), CASES, ids=[f"{op.operation_id}-{name}" for op, name in CASES])
def test_an_id_that_is_not_a_string_is_refused_naming_the_parameter(op: Operation, name: str) -> None:
    args = arguments(SPEC, op, MODULES[op.operation_id])
    args[name] = None
    with pytest.raises(TypeError, match=rf"^{name} must be a string, not NoneType \(None\)$"):
        MODULES[op.operation_id].request_kwargs(**args)


@pytest.mark.parametrize("op", WITH_PATH, ids=lambda op: op.operation_id)
def test_hostile_ids_stay_inside_their_segment(op: Operation) -> None:
    args: dict[str, Any] = arguments(SPEC, op, MODULES[op.operation_id])
    hostile = ["../admin", "a/b", "?q=1", "#top", "%2F", "..%2F", "é x", "\u202e", "...", " "]
    for value in hostile:
        for name in path_names(op):
            args[name] = value
        url = httpx.URL("http://h" + MODULES[op.operation_id].request_kwargs(**args)["url"])
        template = op.path.split("/")
        segments = url.raw_path.decode("ascii").split("/")
        assert len(segments) == len(template), (value, url)
        for part, segment in zip(template, segments, strict=True):
            assert unquote(segment) == (value if part.startswith("{") else part), (value, url)


@given(st.text(min_size=1).filter(lambda value: value not in (".", "..")))
def test_any_other_string_is_one_segment_that_decodes_back_to_itself(value: str) -> None:
    url = httpx.URL("http://h/v1/threads/" + path_segment(value, "thread_id") + "/items")
    segments = url.raw_path.decode("ascii").split("/")
    assert segments[:3] == ["", "v1", "threads"] and segments[4] == "items" and len(segments) == 5
    assert unquote(segments[3], errors="surrogatepass") == value
