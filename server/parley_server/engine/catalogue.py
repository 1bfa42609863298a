"""The model catalogue: the built-in models and the provider families of the seeds (AiAssist, ChatServer, ChatKit).

Built-in models (`provider: parley`) run in-process and are `available`; provider models are listed for
discovery only (`available: false`) because this server has no upstream to route them to.
"""

from __future__ import annotations

from typing import Any

BUILTIN_PROVIDER = "parley"

_CREATED = 1767225600  # 2026-01-01T00:00:00Z: when this catalogue was written.

# (id, owned_by, provider, context_length, capabilities, description)
_BUILTINS: list[tuple[str, str, str, int | None, list[str], str]] = [
    ("echo-1", "parley", BUILTIN_PROVIDER, 8192, ["chat", "streaming"], "Answers with the last user message."),
    (
        "lorem-1",
        "parley",
        BUILTIN_PROVIDER,
        32768,
        ["chat", "streaming"],
        "Streams lorem-ipsum filler: exactly `max_tokens` tokens (200 when `max_tokens` is not set).",
    ),
    (
        "tools-1",
        "parley",
        BUILTIN_PROVIDER,
        8192,
        ["chat", "streaming", "tools"],
        "Calls the first tool offered with arguments built from its schema, then answers from the tool's result; "
        "without tools it answers like echo-1.",
    ),
]

_CHAT = ["chat", "streaming"]
_TOOLS = ["chat", "streaming", "tools"]
_JSON = ["chat", "streaming", "tools", "json_mode"]
_VISION = ["chat", "streaming", "tools", "vision", "json_mode"]

_PROVIDER_MODELS: list[tuple[str, str, str, int | None, list[str], str]] = [
    ("gpt-4o", "openai", "openai", 128000, _VISION, "OpenAI GPT-4o"),
    ("gpt-4o-mini", "openai", "openai", 128000, _VISION, "OpenAI GPT-4o mini"),
    ("gpt-4.1", "openai", "openai", 1047576, _VISION, "OpenAI GPT-4.1"),
    ("gpt-4.1-mini", "openai", "openai", 1047576, _VISION, "OpenAI GPT-4.1 mini"),
    (
        "claude-3-5-sonnet-20241022",
        "anthropic",
        "anthropic",
        200000,
        ["chat", "streaming", "tools", "vision"],
        "Anthropic Claude 3.5 Sonnet",
    ),
    (
        "claude-3-haiku-20240307",
        "anthropic",
        "anthropic",
        200000,
        ["chat", "streaming", "tools", "vision"],
        "Anthropic Claude 3 Haiku",
    ),
    (
        "claude-3-haiku",
        "anthropic",
        "anthropic",
        200000,
        ["chat", "streaming", "tools", "vision"],
        "Anthropic Claude 3 Haiku (the ChatServer alias)",
    ),
    ("llama-3.3-70b-versatile", "meta", "groq", 131072, _JSON, "Meta Llama 3.3 70B on Groq"),
    ("mixtral-8x7b-32768", "mistralai", "groq", 32768, _JSON, "Mistral Mixtral 8x7B on Groq"),
    ("gemini-1.5-pro", "google", "gemini", 2097152, _VISION, "Google Gemini 1.5 Pro"),
    ("gemini-1.5-flash", "google", "gemini", 1048576, _VISION, "Google Gemini 1.5 Flash"),
    ("mistral-large-latest", "mistralai", "mistral", 131072, _JSON, "Mistral Large"),
    ("grok-2", "xai", "xai", 131072, _TOOLS, "xAI Grok 2"),
    (
        "meta-llama/Llama-3.3-70B-Instruct-Turbo",
        "meta",
        "together",
        131072,
        _JSON,
        "Meta Llama 3.3 70B Instruct Turbo on Together AI",
    ),
    ("openrouter/auto", "openrouter", "openrouter", None, _TOOLS, "OpenRouter's automatic model choice"),
    ("deepseek-chat", "deepseek", "deepseek", 65536, _JSON, "DeepSeek Chat"),
    (
        "accounts/fireworks/models/llama-v3p3-70b-instruct",
        "meta",
        "fireworks",
        131072,
        _JSON,
        "Meta Llama 3.3 70B Instruct on Fireworks",
    ),
    ("llama-3.1-sonar-large-128k-online", "perplexity", "perplexity", 127072, _CHAT, "Perplexity Sonar Large (online)"),
    (
        "pin:operator-alias/llama3",
        "pin",
        "pin",
        None,
        _CHAT,
        "A model served by a PIN peer-to-peer operator (`pin:<operator>/<model>`)",
    ),
]


def _model(entry: tuple[str, str, str, int | None, list[str], str], *, available: bool) -> dict[str, Any]:
    model_id, owned_by, provider, context_length, capabilities, description = entry
    if not available:
        description += " (needs an upstream)."
    return {
        "id": model_id,
        "object": "model",
        "created": _CREATED,
        "owned_by": owned_by,
        "provider": provider,
        "context_length": context_length,
        "capabilities": list(capabilities),
        "description": description,
        "available": available,
    }


def all_models() -> list[dict[str, Any]]:
    """Every `Model` object: the built-ins first, then the provider models (fresh dicts each call)."""
    return [_model(entry, available=True) for entry in _BUILTINS] + [
        _model(entry, available=False) for entry in _PROVIDER_MODELS
    ]
