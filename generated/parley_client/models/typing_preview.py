from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dateutil.parser import isoparse

from .._decoding import new_object
from .._timestamps import parse_timestamp

T = TypeVar("T", bound="TypingPreview")


@_attrs_define
class TypingPreview:
    """What the end customer of a workspace is typing."""

    workspace_id: str
    """ The workspace the preview belongs to. """
    text: str
    """ The unsent text; empty when there is no preview. """
    updated_at: datetime.datetime | None
    """ When the preview was last set; null when there is none. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        workspace_id = self.workspace_id

        text = self.text

        updated_at: None | str
        if isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "workspace_id": workspace_id,
                "text": text,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        workspace_id = d.pop("workspace_id")

        text = d.pop("text")

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

        typing_preview = cls(
            workspace_id=workspace_id,
            text=text,
            updated_at=updated_at,
        )

        typing_preview.additional_properties = d
        return typing_preview

    @classmethod
    def decode(cls: type[T], data: Any) -> T:
        """What `from_dict(data)` returns, built faster from a parsed JSON object (`response.json()`).

        The same class, field values, `UNSET`s, `additional_properties` and nested models, unions tried
        in the same order; for data `from_dict` rejects, the same exception from the same field.
        """
        if cls is not TypingPreview or data.__class__ is not dict:
            return cls.from_dict(data)
        decoded = new_object(TypingPreview)
        decoded.workspace_id = data["workspace_id"]
        decoded.text = data["text"]
        v_: Any = data["updated_at"]
        if v_ is not None:  # values its parser returns as they are
            v_ = _decode_updated_at(v_)

        decoded.updated_at = v_
        t_additional_properties = {} if len(data) == 3 else {k: x for k, x in data.items() if k not in _KEYS}
        decoded.additional_properties = t_additional_properties

        return decoded  # type: ignore[return-value]  # T is TypingPreview here

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
        "workspace_id",
        "text",
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
