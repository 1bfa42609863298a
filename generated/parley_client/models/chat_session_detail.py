from __future__ import annotations

import gc
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._decoding import decode_list, new_object, pause_gc
from .._timestamps import parse_timestamp
from ..models.chat_role import CHAT_ROLE_VALUES, check_chat_role
from ..types import UNSET

if TYPE_CHECKING:
    from ..models.chat_message_record import ChatMessageRecord
    from ..models.chat_session_summary import ChatSessionSummary


T = TypeVar("T", bound="ChatSessionDetail")


@_attrs_define
class ChatSessionDetail:
    """A session and its transcript."""

    session: ChatSessionSummary
    """ A recorded conversation (the ChatServer seed's `ChatSessionSummary`). """
    messages: list[ChatMessageRecord]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        session = self.session.to_dict()

        messages = []
        for messages_item_data in self.messages:
            messages_item = messages_item_data.to_dict()
            messages.append(messages_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "session": session,
                "messages": messages,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.chat_message_record import ChatMessageRecord  # noqa: PLC0415
        from ..models.chat_session_summary import ChatSessionSummary  # noqa: PLC0415

        d = dict(src_dict)
        session = ChatSessionSummary.from_dict(d.pop("session"))

        messages = []
        _messages = d.pop("messages")
        for messages_item_data in _messages:
            messages_item = ChatMessageRecord.from_dict(messages_item_data)

            messages.append(messages_item)

        chat_session_detail = cls(
            session=session,
            messages=messages,
        )

        chat_session_detail.additional_properties = d
        return chat_session_detail

    @classmethod
    def decode(cls: type[T], data: Any) -> T:
        """What `from_dict(data)` returns, built faster from a parsed JSON object (`response.json()`).

        The same class, field values, `UNSET`s, `additional_properties` and nested models, unions tried
        in the same order; for data `from_dict` rejects, the same exception from the same field.
        """
        if cls is not ChatSessionDetail or data.__class__ is not dict:
            return cls.from_dict(data)
        if not _linked:
            _link_models()
        decoded = new_object(ChatSessionDetail)
        v_: Any = data["session"]
        if v_.__class__ is dict:  # the nested model's decode, inline
            o_session__ = new_object(_MODEL_ChatSessionSummary)
            o_session__.id = v_["id"]
            o_session__.user_id = v_["user_id"]
            o_session__.organization_id = v_["organization_id"]
            o_session__.title = v_["title"]
            o_session__.model = v_["model"]
            o_session__.agent_type = v_["agent_type"]
            v_session__: Any = v_["created_at"]
            v_session__ = parse_timestamp(v_session__)

            o_session__.created_at = v_session__
            v_session__ = v_["updated_at"]
            v_session__ = parse_timestamp(v_session__)

            o_session__.updated_at = v_session__
            v_session__ = v_["last_message_at"]
            if v_session__ is not None:  # values its parser returns as they are
                v_session__ = _decode_session__last_message_at(v_session__)

            o_session__.last_message_at = v_session__
            o_session__.message_count = v_["message_count"]
            o_session__.tokens_in = v_["tokens_in"]
            o_session__.tokens_out = v_["tokens_out"]
            o_session__.tokens_total = v_["tokens_total"]
            v_session__ = v_["metadata"]
            if v_session__.__class__ is dict:  # the nested model's decode: a copy of the object
                t_session__metadata = new_object(_MODEL_Metadata)
                t_session__metadata.additional_properties = v_session__.copy()
                v_session__ = t_session__metadata
            elif v_session__ is not UNSET:
                v_session__ = _MODEL_Metadata.from_dict(v_session__)

            o_session__.metadata = v_session__
            o_session__.archived = v_["archived"]
            t_session__additional_properties = (
                {} if len(v_) == 15 else {k: x for k, x in v_.items() if k not in _KEYS_session}
            )
            o_session__.additional_properties = t_session__additional_properties

            v_ = o_session__
        elif v_ is not UNSET:
            v_ = _MODEL_ChatSessionSummary.from_dict(v_)

        decoded.session = v_
        v_ = data["messages"]
        if v_.__class__ is list and len(v_) == 1 and (t_messages_item := v_[0]).__class__ is dict:  # one item, inline
            o_messages_item__ = new_object(_MODEL_ChatMessageRecord)
            o_messages_item__.id = t_messages_item["id"]
            o_messages_item__.session_id = t_messages_item["session_id"]
            o_messages_item__.message_index = t_messages_item["message_index"]
            v_messages_item__: Any = t_messages_item["role"]
            if v_messages_item__ not in CHAT_ROLE_VALUES:
                v_messages_item__ = check_chat_role(v_messages_item__)  # raises from_dict's TypeError

            o_messages_item__.role = v_messages_item__
            o_messages_item__.content = t_messages_item["content"]
            v_messages_item__ = t_messages_item["metadata"]
            if v_messages_item__.__class__ is dict:  # the nested model's decode: a copy of the object
                t_messages_item__metadata = new_object(_MODEL_Metadata)
                t_messages_item__metadata.additional_properties = v_messages_item__.copy()
                v_messages_item__ = t_messages_item__metadata
            elif v_messages_item__ is not UNSET:
                v_messages_item__ = _MODEL_Metadata.from_dict(v_messages_item__)

            o_messages_item__.metadata = v_messages_item__
            o_messages_item__.tokens = t_messages_item["tokens"]
            v_messages_item__ = t_messages_item["created_at"]
            v_messages_item__ = parse_timestamp(v_messages_item__)

            o_messages_item__.created_at = v_messages_item__
            v_messages_item__ = t_messages_item["updated_at"]
            if v_messages_item__ is not None:  # values its parser returns as they are
                v_messages_item__ = _decode_messages_item__updated_at(v_messages_item__)

            o_messages_item__.updated_at = v_messages_item__
            t_messages_item__additional_properties = (
                {}
                if len(t_messages_item) == 9
                else {k: x for k, x in t_messages_item.items() if k not in _KEYS_messages_item}
            )
            o_messages_item__.additional_properties = t_messages_item__additional_properties

            v_ = [o_messages_item__]
        elif v_.__class__ is list:  # each item inline; see decode_list for the collector's pause
            t_messages_item__list: list[Any] = []
            t_messages_item__append = t_messages_item__list.append
            t_messages_item__paused = pause_gc(v_)
            try:
                for t_messages_item in v_:
                    if t_messages_item.__class__ is dict:
                        o_messages_item__ = new_object(_MODEL_ChatMessageRecord)
                        o_messages_item__.id = t_messages_item["id"]
                        o_messages_item__.session_id = t_messages_item["session_id"]
                        o_messages_item__.message_index = t_messages_item["message_index"]
                        v_messages_item__ = t_messages_item["role"]
                        if v_messages_item__ not in CHAT_ROLE_VALUES:
                            v_messages_item__ = check_chat_role(v_messages_item__)  # raises from_dict's TypeError

                        o_messages_item__.role = v_messages_item__
                        o_messages_item__.content = t_messages_item["content"]
                        v_messages_item__ = t_messages_item["metadata"]
                        if v_messages_item__.__class__ is dict:  # the nested model's decode: a copy of the object
                            t_messages_item__metadata = new_object(_MODEL_Metadata)
                            t_messages_item__metadata.additional_properties = v_messages_item__.copy()
                            v_messages_item__ = t_messages_item__metadata
                        elif v_messages_item__ is not UNSET:
                            v_messages_item__ = _MODEL_Metadata.from_dict(v_messages_item__)

                        o_messages_item__.metadata = v_messages_item__
                        o_messages_item__.tokens = t_messages_item["tokens"]
                        v_messages_item__ = t_messages_item["created_at"]
                        v_messages_item__ = parse_timestamp(v_messages_item__)

                        o_messages_item__.created_at = v_messages_item__
                        v_messages_item__ = t_messages_item["updated_at"]
                        if v_messages_item__ is not None:  # values its parser returns as they are
                            v_messages_item__ = _decode_messages_item__updated_at(v_messages_item__)

                        o_messages_item__.updated_at = v_messages_item__
                        t_messages_item__additional_properties = (
                            {}
                            if len(t_messages_item) == 9
                            else {k: x for k, x in t_messages_item.items() if k not in _KEYS_messages_item}
                        )
                        o_messages_item__.additional_properties = t_messages_item__additional_properties

                        t_messages_item__append(o_messages_item__)
                    else:
                        t_messages_item__append(_MODEL_ChatMessageRecord.from_dict(t_messages_item))
            finally:
                if t_messages_item__paused:
                    gc.enable()
            v_ = t_messages_item__list
        else:  # not a list: iterated, as from_dict does
            v_ = decode_list(v_, _MODEL_ChatMessageRecord)

        decoded.messages = v_
        t_additional_properties = {} if len(data) == 2 else {k: x for k, x in data.items() if k not in _KEYS}
        decoded.additional_properties = t_additional_properties

        return decoded  # type: ignore[return-value]  # T is ChatSessionDetail here

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
        "session",
        "messages",
    }
)

_KEYS_session = frozenset(
    {
        "id",
        "user_id",
        "organization_id",
        "title",
        "model",
        "agent_type",
        "created_at",
        "updated_at",
        "last_message_at",
        "message_count",
        "tokens_in",
        "tokens_out",
        "tokens_total",
        "metadata",
        "archived",
    }
)


def _decode_session__last_message_at(data: Any) -> Any:
    if data is None:
        return data
    if isinstance(data, str):
        try:
            v_session__last_message_at_type_0: Any = data
            v_session__last_message_at_type_0 = parse_timestamp(v_session__last_message_at_type_0)

            return v_session__last_message_at_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data


_KEYS_messages_item = frozenset(
    {
        "id",
        "session_id",
        "message_index",
        "role",
        "content",
        "metadata",
        "tokens",
        "created_at",
        "updated_at",
    }
)


def _decode_messages_item__updated_at(data: Any) -> Any:
    if data is None:
        return data
    if isinstance(data, str):
        try:
            v_messages_item__updated_at_type_0: Any = data
            v_messages_item__updated_at_type_0 = parse_timestamp(v_messages_item__updated_at_type_0)

            return v_messages_item__updated_at_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data


_MODEL_ChatMessageRecord: type[_models.ChatMessageRecord]
_MODEL_ChatSessionSummary: type[_models.ChatSessionSummary]
_MODEL_Metadata: type[_models.Metadata]
_linked = False


def _link_models() -> None:
    """Bind the model classes decode builds, on first use (importing them with this module would import them all)."""
    global _MODEL_ChatMessageRecord, _MODEL_ChatSessionSummary, _MODEL_Metadata, _linked
    _MODEL_ChatMessageRecord = _models.ChatMessageRecord
    _MODEL_ChatSessionSummary = _models.ChatSessionSummary
    _MODEL_Metadata = _models.Metadata
    _linked = True
