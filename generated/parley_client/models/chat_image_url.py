from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

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

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        detail: str | Unset = UNSET
        if not isinstance(self.detail, Unset):
            detail = self.detail

        field_dict: dict[str, Any] = {}

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
        if "detail" in data:
            v_: Any = data["detail"]
            if v_ not in CHAT_IMAGE_URL_DETAIL_VALUES:
                v_ = check_chat_image_url_detail(v_)  # raises from_dict's TypeError

            decoded.detail = v_
        else:
            decoded.detail = UNSET

        return decoded  # type: ignore[return-value]  # T is ChatImageUrl here
