from __future__ import annotations

import builtins
import warnings
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
from .._decoding import new_object
from ..types import UNSET

if TYPE_CHECKING:
    from ..models.error_object import ErrorObject


T = TypeVar("T", bound="ErrorEvent")


@_attrs_define
class ErrorEvent:
    """An error inside the stream; the stream ends after it. An error that ends the stream but
    not the run (the API key was revoked: `api_key_revoked`, `allow_retry: false`; the server
    could not read the run's events: `stream_failed`) repeats the sequence number of the last
    event delivered, so resuming from its `id:` with another key loses nothing.

        Example:
            {'type': 'error', 'run_id': 'run_7a8b9c0d', 'sequence': 4, 'error': {'type': 'stream_error', 'message': 'The
                model stopped responding.', 'code': 'upstream_timeout', 'param': None, 'request_id': 'req_8f14e45fceea167a'},
                'allow_retry': True}

    """

    type: Literal["error"]
    run_id: str
    sequence: int
    """ The event's number within its run (1, 2, 3, ...), equal to the SSE `id:`. """
    error: ErrorObject
    """ What went wrong. """
    allow_retry: bool
    """ Whether retrying (`retry_thread_run`, or resuming the stream) may succeed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type

        run_id = self.run_id

        sequence = self.sequence

        error = self.error.to_dict()

        allow_retry = self.allow_retry

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "run_id": run_id,
                "sequence": sequence,
                "error": error,
                "allow_retry": allow_retry,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.error_object import ErrorObject  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["error"], d.pop("type"))
        if type_ != "error":
            raise ValueError(f"type must match const 'error', got '{type_}'")

        run_id = d.pop("run_id")

        sequence = d.pop("sequence")

        error = ErrorObject.from_dict(d.pop("error"))

        allow_retry = d.pop("allow_retry")

        error_event = cls(
            type=type_,
            run_id=run_id,
            sequence=sequence,
            error=error,
            allow_retry=allow_retry,
        )

        error_event.additional_properties = d
        return error_event

    @classmethod
    def decode(cls: builtins.type[T], data: Any) -> T:
        """What `from_dict(data)` returns, built faster from a parsed JSON object (`response.json()`).

        The same class, field values, `UNSET`s, `additional_properties` and nested models, unions tried
        in the same order; for data `from_dict` rejects, the same exception from the same field.
        """
        if cls is not ErrorEvent or data.__class__ is not dict:
            return cls.from_dict(data)
        if not _linked:
            _link_models()
        decoded = new_object(ErrorEvent)
        v_: Any = data["type"]
        if v_ != "error":
            raise ValueError(f"type must match const 'error', got '{v_}'")

        decoded.type = v_
        decoded.run_id = data["run_id"]
        decoded.sequence = data["sequence"]
        v_ = data["error"]
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
        decoded.allow_retry = data["allow_retry"]
        t_additional_properties = {} if len(data) == 5 else {k: x for k, x in data.items() if k not in _KEYS}
        decoded.additional_properties = t_additional_properties

        return decoded  # type: ignore[return-value]  # T is ErrorEvent here

    @property
    def type_(self) -> Literal["error"]:
        """Deprecated: the generator's name for `type`, kept for one release; warns on use."""
        warnings.warn(
            "ErrorEvent.type_ is deprecated; use ErrorEvent.type",
            DeprecationWarning,
            stacklevel=2,
        )
        return self.type

    @type_.setter
    def type_(self, value: Literal["error"]) -> None:
        warnings.warn(
            "ErrorEvent.type_ is deprecated; use ErrorEvent.type",
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
        "run_id",
        "sequence",
        "error",
        "allow_retry",
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
