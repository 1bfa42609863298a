from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dateutil.parser import isoparse

from .. import models as _models
from .._decoding import new_object
from .._timestamps import parse_timestamp
from ..models.run_kind import RUN_KIND_VALUES, RunKind, check_run_kind
from ..models.run_status import RUN_STATUS_VALUES, RunStatus, check_run_status

if TYPE_CHECKING:
    from ..models.error_object import ErrorObject
    from ..models.usage import Usage


T = TypeVar("T", bound="ThreadRun")


@_attrs_define
class ThreadRun:
    """One assistant turn on a thread."""

    id: str
    """ The run's id (`run_...`). """
    thread_id: str
    kind: RunKind
    """ What started the run (`chat_thread`, `run_thread_action` or `retry_thread_run`). """
    status: RunStatus
    """ Where a run is in its life; `completed`, `cancelled` and `failed` are final. """
    model: str
    """ The model that answers. """
    created_at: datetime.datetime
    started_at: datetime.datetime | None
    """ When the model started, null while queued. """
    ended_at: datetime.datetime | None
    """ When the run reached a final status, null before. """
    error: ErrorObject | None
    """ Why the run failed; null unless `status` is `failed`. """
    usage: None | Usage
    """ Token counts, null until the model has produced any. """
    last_event_id: str
    """ The sequence number of the run's newest event, as a string of digits (in an event's
    `run`, that event's `sequence`). Pass it as `Last-Event-ID` to follow on from there.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.error_object import ErrorObject  # noqa: PLC0415
        from ..models.usage import Usage  # noqa: PLC0415

        id = self.id

        thread_id = self.thread_id

        kind: str = self.kind

        status: str = self.status

        model = self.model

        created_at = self.created_at.isoformat()

        started_at: None | str
        if isinstance(self.started_at, datetime.datetime):
            started_at = self.started_at.isoformat()
        else:
            started_at = self.started_at

        ended_at: None | str
        if isinstance(self.ended_at, datetime.datetime):
            ended_at = self.ended_at.isoformat()
        else:
            ended_at = self.ended_at

        error: dict[str, Any] | None
        if isinstance(self.error, ErrorObject):
            error = self.error.to_dict()
        else:
            error = self.error

        usage: dict[str, Any] | None
        if isinstance(self.usage, Usage):
            usage = self.usage.to_dict()
        else:
            usage = self.usage

        last_event_id = self.last_event_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "thread_id": thread_id,
                "kind": kind,
                "status": status,
                "model": model,
                "created_at": created_at,
                "started_at": started_at,
                "ended_at": ended_at,
                "error": error,
                "usage": usage,
                "last_event_id": last_event_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.error_object import ErrorObject  # noqa: PLC0415
        from ..models.usage import Usage  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        thread_id = d.pop("thread_id")

        kind = check_run_kind(d.pop("kind"))

        status = check_run_status(d.pop("status"))

        model = d.pop("model")

        created_at = isoparse(d.pop("created_at"))

        def _parse_started_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                started_at_type_0 = isoparse(data)

                return started_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        started_at = _parse_started_at(d.pop("started_at"))

        def _parse_ended_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ended_at_type_0 = isoparse(data)

                return ended_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        ended_at = _parse_ended_at(d.pop("ended_at"))

        def _parse_error(data: object) -> ErrorObject | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                error_type_0 = ErrorObject.from_dict(data)

                return error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ErrorObject | None, data)

        error = _parse_error(d.pop("error"))

        def _parse_usage(data: object) -> None | Usage:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                usage_type_0 = Usage.from_dict(data)

                return usage_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Usage, data)

        usage = _parse_usage(d.pop("usage"))

        last_event_id = d.pop("last_event_id")

        thread_run = cls(
            id=id,
            thread_id=thread_id,
            kind=kind,
            status=status,
            model=model,
            created_at=created_at,
            started_at=started_at,
            ended_at=ended_at,
            error=error,
            usage=usage,
            last_event_id=last_event_id,
        )

        thread_run.additional_properties = d
        return thread_run

    @classmethod
    def decode(cls: type[T], data: Any) -> T:
        """What `from_dict(data)` returns, built faster from a parsed JSON object (`response.json()`).

        The same class, field values, `UNSET`s, `additional_properties` and nested models, unions tried
        in the same order; for data `from_dict` rejects, the same exception from the same field.
        """
        if cls is not ThreadRun or data.__class__ is not dict:
            return cls.from_dict(data)
        if not _linked:
            _link_models()
        decoded = new_object(ThreadRun)
        decoded.id = data["id"]
        decoded.thread_id = data["thread_id"]
        v_: Any = data["kind"]
        if v_ not in RUN_KIND_VALUES:
            v_ = check_run_kind(v_)  # raises from_dict's TypeError

        decoded.kind = v_
        v_ = data["status"]
        if v_ not in RUN_STATUS_VALUES:
            v_ = check_run_status(v_)  # raises from_dict's TypeError

        decoded.status = v_
        decoded.model = data["model"]
        v_ = data["created_at"]
        v_ = parse_timestamp(v_)

        decoded.created_at = v_
        v_ = data["started_at"]
        if v_ is not None:  # values its parser returns as they are
            v_ = _decode_started_at(v_)

        decoded.started_at = v_
        v_ = data["ended_at"]
        if v_ is not None:  # values its parser returns as they are
            v_ = _decode_ended_at(v_)

        decoded.ended_at = v_
        v_ = data["error"]
        if v_ is not None:  # values its parser returns as they are
            v_ = _decode_error(v_)

        decoded.error = v_
        v_ = data["usage"]
        if v_ is not None:  # values its parser returns as they are
            v_ = _decode_usage(v_)

        decoded.usage = v_
        decoded.last_event_id = data["last_event_id"]
        t_additional_properties = {} if len(data) == 11 else {k: x for k, x in data.items() if k not in _KEYS}
        decoded.additional_properties = t_additional_properties

        return decoded  # type: ignore[return-value]  # T is ThreadRun here

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


def _decode_started_at(data: Any) -> Any:
    if data is None:
        return data
    if isinstance(data, str):
        try:
            v_started_at_type_0: Any = data
            v_started_at_type_0 = parse_timestamp(v_started_at_type_0)

            return v_started_at_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data


def _decode_ended_at(data: Any) -> Any:
    if data is None:
        return data
    if isinstance(data, str):
        try:
            v_ended_at_type_0: Any = data
            v_ended_at_type_0 = parse_timestamp(v_ended_at_type_0)

            return v_ended_at_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data


def _decode_error(data: Any) -> Any:
    if data is None:
        return data
    if isinstance(data, dict):
        try:
            v_error_type_0: Any = data
            v_error_type_0 = _MODEL_ErrorObject.decode(v_error_type_0)

            return v_error_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data


def _decode_usage(data: Any) -> Any:
    if data is None:
        return data
    if isinstance(data, dict):
        try:
            v_usage_type_0: Any = data
            v_usage_type_0 = _MODEL_Usage.decode(v_usage_type_0)

            return v_usage_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data


_MODEL_ErrorObject: type[_models.ErrorObject]
_MODEL_Usage: type[_models.Usage]
_linked = False


def _link_models() -> None:
    """Bind the model classes decode builds, on first use (importing them with this module would import them all)."""
    global _MODEL_ErrorObject, _MODEL_Usage, _linked
    _MODEL_ErrorObject = _models.ErrorObject
    _MODEL_Usage = _models.Usage
    _linked = True
