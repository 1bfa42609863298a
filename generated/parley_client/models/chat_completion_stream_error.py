from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._decoding import new_object
from ..types import UNSET

if TYPE_CHECKING:
    from ..models.error_object import ErrorObject


T = TypeVar("T", bound="ChatCompletionStreamError")


@_attrs_define
class ChatCompletionStreamError:
    """An error frame inside a completion stream (`data: {"error": {...}}`), followed by `data: [DONE]`."""

    error: ErrorObject
    """ What went wrong. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error = self.error.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "error": error,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.error_object import ErrorObject  # noqa: PLC0415

        d = dict(src_dict)
        error = ErrorObject.from_dict(d.pop("error"))

        chat_completion_stream_error = cls(
            error=error,
        )

        chat_completion_stream_error.additional_properties = d
        return chat_completion_stream_error

    @classmethod
    def decode(cls: type[T], data: Any) -> T:
        """What `from_dict(data)` returns, built faster from a parsed JSON object (`response.json()`).

        The same class, field values, `UNSET`s, `additional_properties` and nested models, unions tried
        in the same order; for data `from_dict` rejects, the same exception from the same field.
        """
        if cls is not ChatCompletionStreamError or data.__class__ is not dict:
            return cls.from_dict(data)
        if not _linked:
            _link_models()
        decoded = new_object(ChatCompletionStreamError)
        v_: Any = data["error"]
        if v_.__class__ is dict:  # the nested model's decode, inline
            o_error__ = new_object(_MODEL_ErrorObject)
            o_error__.type = v_["type"]
            o_error__.message = v_["message"]
            o_error__.request_id = v_["request_id"]
            t_error__count = 3
            if "code" in v_:
                o_error__.code = v_["code"]
                t_error__count += 1
            else:
                o_error__.code = UNSET
            if "param" in v_:
                o_error__.param = v_["param"]
                t_error__count += 1
            else:
                o_error__.param = UNSET
            t_error__additional_properties = (
                {} if len(v_) == t_error__count else {k: x for k, x in v_.items() if k not in _KEYS_error}
            )
            o_error__.additional_properties = t_error__additional_properties

            v_ = o_error__
        elif v_ is not UNSET:
            v_ = _MODEL_ErrorObject.from_dict(v_)

        decoded.error = v_
        t_additional_properties = {} if len(data) == 1 else {k: x for k, x in data.items() if k not in _KEYS}
        decoded.additional_properties = t_additional_properties

        return decoded  # type: ignore[return-value]  # T is ChatCompletionStreamError here

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
        "error",
    }
)

_KEYS_error = frozenset(
    {
        "type",
        "message",
        "request_id",
        "code",
        "param",
    }
)


_MODEL_ErrorObject: type[_models.ErrorObject]
_linked = False


def _link_models() -> None:
    """Bind the model classes decode builds, on first use (importing them with this module would import them all)."""
    global _MODEL_ErrorObject, _linked
    _MODEL_ErrorObject = _models.ErrorObject
    _linked = True
