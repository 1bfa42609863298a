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

T = TypeVar("T", bound="ImagePart")


@_attrs_define
class ImagePart:
    """An image in a user message, by URL or `data:` URI."""

    type: Literal["image"]
    image: str
    """ An `https:` URL or a `data:` URI. """
    mime_type: str | Unset = UNSET
    """ The image's media type, e.g. `image/png`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type

        image = self.image

        mime_type = self.mime_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "image": image,
            }
        )
        if mime_type is not UNSET:
            field_dict["mime_type"] = mime_type

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["image"], d.pop("type"))
        if type_ != "image":
            raise ValueError(f"type must match const 'image', got '{type_}'")

        image = d.pop("image")

        mime_type = d.pop("mime_type", UNSET)

        image_part = cls(
            type=type_,
            image=image,
            mime_type=mime_type,
        )

        image_part.additional_properties = d
        return image_part

    @classmethod
    def decode(cls: builtins.type[T], data: Any) -> T:
        """What `from_dict(data)` returns, built faster from a parsed JSON object (`response.json()`).

        The same class, field values, `UNSET`s, `additional_properties` and nested models, unions tried
        in the same order; for data `from_dict` rejects, the same exception from the same field.
        """
        if cls is not ImagePart or data.__class__ is not dict:
            return cls.from_dict(data)
        decoded = new_object(ImagePart)
        v_: Any = data["type"]
        if v_ != "image":
            raise ValueError(f"type must match const 'image', got '{v_}'")

        decoded.type = v_
        decoded.image = data["image"]
        t_count = 2
        if "mime_type" in data:
            decoded.mime_type = data["mime_type"]
            t_count += 1
        else:
            decoded.mime_type = UNSET
        t_additional_properties = {} if len(data) == t_count else {k: x for k, x in data.items() if k not in _KEYS}
        decoded.additional_properties = t_additional_properties

        return decoded  # type: ignore[return-value]  # T is ImagePart here

    @property
    def type_(self) -> Literal["image"]:
        """Deprecated: the generator's name for `type`, kept for one release; warns on use."""
        warnings.warn(
            "ImagePart.type_ is deprecated; use ImagePart.type",
            DeprecationWarning,
            stacklevel=2,
        )
        return self.type

    @type_.setter
    def type_(self, value: Literal["image"]) -> None:
        warnings.warn(
            "ImagePart.type_ is deprecated; use ImagePart.type",
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
        "image",
        "mime_type",
    }
)
