"""Every operation module has a public `request_kwargs`: the request its `sync_detailed` sends.

tools/templates/endpoint_module.py.jinja renames the generator's private `_get_kwargs` to
`request_kwargs` (documented) and keeps `_get_kwargs` as the same function, which the generated
`sync`/`asyncio` functions call. Here each operation's builder is called with the arguments the
spec gives it (path parameters, required query parameters, the request body's example) and its
request is checked against the spec's method and path and against what `sync_detailed` sends.
"""

from __future__ import annotations

import io
import re
from typing import Any
from urllib.parse import quote

import httpx
import parley_client.models as models
import pytest
from parley_client import Client
from parley_client.types import File

from tests.spec_model import Operation, Spec

from .spec_data import SPEC, full_value
from .test_generated_client import generated_operation_modules

MODULES = generated_operation_modules()
OPERATIONS = SPEC.operations


def arguments(spec: Spec, op: Operation, module: Any) -> dict[str, Any]:
    """Arguments for the operation's builder: every path parameter, the required ones, a body."""
    args: dict[str, Any] = {}
    for parameter in [*op.path_parameters, *spec.parameters(op)]:
        if parameter["in"] == "path":
            args[parameter["name"]] = f"{parameter['name']} /1"  # a value that needs quoting
        elif parameter.get("required"):
            value = parameter.get("example", full_value(parameter["schema"], 0))
            args[parameter["name"].lower().replace("-", "_")] = value
    body = op.raw.get("requestBody")
    if body is not None:
        (media_type, media), *_ = spec.resolve(body)["content"].items()
        name = media["schema"]["$ref"].rsplit("/", 1)[1]
        example = media.get("example", full_value(media["schema"], 0))
        if media_type == "multipart/form-data":
            example = {**example, "file": b"%PDF-1.7"}
        args["body"] = getattr(models, name).from_dict(example)
        if media_type == "multipart/form-data":
            args["body"].file = File(payload=io.BytesIO(b"%PDF-1.7"), file_name="a.pdf", mime_type="application/pdf")
    return args


@pytest.mark.parametrize("op", OPERATIONS, ids=lambda op: op.operation_id)
def test_request_kwargs_is_the_documented_public_name_of_get_kwargs(op: Operation) -> None:
    module = MODULES[op.operation_id]
    assert module._get_kwargs is module.request_kwargs
    assert f"The request of `{op.operation_id}` ({op.method.upper()} {op.path})" in module.request_kwargs.__doc__


@pytest.mark.parametrize("op", OPERATIONS, ids=lambda op: op.operation_id)
def test_request_kwargs_builds_the_spec_operation_and_sync_detailed_sends_it(spec: Spec, op: Operation) -> None:
    module = MODULES[op.operation_id]
    args = arguments(spec, op, module)
    kwargs = module.request_kwargs(**args)
    assert kwargs["method"] == op.method
    expected_path = re.sub(r"\{(\w+)\}", lambda m: quote(str(args[m.group(1)]), safe=""), op.path)
    assert kwargs["url"] == expected_path

    sent: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(418)  # undocumented everywhere: sync_detailed answers None

    client = Client(base_url="http://parley.test", httpx_args={"transport": httpx.MockTransport(answer)})
    module.sync_detailed(**arguments(spec, op, module), client=client)
    built = httpx.Client(base_url="http://parley.test").build_request(**module.request_kwargs(**arguments(spec, op, module)))
    (request,) = sent
    assert (request.method, str(request.url)) == (built.method, str(built.url))
    assert request.read() == built.read()
    for name in ("content-type", "idempotency-key", "last-event-id"):
        assert request.headers.get(name) == built.headers.get(name), name


JSON_BODIES = [op for op in OPERATIONS if "application/json" in (op.raw.get("requestBody") or {}).get("content", {})]


@pytest.mark.parametrize("op", JSON_BODIES, ids=lambda op: op.operation_id)
def test_a_json_body_is_the_model_or_the_json_object_sent_as_it_is(spec: Spec, op: Operation) -> None:
    module = MODULES[op.operation_id]
    args = arguments(spec, op, module)
    as_model = module.request_kwargs(**args)
    given = {**as_model["json"], "not_in_the_spec": [1, {"x": None}]}
    as_object = module.request_kwargs(**{**args, "body": given})
    assert as_object["json"] == given and as_object["json"] is not given  # a copy, unknown keys kept
    assert {k: v for k, v in as_object.items() if k != "json"} == {k: v for k, v in as_model.items() if k != "json"}
    assert "the JSON object itself" in module.request_kwargs.__doc__


def test_the_json_bodies_are_found() -> None:
    assert {"create_chat_completion", "chat_thread", "create_thread"} <= {op.operation_id for op in JSON_BODIES}
