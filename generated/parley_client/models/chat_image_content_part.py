from __future__ import annotations

import builtins
import warnings
from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._decoding import new_object
from ..models.chat_image_url_detail import (
    CHAT_IMAGE_URL_DETAIL_VALUES,
    check_chat_image_url_detail,
)
from ..types import UNSET

if TYPE_CHECKING:
    from ..models.chat_image_url import ChatImageUrl


T = TypeVar("T", bound="ChatImageContentPart")


@_attrs_define
class ChatImageContentPart:
    """An image part of a user message's content."""

    type: Literal["image_url"]
    image_url: ChatImageUrl
    """ An image by URL or `data:` URI. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type

        image_url = self.image_url.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "image_url": image_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.chat_image_url import ChatImageUrl  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["image_url"], d.pop("type"))
        if type_ != "image_url":
            raise ValueError(f"type must match const 'image_url', got '{type_}'")

        image_url = ChatImageUrl.from_dict(d.pop("image_url"))

        chat_image_content_part = cls(
            type=type_,
            image_url=image_url,
        )

        chat_image_content_part.additional_properties = d
        return chat_image_content_part

    @classmethod
    def decode(cls: builtins.type[T], data: Any) -> T:
        """What `from_dict(data)` returns, built faster from a parsed JSON object (`response.json()`).

        The same class, field values, `UNSET`s, `additional_properties` and nested models, unions tried
        in the same order; for data `from_dict` rejects, the same exception from the same field.
        """
        if cls is not ChatImageContentPart or data.__class__ is not dict:
            return cls.from_dict(data)
        if not _linked:
            _link_models()
        decoded = new_object(ChatImageContentPart)
        v_: Any = data["type"]
        if v_ != "image_url":
            raise ValueError(f"type must match const 'image_url', got '{v_}'")

        decoded.type = v_
        v_ = data["image_url"]
        if v_.__class__ is dict:  # the nested model's decode, inline
            o_image_url__ = new_object(_MODEL_ChatImageUrl)
            o_image_url__.url = v_["url"]
            t_image_url__count = 1
            if "detail" in v_:
                v_image_url__: Any = v_["detail"]
                if v_image_url__ not in CHAT_IMAGE_URL_DETAIL_VALUES:
                    v_image_url__ = check_chat_image_url_detail(v_image_url__)  # raises from_dict's TypeError

                o_image_url__.detail = v_image_url__
                t_image_url__count += 1
            else:
                o_image_url__.detail = UNSET
            t_image_url__additional_properties = (
                {} if len(v_) == t_image_url__count else {k: x for k, x in v_.items() if k not in _KEYS_image_url}
            )
            o_image_url__.additional_properties = t_image_url__additional_properties

            v_ = o_image_url__
        elif v_ is not UNSET:
            v_ = _MODEL_ChatImageUrl.from_dict(v_)

        decoded.image_url = v_
        t_additional_properties = {} if len(data) == 2 else {k: x for k, x in data.items() if k not in _KEYS}
        decoded.additional_properties = t_additional_properties

        return decoded  # type: ignore[return-value]  # T is ChatImageContentPart here

    @property
    def type_(self) -> Literal["image_url"]:
        """Deprecated: the generator's name for `type`, kept for one release; warns on use."""
        warnings.warn(
            "ChatImageContentPart.type_ is deprecated; use ChatImageContentPart.type",
            DeprecationWarning,
            stacklevel=2,
        )
        return self.type

    @type_.setter
    def type_(self, value: Literal["image_url"]) -> None:
        warnings.warn(
            "ChatImageContentPart.type_ is deprecated; use ChatImageContentPart.type",
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
        "image_url",
    }
)


_KEYS_image_url = frozenset(
    {
        "url",
        "detail",
    }
)


_MODEL_ChatImageUrl: type[_models.ChatImageUrl]
_linked = False


def _link_models() -> None:
    """Bind the model classes decode builds, on first use (importing them with this module would import them all)."""
    global _MODEL_ChatImageUrl, _linked
    _MODEL_ChatImageUrl = _models.ChatImageUrl
    _linked = True
