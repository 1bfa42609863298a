"""The model catalogue through HTTP: list, get, and what completions do with unknown and provider models."""

from __future__ import annotations

from collections.abc import Callable

import httpx

ECHO = {
    "id": "echo-1",
    "object": "model",
    "created": 1767225600,
    "owned_by": "parley",
    "provider": "parley",
    "context_length": 8192,
    "capabilities": ["chat", "streaming"],
    "description": "Answers with the last user message.",
    "available": True,
}


def test_list_models_has_the_builtins_first_then_unavailable_provider_models(admin: httpx.Client) -> None:
    response = admin.get("/v1/models")
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["object"] == "list"
    models = body["data"]
    assert [m["id"] for m in models[:3]] == ["echo-1", "lorem-1", "tools-1"]
    assert models[0] == ECHO
    assert models[2]["capabilities"] == ["chat", "streaming", "tools"]
    assert all(m["available"] and m["provider"] == "parley" for m in models[:3])
    providers = {m["provider"] for m in models[3:]}
    assert {"openai", "anthropic", "groq", "gemini", "mistral", "xai", "together", "openrouter"} <= providers
    assert not any(m["available"] for m in models[3:])
    assert len({m["id"] for m in models}) == len(models)
    gpt = next(m for m in models if m["id"] == "gpt-4o")
    assert gpt["owned_by"] == "openai"
    assert gpt["context_length"] == 128000
    assert gpt["description"] == "OpenAI GPT-4o (needs an upstream)."


def test_get_model_answers_the_catalogue_entry(new_user: Callable[[], httpx.Client]) -> None:
    user = new_user()
    assert user.get("/v1/models/echo-1").json() == ECHO
    assert user.get("/v1/models/claude-3-haiku").json()["provider"] == "anthropic"


def test_get_model_with_a_slash_in_its_id(admin: httpx.Client) -> None:
    response = admin.get("/v1/models/openrouter%2Fauto")
    assert response.status_code == 200, response.text
    assert response.json()["id"] == "openrouter/auto"
    assert response.json()["context_length"] is None


def test_unknown_model_is_404(admin: httpx.Client) -> None:
    response = admin.get("/v1/models/no-such-model")
    assert response.status_code == 404
    error = response.json()["error"]
    assert (error["code"], error["param"], error["type"]) == ("model_not_found", "model_id", "not_found_error")


def test_completion_with_an_unknown_model_is_404(admin: httpx.Client) -> None:
    response = admin.post(
        "/v1/chat/completions", json={"model": "nope-9", "messages": [{"role": "user", "content": "x"}]}
    )
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "model_not_found"
    assert response.json()["error"]["param"] == "model"


def test_completion_with_a_provider_model_is_422_upstream_not_configured(admin: httpx.Client) -> None:
    before = admin.get("/v1/sessions", params={"page_size": 1}).json()["total"]
    response = admin.post(
        "/v1/chat/completions",
        json={"model": "gpt-4o", "messages": [{"role": "user", "content": "x"}], "session_id": "never-created"},
    )
    assert response.status_code == 422
    error = response.json()["error"]
    assert (error["code"], error["param"]) == ("upstream_not_configured", "model")
    assert "gpt-4o" in error["message"]
    assert "no upstream is configured" in error["message"]
    # Nothing was recorded.
    assert admin.get("/v1/sessions/never-created").status_code == 404
    assert admin.get("/v1/sessions", params={"page_size": 1}).json()["total"] == before
