from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._decoding import new_object
from ..types import UNSET, File, Unset

T = TypeVar("T", bound="AttachmentUploadRequest")


@_attrs_define
class AttachmentUploadRequest:
    """The multipart body of `upload_attachment`."""

    file: File
    """ The file's content (its part's filename and `Content-Type` are used as defaults). """
    thread_id: str | Unset = UNSET
    """ The thread the attachment belongs to (`thr_...`). """
    name: str | Unset = UNSET
    """ The attachment's name; defaults to the uploaded filename. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file = self.file.to_tuple()

        thread_id = self.thread_id

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "file": file,
            }
        )
        if thread_id is not UNSET:
            field_dict["thread_id"] = thread_id
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("file", self.file.to_tuple()))

        if not isinstance(self.thread_id, Unset):
            files.append(("thread_id", (None, str(self.thread_id).encode(), "text/plain")))

        if not isinstance(self.name, Unset):
            files.append(("name", (None, str(self.name).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        file = File(payload=BytesIO(d.pop("file")))

        thread_id = d.pop("thread_id", UNSET)

        name = d.pop("name", UNSET)

        attachment_upload_request = cls(
            file=file,
            thread_id=thread_id,
            name=name,
        )

        attachment_upload_request.additional_properties = d
        return attachment_upload_request

    @classmethod
    def decode(cls: type[T], data: Any) -> T:
        """What `from_dict(data)` returns, built faster from a parsed JSON object (`response.json()`).

        The same class, field values, `UNSET`s, `additional_properties` and nested models, unions tried
        in the same order; for data `from_dict` rejects, the same exception from the same field.
        """
        if cls is not AttachmentUploadRequest or data.__class__ is not dict:
            return cls.from_dict(data)
        decoded = new_object(AttachmentUploadRequest)
        v_: Any = data["file"]
        v_ = File(payload=BytesIO(v_))

        decoded.file = v_
        t_count = 1
        if "thread_id" in data:
            decoded.thread_id = data["thread_id"]
            t_count += 1
        else:
            decoded.thread_id = UNSET
        if "name" in data:
            decoded.name = data["name"]
            t_count += 1
        else:
            decoded.name = UNSET
        t_additional_properties = {} if len(data) == t_count else {k: x for k, x in data.items() if k not in _KEYS}
        decoded.additional_properties = t_additional_properties

        return decoded  # type: ignore[return-value]  # T is AttachmentUploadRequest here

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
        "file",
        "thread_id",
        "name",
    }
)
