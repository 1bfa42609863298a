from __future__ import annotations

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

    type_: Literal["error"]
    run_id: str
    sequence: int
    """ The event's number within its run (1, 2, 3, ...), equal to the SSE `id:`. """
    error: ErrorObject
    """ What went wrong. """
    allow_retry: bool
    """ Whether retrying (`retry_thread_run`, or resuming the stream) may succeed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
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
            type_=type_,
            run_id=run_id,
            sequence=sequence,
            error=error,
            allow_retry=allow_retry,
        )

        error_event.additional_properties = d
        return error_event

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
