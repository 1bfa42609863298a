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


T = TypeVar("T", bound="RunCreatedEvent")


@_attrs_define
class RunCreatedEvent:
    """The run was created (always the run's first event).

    Example:
        {'type': 'run.created', 'run_id': 'run_5e6f7a8b', 'sequence': 1, 'run': {'id': 'run_5e6f7a8b', 'thread_id':
            'thr_1a2b3c4d', 'kind': 'chat', 'status': 'queued', 'model': 'echo-1', 'created_at': '2026-11-22T09:31:00Z',
            'started_at': None, 'ended_at': None, 'error': None, 'usage': None, 'last_event_id': '1'}}

    """

    type_: Literal["run.created"]
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
        type_ = cast(Literal["run.created"], d.pop("type"))
        if type_ != "run.created":
            raise ValueError(f"type must match const 'run.created', got '{type_}'")

        run_id = d.pop("run_id")

        sequence = d.pop("sequence")

        run = ThreadRun.from_dict(d.pop("run"))

        run_created_event = cls(
            type_=type_,
            run_id=run_id,
            sequence=sequence,
            run=run,
        )

        run_created_event.additional_properties = d
        return run_created_event

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
