from __future__ import annotations

import gc
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._decoding import decode_list, new_object, pause_gc
from ..models.finish_reason import (
    FINISH_REASON_VALUES,
    FinishReason,
    check_finish_reason,
)
from ..types import UNSET

if TYPE_CHECKING:
    from ..models.chat_completion_message import ChatCompletionMessage


T = TypeVar("T", bound="ChatCompletionChoice")


@_attrs_define
class ChatCompletionChoice:
    """One generated answer."""

    index: int
    message: ChatCompletionMessage
    """ The assistant's answer. As OpenAI's, `tool_calls` is left out when the answer calls no tool
    (never `null`), and `content` is `null` when it only calls tools.
     """
    finish_reason: FinishReason
    """ Why generation stopped. """
    logprobs: None
    """ Always null; log probabilities are not offered. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        index = self.index

        message = self.message.to_dict()

        finish_reason: str = self.finish_reason

        logprobs = self.logprobs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "index": index,
                "message": message,
                "finish_reason": finish_reason,
                "logprobs": logprobs,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.chat_completion_message import ChatCompletionMessage  # noqa: PLC0415

        d = dict(src_dict)
        index = d.pop("index")

        message = ChatCompletionMessage.from_dict(d.pop("message"))

        finish_reason = check_finish_reason(d.pop("finish_reason"))

        logprobs = d.pop("logprobs")

        chat_completion_choice = cls(
            index=index,
            message=message,
            finish_reason=finish_reason,
            logprobs=logprobs,
        )

        chat_completion_choice.additional_properties = d
        return chat_completion_choice

    @classmethod
    def decode(cls: type[T], data: Any) -> T:
        """What `from_dict(data)` returns, built faster from a parsed JSON object (`response.json()`).

        The same class, field values, `UNSET`s, `additional_properties` and nested models, unions tried
        in the same order; for data `from_dict` rejects, the same exception from the same field.
        """
        if cls is not ChatCompletionChoice or data.__class__ is not dict:
            return cls.from_dict(data)
        if not _linked:
            _link_models()
        decoded = new_object(ChatCompletionChoice)
        decoded.index = data["index"]
        v_: Any = data["message"]
        if v_.__class__ is dict:  # the nested model's decode, inline
            o_message__ = new_object(_MODEL_ChatCompletionMessage)
            v_message__: Any = v_["role"]
            if v_message__ != "assistant":
                raise ValueError(f"role must match const 'assistant', got '{v_message__}'")

            o_message__.role = v_message__
            o_message__.content = v_["content"]
            o_message__.refusal = v_["refusal"]
            t_message__count = 3
            if "tool_calls" in v_:
                v_message__ = v_["tool_calls"]
                if (
                    v_message__.__class__ is list
                    and len(v_message__) == 1
                    and (t_message__tool_calls_item := v_message__[0]).__class__ is dict
                ):  # one item, inline
                    o_message__tool_calls_item__ = new_object(_MODEL_ChatToolCall)
                    o_message__tool_calls_item__.id = t_message__tool_calls_item["id"]
                    v_message__tool_calls_item__: Any = t_message__tool_calls_item["type"]
                    if v_message__tool_calls_item__ != "function":
                        raise ValueError(f"type must match const 'function', got '{v_message__tool_calls_item__}'")

                    o_message__tool_calls_item__.type = v_message__tool_calls_item__
                    v_message__tool_calls_item__ = t_message__tool_calls_item["function"]
                    v_message__tool_calls_item__ = _MODEL_ChatFunctionCall.decode(v_message__tool_calls_item__)

                    o_message__tool_calls_item__.function = v_message__tool_calls_item__

                    v_message__ = [o_message__tool_calls_item__]
                elif v_message__.__class__ is list:  # each item inline; see decode_list for the collector's pause
                    t_message__tool_calls_item__list: list[Any] = []
                    t_message__tool_calls_item__append = t_message__tool_calls_item__list.append
                    t_message__tool_calls_item__paused = pause_gc(v_message__)
                    try:
                        for t_message__tool_calls_item in v_message__:
                            if t_message__tool_calls_item.__class__ is dict:
                                o_message__tool_calls_item__ = new_object(_MODEL_ChatToolCall)
                                o_message__tool_calls_item__.id = t_message__tool_calls_item["id"]
                                v_message__tool_calls_item__ = t_message__tool_calls_item["type"]
                                if v_message__tool_calls_item__ != "function":
                                    raise ValueError(
                                        f"type must match const 'function', got '{v_message__tool_calls_item__}'"
                                    )

                                o_message__tool_calls_item__.type = v_message__tool_calls_item__
                                v_message__tool_calls_item__ = t_message__tool_calls_item["function"]
                                v_message__tool_calls_item__ = _MODEL_ChatFunctionCall.decode(
                                    v_message__tool_calls_item__
                                )

                                o_message__tool_calls_item__.function = v_message__tool_calls_item__

                                t_message__tool_calls_item__append(o_message__tool_calls_item__)
                            else:
                                t_message__tool_calls_item__append(
                                    _MODEL_ChatToolCall.from_dict(t_message__tool_calls_item)
                                )
                    finally:
                        if t_message__tool_calls_item__paused:
                            gc.enable()
                    v_message__ = t_message__tool_calls_item__list
                else:  # not a list: iterated, as from_dict does
                    v_message__ = decode_list(v_message__, _MODEL_ChatToolCall)

                o_message__.tool_calls = v_message__
                t_message__count += 1
            else:
                o_message__.tool_calls = UNSET
            t_message__additional_properties = (
                {} if len(v_) == t_message__count else {k: x for k, x in v_.items() if k not in _KEYS_message}
            )
            o_message__.additional_properties = t_message__additional_properties

            v_ = o_message__
        elif v_ is not UNSET:
            v_ = _MODEL_ChatCompletionMessage.from_dict(v_)

        decoded.message = v_
        v_ = data["finish_reason"]
        if v_ not in FINISH_REASON_VALUES:
            v_ = check_finish_reason(v_)  # raises from_dict's TypeError

        decoded.finish_reason = v_
        decoded.logprobs = data["logprobs"]
        t_additional_properties = {} if len(data) == 4 else {k: x for k, x in data.items() if k not in _KEYS}
        decoded.additional_properties = t_additional_properties

        return decoded  # type: ignore[return-value]  # T is ChatCompletionChoice here

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
        "message",
        "finish_reason",
        "logprobs",
    }
)


_KEYS_message = frozenset(
    {
        "role",
        "content",
        "refusal",
        "tool_calls",
    }
)


_MODEL_ChatCompletionMessage: type[_models.ChatCompletionMessage]
_MODEL_ChatFunctionCall: type[_models.ChatFunctionCall]
_MODEL_ChatToolCall: type[_models.ChatToolCall]
_linked = False


def _link_models() -> None:
    """Bind the model classes decode builds, on first use (importing them with this module would import them all)."""
    global _MODEL_ChatCompletionMessage, _MODEL_ChatFunctionCall, _MODEL_ChatToolCall, _linked
    _MODEL_ChatCompletionMessage = _models.ChatCompletionMessage
    _MODEL_ChatFunctionCall = _models.ChatFunctionCall
    _MODEL_ChatToolCall = _models.ChatToolCall
    _linked = True
