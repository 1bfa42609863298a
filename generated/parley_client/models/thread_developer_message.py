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
from attrs import field as _attrs_field

from .. import models as _models
from .._decoding import decode_list, new_object

if TYPE_CHECKING:
    from ..models.text_part import TextPart


T = TypeVar("T", bound="ThreadDeveloperMessage")


@_attrs_define
class ThreadDeveloperMessage:
    """Instructions for this run under OpenAI's newer name for `system`; read exactly like a system message (not stored as
    an item).

    """

    role: Literal["developer"]
    content: list[TextPart] | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "role": role,
                "content": content,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.text_part import TextPart  # noqa: PLC0415

        d = dict(src_dict)
        role = cast(Literal["developer"], d.pop("role"))
        if role != "developer":
            raise ValueError(f"role must match const 'developer', got '{role}'")

        def _parse_content(data: object) -> list[TextPart] | str:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                content_type_1 = []
                _content_type_1 = data
                for content_type_1_item_data in _content_type_1:
                    content_type_1_item = TextPart.from_dict(content_type_1_item_data)

                    content_type_1.append(content_type_1_item)

                return content_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[TextPart] | str, data)

        content = _parse_content(d.pop("content"))

        thread_developer_message = cls(
            role=role,
            content=content,
        )

        thread_developer_message.additional_properties = d
        return thread_developer_message

    @classmethod
    def decode(cls: type[T], data: Any) -> T:
        """What `from_dict(data)` returns, built faster from a parsed JSON object (`response.json()`).

        The same class, field values, `UNSET`s, `additional_properties` and nested models, unions tried
        in the same order; for data `from_dict` rejects, the same exception from the same field.
        """
        if cls is not ThreadDeveloperMessage or data.__class__ is not dict:
            return cls.from_dict(data)
        if not _linked:
            _link_models()
        decoded = new_object(ThreadDeveloperMessage)
        v_: Any = data["role"]
        if v_ != "developer":
            raise ValueError(f"role must match const 'developer', got '{v_}'")

        decoded.role = v_
        v_ = data["content"]
        v_ = _decode_content(v_)

        decoded.content = v_
        t_additional_properties = {} if len(data) == 2 else {k: x for k, x in data.items() if k not in _KEYS}
        decoded.additional_properties = t_additional_properties

        return decoded  # type: ignore[return-value]  # T is ThreadDeveloperMessage here

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
        "role",
        "content",
    }
)


def _decode_content(data: Any) -> Any:
    if isinstance(data, list):
        try:
            v_content_type_1: Any = data
            v_content_type_1 = decode_list(v_content_type_1, _MODEL_TextPart)

            return v_content_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data


_MODEL_TextPart: type[_models.TextPart]
_linked = False


def _link_models() -> None:
    """Bind the model classes decode builds, on first use (importing them with this module would import them all)."""
    global _MODEL_TextPart, _linked
    _MODEL_TextPart = _models.TextPart
    _linked = True
