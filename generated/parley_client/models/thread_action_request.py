from __future__ import annotations

import builtins
import warnings
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._decoding import new_object
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.json_object import JsonObject


T = TypeVar("T", bound="ThreadActionRequest")


@_attrs_define
class ThreadActionRequest:
    """The body of `run_thread_action`."""

    type: str
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
        type_ = self.type

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
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
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
            type=type_,
            payload=payload,
            item_id=item_id,
            stream=stream,
            model=model,
        )

        thread_action_request.additional_properties = d
        return thread_action_request

    @classmethod
    def decode(cls: builtins.type[T], data: Any) -> T:
        """What `from_dict(data)` returns, built faster from a parsed JSON object (`response.json()`).

        The same class, field values, `UNSET`s, `additional_properties` and nested models, unions tried
        in the same order; for data `from_dict` rejects, the same exception from the same field.
        """
        if cls is not ThreadActionRequest or data.__class__ is not dict:
            return cls.from_dict(data)
        if not _linked:
            _link_models()
        decoded = new_object(ThreadActionRequest)
        decoded.type = data["type"]
        t_count = 1
        if "payload" in data:
            v_: Any = data["payload"]
            if v_.__class__ is dict:  # the nested model's decode: a copy of the object
                t_payload = new_object(_MODEL_JsonObject)
                t_payload.additional_properties = v_.copy()
                v_ = t_payload
            elif v_ is not UNSET:
                v_ = _MODEL_JsonObject.from_dict(v_)

            decoded.payload = v_
            t_count += 1
        else:
            decoded.payload = UNSET
        if "item_id" in data:
            decoded.item_id = data["item_id"]
            t_count += 1
        else:
            decoded.item_id = UNSET
        if "stream" in data:
            decoded.stream = data["stream"]
            t_count += 1
        else:
            decoded.stream = UNSET
        if "model" in data:
            decoded.model = data["model"]
            t_count += 1
        else:
            decoded.model = UNSET
        t_additional_properties = {} if len(data) == t_count else {k: x for k, x in data.items() if k not in _KEYS}
        decoded.additional_properties = t_additional_properties

        return decoded  # type: ignore[return-value]  # T is ThreadActionRequest here

    @property
    def type_(self) -> str:
        """Deprecated: the generator's name for `type`, kept for one release; warns on use."""
        warnings.warn(
            "ThreadActionRequest.type_ is deprecated; use ThreadActionRequest.type",
            DeprecationWarning,
            stacklevel=2,
        )
        return self.type

    @type_.setter
    def type_(self, value: str) -> None:
        warnings.warn(
            "ThreadActionRequest.type_ is deprecated; use ThreadActionRequest.type",
            DeprecationWarning,
            stacklevel=2,
        )
        self.type = value

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
        "type",
        "payload",
        "item_id",
        "stream",
        "model",
    }
)


_MODEL_JsonObject: type[_models.JsonObject]
_linked = False


def _link_models() -> None:
    """Bind the model classes decode builds, on first use (importing them with this module would import them all)."""
    global _MODEL_JsonObject, _linked
    _MODEL_JsonObject = _models.JsonObject
    _linked = True
