from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
