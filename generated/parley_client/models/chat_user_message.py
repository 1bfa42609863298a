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
from .._decoding import new_object
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_image_content_part import ChatImageContentPart
    from ..models.chat_text_content_part import ChatTextContentPart


T = TypeVar("T", bound="ChatUserMessage")


@_attrs_define
class ChatUserMessage:
    """A message from the user, as text or as text and image parts."""

    role: Literal["user"]
    content: list[ChatImageContentPart | ChatTextContentPart] | str
    name: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.chat_text_content_part import ChatTextContentPart  # noqa: PLC0415

        role = self.role

        content: list[dict[str, Any]] | str
        if isinstance(self.content, list):
            content = []
            for content_type_1_item_data in self.content:
                content_type_1_item: dict[str, Any]
                if isinstance(content_type_1_item_data, ChatTextContentPart):
                    content_type_1_item = content_type_1_item_data.to_dict()
                else:
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
        from ..models.chat_image_content_part import ChatImageContentPart  # noqa: PLC0415
        from ..models.chat_text_content_part import ChatTextContentPart  # noqa: PLC0415

        d = dict(src_dict)
        role = cast(Literal["user"], d.pop("role"))
        if role != "user":
            raise ValueError(f"role must match const 'user', got '{role}'")

        def _parse_content(data: object) -> list[ChatImageContentPart | ChatTextContentPart] | str:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                content_type_1 = []
                _content_type_1 = data
                for content_type_1_item_data in _content_type_1:

                    def _parse_content_type_1_item(data: object) -> ChatImageContentPart | ChatTextContentPart:
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_chat_user_content_part_type_0 = ChatTextContentPart.from_dict(data)

                            return componentsschemas_chat_user_content_part_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_chat_user_content_part_type_1 = ChatImageContentPart.from_dict(data)

                        return componentsschemas_chat_user_content_part_type_1

                    content_type_1_item = _parse_content_type_1_item(content_type_1_item_data)

                    content_type_1.append(content_type_1_item)

                return content_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ChatImageContentPart | ChatTextContentPart] | str, data)

        content = _parse_content(d.pop("content"))

        name = d.pop("name", UNSET)

        chat_user_message = cls(
            role=role,
            content=content,
            name=name,
        )

        return chat_user_message

    @classmethod
    def decode(cls: type[T], data: Any) -> T:
        """What `from_dict(data)` returns, built faster from a parsed JSON object (`response.json()`).

        The same class, field values, `UNSET`s, `additional_properties` and nested models, unions tried
        in the same order; for data `from_dict` rejects, the same exception from the same field.
        """
        if cls is not ChatUserMessage or data.__class__ is not dict:
            return cls.from_dict(data)
        if not _linked:
            _link_models()
        decoded = new_object(ChatUserMessage)
        v_: Any = data["role"]
        if v_ != "user":
            raise ValueError(f"role must match const 'user', got '{v_}'")

        decoded.role = v_
        v_ = data["content"]
        v_ = _decode_content(v_)

        decoded.content = v_
        if "name" in data:
            decoded.name = data["name"]
        else:
            decoded.name = UNSET

        return decoded  # type: ignore[return-value]  # T is ChatUserMessage here


def _decode_content_type_1_item(data: Any) -> Any:
    if isinstance(data, dict):
        try:
            v_componentsschemas_chat_user_content_part_type_0: Any = data
            v_componentsschemas_chat_user_content_part_type_0 = _MODEL_ChatTextContentPart.decode(
                v_componentsschemas_chat_user_content_part_type_0
            )

            return v_componentsschemas_chat_user_content_part_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if not isinstance(data, dict):
        raise TypeError()
    v_componentsschemas_chat_user_content_part_type_1: Any = data
    v_componentsschemas_chat_user_content_part_type_1 = _MODEL_ChatImageContentPart.decode(
        v_componentsschemas_chat_user_content_part_type_1
    )

    return v_componentsschemas_chat_user_content_part_type_1


def _decode_content(data: Any) -> Any:
    if isinstance(data, list):
        try:
            v_content_type_1: Any = data
            v_content_type_1 = [
                _decode_content_type_1_item(t_content_type_1_item) for t_content_type_1_item in v_content_type_1
            ]

            return v_content_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data


_MODEL_ChatImageContentPart: type[_models.ChatImageContentPart]
_MODEL_ChatTextContentPart: type[_models.ChatTextContentPart]
_linked = False


def _link_models() -> None:
    """Bind the model classes decode builds, on first use (importing them with this module would import them all)."""
    global _MODEL_ChatImageContentPart, _MODEL_ChatTextContentPart, _linked
    _MODEL_ChatImageContentPart = _models.ChatImageContentPart
    _MODEL_ChatTextContentPart = _models.ChatTextContentPart
    _linked = True
