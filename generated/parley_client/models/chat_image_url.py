from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decoding import new_object
from ..models.chat_image_url_detail import (
    CHAT_IMAGE_URL_DETAIL_VALUES,
    ChatImageUrlDetail,
    check_chat_image_url_detail,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ChatImageUrl")


@_attrs_define
class ChatImageUrl:
    """An image by URL or `data:` URI."""

    url: str
    detail: ChatImageUrlDetail | Unset = "auto"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        detail: str | Unset = UNSET
        if not isinstance(self.detail, Unset):
            detail = self.detail

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
            }
        )
        if detail is not UNSET:
            field_dict["detail"] = detail

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        url = d.pop("url")

        _detail = d.pop("detail", UNSET)
        detail: ChatImageUrlDetail | Unset
        if isinstance(_detail, Unset):
            detail = UNSET
        else:
            detail = check_chat_image_url_detail(_detail)

        chat_image_url = cls(
            url=url,
            detail=detail,
        )

        chat_image_url.additional_properties = d
        return chat_image_url

    @classmethod
    def decode(cls: type[T], data: Any) -> T:
        """What `from_dict(data)` returns, built faster from a parsed JSON object (`response.json()`).

        The same class, field values, `UNSET`s, `additional_properties` and nested models, unions tried
        in the same order; for data `from_dict` rejects, the same exception from the same field.
        """
        if cls is not ChatImageUrl or data.__class__ is not dict:
            return cls.from_dict(data)
        decoded = new_object(ChatImageUrl)
        decoded.url = data["url"]
        t_count = 1
        if "detail" in data:
            v_: Any = data["detail"]
            if v_ not in CHAT_IMAGE_URL_DETAIL_VALUES:
                v_ = check_chat_image_url_detail(v_)  # raises from_dict's TypeError

            decoded.detail = v_
            t_count += 1
        else:
            decoded.detail = UNSET
        t_additional_properties = {} if len(data) == t_count else {k: x for k, x in data.items() if k not in _KEYS}
        decoded.additional_properties = t_additional_properties

        return decoded  # type: ignore[return-value]  # T is ChatImageUrl here

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
        "url",
        "detail",
    }
)
