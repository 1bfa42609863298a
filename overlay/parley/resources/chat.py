"""Chat completions (`create_chat_completion`), OpenAI-compatible."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, overload

from parley_client.api.completions import create_chat_completion
from parley_client.models.chat_completion import ChatCompletion
from parley_client.models.chat_completion_chunk import ChatCompletionChunk
from parley_client.models.chat_completion_request import ChatCompletionRequest

from .._call import idempotency_key
from .._fastmodel import fast_from_dict
from .._messages import MessageInput, completion_messages
from .._types import NOT_GIVEN, NotGiven
from ._base import AsyncResource, SyncResource, async_twin, fields, json_as

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._stream import AsyncStream, Stream
    from .._types import PostOptions

_completion = json_as(ChatCompletion.from_dict)


class Completions(SyncResource):
    """`client.chat.completions`."""

    @overload
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
        response_format: Mapping[str, Any] | NotGiven = NOT_GIVEN,
        stream: Literal[False] = False,
        stream_options: Mapping[str, Any] | NotGiven = NOT_GIVEN,
        tools: Sequence[Mapping[str, Any]] | NotGiven = NOT_GIVEN,
        tool_choice: str | Mapping[str, Any] | NotGiven = NOT_GIVEN,
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
    ) -> ChatCompletion: ...
    @overload
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
        response_format: Mapping[str, Any] | NotGiven = NOT_GIVEN,
        stream: Literal[True],
        stream_options: Mapping[str, Any] | NotGiven = NOT_GIVEN,
        tools: Sequence[Mapping[str, Any]] | NotGiven = NOT_GIVEN,
        tool_choice: str | Mapping[str, Any] | NotGiven = NOT_GIVEN,
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
    ) -> Stream[ChatCompletionChunk]: ...
    @overload
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
        response_format: Mapping[str, Any] | NotGiven = NOT_GIVEN,
        stream: bool,
        stream_options: Mapping[str, Any] | NotGiven = NOT_GIVEN,
        tools: Sequence[Mapping[str, Any]] | NotGiven = NOT_GIVEN,
        tool_choice: str | Mapping[str, Any] | NotGiven = NOT_GIVEN,
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
    ) -> ChatCompletion | Stream[ChatCompletionChunk]: ...
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
        response_format: Mapping[str, Any] | NotGiven = NOT_GIVEN,
        stream: bool = False,
        stream_options: Mapping[str, Any] | NotGiven = NOT_GIVEN,
        tools: Sequence[Mapping[str, Any]] | NotGiven = NOT_GIVEN,
        tool_choice: str | Mapping[str, Any] | NotGiven = NOT_GIVEN,
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
    ) -> ChatCompletion | Stream[ChatCompletionChunk]:
        """Create a chat completion (`create_chat_completion`), OpenAI-compatible.

        `messages` may be a string (one user message), or a list of strings, dicts (OpenAI or
        assistant-ui shape) or message models; see `parley._messages`. The ChatServer extensions
        (`session_id`, `system_prompt`, `workflow`, ...) are top-level arguments. The answer's
        `session_id` (also `system_fingerprint`) continues the recorded session when passed back.

        `stream=True` answers a `Stream` of `ChatCompletionChunk`s instead (iterate it; `.text_stream`,
        `.get_final_completion()`, `.session_id`, `.usage`); the request is sent before it returns.
        """
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
        kwargs = create_chat_completion._get_kwargs(
            body=ChatCompletionRequest.from_dict(body), idempotency_key=idempotency_key(options)
        )
        if stream:
            return self._client._stream(kwargs, options, fast_from_dict(ChatCompletionChunk))
        return self._client._request(kwargs, options, _completion)


class AsyncCompletions(AsyncResource):
    """`client.chat.completions` (async)."""

    if TYPE_CHECKING:

        @overload
        async def create(
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
            response_format: Mapping[str, Any] | NotGiven = NOT_GIVEN,
            stream: Literal[False] = False,
            stream_options: Mapping[str, Any] | NotGiven = NOT_GIVEN,
            tools: Sequence[Mapping[str, Any]] | NotGiven = NOT_GIVEN,
            tool_choice: str | Mapping[str, Any] | NotGiven = NOT_GIVEN,
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
        ) -> ChatCompletion: ...

        @overload
        async def create(
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
            response_format: Mapping[str, Any] | NotGiven = NOT_GIVEN,
            stream: Literal[True],
            stream_options: Mapping[str, Any] | NotGiven = NOT_GIVEN,
            tools: Sequence[Mapping[str, Any]] | NotGiven = NOT_GIVEN,
            tool_choice: str | Mapping[str, Any] | NotGiven = NOT_GIVEN,
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
        ) -> AsyncStream[ChatCompletionChunk]: ...

        @overload
        async def create(
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
            response_format: Mapping[str, Any] | NotGiven = NOT_GIVEN,
            stream: bool,
            stream_options: Mapping[str, Any] | NotGiven = NOT_GIVEN,
            tools: Sequence[Mapping[str, Any]] | NotGiven = NOT_GIVEN,
            tool_choice: str | Mapping[str, Any] | NotGiven = NOT_GIVEN,
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
        ) -> ChatCompletion | AsyncStream[ChatCompletionChunk]: ...

        async def create(self, *args: Any, **kwargs: Any) -> Any:
            """For type checkers: the overloads above (the body is the sync method's, awaited)."""

    else:
        create = async_twin(Completions.create)


class Chat(SyncResource):
    """`client.chat`: OpenAI-compatible chat."""

    @property
    def completions(self) -> Completions:
        """Chat completions: `create`."""
        return Completions(self._client)


class AsyncChat(AsyncResource):
    """`client.chat` (async)."""

    @property
    def completions(self) -> AsyncCompletions:
        """Chat completions: `create`."""
        return AsyncCompletions(self._client)
