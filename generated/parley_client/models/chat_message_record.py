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
from ..models.chat_role import CHAT_ROLE_VALUES, ChatRole, check_chat_role
from ..types import UNSET

if TYPE_CHECKING:
    from ..models.metadata import Metadata


T = TypeVar("T", bound="ChatMessageRecord")


@_attrs_define
class ChatMessageRecord:
    """One recorded message of a session."""

    id: str
    session_id: str
    message_index: int
    """ The message's position in the session, from 0. """
    role: ChatRole
    """ Who wrote a chat message (`developer` is OpenAI's newer name for `system`). """
    content: str
    """ The message's text (parts joined). """
    metadata: Metadata
    """ Free-form key/value data owned by the caller. The server stores it and returns it unchanged. """
    tokens: int | None
    created_at: datetime.datetime
    updated_at: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        session_id = self.session_id

        message_index = self.message_index

        role: str = self.role

        content = self.content

        metadata = self.metadata.to_dict()

        tokens: int | None
        tokens = self.tokens

        created_at = self.created_at.isoformat()

        updated_at: None | str
        if isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "session_id": session_id,
                "message_index": message_index,
                "role": role,
                "content": content,
                "metadata": metadata,
                "tokens": tokens,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.metadata import Metadata  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        session_id = d.pop("session_id")

        message_index = d.pop("message_index")

        role = check_chat_role(d.pop("role"))

        content = d.pop("content")

        metadata = Metadata.from_dict(d.pop("metadata"))

        def _parse_tokens(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        tokens = _parse_tokens(d.pop("tokens"))

        created_at = isoparse(d.pop("created_at"))

        def _parse_updated_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                updated_at_type_0 = isoparse(data)

                return updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        updated_at = _parse_updated_at(d.pop("updated_at"))

        chat_message_record = cls(
            id=id,
            session_id=session_id,
            message_index=message_index,
            role=role,
            content=content,
            metadata=metadata,
            tokens=tokens,
            created_at=created_at,
            updated_at=updated_at,
        )

        chat_message_record.additional_properties = d
        return chat_message_record

    @classmethod
    def decode(cls: type[T], data: Any) -> T:
        """What `from_dict(data)` returns, built faster from a parsed JSON object (`response.json()`).

        The same class, field values, `UNSET`s, `additional_properties` and nested models, unions tried
        in the same order; for data `from_dict` rejects, the same exception from the same field.
        """
        if cls is not ChatMessageRecord or data.__class__ is not dict:
            return cls.from_dict(data)
        if not _linked:
            _link_models()
        decoded = new_object(ChatMessageRecord)
        decoded.id = data["id"]
        decoded.session_id = data["session_id"]
        decoded.message_index = data["message_index"]
        v_: Any = data["role"]
        if v_ not in CHAT_ROLE_VALUES:
            v_ = check_chat_role(v_)  # raises from_dict's TypeError

        decoded.role = v_
        decoded.content = data["content"]
        v_ = data["metadata"]
        if v_.__class__ is dict:  # the nested model's decode: a copy of the object
            t_metadata = new_object(_MODEL_Metadata)
            t_metadata.additional_properties = v_.copy()
            v_ = t_metadata
        elif v_ is not UNSET:
            v_ = _MODEL_Metadata.from_dict(v_)

        decoded.metadata = v_
        decoded.tokens = data["tokens"]
        v_ = data["created_at"]
        v_ = parse_timestamp(v_)

        decoded.created_at = v_
        v_ = data["updated_at"]
        if v_ is not None:  # values its parser returns as they are
            v_ = _decode_updated_at(v_)

        decoded.updated_at = v_
        t_additional_properties = {} if len(data) == 9 else {k: x for k, x in data.items() if k not in _KEYS}
        decoded.additional_properties = t_additional_properties

        return decoded  # type: ignore[return-value]  # T is ChatMessageRecord here

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


def _decode_updated_at(data: Any) -> Any:
    if data is None:
        return data
    if isinstance(data, str):
        try:
            v_updated_at_type_0: Any = data
            v_updated_at_type_0 = parse_timestamp(v_updated_at_type_0)

            return v_updated_at_type_0
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
