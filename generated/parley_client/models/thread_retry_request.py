from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decoding import new_object
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

    @classmethod
    def decode(cls: type[T], data: Any) -> T:
        """What `from_dict(data)` returns, built faster from a parsed JSON object (`response.json()`).

        The same class, field values, `UNSET`s, `additional_properties` and nested models, unions tried
        in the same order; for data `from_dict` rejects, the same exception from the same field.
        """
        if cls is not ThreadRetryRequest or data.__class__ is not dict:
            return cls.from_dict(data)
        decoded = new_object(ThreadRetryRequest)
        decoded.item_id = data["item_id"]
        t_count = 1
        if "model" in data:
            decoded.model = data["model"]
            t_count += 1
        else:
            decoded.model = UNSET
        if "stream" in data:
            decoded.stream = data["stream"]
            t_count += 1
        else:
            decoded.stream = UNSET
        t_additional_properties = {} if len(data) == t_count else {k: x for k, x in data.items() if k not in _KEYS}
        decoded.additional_properties = t_additional_properties

        return decoded  # type: ignore[return-value]  # T is ThreadRetryRequest here

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
        "item_id",
        "model",
        "stream",
    }
)
