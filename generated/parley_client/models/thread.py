from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dateutil.parser import isoparse

from ..models.thread_status import ThreadStatus, check_thread_status

if TYPE_CHECKING:
    from ..models.metadata import Metadata


T = TypeVar("T", bound="Thread")


@_attrs_define
class Thread:
    """A stateful conversation."""

    id: str
    """ The thread's id (`thr_...`). """
    title: None | str
    """ The thread's title, null when none was set. """
    status: ThreadStatus
    """ `active` threads accept new runs; `locked` and `closed` threads accept none until set back
    to `active` (closed means the conversation is over, locked that it is on hold).
     """
    metadata: Metadata
    """ Free-form key/value data owned by the caller. The server stores it and returns it unchanged. """
    created_at: datetime.datetime
    updated_at: datetime.datetime
    """ When the thread itself (title, metadata, status) last changed. """
    last_message_at: datetime.datetime | None
    """ When the newest item was added, null while the thread has none. """
    active_run_id: None | str
    """ The id of the run that is queued or in progress, null when none is. """
    item_count: int
    """ How many items the thread holds. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title: None | str
        title = self.title

        status: str = self.status

        metadata = self.metadata.to_dict()

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        last_message_at: None | str
        if isinstance(self.last_message_at, datetime.datetime):
            last_message_at = self.last_message_at.isoformat()
        else:
            last_message_at = self.last_message_at

        active_run_id: None | str
        active_run_id = self.active_run_id

        item_count = self.item_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "title": title,
                "status": status,
                "metadata": metadata,
                "created_at": created_at,
                "updated_at": updated_at,
                "last_message_at": last_message_at,
                "active_run_id": active_run_id,
                "item_count": item_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.metadata import Metadata  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        def _parse_title(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        title = _parse_title(d.pop("title"))

        status = check_thread_status(d.pop("status"))

        metadata = Metadata.from_dict(d.pop("metadata"))

        created_at = isoparse(d.pop("created_at"))

        updated_at = isoparse(d.pop("updated_at"))

        def _parse_last_message_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_message_at_type_0 = isoparse(data)

                return last_message_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        last_message_at = _parse_last_message_at(d.pop("last_message_at"))

        def _parse_active_run_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        active_run_id = _parse_active_run_id(d.pop("active_run_id"))

        item_count = d.pop("item_count")

        thread = cls(
            id=id,
            title=title,
            status=status,
            metadata=metadata,
            created_at=created_at,
            updated_at=updated_at,
            last_message_at=last_message_at,
            active_run_id=active_run_id,
            item_count=item_count,
        )

        thread.additional_properties = d
        return thread

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
