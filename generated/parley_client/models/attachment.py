from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dateutil.parser import isoparse

T = TypeVar("T", bound="Attachment")


@_attrs_define
class Attachment:
    """A file uploaded for use in threads."""

    id: str
    """ The attachment's id (`att_...`). """
    name: str
    mime_type: str
    """ The content's media type, e.g. `application/pdf`. """
    size: int
    """ The content's size in bytes. """
    sha256: str
    """ The SHA-256 of the content, in lowercase hex. """
    thread_id: None | str
    """ The thread the attachment belongs to, null when none. """
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        mime_type = self.mime_type

        size = self.size

        sha256 = self.sha256

        thread_id: None | str
        thread_id = self.thread_id

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "mime_type": mime_type,
                "size": size,
                "sha256": sha256,
                "thread_id": thread_id,
                "created_at": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        mime_type = d.pop("mime_type")

        size = d.pop("size")

        sha256 = d.pop("sha256")

        def _parse_thread_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        thread_id = _parse_thread_id(d.pop("thread_id"))

        created_at = isoparse(d.pop("created_at"))

        attachment = cls(
            id=id,
            name=name,
            mime_type=mime_type,
            size=size,
            sha256=sha256,
            thread_id=thread_id,
            created_at=created_at,
        )

        attachment.additional_properties = d
        return attachment

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
