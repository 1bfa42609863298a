from __future__ import annotations

import gc
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._decoding import decode_list, new_object, pause_gc
from ..models.finish_reason import (
    FinishReason,
    check_finish_reason,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_completion_delta import ChatCompletionDelta


T = TypeVar("T", bound="ChatCompletionChunkChoice")


@_attrs_define
class ChatCompletionChunkChoice:
    """One choice's piece in a chunk."""

    index: int
    delta: ChatCompletionDelta
    """ What a chunk adds to its choice. `role` comes only in a choice's first chunk. """
    finish_reason: FinishReason | None
    logprobs: None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        index = self.index

        delta = self.delta.to_dict()

        finish_reason: None | str
        if isinstance(self.finish_reason, str):
            finish_reason = self.finish_reason
        else:
            finish_reason = self.finish_reason

        logprobs = self.logprobs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "index": index,
                "delta": delta,
                "finish_reason": finish_reason,
            }
        )
        if logprobs is not UNSET:
            field_dict["logprobs"] = logprobs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.chat_completion_delta import ChatCompletionDelta  # noqa: PLC0415

        d = dict(src_dict)
        index = d.pop("index")

        delta = ChatCompletionDelta.from_dict(d.pop("delta"))

        def _parse_finish_reason(data: object) -> FinishReason | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                finish_reason_type_0 = check_finish_reason(data)

                return finish_reason_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FinishReason | None, data)

        finish_reason = _parse_finish_reason(d.pop("finish_reason"))

        logprobs = d.pop("logprobs", UNSET)

        chat_completion_chunk_choice = cls(
            index=index,
            delta=delta,
            finish_reason=finish_reason,
            logprobs=logprobs,
        )

        chat_completion_chunk_choice.additional_properties = d
        return chat_completion_chunk_choice

    @classmethod
    def decode(cls: type[T], data: Any) -> T:
        """What `from_dict(data)` returns, built faster from a parsed JSON object (`response.json()`).

        The same class, field values, `UNSET`s, `additional_properties` and nested models, unions tried
        in the same order; for data `from_dict` rejects, the same exception from the same field.
        """
        if cls is not ChatCompletionChunkChoice or data.__class__ is not dict:
            return cls.from_dict(data)
        if not _linked:
            _link_models()
        decoded = new_object(ChatCompletionChunkChoice)
        decoded.index = data["index"]
        v_: Any = data["delta"]
        if v_.__class__ is dict:  # the nested model's decode, inline
            o_delta__ = new_object(_MODEL_ChatCompletionDelta)
            t_delta__count = 0
            if "role" in v_:
                v_delta__: Any = v_["role"]
                if v_delta__ != "assistant":
                    raise ValueError(f"role must match const 'assistant', got '{v_delta__}'")

                o_delta__.role = v_delta__
                t_delta__count += 1
            else:
                o_delta__.role = UNSET
            if "content" in v_:
                o_delta__.content = v_["content"]
                t_delta__count += 1
            else:
                o_delta__.content = UNSET
            if "tool_calls" in v_:
                v_delta__ = v_["tool_calls"]
                if (
                    v_delta__.__class__ is list
                    and len(v_delta__) == 1
                    and (t_delta__tool_calls_item := v_delta__[0]).__class__ is dict
                ):  # one item, inline
                    o_delta__tool_calls_item__ = new_object(_MODEL_ChatToolCallDelta)
                    o_delta__tool_calls_item__.index = t_delta__tool_calls_item["index"]
                    t_delta__tool_calls_item__count = 1
                    if "id" in t_delta__tool_calls_item:
                        o_delta__tool_calls_item__.id = t_delta__tool_calls_item["id"]
                        t_delta__tool_calls_item__count += 1
                    else:
                        o_delta__tool_calls_item__.id = UNSET
                    if "type" in t_delta__tool_calls_item:
                        v_delta__tool_calls_item__: Any = t_delta__tool_calls_item["type"]
                        if v_delta__tool_calls_item__ != "function":
                            raise ValueError(f"type must match const 'function', got '{v_delta__tool_calls_item__}'")

                        o_delta__tool_calls_item__.type = v_delta__tool_calls_item__
                        t_delta__tool_calls_item__count += 1
                    else:
                        o_delta__tool_calls_item__.type = UNSET
                    if "function" in t_delta__tool_calls_item:
                        v_delta__tool_calls_item__ = t_delta__tool_calls_item["function"]
                        v_delta__tool_calls_item__ = _MODEL_ChatToolCallFunctionDelta.decode(v_delta__tool_calls_item__)

                        o_delta__tool_calls_item__.function = v_delta__tool_calls_item__
                        t_delta__tool_calls_item__count += 1
                    else:
                        o_delta__tool_calls_item__.function = UNSET
                    t_delta__tool_calls_item__additional_properties = (
                        {}
                        if len(t_delta__tool_calls_item) == t_delta__tool_calls_item__count
                        else {
                            k: x for k, x in t_delta__tool_calls_item.items() if k not in _KEYS_delta__tool_calls_item
                        }
                    )
                    o_delta__tool_calls_item__.additional_properties = t_delta__tool_calls_item__additional_properties

                    v_delta__ = [o_delta__tool_calls_item__]
                elif v_delta__.__class__ is list:  # each item inline; see decode_list for the collector's pause
                    t_delta__tool_calls_item__list: list[Any] = []
                    t_delta__tool_calls_item__append = t_delta__tool_calls_item__list.append
                    t_delta__tool_calls_item__paused = pause_gc(v_delta__)
                    try:
                        for t_delta__tool_calls_item in v_delta__:
                            if t_delta__tool_calls_item.__class__ is dict:
                                o_delta__tool_calls_item__ = new_object(_MODEL_ChatToolCallDelta)
                                o_delta__tool_calls_item__.index = t_delta__tool_calls_item["index"]
                                t_delta__tool_calls_item__count = 1
                                if "id" in t_delta__tool_calls_item:
                                    o_delta__tool_calls_item__.id = t_delta__tool_calls_item["id"]
                                    t_delta__tool_calls_item__count += 1
                                else:
                                    o_delta__tool_calls_item__.id = UNSET
                                if "type" in t_delta__tool_calls_item:
                                    v_delta__tool_calls_item__ = t_delta__tool_calls_item["type"]
                                    if v_delta__tool_calls_item__ != "function":
                                        raise ValueError(
                                            f"type must match const 'function', got '{v_delta__tool_calls_item__}'"
                                        )

                                    o_delta__tool_calls_item__.type = v_delta__tool_calls_item__
                                    t_delta__tool_calls_item__count += 1
                                else:
                                    o_delta__tool_calls_item__.type = UNSET
                                if "function" in t_delta__tool_calls_item:
                                    v_delta__tool_calls_item__ = t_delta__tool_calls_item["function"]
                                    v_delta__tool_calls_item__ = _MODEL_ChatToolCallFunctionDelta.decode(
                                        v_delta__tool_calls_item__
                                    )

                                    o_delta__tool_calls_item__.function = v_delta__tool_calls_item__
                                    t_delta__tool_calls_item__count += 1
                                else:
                                    o_delta__tool_calls_item__.function = UNSET
                                t_delta__tool_calls_item__additional_properties = (
                                    {}
                                    if len(t_delta__tool_calls_item) == t_delta__tool_calls_item__count
                                    else {
                                        k: x
                                        for k, x in t_delta__tool_calls_item.items()
                                        if k not in _KEYS_delta__tool_calls_item
                                    }
                                )
                                o_delta__tool_calls_item__.additional_properties = (
                                    t_delta__tool_calls_item__additional_properties
                                )

                                t_delta__tool_calls_item__append(o_delta__tool_calls_item__)
                            else:
                                t_delta__tool_calls_item__append(
                                    _MODEL_ChatToolCallDelta.from_dict(t_delta__tool_calls_item)
                                )
                    finally:
                        if t_delta__tool_calls_item__paused:
                            gc.enable()
                    v_delta__ = t_delta__tool_calls_item__list
                else:  # not a list: iterated, as from_dict does
                    v_delta__ = decode_list(v_delta__, _MODEL_ChatToolCallDelta)

                o_delta__.tool_calls = v_delta__
                t_delta__count += 1
            else:
                o_delta__.tool_calls = UNSET
            if "refusal" in v_:
                o_delta__.refusal = v_["refusal"]
                t_delta__count += 1
            else:
                o_delta__.refusal = UNSET
            t_delta__additional_properties = (
                {} if len(v_) == t_delta__count else {k: x for k, x in v_.items() if k not in _KEYS_delta}
            )
            o_delta__.additional_properties = t_delta__additional_properties

            v_ = o_delta__
        elif v_ is not UNSET:
            v_ = _MODEL_ChatCompletionDelta.from_dict(v_)

        decoded.delta = v_
        decoded.finish_reason = data["finish_reason"]
        t_count = 3
        if "logprobs" in data:
            decoded.logprobs = data["logprobs"]
            t_count += 1
        else:
            decoded.logprobs = UNSET
        t_additional_properties = {} if len(data) == t_count else {k: x for k, x in data.items() if k not in _KEYS}
        decoded.additional_properties = t_additional_properties

        return decoded  # type: ignore[return-value]  # T is ChatCompletionChunkChoice here

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
        "index",
        "delta",
        "finish_reason",
        "logprobs",
    }
)


_KEYS_delta = frozenset(
    {
        "role",
        "content",
        "tool_calls",
        "refusal",
    }
)


_KEYS_delta__tool_calls_item = frozenset(
    {
        "index",
        "id",
        "type",
        "function",
    }
)


_MODEL_ChatCompletionDelta: type[_models.ChatCompletionDelta]
_MODEL_ChatToolCallDelta: type[_models.ChatToolCallDelta]
_MODEL_ChatToolCallFunctionDelta: type[_models.ChatToolCallFunctionDelta]
_linked = False


def _link_models() -> None:
    """Bind the model classes decode builds, on first use (importing them with this module would import them all)."""
    global _MODEL_ChatCompletionDelta, _MODEL_ChatToolCallDelta, _MODEL_ChatToolCallFunctionDelta, _linked
    _MODEL_ChatCompletionDelta = _models.ChatCompletionDelta
    _MODEL_ChatToolCallDelta = _models.ChatToolCallDelta
    _MODEL_ChatToolCallFunctionDelta = _models.ChatToolCallFunctionDelta
    _linked = True
