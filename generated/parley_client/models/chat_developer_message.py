from __future__ import annotations

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
from .._decoding import decode_list, new_object
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_text_content_part import ChatTextContentPart


T = TypeVar("T", bound="ChatDeveloperMessage")


@_attrs_define
class ChatDeveloperMessage:
    """Instructions for the model under OpenAI's newer name; read exactly like a `system` message."""

    role: Literal["developer"]
    content: list[ChatTextContentPart] | str
    name: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        role = self.role

        content: list[dict[str, Any]] | str
        if isinstance(self.content, list):
            content = []
            for content_type_1_item_data in self.content:
                content_type_1_item = content_type_1_item_data.to_dict()
                content.append(content_type_1_item)

        else:
            content = self.content

        name = self.name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "role": role,
                "content": content,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.chat_text_content_part import ChatTextContentPart  # noqa: PLC0415

        d = dict(src_dict)
        role = cast(Literal["developer"], d.pop("role"))
        if role != "developer":
            raise ValueError(f"role must match const 'developer', got '{role}'")

        def _parse_content(data: object) -> list[ChatTextContentPart] | str:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                content_type_1 = []
                _content_type_1 = data
                for content_type_1_item_data in _content_type_1:
                    content_type_1_item = ChatTextContentPart.from_dict(content_type_1_item_data)

                    content_type_1.append(content_type_1_item)

                return content_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ChatTextContentPart] | str, data)

        content = _parse_content(d.pop("content"))

        name = d.pop("name", UNSET)

        chat_developer_message = cls(
            role=role,
            content=content,
            name=name,
        )

        return chat_developer_message

    @classmethod
    def decode(cls: type[T], data: Any) -> T:
        """What `from_dict(data)` returns, built faster from a parsed JSON object (`response.json()`).

        The same class, field values, `UNSET`s, `additional_properties` and nested models, unions tried
        in the same order; for data `from_dict` rejects, the same exception from the same field.
        """
        if cls is not ChatDeveloperMessage or data.__class__ is not dict:
            return cls.from_dict(data)
        if not _linked:
            _link_models()
        decoded = new_object(ChatDeveloperMessage)
        v_: Any = data["role"]
        if v_ != "developer":
            raise ValueError(f"role must match const 'developer', got '{v_}'")

        decoded.role = v_
        v_ = data["content"]
        v_ = _decode_content(v_)

        decoded.content = v_
        if "name" in data:
            decoded.name = data["name"]
        else:
            decoded.name = UNSET

        return decoded  # type: ignore[return-value]  # T is ChatDeveloperMessage here


def _decode_content(data: Any) -> Any:
    if isinstance(data, list):
        try:
            v_content_type_1: Any = data
            v_content_type_1 = decode_list(v_content_type_1, _MODEL_ChatTextContentPart)

            return v_content_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data


_MODEL_ChatTextContentPart: type[_models.ChatTextContentPart]
_linked = False


def _link_models() -> None:
    """Bind the model classes decode builds, on first use (importing them with this module would import them all)."""
    global _MODEL_ChatTextContentPart, _linked
    _MODEL_ChatTextContentPart = _models.ChatTextContentPart
    _linked = True
