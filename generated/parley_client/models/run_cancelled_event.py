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
    from ..models.thread_run import ThreadRun


T = TypeVar("T", bound="RunCancelledEvent")


@_attrs_define
class RunCancelledEvent:
    """The run was cancelled (a final event; the stream ends after it).

    Example:
        {'type': 'run.cancelled', 'run_id': 'run_5e6f7a8b', 'sequence': 6, 'run': {'id': 'run_5e6f7a8b', 'thread_id':
            'thr_1a2b3c4d', 'kind': 'chat', 'status': 'cancelled', 'model': 'echo-1', 'created_at': '2026-11-22T09:31:00Z',
            'started_at': '2026-11-22T09:31:00Z', 'ended_at': '2026-11-22T09:31:02Z', 'error': None, 'usage':
            {'prompt_tokens': 12, 'completion_tokens': 4, 'total_tokens': 16}, 'last_event_id': '6'}}

    """

    type_: Literal["run.cancelled"]
    run_id: str
    sequence: int
    """ The event's number within its run (1, 2, 3, ...), equal to the SSE `id:`. """
    run: ThreadRun
    """ One assistant turn on a thread. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.thread_run import ThreadRun  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["run.cancelled"], d.pop("type"))
        if type_ != "run.cancelled":
            raise ValueError(f"type must match const 'run.cancelled', got '{type_}'")

        run_id = d.pop("run_id")

        sequence = d.pop("sequence")

        run = ThreadRun.from_dict(d.pop("run"))

        run_cancelled_event = cls(
            type_=type_,
            run_id=run_id,
            sequence=sequence,
            run=run,
        )

        run_cancelled_event.additional_properties = d
        return run_cancelled_event

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
