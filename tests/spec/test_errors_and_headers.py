"""Error envelopes and headers: every status an operation can return is declared, the same way."""

from __future__ import annotations

from tests.spec_model import Spec

ERROR_RESPONSES = {
    "400": "BadRequest",
    "401": "Unauthorized",
    "403": "Forbidden",
    "404": "NotFound",
    "408": "RequestTimeout",
    "409": "Conflict",
    "413": "PayloadTooLarge",
    "422": "UnprocessableEntity",
    "429": "RateLimited",
    "500": "InternalError",
    "503": "ServiceUnavailable",
}


def test_error_responses_are_the_shared_components(spec: Spec) -> None:
    for op in spec.operations:
        for status, response in op.raw["responses"].items():
            if status.startswith(("4", "5")):
                assert response == {"$ref": f"#/components/responses/{ERROR_RESPONSES[status]}"}, f"{op} {status}"


def test_shared_error_responses_carry_the_envelope(spec: Spec) -> None:
    responses = spec.doc["components"]["responses"]
    assert set(responses) == set(ERROR_RESPONSES.values())
    for name, response in responses.items():
        assert response["content"]["application/json"]["schema"] == {"$ref": "#/components/schemas/ErrorResponse"}, name
    assert "Retry-After" in responses["RateLimited"]["headers"]
    assert "Retry-After" in responses["ServiceUnavailable"]["headers"]
    envelope = spec.schemas()["ErrorObject"]
    assert set(envelope["properties"]) == {"type", "message", "code", "param", "request_id"}
    assert set(envelope["required"]) == {"type", "message", "request_id"}


def test_each_operation_declares_the_errors_it_can_return(spec: Spec) -> None:
    for op in spec.operations:
        statuses = set(op.raw["responses"])
        public = op.raw.get("security") == []
        assert {"429", "500"} <= statuses, op
        assert public or "401" in statuses, f"{op}: 401"
        if any(p["in"] == "path" for p in spec.parameters(op)):
            assert "404" in statuses, f"{op}: has a path parameter, so 404"
        if "requestBody" in op.raw:
            assert "400" in statuses, f"{op}: has a body, so 400"
            assert {"408", "413"} <= statuses, f"{op}: has a body, so 408 (too slow) and 413 (too large)"
        assert public or "503" in statuses, f"{op}: reaches the database, so 503 when it stays busy"
        if op.method == "post":
            assert "409" in statuses, f"{op}: POST, so 409 for a reused Idempotency-Key"
        if op.raw["tags"] == ["admin"]:
            assert "403" in statuses, f"{op}: admin only, so 403"
        if any(p.get("schema", {}).get("maximum") is not None for p in spec.parameters(op)):
            assert "400" in statuses, f"{op}: constrained parameters, so 400"


def test_every_response_carries_x_request_id(spec: Spec) -> None:
    for op in spec.operations:
        for status, response in spec.responses(op).items():
            header = response.get("headers", {}).get("X-Request-Id")
            assert header == {"$ref": "#/components/headers/XRequestId"}, f"{op} {status}"
    assert spec.doc["components"]["headers"]["XRequestId"]["required"] is True
