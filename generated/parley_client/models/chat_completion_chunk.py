from __future__ import annotations

import gc
import warnings
from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._decoding import decode_list, new_object, pause_gc
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_completion_chunk_choice import ChatCompletionChunkChoice
    from ..models.usage import Usage


T = TypeVar("T", bound="ChatCompletionChunk")


@_attrs_define
class ChatCompletionChunk:
    """One frame of a streamed chat completion."""

    id: str
    """ The same for every chunk of one completion. """
    object: Literal["chat.completion.chunk"]
    created: int
    model: str
    choices: list[ChatCompletionChunkChoice]
    system_fingerprint: str
    """ The server build's fingerprint, on every chunk (as in `ChatCompletion`). """
    session_id: str
    """ The session this completion is recorded in, on every chunk. """
    usage: None | Unset | Usage = UNSET
    """ Present on the last chunk (see `stream_options.include_usage`), null on the others. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.usage import Usage  # noqa: PLC0415

        id = self.id

        object_ = self.object

        created = self.created

        model = self.model

        choices = []
        for choices_item_data in self.choices:
            choices_item = choices_item_data.to_dict()
            choices.append(choices_item)

        system_fingerprint = self.system_fingerprint

        session_id = self.session_id

        usage: dict[str, Any] | None | Unset
        if isinstance(self.usage, Unset):
            usage = UNSET
        elif isinstance(self.usage, Usage):
            usage = self.usage.to_dict()
        else:
            usage = self.usage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "object": object_,
                "created": created,
                "model": model,
                "choices": choices,
                "system_fingerprint": system_fingerprint,
                "session_id": session_id,
            }
        )
        if usage is not UNSET:
            field_dict["usage"] = usage

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.chat_completion_chunk_choice import ChatCompletionChunkChoice  # noqa: PLC0415
        from ..models.usage import Usage  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        object_ = cast(Literal["chat.completion.chunk"], d.pop("object"))
        if object_ != "chat.completion.chunk":
            raise ValueError(f"object must match const 'chat.completion.chunk', got '{object_}'")

        created = d.pop("created")

        model = d.pop("model")

        choices = []
        _choices = d.pop("choices")
        for choices_item_data in _choices:
            choices_item = ChatCompletionChunkChoice.from_dict(choices_item_data)

            choices.append(choices_item)

        system_fingerprint = d.pop("system_fingerprint")

        session_id = d.pop("session_id")

        def _parse_usage(data: object) -> None | Unset | Usage:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                usage_type_0 = Usage.from_dict(data)

                return usage_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | Usage, data)

        usage = _parse_usage(d.pop("usage", UNSET))

        chat_completion_chunk = cls(
            id=id,
            object=object_,
            created=created,
            model=model,
            choices=choices,
            system_fingerprint=system_fingerprint,
            session_id=session_id,
            usage=usage,
        )

        chat_completion_chunk.additional_properties = d
        return chat_completion_chunk

    @classmethod
    def decode(cls: type[T], data: Any) -> T:
        """What `from_dict(data)` returns, built faster from a parsed JSON object (`response.json()`).

        The same class, field values, `UNSET`s, `additional_properties` and nested models, unions tried
        in the same order; for data `from_dict` rejects, the same exception from the same field.
        """
        if cls is not ChatCompletionChunk or data.__class__ is not dict:
            return cls.from_dict(data)
        if not _linked:
            _link_models()
        decoded = new_object(ChatCompletionChunk)
        decoded.id = data["id"]
        v_: Any = data["object"]
        if v_ != "chat.completion.chunk":
            raise ValueError(f"object must match const 'chat.completion.chunk', got '{v_}'")

        decoded.object = v_
        decoded.created = data["created"]
        decoded.model = data["model"]
        v_ = data["choices"]
        if v_.__class__ is list and len(v_) == 1 and (t_choices_item := v_[0]).__class__ is dict:  # one item, inline
            o_choices_item__ = new_object(_MODEL_ChatCompletionChunkChoice)
            o_choices_item__.index = t_choices_item["index"]
            v_choices_item__: Any = t_choices_item["delta"]
            if v_choices_item__.__class__ is dict:  # the nested model's decode, inline
                o_choices_item__delta__ = new_object(_MODEL_ChatCompletionDelta)
                t_choices_item__delta__count = 0
                if "role" in v_choices_item__:
                    v_choices_item__delta__: Any = v_choices_item__["role"]
                    if v_choices_item__delta__ != "assistant":
                        raise ValueError(f"role must match const 'assistant', got '{v_choices_item__delta__}'")

                    o_choices_item__delta__.role = v_choices_item__delta__
                    t_choices_item__delta__count += 1
                else:
                    o_choices_item__delta__.role = UNSET
                if "content" in v_choices_item__:
                    o_choices_item__delta__.content = v_choices_item__["content"]
                    t_choices_item__delta__count += 1
                else:
                    o_choices_item__delta__.content = UNSET
                if "tool_calls" in v_choices_item__:
                    v_choices_item__delta__ = v_choices_item__["tool_calls"]
                    v_choices_item__delta__ = decode_list(v_choices_item__delta__, _MODEL_ChatToolCallDelta)

                    o_choices_item__delta__.tool_calls = v_choices_item__delta__
                    t_choices_item__delta__count += 1
                else:
                    o_choices_item__delta__.tool_calls = UNSET
                if "refusal" in v_choices_item__:
                    o_choices_item__delta__.refusal = v_choices_item__["refusal"]
                    t_choices_item__delta__count += 1
                else:
                    o_choices_item__delta__.refusal = UNSET
                t_choices_item__delta__additional_properties = (
                    {}
                    if len(v_choices_item__) == t_choices_item__delta__count
                    else {k: x for k, x in v_choices_item__.items() if k not in _KEYS_choices_item__delta}
                )
                o_choices_item__delta__.additional_properties = t_choices_item__delta__additional_properties

                v_choices_item__ = o_choices_item__delta__
            elif v_choices_item__ is not UNSET:
                v_choices_item__ = _MODEL_ChatCompletionDelta.from_dict(v_choices_item__)

            o_choices_item__.delta = v_choices_item__
            o_choices_item__.finish_reason = t_choices_item["finish_reason"]
            t_choices_item__count = 3
            if "logprobs" in t_choices_item:
                o_choices_item__.logprobs = t_choices_item["logprobs"]
                t_choices_item__count += 1
            else:
                o_choices_item__.logprobs = UNSET
            t_choices_item__additional_properties = (
                {}
                if len(t_choices_item) == t_choices_item__count
                else {k: x for k, x in t_choices_item.items() if k not in _KEYS_choices_item}
            )
            o_choices_item__.additional_properties = t_choices_item__additional_properties

            v_ = [o_choices_item__]
        elif v_.__class__ is list:  # each item inline; see decode_list for the collector's pause
            t_choices_item__list: list[Any] = []
            t_choices_item__append = t_choices_item__list.append
            t_choices_item__paused = pause_gc(v_)
            try:
                for t_choices_item in v_:
                    if t_choices_item.__class__ is dict:
                        o_choices_item__ = new_object(_MODEL_ChatCompletionChunkChoice)
                        o_choices_item__.index = t_choices_item["index"]
                        v_choices_item__ = t_choices_item["delta"]
                        if v_choices_item__.__class__ is dict:  # the nested model's decode, inline
                            o_choices_item__delta__ = new_object(_MODEL_ChatCompletionDelta)
                            t_choices_item__delta__count = 0
                            if "role" in v_choices_item__:
                                v_choices_item__delta__ = v_choices_item__["role"]
                                if v_choices_item__delta__ != "assistant":
                                    raise ValueError(
                                        f"role must match const 'assistant', got '{v_choices_item__delta__}'"
                                    )

                                o_choices_item__delta__.role = v_choices_item__delta__
                                t_choices_item__delta__count += 1
                            else:
                                o_choices_item__delta__.role = UNSET
                            if "content" in v_choices_item__:
                                o_choices_item__delta__.content = v_choices_item__["content"]
                                t_choices_item__delta__count += 1
                            else:
                                o_choices_item__delta__.content = UNSET
                            if "tool_calls" in v_choices_item__:
                                v_choices_item__delta__ = v_choices_item__["tool_calls"]
                                v_choices_item__delta__ = decode_list(v_choices_item__delta__, _MODEL_ChatToolCallDelta)

                                o_choices_item__delta__.tool_calls = v_choices_item__delta__
                                t_choices_item__delta__count += 1
                            else:
                                o_choices_item__delta__.tool_calls = UNSET
                            if "refusal" in v_choices_item__:
                                o_choices_item__delta__.refusal = v_choices_item__["refusal"]
                                t_choices_item__delta__count += 1
                            else:
                                o_choices_item__delta__.refusal = UNSET
                            t_choices_item__delta__additional_properties = (
                                {}
                                if len(v_choices_item__) == t_choices_item__delta__count
                                else {k: x for k, x in v_choices_item__.items() if k not in _KEYS_choices_item__delta}
                            )
                            o_choices_item__delta__.additional_properties = t_choices_item__delta__additional_properties

                            v_choices_item__ = o_choices_item__delta__
                        elif v_choices_item__ is not UNSET:
                            v_choices_item__ = _MODEL_ChatCompletionDelta.from_dict(v_choices_item__)

                        o_choices_item__.delta = v_choices_item__
                        o_choices_item__.finish_reason = t_choices_item["finish_reason"]
                        t_choices_item__count = 3
                        if "logprobs" in t_choices_item:
                            o_choices_item__.logprobs = t_choices_item["logprobs"]
                            t_choices_item__count += 1
                        else:
                            o_choices_item__.logprobs = UNSET
                        t_choices_item__additional_properties = (
                            {}
                            if len(t_choices_item) == t_choices_item__count
                            else {k: x for k, x in t_choices_item.items() if k not in _KEYS_choices_item}
                        )
                        o_choices_item__.additional_properties = t_choices_item__additional_properties

                        t_choices_item__append(o_choices_item__)
                    else:
                        t_choices_item__append(_MODEL_ChatCompletionChunkChoice.from_dict(t_choices_item))
            finally:
                if t_choices_item__paused:
                    gc.enable()
            v_ = t_choices_item__list
        else:  # not a list: iterated, as from_dict does
            v_ = decode_list(v_, _MODEL_ChatCompletionChunkChoice)

        decoded.choices = v_
        decoded.system_fingerprint = data["system_fingerprint"]
        decoded.session_id = data["session_id"]
        t_count = 7
        if "usage" in data:
            v_ = data["usage"]
            if v_ is not None:  # values its parser returns as they are
                v_ = _decode_usage(v_)

            decoded.usage = v_
            t_count += 1
        else:
            decoded.usage = UNSET
        t_additional_properties = {} if len(data) == t_count else {k: x for k, x in data.items() if k not in _KEYS}
        decoded.additional_properties = t_additional_properties

        return decoded  # type: ignore[return-value]  # T is ChatCompletionChunk here

    @property
    def object_(self) -> Literal["chat.completion.chunk"]:
        """Deprecated: the generator's name for `object`, kept for one release; warns on use."""
        warnings.warn(
            "ChatCompletionChunk.object_ is deprecated; use ChatCompletionChunk.object",
            DeprecationWarning,
            stacklevel=2,
        )
        return self.object

    @object_.setter
    def object_(self, value: Literal["chat.completion.chunk"]) -> None:
        warnings.warn(
            "ChatCompletionChunk.object_ is deprecated; use ChatCompletionChunk.object",
            DeprecationWarning,
            stacklevel=2,
        )
        self.object = value

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


_KEYS = frozenset(
    {
        "id",
        "object",
        "created",
        "model",
        "choices",
        "system_fingerprint",
        "session_id",
        "usage",
    }
)


_KEYS_choices_item = frozenset(
    {
        "index",
        "delta",
        "finish_reason",
        "logprobs",
    }
)


_KEYS_choices_item__delta = frozenset(
    {
        "role",
        "content",
        "tool_calls",
        "refusal",
    }
)


def _decode_usage(data: Any) -> Any:
    if data is None:
        return data
    if data is UNSET:
        return data
    if isinstance(data, dict):
        try:
            v_usage_type_0: Any = data
            v_usage_type_0 = _MODEL_Usage.decode(v_usage_type_0)

            return v_usage_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data


_MODEL_ChatCompletionChunkChoice: type[_models.ChatCompletionChunkChoice]
_MODEL_ChatCompletionDelta: type[_models.ChatCompletionDelta]
_MODEL_ChatToolCallDelta: type[_models.ChatToolCallDelta]
_MODEL_Usage: type[_models.Usage]
_linked = False


def _link_models() -> None:
    """Bind the model classes decode builds, on first use (importing them with this module would import them all)."""
    global _MODEL_ChatCompletionChunkChoice, _MODEL_ChatCompletionDelta, _MODEL_ChatToolCallDelta, _MODEL_Usage, _linked
    _MODEL_ChatCompletionChunkChoice = _models.ChatCompletionChunkChoice
    _MODEL_ChatCompletionDelta = _models.ChatCompletionDelta
    _MODEL_ChatToolCallDelta = _models.ChatToolCallDelta
    _MODEL_Usage = _models.Usage
    _linked = True
