from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ThreadRetryRequest")


@_attrs_define
class ThreadRetryRequest:
    """The body of `retry_thread_run`."""

    item_id: str
    """ The `user_message` item to answer again (`item_...`). """
    model: str | Unset = UNSET
    """ The model that answers; the server's default model when left out. """
    stream: bool | Unset = True
    """ Answer with the run's event stream (true) or with the finished run as JSON (false). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        item_id = self.item_id

        model = self.model

        stream = self.stream

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "item_id": item_id,
            }
        )
        if model is not UNSET:
            field_dict["model"] = model
        if stream is not UNSET:
            field_dict["stream"] = stream

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        item_id = d.pop("item_id")

        model = d.pop("model", UNSET)

        stream = d.pop("stream", UNSET)

        thread_retry_request = cls(
            item_id=item_id,
            model=model,
            stream=stream,
        )

        thread_retry_request.additional_properties = d
        return thread_retry_request

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
