from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decoding import new_object
from ..types import UNSET, Unset

T = TypeVar("T", bound="ChatCompletionStreamFrame")


@_attrs_define
class ChatCompletionStreamFrame:
    """One frame of a completion stream as the wire carries it: unnamed (`event` absent, so
    `message`), its `data` a `ChatCompletionChunk`, a `ChatCompletionStreamError`, or the
    literal `[DONE]` that ends the stream.

    """

    data: Literal["[DONE]"] | str
    """ The frame's text: `[DONE]`, or JSON checked against the chunk and error schemas. """
    event: Literal["message"] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: Literal["[DONE]"] | str
        data = self.data

        event = self.event

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )
        if event is not UNSET:
            field_dict["event"] = event

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_data(data: object) -> Literal["[DONE]"] | str:
            data_type_0 = cast(Literal["[DONE]"], data)
            if data_type_0 != "[DONE]":
                raise ValueError(f"data_type_0 must match const '[DONE]', got '{data_type_0}'")
            return data_type_0
            return cast(Literal["[DONE]"] | str, data)

        data = _parse_data(d.pop("data"))

        event = cast(Literal["message"] | Unset, d.pop("event", UNSET))
        if event != "message" and not isinstance(event, Unset):
            raise ValueError(f"event must match const 'message', got '{event}'")

        chat_completion_stream_frame = cls(
            data=data,
            event=event,
        )

        chat_completion_stream_frame.additional_properties = d
        return chat_completion_stream_frame

    @classmethod
    def decode(cls: type[T], data: Any) -> T:
        """What `from_dict(data)` returns, built faster from a parsed JSON object (`response.json()`).

        The same class, field values, `UNSET`s, `additional_properties` and nested models, unions tried
        in the same order; for data `from_dict` rejects, the same exception from the same field.
        """
        if cls is not ChatCompletionStreamFrame or data.__class__ is not dict:
            return cls.from_dict(data)
        decoded = new_object(ChatCompletionStreamFrame)
        v_: Any = data["data"]
        v_ = _decode_data(v_)

        decoded.data = v_
        t_count = 1
        if "event" in data:
            v_ = data["event"]
            if v_ != "message":
                raise ValueError(f"event must match const 'message', got '{v_}'")

            decoded.event = v_
            t_count += 1
        else:
            decoded.event = UNSET
        t_additional_properties = {} if len(data) == t_count else {k: x for k, x in data.items() if k not in _KEYS}
        decoded.additional_properties = t_additional_properties

        return decoded  # type: ignore[return-value]  # T is ChatCompletionStreamFrame here

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
        "data",
        "event",
    }
)


def _decode_data(data: Any) -> Any:
    v_data_type_0: Any = data
    if v_data_type_0 != "[DONE]":
        raise ValueError(f"data_type_0 must match const '[DONE]', got '{v_data_type_0}'")

    return v_data_type_0
    return data
