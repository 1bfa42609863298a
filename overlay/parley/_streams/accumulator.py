"""The chunks of a streamed chat completion, added up into the `ChatCompletion` they make.

`CompletionAccumulator.add` runs for every chunk a stream yields, so it stays small: per choice it
keeps the content pieces (joined every 512 pieces, so a long stream holds its text, not one object
per chunk), the refusal pieces, the tool-call fragments by `index`, and the finish reason; per stream the
newest chunk (for `id`, `model`, `session_id`...) and the usage once it arrives. `completion()`
builds the generated `ChatCompletion` through its own `from_dict`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._errors import ParleyError

if TYPE_CHECKING:
    from parley_client.models.chat_completion import ChatCompletion
    from parley_client.models.chat_completion_chunk import ChatCompletionChunk
    from parley_client.models.chat_completion_chunk_choice import ChatCompletionChunkChoice
    from parley_client.models.usage import Usage

_JOIN_EVERY = 512


class _Choice:
    """What the chunks said about one choice so far."""

    __slots__ = ("content", "content_blocks", "finish_reason", "refusal", "tool_calls")

    def __init__(self) -> None:
        self.content: list[str] | None = None  # the newest pieces (None: no content seen)
        self.content_blocks: list[str] = []  # older pieces, joined
        self.refusal: list[str] | None = None
        self.tool_calls: dict[int, dict[str, Any]] = {}
        self.finish_reason: Any = None

    def join_content(self) -> None:
        """Keep the text as a few large strings rather than one string per chunk."""
        assert self.content is not None
        self.content_blocks.append("".join(self.content))
        self.content.clear()

    def add_rest(self, choice: ChatCompletionChunkChoice) -> None:
        """Everything but the content: tool-call fragments, refusal, finish reason."""
        delta = choice.delta
        if isinstance(delta.tool_calls, list):
            for call in delta.tool_calls:
                self._tool_call(call)
        if isinstance(delta.refusal, str):
            if self.refusal is None:
                self.refusal = []
            self.refusal.append(delta.refusal)
        if choice.finish_reason is not None:
            self.finish_reason = choice.finish_reason

    def _tool_call(self, call: Any) -> None:
        state = self.tool_calls.setdefault(call.index, {"id": None, "type": "function", "name": "", "arguments": []})
        if isinstance(call.id, str):
            state["id"] = call.id
        if isinstance(call.type, str):
            state["type"] = call.type
        function = call.function
        if hasattr(function, "arguments"):  # a ChatToolCallFunctionDelta (not UNSET)
            if isinstance(function.name, str):
                state["name"] += function.name
            if isinstance(function.arguments, str):
                state["arguments"].append(function.arguments)

    def text(self) -> str | None:
        if self.content is None:
            return None
        return "".join([*self.content_blocks, *self.content])

    def message(self) -> dict[str, Any]:
        calls = [
            {
                "id": call["id"],
                "type": call["type"],
                "function": {"name": call["name"], "arguments": "".join(call["arguments"])},
            }
            for _, call in sorted(self.tool_calls.items())
        ]
        message: dict[str, Any] = {
            "role": "assistant",
            "content": self.text(),
            "refusal": None if self.refusal is None else "".join(self.refusal),
        }
        if calls:  # left out when there are none, as in a JSON answer (the spec has no null here)
            message["tool_calls"] = calls
        return message


class CompletionAccumulator:
    """Adds up the chunks of one completion stream."""

    __slots__ = ("_choices", "_unset", "last", "usage")

    def __init__(self) -> None:
        from parley_client.types import UNSET  # here, not at import: building a client loads no generated code

        self._unset = UNSET
        self.last: ChatCompletionChunk | None = None
        """The newest chunk (its `id`, `model`, `created`, `session_id` are the completion's)."""
        self.usage: Usage | None = None
        """The usage, once a chunk has carried it (a generated `Usage`)."""
        self._choices: dict[int, _Choice] = {}

    def add(self, chunk: ChatCompletionChunk) -> None:
        """Take one chunk into account (inlined for the usual chunk: one choice, a content delta)."""
        self.last = chunk
        usage, unset = chunk.usage, self._unset
        if usage is not None and usage is not unset:
            self._usage(usage)
        for choice in chunk.choices:
            state = self._choices.get(choice.index)
            if state is None:
                state = self._choices[choice.index] = _Choice()
            delta = choice.delta
            content = delta.content
            if content.__class__ is str:
                pieces = state.content
                if pieces is None:
                    pieces = state.content = []
                pieces.append(content)
                if len(pieces) >= _JOIN_EVERY:
                    state.join_content()
            if delta.tool_calls is not unset or delta.refusal is not unset or choice.finish_reason is not None:
                state.add_rest(choice)

    def _usage(self, usage: Any) -> None:
        if hasattr(usage, "prompt_tokens"):  # a generated Usage (not a raw value from_dict let through)
            self.usage = usage

    def text(self, index: int = 0) -> str | None:
        """The content of one choice so far (None when it has none)."""
        state = self._choices.get(index)
        return None if state is None else state.text()

    def completion(self) -> ChatCompletion:
        """The generated `ChatCompletion` the chunks add up to (once the stream has ended)."""
        from parley_client.models.chat_completion import ChatCompletion

        last = self.last
        if last is None:
            raise ParleyError("The stream carried no chunk, so there is no completion to build.")
        unfinished = [index for index, state in self._choices.items() if state.finish_reason is None]
        if unfinished or self.usage is None:
            missing = f"a finish reason for choice {unfinished[0]}" if unfinished else "the usage"
            raise ParleyError(f"The stream ended without {missing}: the completion is incomplete.")
        body = {
            "id": last.id,
            "object": "chat.completion",
            "created": last.created,
            "model": last.model,
            "choices": [
                {"index": index, "message": state.message(), "finish_reason": state.finish_reason, "logprobs": None}
                for index, state in sorted(self._choices.items())
            ],
            "usage": self.usage.to_dict(),
            "system_fingerprint": last.system_fingerprint,
            "session_id": last.session_id,
        }
        return ChatCompletion.decode(body)
