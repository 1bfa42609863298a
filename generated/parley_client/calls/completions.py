"""The typed calls of the `completions` operations (written by tools/sdk_calls.py; `make generate`)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal

from . import (
    NotGiven,
    PostOptions,
)

if TYPE_CHECKING:
    from typing_extensions import Required

    from ..params import (
        ChatNamedToolChoiceParam,
        ChatResponseFormatParam,
        ChatStreamOptionsParam,
        ChatToolChoiceModeParam,
        ChatToolParam,
        JsonObjectParam,
        McpServersParam,
        MetadataParam,
    )


class CreateChatCompletionKeywords(PostOptions, total=False):
    """The keyword arguments of `chat.completions.create` but `messages` and `stream`.

    The fields of the spec's `ChatCompletionRequest`, nested values typed by `parley_client.params`.
    """

    model: Required[str]
    temperature: float | NotGiven
    top_p: float | NotGiven
    max_tokens: int | NotGiven
    max_completion_tokens: int | NotGiven
    logprobs: Literal[False] | None | NotGiven
    n: int | NotGiven
    stop: str | Sequence[str] | NotGiven
    presence_penalty: float | NotGiven
    frequency_penalty: float | NotGiven
    seed: int | NotGiven
    response_format: ChatResponseFormatParam | NotGiven
    stream_options: ChatStreamOptionsParam | NotGiven
    tools: Sequence[ChatToolParam] | NotGiven
    tool_choice: ChatToolChoiceModeParam | ChatNamedToolChoiceParam | NotGiven
    parallel_tool_calls: bool | NotGiven
    user: str | NotGiven
    metadata: MetadataParam | NotGiven
    session_id: str | NotGiven
    system_prompt: str | NotGiven
    organization_id: str | NotGiven
    workflow: str | NotGiven
    variables: JsonObjectParam | NotGiven
    allowed_tools: Sequence[str] | NotGiven
    setting_sources: Sequence[str] | NotGiven
    mcp_servers: McpServersParam | NotGiven
