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
from .._timestamps import parse_timestamp
from ..models.run_kind import RUN_KIND_VALUES, check_run_kind
from ..models.run_status import RUN_STATUS_VALUES, check_run_status
from ..types import UNSET

if TYPE_CHECKING:
    from ..models.thread_run import ThreadRun


T = TypeVar("T", bound="RunCompletedEvent")


@_attrs_define
class RunCompletedEvent:
    """The run finished normally (a final event; the stream ends after it).

    Example:
        {'type': 'run.completed', 'run_id': 'run_5e6f7a8b', 'sequence': 7, 'run': {'id': 'run_5e6f7a8b', 'thread_id':
            'thr_1a2b3c4d', 'kind': 'chat', 'status': 'completed', 'model': 'echo-1', 'created_at': '2026-11-22T09:31:00Z',
            'started_at': '2026-11-22T09:31:00Z', 'ended_at': '2026-11-22T09:31:01Z', 'error': None, 'usage':
            {'prompt_tokens': 12, 'completion_tokens': 9, 'total_tokens': 21}, 'last_event_id': '7'}}

    """

    type: Literal["run.completed"]
    run_id: str
    sequence: int
    """ The event's number within its run (1, 2, 3, ...), equal to the SSE `id:`. """
    run: ThreadRun
    """ One assistant turn on a thread. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type

        run_id = self.run_id

        sequence = self.sequence

        run = self.run.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "run_id": run_id,
                "sequence": sequence,
                "run": run,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.thread_run import ThreadRun  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["run.completed"], d.pop("type"))
        if type_ != "run.completed":
            raise ValueError(f"type must match const 'run.completed', got '{type_}'")

        run_id = d.pop("run_id")

        sequence = d.pop("sequence")

        run = ThreadRun.from_dict(d.pop("run"))

        run_completed_event = cls(
            type=type_,
            run_id=run_id,
            sequence=sequence,
            run=run,
        )

        run_completed_event.additional_properties = d
        return run_completed_event

    @classmethod
    def decode(cls: builtins.type[T], data: Any) -> T:
        """What `from_dict(data)` returns, built faster from a parsed JSON object (`response.json()`).

        The same class, field values, `UNSET`s, `additional_properties` and nested models, unions tried
        in the same order; for data `from_dict` rejects, the same exception from the same field.
        """
        if cls is not RunCompletedEvent or data.__class__ is not dict:
            return cls.from_dict(data)
        if not _linked:
            _link_models()
        decoded = new_object(RunCompletedEvent)
        v_: Any = data["type"]
        if v_ != "run.completed":
            raise ValueError(f"type must match const 'run.completed', got '{v_}'")

        decoded.type = v_
        decoded.run_id = data["run_id"]
        decoded.sequence = data["sequence"]
        v_ = data["run"]
        if v_.__class__ is dict:  # the nested model's decode, inline
            o_run__ = new_object(_MODEL_ThreadRun)
            o_run__.id = v_["id"]
            o_run__.thread_id = v_["thread_id"]
            v_run__: Any = v_["kind"]
            if v_run__ not in RUN_KIND_VALUES:
                v_run__ = check_run_kind(v_run__)  # raises from_dict's TypeError

            o_run__.kind = v_run__
            v_run__ = v_["status"]
            if v_run__ not in RUN_STATUS_VALUES:
                v_run__ = check_run_status(v_run__)  # raises from_dict's TypeError

            o_run__.status = v_run__
            o_run__.model = v_["model"]
            v_run__ = v_["created_at"]
            v_run__ = parse_timestamp(v_run__)

            o_run__.created_at = v_run__
            v_run__ = v_["started_at"]
            if v_run__ is not None:  # values its parser returns as they are
                v_run__ = _decode_run__started_at(v_run__)

            o_run__.started_at = v_run__
            v_run__ = v_["ended_at"]
            if v_run__ is not None:  # values its parser returns as they are
                v_run__ = _decode_run__ended_at(v_run__)

            o_run__.ended_at = v_run__
            v_run__ = v_["error"]
            if v_run__ is not None:  # values its parser returns as they are
                v_run__ = _decode_run__error(v_run__)

            o_run__.error = v_run__
            v_run__ = v_["usage"]
            if v_run__ is not None:  # values its parser returns as they are
                v_run__ = _decode_run__usage(v_run__)

            o_run__.usage = v_run__
            o_run__.last_event_id = v_["last_event_id"]
            t_run__additional_properties = {} if len(v_) == 11 else {k: x for k, x in v_.items() if k not in _KEYS_run}
            o_run__.additional_properties = t_run__additional_properties

            v_ = o_run__
        elif v_ is not UNSET:
            v_ = _MODEL_ThreadRun.from_dict(v_)

        decoded.run = v_
        t_additional_properties = {} if len(data) == 4 else {k: x for k, x in data.items() if k not in _KEYS}
        decoded.additional_properties = t_additional_properties

        return decoded  # type: ignore[return-value]  # T is RunCompletedEvent here

    @property
    def type_(self) -> Literal["run.completed"]:
        """Deprecated: the generator's name for `type`, kept for one release; warns on use."""
        warnings.warn(
            "RunCompletedEvent.type_ is deprecated; use RunCompletedEvent.type",
            DeprecationWarning,
            stacklevel=2,
        )
        return self.type

    @type_.setter
    def type_(self, value: Literal["run.completed"]) -> None:
        warnings.warn(
            "RunCompletedEvent.type_ is deprecated; use RunCompletedEvent.type",
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
        "run",
    }
)


_KEYS_run = frozenset(
    {
        "id",
        "thread_id",
        "kind",
        "status",
        "model",
        "created_at",
        "started_at",
        "ended_at",
        "error",
        "usage",
        "last_event_id",
    }
)


def _decode_run__started_at(data: Any) -> Any:
    if data is None:
        return data
    if isinstance(data, str):
        try:
            v_run__started_at_type_0: Any = data
            v_run__started_at_type_0 = parse_timestamp(v_run__started_at_type_0)

            return v_run__started_at_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data


def _decode_run__ended_at(data: Any) -> Any:
    if data is None:
        return data
    if isinstance(data, str):
        try:
            v_run__ended_at_type_0: Any = data
            v_run__ended_at_type_0 = parse_timestamp(v_run__ended_at_type_0)

            return v_run__ended_at_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data


def _decode_run__error(data: Any) -> Any:
    if data is None:
        return data
    if isinstance(data, dict):
        try:
            v_run__error_type_0: Any = data
            v_run__error_type_0 = _MODEL_ErrorObject.decode(v_run__error_type_0)

            return v_run__error_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data


def _decode_run__usage(data: Any) -> Any:
    if data is None:
        return data
    if isinstance(data, dict):
        try:
            v_run__usage_type_0: Any = data
            v_run__usage_type_0 = _MODEL_Usage.decode(v_run__usage_type_0)

            return v_run__usage_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data


_MODEL_ErrorObject: type[_models.ErrorObject]
_MODEL_ThreadRun: type[_models.ThreadRun]
_MODEL_Usage: type[_models.Usage]
_linked = False


def _link_models() -> None:
    """Bind the model classes decode builds, on first use (importing them with this module would import them all)."""
    global _MODEL_ErrorObject, _MODEL_ThreadRun, _MODEL_Usage, _linked
    _MODEL_ErrorObject = _models.ErrorObject
    _MODEL_ThreadRun = _models.ThreadRun
    _MODEL_Usage = _models.Usage
    _linked = True
