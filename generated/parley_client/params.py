"""The input shapes of the JSON request bodies: each component schema a body reaches, as a `TypedDict`.

`<Schema>Param` is what a caller writes as JSON for the schema `<Schema>` (a `TypedDict` for an
object, else an alias): the body that `request_kwargs(body=...)` of an operation also takes as a
mapping, and the values nested in it. For type checkers; at run time they are plain dicts.
(Written by tools/request_params.py from openapi.yaml; `make generate`.)
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required


class ChatTextContentPartParam(TypedDict, total=False):
    """A text part of a message's content."""

    type: Required[Literal["text"]]
    text: Required[str]


class ChatSystemMessageParam(TypedDict, total=False):
    """Instructions for the model."""

    role: Required[Literal["system"]]
    content: Required[str | Sequence[ChatTextContentPartParam]]
    name: str


class ChatDeveloperMessageParam(TypedDict, total=False):
    """Instructions for the model under OpenAI's newer name; read exactly like a `system` message."""

    role: Required[Literal["developer"]]
    content: Required[str | Sequence[ChatTextContentPartParam]]
    name: str


class ChatImageUrlParam(TypedDict, total=False):
    """An image by URL or `data:` URI."""

    url: Required[str]
    detail: Literal["auto", "low", "high"]


class ChatImageContentPartParam(TypedDict, total=False):
    """An image part of a user message's content."""

    type: Required[Literal["image_url"]]
    image_url: Required[ChatImageUrlParam]


ChatUserContentPartParam = ChatTextContentPartParam | ChatImageContentPartParam
"""A part of a user message's content."""


class ChatUserMessageParam(TypedDict, total=False):
    """A message from the user, as text or as text and image parts."""

    role: Required[Literal["user"]]
    content: Required[str | Sequence[ChatUserContentPartParam]]
    name: str


class ChatFunctionCallParam(TypedDict, total=False):
    """The function a tool call invokes."""

    name: Required[str]

    arguments: Required[str]
    """The arguments as JSON text."""


class ChatToolCallParam(TypedDict, total=False):
    """A tool call the assistant made."""

    id: Required[str]
    type: Required[Literal["function"]]
    function: Required[ChatFunctionCallParam]


class ChatAssistantMessageParam(TypedDict, total=False):
    """An earlier answer of the assistant, with any tool calls it made. An answer of this server
    (`choices[].message`) can be sent back as it is; `tool_calls` and `refusal` may be `null`
    (meaning none), as other OpenAI-compatible servers send them.
    """

    role: Required[Literal["assistant"]]
    content: str | Sequence[ChatTextContentPartParam] | None
    name: str
    tool_calls: Sequence[ChatToolCallParam] | None
    refusal: str | None


class ChatToolMessageParam(TypedDict, total=False):
    """The result of a tool call, answering the assistant's call with the same `tool_call_id`."""

    role: Required[Literal["tool"]]
    content: Required[str | Sequence[ChatTextContentPartParam]]
    tool_call_id: Required[str]


ChatMessageParam = (
    ChatSystemMessageParam
    | ChatDeveloperMessageParam
    | ChatUserMessageParam
    | ChatAssistantMessageParam
    | ChatToolMessageParam
)
"""One message of the conversation, by role."""


class ChatResponseFormatTextParam(TypedDict, total=False):
    """Answer in plain text (the default)."""

    type: Required[Literal["text"]]


class ChatResponseFormatJsonObjectParam(TypedDict, total=False):
    """Answer with one JSON object (a text answer that is not one becomes `{"content": <text>}`)."""

    type: Required[Literal["json_object"]]


JsonObjectParam = Mapping[str, Any]
"""A JSON object whose keys and values the API does not constrain (tool arguments, action payloads, context)."""


class ChatJsonSchemaParam(TypedDict, total=False):
    """A JSON Schema the answer's content follows (OpenAI's structured outputs)."""

    name: Required[str]
    """The schema's name."""

    description: str
    """What the answer is for."""

    schema: JsonObjectParam
    """A JSON Schema (draft 2020-12) of the answer; local `$ref`s (`#/$defs/...`) are followed. Left
    out, any JSON value is accepted. A schema that is not a valid JSON Schema, or that has more
    than 500 objects or nests deeper than 32 levels of JSON, is a 400 naming
    `response_format.json_schema.schema`.
    """

    strict: bool | None
    """With `true` the answer must validate against `schema`: when the built-in models cannot produce
    such a value (an unsatisfiable schema, a `pattern` beyond their simple matcher) the request is a
    400 naming `response_format.json_schema.schema`. Without it they answer their best attempt.
    Unlike OpenAI, this server does not require the strict subset (every property required,
    `additionalProperties: false`).
    """


class ChatResponseFormatJsonSchemaParam(TypedDict, total=False):
    """Answer with JSON that follows `json_schema.schema`."""

    type: Required[Literal["json_schema"]]
    json_schema: Required[ChatJsonSchemaParam]


ChatResponseFormatParam = (
    ChatResponseFormatTextParam | ChatResponseFormatJsonObjectParam | ChatResponseFormatJsonSchemaParam
)
"""The form of the answer's content: `text`; `json_object` (one JSON object); or `json_schema`
(JSON that validates against the given schema). The built-in models answer a `json_schema`
request with a value built from the schema alone (deterministic: the same schema gives the same
value), then `max_tokens` and `stop` apply as to any answer. Tool calls are not reshaped.
"""


class ChatStreamOptionsParam(TypedDict, total=False):
    """Options of a streamed completion."""

    include_usage: bool
    """Send one more chunk before `[DONE]` with empty `choices` and the whole request's `usage` (OpenAI's behaviour). Without it, `usage` rides on the chunk that carries `finish_reason`."""


class FunctionDefinitionParam(TypedDict, total=False):
    """A function the model may call."""

    name: Required[str]
    description: str

    parameters: JsonObjectParam
    """The function's arguments as a JSON Schema object."""

    strict: bool | None
    """Whether the call's arguments must follow `parameters` exactly. The built-in models' arguments
    always validate against `parameters` (when it is satisfiable), so this changes nothing here.
    """


class ChatToolParam(TypedDict, total=False):
    """A tool the model may call."""

    type: Required[Literal["function"]]
    function: Required[FunctionDefinitionParam]


ChatToolChoiceModeParam = Literal["none", "auto", "required"]
"""Whether the model may (`auto`), must (`required`) or must not (`none`) call tools."""


class ChatToolChoiceFunctionParam(TypedDict, total=False):
    """Names the function the model must call."""

    name: Required[str]


class ChatNamedToolChoiceParam(TypedDict, total=False):
    """Forces the model to call one function."""

    type: Required[Literal["function"]]
    function: Required[ChatToolChoiceFunctionParam]


MetadataParam = Mapping[str, Any]
"""Free-form key/value data owned by the caller. The server stores it and returns it unchanged."""


McpServersParam = Mapping[str, JsonObjectParam]
"""MCP servers the agent may use, by name; each value is that server's configuration."""


class ChatCompletionRequestParam(TypedDict, total=False):
    """An OpenAI-compatible chat completion request, plus the ChatServer extensions
    (`session_id`, `system_prompt`, `organization_id`, `workflow`, `variables`, `allowed_tools`,
    `setting_sources`, `mcp_servers`) at the top level.

    Every field is listed here. Any other field, including those of OpenAI's API this server does
    not implement (`top_logprobs`, `store`, `service_tier`, `logit_bias`, `modalities`, `audio`,
    `prediction`, `reasoning_effort`, `functions`, ...), is refused as OpenAI refuses unknown
    arguments: `400` with type `invalid_request_error`, code `unknown_parameter` and `param`
    naming it (`messages.1.foo` inside a message). `max_tokens` and `max_completion_tokens`
    together are refused as OpenAI refuses them: `400` with code
    `invalid_parameter_combination` and `param: max_tokens`; so is `stream_options` without
    `stream: true` (a 400 naming `stream_options`).
    """

    model: Required[str]
    """The model's id (see `list_models`)."""

    messages: Required[Sequence[ChatMessageParam]]
    temperature: float
    top_p: float

    max_tokens: int
    """The most tokens to generate (OpenAI's older name of `max_completion_tokens`)."""

    max_completion_tokens: int
    """The most tokens to generate: an answer that reaches it is cut there with finish reason
    `length`. Exactly the same as `max_tokens`; give one of the two.
    """

    logprobs: Literal[False] | None
    """Log probabilities are not offered: `false` (or null, both the default) is accepted, `true` is
    refused with a 400 naming `logprobs`. Answers carry `logprobs: null`.
    """

    n: int
    """How many choices to generate."""

    stop: str | Sequence[str]
    """Up to 4 sequences where the model stops generating."""

    presence_penalty: float
    frequency_penalty: float
    seed: int
    response_format: ChatResponseFormatParam

    stream: bool
    """Answer as a `text/event-stream` of chunks instead of one JSON object."""

    stream_options: ChatStreamOptionsParam
    tools: Sequence[ChatToolParam]

    tool_choice: ChatToolChoiceModeParam | ChatNamedToolChoiceParam
    """`none`, `auto` (the default when tools are given), `required`, or one named function."""

    parallel_tool_calls: bool

    user: str
    """The end user this conversation belongs to; its session is recorded under this id."""

    metadata: MetadataParam

    session_id: str
    """Continue (or start, on first use) the session with this id: letters, digits, `_`, `.`, `:` and `-`, not dots only (the id is a path segment of `/v1/sessions/{session_id}`, where `.` and `..` would name another path)."""

    system_prompt: str
    """A system prompt placed before `messages`."""

    organization_id: str
    """The organisation the session is recorded under."""

    workflow: str
    """The name of a server-side workflow to run the completion in."""

    variables: JsonObjectParam
    """Values for the workflow's or system prompt's variables."""

    allowed_tools: Sequence[str]
    """Names of the server-side tools the model may use."""

    setting_sources: Sequence[str]
    """Where the agent loads its settings from (e.g. `user`, `project`)."""

    mcp_servers: McpServersParam


class ChatSessionUpdateRequestParam(TypedDict, total=False):
    """The session fields to change."""

    title: str | None
    archived: bool
    metadata: MetadataParam


class ThreadCreateRequestParam(TypedDict, total=False):
    """The body of `create_thread`."""

    title: str
    """The thread's title."""

    metadata: MetadataParam


ThreadStatusParam = Literal["active", "locked", "closed"]
"""`active` threads accept new runs; `locked` and `closed` threads accept none until set back
to `active` (closed means the conversation is over, locked that it is on hold).
"""


class ThreadUpdateRequestParam(TypedDict, total=False):
    """The body of `update_thread`. Fields left out keep their value."""

    title: str | None
    """The new title; null clears it."""

    metadata: MetadataParam
    status: ThreadStatusParam


class TextPartParam(TypedDict, total=False):
    """A piece of text in a message. Assistant text longer than 100,000 characters is split across several parts."""

    type: Required[Literal["text"]]
    text: Required[str]


class ThreadSystemMessageParam(TypedDict, total=False):
    """Instructions for this run; not stored as an item (it joins the run's system prompt)."""

    role: Required[Literal["system"]]
    content: Required[str | Sequence[TextPartParam]]


class ThreadDeveloperMessageParam(TypedDict, total=False):
    """Instructions for this run under OpenAI's newer name for `system`; read exactly like a system message (not stored as an item)."""

    role: Required[Literal["developer"]]
    content: Required[str | Sequence[TextPartParam]]


class ImagePartParam(TypedDict, total=False):
    """An image in a user message, by URL or `data:` URI."""

    type: Required[Literal["image"]]

    image: Required[str]
    """An `https:` URL or a `data:` URI."""

    mime_type: str
    """The image's media type, e.g. `image/png`."""


class FilePartParam(TypedDict, total=False):
    """A file in a user message, by URL or `data:` URI."""

    type: Required[Literal["file"]]

    data: Required[str]
    """An `https:` URL or a `data:` URI."""

    mime_type: Required[str]
    """The file's media type, e.g. `application/pdf`."""

    name: str
    """The file's name."""


class ThreadUserMessageParam(TypedDict, total=False):
    """A message from the user; stored as a `user_message` item."""

    role: Required[Literal["user"]]
    content: Required[str | Sequence[TextPartParam | ImagePartParam | FilePartParam]]

    attachment_ids: Sequence[str]
    """Ids of the caller's attachments (`att_...`) that go with this message."""


class ToolCallPartParam(TypedDict, total=False):
    """A tool call the assistant made, in an assistant message."""

    type: Required[Literal["tool_call"]]

    tool_call_id: Required[str]
    """The id that pairs this call with its result."""

    tool_name: Required[str]

    args: Required[JsonObjectParam]
    """The call's arguments."""


class ThreadAssistantMessageParam(TypedDict, total=False):
    """An earlier assistant turn supplied by the caller; stored as an `assistant_message` item plus one `tool_call` item per tool-call part."""

    role: Required[Literal["assistant"]]
    content: Required[str | Sequence[TextPartParam | ToolCallPartParam]]


class ToolResultPartParam(TypedDict, total=False):
    """The result of a tool call, in a tool message."""

    type: Required[Literal["tool_result"]]

    tool_call_id: Required[str]
    """The id of the call this answers."""

    tool_name: Required[str]

    result: Required[Any]
    """The tool's result, any JSON value."""

    is_error: bool
    """Whether the result is an error."""


class ThreadToolMessageParam(TypedDict, total=False):
    """Results of tool calls; stored as one `tool_result` item per part."""

    role: Required[Literal["tool"]]
    content: Required[Sequence[ToolResultPartParam]]


ThreadInputMessageParam = (
    ThreadSystemMessageParam
    | ThreadDeveloperMessageParam
    | ThreadUserMessageParam
    | ThreadAssistantMessageParam
    | ThreadToolMessageParam
)
"""One message to append to a thread, by `role`."""


class ToolDefinitionParam(TypedDict, total=False):
    """A tool the model may call during the run, keyed by its name in `tools`."""

    description: str
    """What the tool does, for the model."""

    parameters: JsonObjectParam
    """A JSON Schema of the tool's arguments."""


ToolDefinitionsParam = Mapping[str, ToolDefinitionParam]
"""Tools the model may call, by name (the assistant-ui shape)."""


class ThreadChatRequestParam(TypedDict, total=False):
    """The body of `chat_thread`."""

    messages: Required[Sequence[ThreadInputMessageParam]]
    """Messages to append, in order; may be empty to run the assistant on the thread as it is."""

    system: str
    """The system prompt for this run."""

    tools: ToolDefinitionsParam

    model: str
    """The model that answers; the server's default model (e.g. `echo-1`) when left out."""

    max_tokens: int
    """The most tokens the run may generate."""

    temperature: float

    stream: bool
    """Answer with the run's event stream (true) or with the finished run as JSON (false)."""

    run_config: JsonObjectParam
    """Free-form settings passed to the run (assistant-ui `runConfig`)."""

    metadata: MetadataParam


FeedbackKindParam = Literal["positive", "negative"]
"""A rating of an item."""


class ItemFeedbackRequestParam(TypedDict, total=False):
    """The body of `create_item_feedback`."""

    item_ids: Required[Sequence[str]]
    """The items to rate (`item_...`), all of this thread."""

    kind: Required[FeedbackKindParam]

    comment: str
    """Why, in the user's words."""


class ThreadActionRequestParam(TypedDict, total=False):
    """The body of `run_thread_action`."""

    type: Required[str]
    """The action's type, e.g. `approve_refund`."""

    payload: JsonObjectParam
    """The action's data."""

    item_id: str
    """The item the action came from (`item_...`)."""

    stream: bool
    """Answer with the run's event stream (true) or with the finished run as JSON (false)."""

    model: str
    """The model that answers; the server's default model when left out."""


class ThreadRetryRequestParam(TypedDict, total=False):
    """The body of `retry_thread_run`."""

    item_id: Required[str]
    """The `user_message` item to answer again (`item_...`)."""

    model: str
    """The model that answers; the server's default model when left out."""

    stream: bool
    """Answer with the run's event stream (true) or with the finished run as JSON (false)."""


WorkspaceModeParam = Literal["ai", "shadow", "takeover"]
"""Who answers the end customer: `ai` (the AI answers at once), `shadow` (the AI drafts an
answer that a manager approves or rejects), `takeover` (a human agent answers).
"""


class WorkspaceCreateRequestParam(TypedDict, total=False):
    """What to open a workspace with. Every field is optional."""

    client_id: str
    """The caller's own id for its end customer. At most one active workspace exists per client id and owner."""

    initial_message: str
    """A first end-customer message, handled like `send_workspace_message`."""

    system_prompt: str
    """Instructions for the AI in this conversation."""

    context: JsonObjectParam
    """Free-form data injected into the AI's context."""

    metadata: MetadataParam
    mode: WorkspaceModeParam

    model: str
    """The model the AI answers with in this workspace (default, the server's default model)."""

    max_tokens: int
    """The most tokens the AI may write in its answer to `initial_message`."""


class WorkspaceUpdateRequestParam(TypedDict, total=False):
    """The workspace fields to change; omitted fields keep their value."""

    mode: WorkspaceModeParam
    metadata: MetadataParam

    context: JsonObjectParam
    """Replaces the free-form data injected into the AI's context."""


class WorkspaceMessageRequestParam(TypedDict, total=False):
    """An end-customer message to send to a workspace."""

    content: Required[str]
    """The text the end customer sent."""

    model: str
    """The model for this answer only (default, the workspace's model)."""

    max_tokens: int
    """The most tokens the AI may write in this answer."""

    metadata: MetadataParam


class TypingPreviewRequestParam(TypedDict, total=False):
    """What the end customer is typing right now."""

    text: Required[str]
    """The unsent text; an empty string clears the preview."""


class DraftApproveRequestParam(TypedDict, total=False):
    """How to approve a draft. Empty (or no body) delivers the AI's text unchanged."""

    content: str
    """An edited answer to deliver instead of the AI's text."""


class DraftRejectRequestParam(TypedDict, total=False):
    """Why a draft is rejected. Optional."""

    reason: str
    """A note for the record."""


class AgentMessageRequestParam(TypedDict, total=False):
    """A message written by a human agent."""

    content: Required[str]
    """The text to deliver."""


class AddAdminRequestParam(TypedDict, total=False):
    """The user to make an administrator."""

    workos_id: Required[str]
    """The user id (as API keys carry it) of the new administrator."""

    email: Required[str]
    """The new administrator's email."""

    name: str
    """A display name."""


ApiKeyRoleParam = Literal["user", "admin"]
"""`user` keys act for their own user; `admin` keys may also do manager and admin operations."""


class ApiKeyCreateRequestParam(TypedDict, total=False):
    """The API key to issue."""

    user_id: Required[str]
    """The user the key will belong to."""

    name: Required[str]
    """A label for the key."""

    role: ApiKeyRoleParam


__all__ = (
    "AddAdminRequestParam",
    "AgentMessageRequestParam",
    "ApiKeyCreateRequestParam",
    "ApiKeyRoleParam",
    "ChatAssistantMessageParam",
    "ChatCompletionRequestParam",
    "ChatDeveloperMessageParam",
    "ChatFunctionCallParam",
    "ChatImageContentPartParam",
    "ChatImageUrlParam",
    "ChatJsonSchemaParam",
    "ChatMessageParam",
    "ChatNamedToolChoiceParam",
    "ChatResponseFormatParam",
    "ChatResponseFormatJsonObjectParam",
    "ChatResponseFormatJsonSchemaParam",
    "ChatResponseFormatTextParam",
    "ChatSessionUpdateRequestParam",
    "ChatStreamOptionsParam",
    "ChatSystemMessageParam",
    "ChatTextContentPartParam",
    "ChatToolParam",
    "ChatToolCallParam",
    "ChatToolChoiceFunctionParam",
    "ChatToolChoiceModeParam",
    "ChatToolMessageParam",
    "ChatUserContentPartParam",
    "ChatUserMessageParam",
    "DraftApproveRequestParam",
    "DraftRejectRequestParam",
    "FeedbackKindParam",
    "FilePartParam",
    "FunctionDefinitionParam",
    "ImagePartParam",
    "ItemFeedbackRequestParam",
    "JsonObjectParam",
    "McpServersParam",
    "MetadataParam",
    "TextPartParam",
    "ThreadActionRequestParam",
    "ThreadAssistantMessageParam",
    "ThreadChatRequestParam",
    "ThreadCreateRequestParam",
    "ThreadDeveloperMessageParam",
    "ThreadInputMessageParam",
    "ThreadRetryRequestParam",
    "ThreadStatusParam",
    "ThreadSystemMessageParam",
    "ThreadToolMessageParam",
    "ThreadUpdateRequestParam",
    "ThreadUserMessageParam",
    "ToolCallPartParam",
    "ToolDefinitionParam",
    "ToolDefinitionsParam",
    "ToolResultPartParam",
    "TypingPreviewRequestParam",
    "WorkspaceCreateRequestParam",
    "WorkspaceMessageRequestParam",
    "WorkspaceModeParam",
    "WorkspaceUpdateRequestParam",
)
