from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._decoding import new_object
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.metadata import Metadata


T = TypeVar("T", bound="ChatSessionUpdateRequest")


@_attrs_define
class ChatSessionUpdateRequest:
    """The session fields to change."""

    title: None | str | Unset = UNSET
    archived: bool | Unset = UNSET
    metadata: Metadata | Unset = UNSET
    """ Free-form key/value data owned by the caller. The server stores it and returns it unchanged. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        archived = self.archived

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if archived is not UNSET:
            field_dict["archived"] = archived
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.metadata import Metadata  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        archived = d.pop("archived", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: Metadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = Metadata.from_dict(_metadata)

        chat_session_update_request = cls(
            title=title,
            archived=archived,
            metadata=metadata,
        )

        chat_session_update_request.additional_properties = d
        return chat_session_update_request

    @classmethod
    def decode(cls: type[T], data: Any) -> T:
        """What `from_dict(data)` returns, built faster from a parsed JSON object (`response.json()`).

        The same class, field values, `UNSET`s, `additional_properties` and nested models, unions tried
        in the same order; for data `from_dict` rejects, the same exception from the same field.
        """
        if cls is not ChatSessionUpdateRequest or data.__class__ is not dict:
            return cls.from_dict(data)
        if not _linked:
            _link_models()
        decoded = new_object(ChatSessionUpdateRequest)
        t_count = 0
        if "title" in data:
            decoded.title = data["title"]
            t_count += 1
        else:
            decoded.title = UNSET
        if "archived" in data:
            decoded.archived = data["archived"]
            t_count += 1
        else:
            decoded.archived = UNSET
        if "metadata" in data:
            v_: Any = data["metadata"]
            if v_.__class__ is dict:  # the nested model's decode: a copy of the object
                t_metadata = new_object(_MODEL_Metadata)
                t_metadata.additional_properties = v_.copy()
                v_ = t_metadata
            elif v_ is not UNSET:
                v_ = _MODEL_Metadata.from_dict(v_)

            decoded.metadata = v_
            t_count += 1
        else:
            decoded.metadata = UNSET
        t_additional_properties = {} if len(data) == t_count else {k: x for k, x in data.items() if k not in _KEYS}
        decoded.additional_properties = t_additional_properties

        return decoded  # type: ignore[return-value]  # T is ChatSessionUpdateRequest here

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
        "title",
        "archived",
        "metadata",
    }
)


_MODEL_Metadata: type[_models.Metadata]
_linked = False


def _link_models() -> None:
    """Bind the model classes decode builds, on first use (importing them with this module would import them all)."""
    global _MODEL_Metadata, _linked
    _MODEL_Metadata = _models.Metadata
    _linked = True
