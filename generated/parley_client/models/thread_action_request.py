from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.json_object import JsonObject


T = TypeVar("T", bound="ThreadActionRequest")


@_attrs_define
class ThreadActionRequest:
    """The body of `run_thread_action`."""

    type_: str
    """ The action's type, e.g. `approve_refund`. """
    payload: JsonObject | Unset = UNSET
    """ A JSON object whose keys and values the API does not constrain (tool arguments, action payloads, context).
    """
    item_id: str | Unset = UNSET
    """ The item the action came from (`item_...`). """
    stream: bool | Unset = True
    """ Answer with the run's event stream (true) or with the finished run as JSON (false). """
    model: str | Unset = UNSET
    """ The model that answers; the server's default model when left out. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        payload: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payload, Unset):
            payload = self.payload.to_dict()

        item_id = self.item_id

        stream = self.stream

        model = self.model

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if payload is not UNSET:
            field_dict["payload"] = payload
        if item_id is not UNSET:
            field_dict["item_id"] = item_id
        if stream is not UNSET:
            field_dict["stream"] = stream
        if model is not UNSET:
            field_dict["model"] = model

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.json_object import JsonObject  # noqa: PLC0415

        d = dict(src_dict)
        type_ = d.pop("type")

        _payload = d.pop("payload", UNSET)
        payload: JsonObject | Unset
        if isinstance(_payload, Unset):
            payload = UNSET
        else:
            payload = JsonObject.from_dict(_payload)

        item_id = d.pop("item_id", UNSET)

        stream = d.pop("stream", UNSET)

        model = d.pop("model", UNSET)

        thread_action_request = cls(
            type_=type_,
            payload=payload,
            item_id=item_id,
            stream=stream,
            model=model,
        )

        thread_action_request.additional_properties = d
        return thread_action_request

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
