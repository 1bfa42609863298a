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
from ..models.finish_reason import FINISH_REASON_VALUES, check_finish_reason
from ..types import UNSET

if TYPE_CHECKING:
    from ..models.chat_completion_choice import ChatCompletionChoice
    from ..models.usage import Usage


T = TypeVar("T", bound="ChatCompletion")


@_attrs_define
class ChatCompletion:
    """A finished chat completion."""

    id: str
    """ `chatcmpl-` followed by 24 hex digits. """
    object: Literal["chat.completion"]
    created: int
    """ Unix seconds. """
    model: str
    choices: list[ChatCompletionChoice]
    usage: Usage
    """ Token counts of a completion or run. """
    system_fingerprint: str
    """ Identifies the server build that answered (the same for every answer of one build), as
    OpenAI's does. The session is in `session_id`.
     """
    session_id: str
    """ The session this completion was recorded in; pass it back to continue it. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        object_ = self.object

        created = self.created

        model = self.model

        choices = []
        for choices_item_data in self.choices:
            choices_item = choices_item_data.to_dict()
            choices.append(choices_item)

        usage = self.usage.to_dict()

        system_fingerprint = self.system_fingerprint

        session_id = self.session_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "object": object_,
                "created": created,
                "model": model,
                "choices": choices,
                "usage": usage,
                "system_fingerprint": system_fingerprint,
                "session_id": session_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.chat_completion_choice import ChatCompletionChoice  # noqa: PLC0415
        from ..models.usage import Usage  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        object_ = cast(Literal["chat.completion"], d.pop("object"))
        if object_ != "chat.completion":
            raise ValueError(f"object must match const 'chat.completion', got '{object_}'")

        created = d.pop("created")

        model = d.pop("model")

        choices = []
        _choices = d.pop("choices")
        for choices_item_data in _choices:
            choices_item = ChatCompletionChoice.from_dict(choices_item_data)

            choices.append(choices_item)

        usage = Usage.from_dict(d.pop("usage"))

        system_fingerprint = d.pop("system_fingerprint")

        session_id = d.pop("session_id")

        chat_completion = cls(
            id=id,
            object=object_,
            created=created,
            model=model,
            choices=choices,
            usage=usage,
            system_fingerprint=system_fingerprint,
            session_id=session_id,
        )

        chat_completion.additional_properties = d
        return chat_completion

    @classmethod
    def decode(cls: type[T], data: Any) -> T:
        """What `from_dict(data)` returns, built faster from a parsed JSON object (`response.json()`).

        The same class, field values, `UNSET`s, `additional_properties` and nested models, unions tried
        in the same order; for data `from_dict` rejects, the same exception from the same field.
        """
        if cls is not ChatCompletion or data.__class__ is not dict:
            return cls.from_dict(data)
        if not _linked:
            _link_models()
        decoded = new_object(ChatCompletion)
        decoded.id = data["id"]
        v_: Any = data["object"]
        if v_ != "chat.completion":
            raise ValueError(f"object must match const 'chat.completion', got '{v_}'")

        decoded.object = v_
        decoded.created = data["created"]
        decoded.model = data["model"]
        v_ = data["choices"]
        if v_.__class__ is list and len(v_) == 1 and (t_choices_item := v_[0]).__class__ is dict:  # one item, inline
            o_choices_item__ = new_object(_MODEL_ChatCompletionChoice)
            o_choices_item__.index = t_choices_item["index"]
            v_choices_item__: Any = t_choices_item["message"]
            if v_choices_item__.__class__ is dict:  # the nested model's decode, inline
                o_choices_item__message__ = new_object(_MODEL_ChatCompletionMessage)
                v_choices_item__message__: Any = v_choices_item__["role"]
                if v_choices_item__message__ != "assistant":
                    raise ValueError(f"role must match const 'assistant', got '{v_choices_item__message__}'")

                o_choices_item__message__.role = v_choices_item__message__
                o_choices_item__message__.content = v_choices_item__["content"]
                o_choices_item__message__.refusal = v_choices_item__["refusal"]
                t_choices_item__message__count = 3
                if "tool_calls" in v_choices_item__:
                    v_choices_item__message__ = v_choices_item__["tool_calls"]
                    v_choices_item__message__ = decode_list(v_choices_item__message__, _MODEL_ChatToolCall)

                    o_choices_item__message__.tool_calls = v_choices_item__message__
                    t_choices_item__message__count += 1
                else:
                    o_choices_item__message__.tool_calls = UNSET
                t_choices_item__message__additional_properties = (
                    {}
                    if len(v_choices_item__) == t_choices_item__message__count
                    else {k: x for k, x in v_choices_item__.items() if k not in _KEYS_choices_item__message}
                )
                o_choices_item__message__.additional_properties = t_choices_item__message__additional_properties

                v_choices_item__ = o_choices_item__message__
            elif v_choices_item__ is not UNSET:
                v_choices_item__ = _MODEL_ChatCompletionMessage.from_dict(v_choices_item__)

            o_choices_item__.message = v_choices_item__
            v_choices_item__ = t_choices_item["finish_reason"]
            if v_choices_item__ not in FINISH_REASON_VALUES:
                v_choices_item__ = check_finish_reason(v_choices_item__)  # raises from_dict's TypeError

            o_choices_item__.finish_reason = v_choices_item__
            o_choices_item__.logprobs = t_choices_item["logprobs"]
            t_choices_item__additional_properties = (
                {}
                if len(t_choices_item) == 4
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
                        o_choices_item__ = new_object(_MODEL_ChatCompletionChoice)
                        o_choices_item__.index = t_choices_item["index"]
                        v_choices_item__ = t_choices_item["message"]
                        if v_choices_item__.__class__ is dict:  # the nested model's decode, inline
                            o_choices_item__message__ = new_object(_MODEL_ChatCompletionMessage)
                            v_choices_item__message__ = v_choices_item__["role"]
                            if v_choices_item__message__ != "assistant":
                                raise ValueError(
                                    f"role must match const 'assistant', got '{v_choices_item__message__}'"
                                )

                            o_choices_item__message__.role = v_choices_item__message__
                            o_choices_item__message__.content = v_choices_item__["content"]
                            o_choices_item__message__.refusal = v_choices_item__["refusal"]
                            t_choices_item__message__count = 3
                            if "tool_calls" in v_choices_item__:
                                v_choices_item__message__ = v_choices_item__["tool_calls"]
                                v_choices_item__message__ = decode_list(v_choices_item__message__, _MODEL_ChatToolCall)

                                o_choices_item__message__.tool_calls = v_choices_item__message__
                                t_choices_item__message__count += 1
                            else:
                                o_choices_item__message__.tool_calls = UNSET
                            t_choices_item__message__additional_properties = (
                                {}
                                if len(v_choices_item__) == t_choices_item__message__count
                                else {k: x for k, x in v_choices_item__.items() if k not in _KEYS_choices_item__message}
                            )
                            o_choices_item__message__.additional_properties = (
                                t_choices_item__message__additional_properties
                            )

                            v_choices_item__ = o_choices_item__message__
                        elif v_choices_item__ is not UNSET:
                            v_choices_item__ = _MODEL_ChatCompletionMessage.from_dict(v_choices_item__)

                        o_choices_item__.message = v_choices_item__
                        v_choices_item__ = t_choices_item["finish_reason"]
                        if v_choices_item__ not in FINISH_REASON_VALUES:
                            v_choices_item__ = check_finish_reason(v_choices_item__)  # raises from_dict's TypeError

                        o_choices_item__.finish_reason = v_choices_item__
                        o_choices_item__.logprobs = t_choices_item["logprobs"]
                        t_choices_item__additional_properties = (
                            {}
                            if len(t_choices_item) == 4
                            else {k: x for k, x in t_choices_item.items() if k not in _KEYS_choices_item}
                        )
                        o_choices_item__.additional_properties = t_choices_item__additional_properties

                        t_choices_item__append(o_choices_item__)
                    else:
                        t_choices_item__append(_MODEL_ChatCompletionChoice.from_dict(t_choices_item))
            finally:
                if t_choices_item__paused:
                    gc.enable()
            v_ = t_choices_item__list
        else:  # not a list: iterated, as from_dict does
            v_ = decode_list(v_, _MODEL_ChatCompletionChoice)

        decoded.choices = v_
        v_ = data["usage"]
        if v_.__class__ is dict:  # the nested model's decode, inline
            o_usage__ = new_object(_MODEL_Usage)
            o_usage__.prompt_tokens = v_["prompt_tokens"]
            o_usage__.completion_tokens = v_["completion_tokens"]
            o_usage__.total_tokens = v_["total_tokens"]
            t_usage__additional_properties = (
                {} if len(v_) == 3 else {k: x for k, x in v_.items() if k not in _KEYS_usage}
            )
            o_usage__.additional_properties = t_usage__additional_properties

            v_ = o_usage__
        elif v_ is not UNSET:
            v_ = _MODEL_Usage.from_dict(v_)

        decoded.usage = v_
        decoded.system_fingerprint = data["system_fingerprint"]
        decoded.session_id = data["session_id"]
        t_additional_properties = {} if len(data) == 8 else {k: x for k, x in data.items() if k not in _KEYS}
        decoded.additional_properties = t_additional_properties

        return decoded  # type: ignore[return-value]  # T is ChatCompletion here

    @property
    def object_(self) -> Literal["chat.completion"]:
        """Deprecated: the generator's name for `object`, kept for one release; warns on use."""
        warnings.warn(
            "ChatCompletion.object_ is deprecated; use ChatCompletion.object",
            DeprecationWarning,
            stacklevel=2,
        )
        return self.object

    @object_.setter
    def object_(self, value: Literal["chat.completion"]) -> None:
        warnings.warn(
            "ChatCompletion.object_ is deprecated; use ChatCompletion.object",
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
        "usage",
        "system_fingerprint",
        "session_id",
    }
)


_KEYS_choices_item = frozenset(
    {
        "index",
        "message",
        "finish_reason",
        "logprobs",
    }
)


_KEYS_choices_item__message = frozenset(
    {
        "role",
        "content",
        "refusal",
        "tool_calls",
    }
)


_KEYS_usage = frozenset(
    {
        "prompt_tokens",
        "completion_tokens",
        "total_tokens",
    }
)


_MODEL_ChatCompletionChoice: type[_models.ChatCompletionChoice]
_MODEL_ChatCompletionMessage: type[_models.ChatCompletionMessage]
_MODEL_ChatToolCall: type[_models.ChatToolCall]
_MODEL_Usage: type[_models.Usage]
_linked = False


def _link_models() -> None:
    """Bind the model classes decode builds, on first use (importing them with this module would import them all)."""
    global _MODEL_ChatCompletionChoice, _MODEL_ChatCompletionMessage, _MODEL_ChatToolCall, _MODEL_Usage, _linked
    _MODEL_ChatCompletionChoice = _models.ChatCompletionChoice
    _MODEL_ChatCompletionMessage = _models.ChatCompletionMessage
    _MODEL_ChatToolCall = _models.ChatToolCall
    _MODEL_Usage = _models.Usage
    _linked = True
