from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._decoding import new_object
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.metadata import Metadata


T = TypeVar("T", bound="WorkspaceMessageRequest")


@_attrs_define
class WorkspaceMessageRequest:
    """An end-customer message to send to a workspace."""

    content: str
    """ The text the end customer sent. """
    model: str | Unset = UNSET
    """ The model for this answer only (default, the workspace's model). """
    max_tokens: int | Unset = UNSET
    """ The most tokens the AI may write in this answer. """
    metadata: Metadata | Unset = UNSET
    """ Free-form key/value data owned by the caller. The server stores it and returns it unchanged. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content = self.content

        model = self.model

        max_tokens = self.max_tokens

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content": content,
            }
        )
        if model is not UNSET:
            field_dict["model"] = model
        if max_tokens is not UNSET:
            field_dict["max_tokens"] = max_tokens
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.metadata import Metadata  # noqa: PLC0415

        d = dict(src_dict)
        content = d.pop("content")

        model = d.pop("model", UNSET)

        max_tokens = d.pop("max_tokens", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: Metadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = Metadata.from_dict(_metadata)

        workspace_message_request = cls(
            content=content,
            model=model,
            max_tokens=max_tokens,
            metadata=metadata,
        )

        workspace_message_request.additional_properties = d
        return workspace_message_request

    @classmethod
    def decode(cls: type[T], data: Any) -> T:
        """What `from_dict(data)` returns, built faster from a parsed JSON object (`response.json()`).

        The same class, field values, `UNSET`s, `additional_properties` and nested models, unions tried
        in the same order; for data `from_dict` rejects, the same exception from the same field.
        """
        if cls is not WorkspaceMessageRequest or data.__class__ is not dict:
            return cls.from_dict(data)
        if not _linked:
            _link_models()
        decoded = new_object(WorkspaceMessageRequest)
        decoded.content = data["content"]
        t_count = 1
        if "model" in data:
            decoded.model = data["model"]
            t_count += 1
        else:
            decoded.model = UNSET
        if "max_tokens" in data:
            decoded.max_tokens = data["max_tokens"]
            t_count += 1
        else:
            decoded.max_tokens = UNSET
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

        return decoded  # type: ignore[return-value]  # T is WorkspaceMessageRequest here

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
        "content",
        "model",
        "max_tokens",
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
