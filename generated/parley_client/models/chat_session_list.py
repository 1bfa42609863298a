from __future__ import annotations

import gc
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._decoding import decode_list, new_object, pause_gc
from .._timestamps import parse_timestamp
from ..types import UNSET

if TYPE_CHECKING:
    from ..models.chat_session_summary import ChatSessionSummary


T = TypeVar("T", bound="ChatSessionList")


@_attrs_define
class ChatSessionList:
    """One page of sessions."""

    sessions: list[ChatSessionSummary]
    total: int
    """ How many sessions match, over all pages. """
    page: int
    page_size: int
    has_more: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sessions = []
        for sessions_item_data in self.sessions:
            sessions_item = sessions_item_data.to_dict()
            sessions.append(sessions_item)

        total = self.total

        page = self.page

        page_size = self.page_size

        has_more = self.has_more

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sessions": sessions,
                "total": total,
                "page": page,
                "page_size": page_size,
                "has_more": has_more,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.chat_session_summary import ChatSessionSummary  # noqa: PLC0415

        d = dict(src_dict)
        sessions = []
        _sessions = d.pop("sessions")
        for sessions_item_data in _sessions:
            sessions_item = ChatSessionSummary.from_dict(sessions_item_data)

            sessions.append(sessions_item)

        total = d.pop("total")

        page = d.pop("page")

        page_size = d.pop("page_size")

        has_more = d.pop("has_more")

        chat_session_list = cls(
            sessions=sessions,
            total=total,
            page=page,
            page_size=page_size,
            has_more=has_more,
        )

        chat_session_list.additional_properties = d
        return chat_session_list

    @classmethod
    def decode(cls: type[T], data: Any) -> T:
        """What `from_dict(data)` returns, built faster from a parsed JSON object (`response.json()`).

        The same class, field values, `UNSET`s, `additional_properties` and nested models, unions tried
        in the same order; for data `from_dict` rejects, the same exception from the same field.
        """
        if cls is not ChatSessionList or data.__class__ is not dict:
            return cls.from_dict(data)
        if not _linked:
            _link_models()
        decoded = new_object(ChatSessionList)
        v_: Any = data["sessions"]
        if v_.__class__ is list and len(v_) == 1 and (t_sessions_item := v_[0]).__class__ is dict:  # one item, inline
            o_sessions_item__ = new_object(_MODEL_ChatSessionSummary)
            o_sessions_item__.id = t_sessions_item["id"]
            o_sessions_item__.user_id = t_sessions_item["user_id"]
            o_sessions_item__.organization_id = t_sessions_item["organization_id"]
            o_sessions_item__.title = t_sessions_item["title"]
            o_sessions_item__.model = t_sessions_item["model"]
            o_sessions_item__.agent_type = t_sessions_item["agent_type"]
            v_sessions_item__: Any = t_sessions_item["created_at"]
            v_sessions_item__ = parse_timestamp(v_sessions_item__)

            o_sessions_item__.created_at = v_sessions_item__
            v_sessions_item__ = t_sessions_item["updated_at"]
            v_sessions_item__ = parse_timestamp(v_sessions_item__)

            o_sessions_item__.updated_at = v_sessions_item__
            v_sessions_item__ = t_sessions_item["last_message_at"]
            if v_sessions_item__ is not None:  # values its parser returns as they are
                v_sessions_item__ = _decode_sessions_item__last_message_at(v_sessions_item__)

            o_sessions_item__.last_message_at = v_sessions_item__
            o_sessions_item__.message_count = t_sessions_item["message_count"]
            o_sessions_item__.tokens_in = t_sessions_item["tokens_in"]
            o_sessions_item__.tokens_out = t_sessions_item["tokens_out"]
            o_sessions_item__.tokens_total = t_sessions_item["tokens_total"]
            v_sessions_item__ = t_sessions_item["metadata"]
            if v_sessions_item__.__class__ is dict:  # the nested model's decode: a copy of the object
                t_sessions_item__metadata = new_object(_MODEL_Metadata)
                t_sessions_item__metadata.additional_properties = v_sessions_item__.copy()
                v_sessions_item__ = t_sessions_item__metadata
            elif v_sessions_item__ is not UNSET:
                v_sessions_item__ = _MODEL_Metadata.from_dict(v_sessions_item__)

            o_sessions_item__.metadata = v_sessions_item__
            o_sessions_item__.archived = t_sessions_item["archived"]
            t_sessions_item__additional_properties = (
                {}
                if len(t_sessions_item) == 15
                else {k: x for k, x in t_sessions_item.items() if k not in _KEYS_sessions_item}
            )
            o_sessions_item__.additional_properties = t_sessions_item__additional_properties

            v_ = [o_sessions_item__]
        elif v_.__class__ is list:  # each item inline; see decode_list for the collector's pause
            t_sessions_item__list: list[Any] = []
            t_sessions_item__append = t_sessions_item__list.append
            t_sessions_item__paused = pause_gc(v_)
            try:
                for t_sessions_item in v_:
                    if t_sessions_item.__class__ is dict:
                        o_sessions_item__ = new_object(_MODEL_ChatSessionSummary)
                        o_sessions_item__.id = t_sessions_item["id"]
                        o_sessions_item__.user_id = t_sessions_item["user_id"]
                        o_sessions_item__.organization_id = t_sessions_item["organization_id"]
                        o_sessions_item__.title = t_sessions_item["title"]
                        o_sessions_item__.model = t_sessions_item["model"]
                        o_sessions_item__.agent_type = t_sessions_item["agent_type"]
                        v_sessions_item__ = t_sessions_item["created_at"]
                        v_sessions_item__ = parse_timestamp(v_sessions_item__)

                        o_sessions_item__.created_at = v_sessions_item__
                        v_sessions_item__ = t_sessions_item["updated_at"]
                        v_sessions_item__ = parse_timestamp(v_sessions_item__)

                        o_sessions_item__.updated_at = v_sessions_item__
                        v_sessions_item__ = t_sessions_item["last_message_at"]
                        if v_sessions_item__ is not None:  # values its parser returns as they are
                            v_sessions_item__ = _decode_sessions_item__last_message_at(v_sessions_item__)

                        o_sessions_item__.last_message_at = v_sessions_item__
                        o_sessions_item__.message_count = t_sessions_item["message_count"]
                        o_sessions_item__.tokens_in = t_sessions_item["tokens_in"]
                        o_sessions_item__.tokens_out = t_sessions_item["tokens_out"]
                        o_sessions_item__.tokens_total = t_sessions_item["tokens_total"]
                        v_sessions_item__ = t_sessions_item["metadata"]
                        if v_sessions_item__.__class__ is dict:  # the nested model's decode: a copy of the object
                            t_sessions_item__metadata = new_object(_MODEL_Metadata)
                            t_sessions_item__metadata.additional_properties = v_sessions_item__.copy()
                            v_sessions_item__ = t_sessions_item__metadata
                        elif v_sessions_item__ is not UNSET:
                            v_sessions_item__ = _MODEL_Metadata.from_dict(v_sessions_item__)

                        o_sessions_item__.metadata = v_sessions_item__
                        o_sessions_item__.archived = t_sessions_item["archived"]
                        t_sessions_item__additional_properties = (
                            {}
                            if len(t_sessions_item) == 15
                            else {k: x for k, x in t_sessions_item.items() if k not in _KEYS_sessions_item}
                        )
                        o_sessions_item__.additional_properties = t_sessions_item__additional_properties

                        t_sessions_item__append(o_sessions_item__)
                    else:
                        t_sessions_item__append(_MODEL_ChatSessionSummary.from_dict(t_sessions_item))
            finally:
                if t_sessions_item__paused:
                    gc.enable()
            v_ = t_sessions_item__list
        else:  # not a list: iterated, as from_dict does
            v_ = decode_list(v_, _MODEL_ChatSessionSummary)

        decoded.sessions = v_
        decoded.total = data["total"]
        decoded.page = data["page"]
        decoded.page_size = data["page_size"]
        decoded.has_more = data["has_more"]
        t_additional_properties = {} if len(data) == 5 else {k: x for k, x in data.items() if k not in _KEYS}
        decoded.additional_properties = t_additional_properties

        return decoded  # type: ignore[return-value]  # T is ChatSessionList here

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
        "sessions",
        "total",
        "page",
        "page_size",
        "has_more",
    }
)


_KEYS_sessions_item = frozenset(
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


def _decode_sessions_item__last_message_at(data: Any) -> Any:
    if data is None:
        return data
    if isinstance(data, str):
        try:
            v_sessions_item__last_message_at_type_0: Any = data
            v_sessions_item__last_message_at_type_0 = parse_timestamp(v_sessions_item__last_message_at_type_0)

            return v_sessions_item__last_message_at_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data


_MODEL_ChatSessionSummary: type[_models.ChatSessionSummary]
_MODEL_Metadata: type[_models.Metadata]
_linked = False


def _link_models() -> None:
    """Bind the model classes decode builds, on first use (importing them with this module would import them all)."""
    global _MODEL_ChatSessionSummary, _MODEL_Metadata, _linked
    _MODEL_ChatSessionSummary = _models.ChatSessionSummary
    _MODEL_Metadata = _models.Metadata
    _linked = True
