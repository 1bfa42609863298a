from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dateutil.parser import isoparse

from ..models.chat_role import ChatRole, check_chat_role

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
