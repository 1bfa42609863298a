from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dateutil.parser import isoparse

from .._decoding import new_object
from .._timestamps import parse_timestamp

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

    @classmethod
    def decode(cls: type[T], data: Any) -> T:
        """What `from_dict(data)` returns, built faster from a parsed JSON object (`response.json()`).

        The same class, field values, `UNSET`s, `additional_properties` and nested models, unions tried
        in the same order; for data `from_dict` rejects, the same exception from the same field.
        """
        if cls is not Attachment or data.__class__ is not dict:
            return cls.from_dict(data)
        decoded = new_object(Attachment)
        decoded.id = data["id"]
        decoded.name = data["name"]
        decoded.mime_type = data["mime_type"]
        decoded.size = data["size"]
        decoded.sha256 = data["sha256"]
        decoded.thread_id = data["thread_id"]
        v_: Any = data["created_at"]
        v_ = parse_timestamp(v_)

        decoded.created_at = v_
        t_additional_properties = {} if len(data) == 7 else {k: x for k, x in data.items() if k not in _KEYS}
        decoded.additional_properties = t_additional_properties

        return decoded  # type: ignore[return-value]  # T is Attachment here

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
        "name",
        "mime_type",
        "size",
        "sha256",
        "thread_id",
        "created_at",
    }
)
