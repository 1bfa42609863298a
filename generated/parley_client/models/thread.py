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
from ..models.thread_status import (
    THREAD_STATUS_VALUES,
    ThreadStatus,
    check_thread_status,
)
from ..types import UNSET

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

    @classmethod
    def decode(cls: type[T], data: Any) -> T:
        """What `from_dict(data)` returns, built faster from a parsed JSON object (`response.json()`).

        The same class, field values, `UNSET`s, `additional_properties` and nested models, unions tried
        in the same order; for data `from_dict` rejects, the same exception from the same field.
        """
        if cls is not Thread or data.__class__ is not dict:
            return cls.from_dict(data)
        if not _linked:
            _link_models()
        decoded = new_object(Thread)
        decoded.id = data["id"]
        decoded.title = data["title"]
        v_: Any = data["status"]
        if v_ not in THREAD_STATUS_VALUES:
            v_ = check_thread_status(v_)  # raises from_dict's TypeError

        decoded.status = v_
        v_ = data["metadata"]
        if v_.__class__ is dict:  # the nested model's decode: a copy of the object
            t_metadata = new_object(_MODEL_Metadata)
            t_metadata.additional_properties = v_.copy()
            v_ = t_metadata
        elif v_ is not UNSET:
            v_ = _MODEL_Metadata.from_dict(v_)

        decoded.metadata = v_
        v_ = data["created_at"]
        v_ = parse_timestamp(v_)

        decoded.created_at = v_
        v_ = data["updated_at"]
        v_ = parse_timestamp(v_)

        decoded.updated_at = v_
        v_ = data["last_message_at"]
        if v_ is not None:  # values its parser returns as they are
            v_ = _decode_last_message_at(v_)

        decoded.last_message_at = v_
        decoded.active_run_id = data["active_run_id"]
        decoded.item_count = data["item_count"]
        t_additional_properties = {} if len(data) == 9 else {k: x for k, x in data.items() if k not in _KEYS}
        decoded.additional_properties = t_additional_properties

        return decoded  # type: ignore[return-value]  # T is Thread here

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
        "title",
        "status",
        "metadata",
        "created_at",
        "updated_at",
        "last_message_at",
        "active_run_id",
        "item_count",
    }
)


def _decode_last_message_at(data: Any) -> Any:
    if data is None:
        return data
    if isinstance(data, str):
        try:
            v_last_message_at_type_0: Any = data
            v_last_message_at_type_0 = parse_timestamp(v_last_message_at_type_0)

            return v_last_message_at_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data


_MODEL_Metadata: type[_models.Metadata]
_linked = False


def _link_models() -> None:
    """Bind the model classes decode builds, on first use (importing them with this module would import them all)."""
    global _MODEL_Metadata, _linked
    _MODEL_Metadata = _models.Metadata
    _linked = True
