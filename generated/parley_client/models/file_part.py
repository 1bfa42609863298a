from __future__ import annotations

import builtins
import warnings
from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decoding import new_object
from ..types import UNSET, Unset

T = TypeVar("T", bound="FilePart")


@_attrs_define
class FilePart:
    """A file in a user message, by URL or `data:` URI."""

    type: Literal["file"]
    data: str
    """ An `https:` URL or a `data:` URI. """
    mime_type: str
    """ The file's media type, e.g. `application/pdf`. """
    name: str | Unset = UNSET
    """ The file's name. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type

        data = self.data

        mime_type = self.mime_type

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "data": data,
                "mime_type": mime_type,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["file"], d.pop("type"))
        if type_ != "file":
            raise ValueError(f"type must match const 'file', got '{type_}'")

        data = d.pop("data")

        mime_type = d.pop("mime_type")

        name = d.pop("name", UNSET)

        file_part = cls(
            type=type_,
            data=data,
            mime_type=mime_type,
            name=name,
        )

        file_part.additional_properties = d
        return file_part

    @classmethod
    def decode(cls: builtins.type[T], data: Any) -> T:
        """What `from_dict(data)` returns, built faster from a parsed JSON object (`response.json()`).

        The same class, field values, `UNSET`s, `additional_properties` and nested models, unions tried
        in the same order; for data `from_dict` rejects, the same exception from the same field.
        """
        if cls is not FilePart or data.__class__ is not dict:
            return cls.from_dict(data)
        decoded = new_object(FilePart)
        v_: Any = data["type"]
        if v_ != "file":
            raise ValueError(f"type must match const 'file', got '{v_}'")

        decoded.type = v_
        decoded.data = data["data"]
        decoded.mime_type = data["mime_type"]
        t_count = 3
        if "name" in data:
            decoded.name = data["name"]
            t_count += 1
        else:
            decoded.name = UNSET
        t_additional_properties = {} if len(data) == t_count else {k: x for k, x in data.items() if k not in _KEYS}
        decoded.additional_properties = t_additional_properties

        return decoded  # type: ignore[return-value]  # T is FilePart here

    @property
    def type_(self) -> Literal["file"]:
        """Deprecated: the generator's name for `type`, kept for one release; warns on use."""
        warnings.warn(
            "FilePart.type_ is deprecated; use FilePart.type",
            DeprecationWarning,
            stacklevel=2,
        )
        return self.type

    @type_.setter
    def type_(self, value: Literal["file"]) -> None:
        warnings.warn(
            "FilePart.type_ is deprecated; use FilePart.type",
            DeprecationWarning,
            stacklevel=2,
        )
        self.type = value

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
        "type",
        "data",
        "mime_type",
        "name",
    }
)
