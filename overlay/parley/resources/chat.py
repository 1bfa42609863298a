"""Chat completions (`create_chat_completion`), OpenAI-compatible."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Generic, Literal, TypeVar, cast, overload

from parley_client.calls.completions import CreateChatCompletionKeywords

from .._call import idempotency_key, json_as
from .._messages import completion_messages
from .._streams.completion import AsyncStream
from .._twins import twin
from ._base import AsyncResource, SyncResource, split

if TYPE_CHECKING:
    from parley_client.models import ChatCompletion, ChatCompletionChunk
    from typing_extensions import Required, Unpack

    from .._messages import MessageInput
    from .._requester import Requester
    from .._streams.completion import Stream

CompletionStreamT = TypeVar("CompletionStreamT", bound="Stream[ChatCompletionChunk] | AsyncStream[ChatCompletionChunk]")
"""What `create(stream=True)` answers: `Stream` on `Parley`, `AsyncStream` on `AsyncParley`."""


class CompletionParams(CreateChatCompletionKeywords, total=False):
    """The keyword arguments of `chat.completions.create` but `stream` (and of `create_completion`).

    The fields of the spec's `ChatCompletionRequest` (`parley_client.calls.completions`), with
    `messages` in every shape `parley._messages` takes.
    """

    messages: Required[str | Iterable[MessageInput]]


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
    def create(self, *, stream: bool = False, **params: Unpack[CompletionParams]) -> ChatCompletion | CompletionStreamT:
        """Create a chat completion (`create_chat_completion`), OpenAI-compatible.

        `messages` may be a string (one user message), or a list of strings, dicts (OpenAI or
        assistant-ui shape) or message models; see `parley._messages`. The other keywords are the
        fields of the spec's `ChatCompletionRequest` (`max_completion_tokens`, `response_format`
        with a JSON schema, the ChatServer extensions `session_id`, `system_prompt`, `workflow`,
        ...); a key the spec does not know, in a message too, is sent for the server to refuse
        with a `BadRequestError` naming it. The answer's `session_id` continues the recorded
        session when passed back.

        `stream=True` answers a `Stream` of `ChatCompletionChunk`s instead (iterate it; `.text_stream`,
        `.get_final_completion()`, `.session_id`, `.usage`); the request is sent before it returns.
        """
        from parley_client.api.completions import create_chat_completion
        from parley_client.models import ChatCompletion, ChatCompletionChunk

        options, body = split(params, CompletionParams, "create", ("model", "messages"))
        body.update(messages=completion_messages(params["messages"]), stream=stream)
        kwargs = create_chat_completion.request_kwargs(body=body, idempotency_key=idempotency_key(options))
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
