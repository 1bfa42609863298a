from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dateutil.parser import isoparse

from .. import models as _models
from .._decoding import new_object
from .._timestamps import parse_timestamp
from ..types import UNSET

if TYPE_CHECKING:
    from ..models.metadata import Metadata


T = TypeVar("T", bound="ChatSessionSummary")


@_attrs_define
class ChatSessionSummary:
    """A recorded conversation (the ChatServer seed's `ChatSessionSummary`)."""

    id: str
    user_id: str
    """ The end user the session belongs to (the completion's `user`, or the API key's user). """
    organization_id: None | str
    title: None | str
    """ The title; by default the start of the first user message. """
    model: None | str
    """ The model of the latest completion. """
    agent_type: None | str
    """ The agent backend that answered, when there is one. """
    created_at: datetime.datetime
    updated_at: datetime.datetime
    last_message_at: datetime.datetime | None
    message_count: int
    tokens_in: int
    tokens_out: int
    tokens_total: int
    metadata: Metadata
    """ Free-form key/value data owned by the caller. The server stores it and returns it unchanged. """
    archived: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        user_id = self.user_id

        organization_id: None | str
        organization_id = self.organization_id

        title: None | str
        title = self.title

        model: None | str
        model = self.model

        agent_type: None | str
        agent_type = self.agent_type

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        last_message_at: None | str
        if isinstance(self.last_message_at, datetime.datetime):
            last_message_at = self.last_message_at.isoformat()
        else:
            last_message_at = self.last_message_at

        message_count = self.message_count

        tokens_in = self.tokens_in

        tokens_out = self.tokens_out

        tokens_total = self.tokens_total

        metadata = self.metadata.to_dict()

        archived = self.archived

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "user_id": user_id,
                "organization_id": organization_id,
                "title": title,
                "model": model,
                "agent_type": agent_type,
                "created_at": created_at,
                "updated_at": updated_at,
                "last_message_at": last_message_at,
                "message_count": message_count,
                "tokens_in": tokens_in,
                "tokens_out": tokens_out,
                "tokens_total": tokens_total,
                "metadata": metadata,
                "archived": archived,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.metadata import Metadata  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        user_id = d.pop("user_id")

        def _parse_organization_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        organization_id = _parse_organization_id(d.pop("organization_id"))

        def _parse_title(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        title = _parse_title(d.pop("title"))

        def _parse_model(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        model = _parse_model(d.pop("model"))

        def _parse_agent_type(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        agent_type = _parse_agent_type(d.pop("agent_type"))

        created_at = isoparse(d.pop("created_at"))

        updated_at = isoparse(d.pop("updated_at"))

        def _parse_last_message_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_message_at_type_0 = isoparse(data)

                return last_message_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        last_message_at = _parse_last_message_at(d.pop("last_message_at"))

        message_count = d.pop("message_count")

        tokens_in = d.pop("tokens_in")

        tokens_out = d.pop("tokens_out")

        tokens_total = d.pop("tokens_total")

        metadata = Metadata.from_dict(d.pop("metadata"))

        archived = d.pop("archived")

        chat_session_summary = cls(
            id=id,
            user_id=user_id,
            organization_id=organization_id,
            title=title,
            model=model,
            agent_type=agent_type,
            created_at=created_at,
            updated_at=updated_at,
            last_message_at=last_message_at,
            message_count=message_count,
            tokens_in=tokens_in,
            tokens_out=tokens_out,
            tokens_total=tokens_total,
            metadata=metadata,
            archived=archived,
        )

        chat_session_summary.additional_properties = d
        return chat_session_summary

    @classmethod
    def decode(cls: type[T], data: Any) -> T:
        """What `from_dict(data)` returns, built faster from a parsed JSON object (`response.json()`).

        The same class, field values, `UNSET`s, `additional_properties` and nested models, unions tried
        in the same order; for data `from_dict` rejects, the same exception from the same field.
        """
        if cls is not ChatSessionSummary or data.__class__ is not dict:
            return cls.from_dict(data)
        if not _linked:
            _link_models()
        decoded = new_object(ChatSessionSummary)
        decoded.id = data["id"]
        decoded.user_id = data["user_id"]
        decoded.organization_id = data["organization_id"]
        decoded.title = data["title"]
        decoded.model = data["model"]
        decoded.agent_type = data["agent_type"]
        v_: Any = data["created_at"]
        v_ = parse_timestamp(v_)

        decoded.created_at = v_
        v_ = data["updated_at"]
        v_ = parse_timestamp(v_)

        decoded.updated_at = v_
        v_ = data["last_message_at"]
        if v_ is not None:  # values its parser returns as they are
            v_ = _decode_last_message_at(v_)

        decoded.last_message_at = v_
        decoded.message_count = data["message_count"]
        decoded.tokens_in = data["tokens_in"]
        decoded.tokens_out = data["tokens_out"]
        decoded.tokens_total = data["tokens_total"]
        v_ = data["metadata"]
        if v_.__class__ is dict:  # the nested model's decode: a copy of the object
            t_metadata = new_object(_MODEL_Metadata)
            t_metadata.additional_properties = v_.copy()
            v_ = t_metadata
        elif v_ is not UNSET:
            v_ = _MODEL_Metadata.from_dict(v_)

        decoded.metadata = v_
        decoded.archived = data["archived"]
        t_additional_properties = {} if len(data) == 15 else {k: x for k, x in data.items() if k not in _KEYS}
        decoded.additional_properties = t_additional_properties

        return decoded  # type: ignore[return-value]  # T is ChatSessionSummary here

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


def _decode_last_message_at(data: Any) -> Any:
    if data is None:
        return data
    if isinstance(data, str):
        try:
            v_last_message_at_type_0: Any = data
            v_last_message_at_type_0 = parse_timestamp(v_last_message_at_type_0)

            return v_last_message_at_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data


_MODEL_Metadata: type[_models.Metadata]
_linked = False


def _link_models() -> None:
    """Bind the model classes decode builds, on first use (importing them with this module would import them all)."""
    global _MODEL_Metadata, _linked
    _MODEL_Metadata = _models.Metadata
    _linked = True
