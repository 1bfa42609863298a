"""Chat completions (`create_chat_completion`), OpenAI-compatible."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Generic, Literal, TypedDict, TypeVar, cast, overload

from .._call import idempotency_key, json_as
from .._messages import completion_messages
from .._streams.completion import AsyncStream
from .._twins import twin
from .._types import NOT_GIVEN, NotGiven, PostOptions
from ._base import AsyncResource, SyncResource, fields

if TYPE_CHECKING:
    from parley_client.models import ChatCompletion, ChatCompletionChunk
    from typing_extensions import Required, Unpack

    from .._messages import MessageInput
    from .._requester import Requester
    from .._streams.completion import Stream

CompletionStreamT = TypeVar("CompletionStreamT", bound="Stream[ChatCompletionChunk] | AsyncStream[ChatCompletionChunk]")
"""What `create(stream=True)` answers: `Stream` on `Parley`, `AsyncStream` on `AsyncParley`."""


class FunctionDefinitionParam(TypedDict, total=False):
    """A function the model may call: its name, what it does, a JSON Schema of its arguments."""

    name: Required[str]
    description: str
    parameters: Mapping[str, Any]
    strict: bool


class ChatToolParam(TypedDict):
    """One tool of a completion request (`{"type": "function", "function": {...}}`)."""

    type: Literal["function"]
    function: FunctionDefinitionParam


class ToolChoiceFunctionParam(TypedDict):
    """The function a named tool choice forces."""

    name: str


class NamedToolChoiceParam(TypedDict):
    """`tool_choice` naming one function (`{"type": "function", "function": {"name": ...}}`)."""

    type: Literal["function"]
    function: ToolChoiceFunctionParam


class ResponseFormatParam(TypedDict):
    """`response_format`: plain text or a JSON object."""

    type: Literal["text", "json_object"]


class StreamOptionsParam(TypedDict, total=False):
    """`stream_options`: with `include_usage`, one more chunk before `[DONE]` carries the usage."""

    include_usage: bool


ToolChoiceParam = Literal["none", "auto", "required"] | NamedToolChoiceParam
"""`none`, `auto` (the default when tools are given), `required`, or one named function."""


class CompletionParams(PostOptions, total=False):
    """The keyword arguments of `chat.completions.create` but `stream` (and of `create_completion`)."""

    model: Required[str]
    messages: Required[str | Iterable[MessageInput]]
    temperature: float | NotGiven
    top_p: float | NotGiven
    max_tokens: int | NotGiven
    n: int | NotGiven
    stop: str | Sequence[str] | NotGiven
    presence_penalty: float | NotGiven
    frequency_penalty: float | NotGiven
    seed: int | NotGiven
    response_format: ResponseFormatParam | NotGiven
    stream_options: StreamOptionsParam | NotGiven
    tools: Sequence[ChatToolParam] | NotGiven
    tool_choice: ToolChoiceParam | NotGiven
    parallel_tool_calls: bool | NotGiven
    user: str | NotGiven
    metadata: Mapping[str, Any] | NotGiven
    session_id: str | NotGiven
    system_prompt: str | NotGiven
    organization_id: str | NotGiven
    workflow: str | NotGiven
    variables: Mapping[str, Any] | NotGiven
    allowed_tools: Sequence[str] | NotGiven
    setting_sources: Sequence[str] | NotGiven
    mcp_servers: Mapping[str, Mapping[str, Any]] | NotGiven


class _Completions(Generic[CompletionStreamT]):
    """The methods of `chat.completions`, written once; `Completions` is `_Completions[Stream[...]]`."""

    __slots__ = ()
    _requester: Requester

    @overload
    def create(self, *, stream: Literal[False] = False, **params: Unpack[CompletionParams]) -> ChatCompletion: ...
    @overload
    def create(self, *, stream: Literal[True], **params: Unpack[CompletionParams]) -> CompletionStreamT: ...
    @overload
    def create(self, *, stream: bool, **params: Unpack[CompletionParams]) -> ChatCompletion | CompletionStreamT: ...
    def create(
        self,
        *,
        model: str,
        messages: str | Iterable[MessageInput],
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        max_tokens: int | NotGiven = NOT_GIVEN,
        n: int | NotGiven = NOT_GIVEN,
        stop: str | Sequence[str] | NotGiven = NOT_GIVEN,
        presence_penalty: float | NotGiven = NOT_GIVEN,
        frequency_penalty: float | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
        response_format: ResponseFormatParam | NotGiven = NOT_GIVEN,
        stream: bool = False,
        stream_options: StreamOptionsParam | NotGiven = NOT_GIVEN,
        tools: Sequence[ChatToolParam] | NotGiven = NOT_GIVEN,
        tool_choice: ToolChoiceParam | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        metadata: Mapping[str, Any] | NotGiven = NOT_GIVEN,
        session_id: str | NotGiven = NOT_GIVEN,
        system_prompt: str | NotGiven = NOT_GIVEN,
        organization_id: str | NotGiven = NOT_GIVEN,
        workflow: str | NotGiven = NOT_GIVEN,
        variables: Mapping[str, Any] | NotGiven = NOT_GIVEN,
        allowed_tools: Sequence[str] | NotGiven = NOT_GIVEN,
        setting_sources: Sequence[str] | NotGiven = NOT_GIVEN,
        mcp_servers: Mapping[str, Mapping[str, Any]] | NotGiven = NOT_GIVEN,
        **options: Unpack[PostOptions],
    ) -> ChatCompletion | CompletionStreamT:
        """Create a chat completion (`create_chat_completion`), OpenAI-compatible.

        `messages` may be a string (one user message), or a list of strings, dicts (OpenAI or
        assistant-ui shape) or message models; see `parley._messages`. The ChatServer extensions
        (`session_id`, `system_prompt`, `workflow`, ...) are top-level arguments. The answer's
        `session_id` (also `system_fingerprint`) continues the recorded session when passed back.

        `stream=True` answers a `Stream` of `ChatCompletionChunk`s instead (iterate it; `.text_stream`,
        `.get_final_completion()`, `.session_id`, `.usage`); the request is sent before it returns.
        """
        from parley_client.api.completions import create_chat_completion
        from parley_client.models import ChatCompletion, ChatCompletionChunk, ChatCompletionRequest

        body = fields(
            model=model,
            messages=completion_messages(messages),
            temperature=temperature,
            top_p=top_p,
            max_tokens=max_tokens,
            n=n,
            stop=stop if isinstance(stop, (str, NotGiven)) else list(stop),
            presence_penalty=presence_penalty,
            frequency_penalty=frequency_penalty,
            seed=seed,
            response_format=response_format,
            stream=stream,
            stream_options=stream_options,
            tools=tools if isinstance(tools, NotGiven) else list(tools),
            tool_choice=tool_choice,
            parallel_tool_calls=parallel_tool_calls,
            user=user,
            metadata=metadata,
            session_id=session_id,
            system_prompt=system_prompt,
            organization_id=organization_id,
            workflow=workflow,
            variables=variables,
            allowed_tools=allowed_tools if isinstance(allowed_tools, NotGiven) else list(allowed_tools),
            setting_sources=setting_sources if isinstance(setting_sources, NotGiven) else list(setting_sources),
            mcp_servers=mcp_servers,
        )
        kwargs = create_chat_completion.request_kwargs(
            body=ChatCompletionRequest.from_dict(body), idempotency_key=idempotency_key(options)
        )
        if stream:
            return cast(CompletionStreamT, self._requester.stream(kwargs, options, ChatCompletionChunk.decode))
        return self._requester.request(kwargs, options, json_as(ChatCompletion.decode))


class Completions(SyncResource, _Completions["Stream[ChatCompletionChunk]"]):
    """`client.chat.completions`."""

    __slots__ = ()


class AsyncCompletions(AsyncResource):
    """`client.chat.completions` (async)."""

    create = twin(_Completions[AsyncStream["ChatCompletionChunk"]].create)


class Chat(SyncResource):
    """`client.chat`: OpenAI-compatible chat."""

    @property
    def completions(self) -> Completions:
        """Chat completions: `create`."""
        return Completions(self._requester)


class AsyncChat(AsyncResource):
    """`client.chat` (async)."""

    @property
    def completions(self) -> AsyncCompletions:
        """Chat completions: `create`."""
        return AsyncCompletions(self._requester)
