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

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type

        image_url = self.image_url.to_dict()

        field_dict: dict[str, Any] = {}

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
            if "detail" in v_:
                v_image_url__: Any = v_["detail"]
                if v_image_url__ not in CHAT_IMAGE_URL_DETAIL_VALUES:
                    v_image_url__ = check_chat_image_url_detail(v_image_url__)  # raises from_dict's TypeError

                o_image_url__.detail = v_image_url__
            else:
                o_image_url__.detail = UNSET

            v_ = o_image_url__
        elif v_ is not UNSET:
            v_ = _MODEL_ChatImageUrl.from_dict(v_)

        decoded.image_url = v_

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


_MODEL_ChatImageUrl: type[_models.ChatImageUrl]
_linked = False


def _link_models() -> None:
    """Bind the model classes decode builds, on first use (importing them with this module would import them all)."""
    global _MODEL_ChatImageUrl, _linked
    _MODEL_ChatImageUrl = _models.ChatImageUrl
    _linked = True
