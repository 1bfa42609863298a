from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._decoding import new_object
from .._timestamps import parse_timestamp
from ..models.run_kind import RUN_KIND_VALUES, check_run_kind
from ..models.run_status import RUN_STATUS_VALUES, check_run_status
from ..types import UNSET

if TYPE_CHECKING:
    from ..models.action_item import ActionItem
    from ..models.assistant_message_item import AssistantMessageItem
    from ..models.thread_run import ThreadRun
    from ..models.tool_call_item import ToolCallItem
    from ..models.tool_result_item import ToolResultItem
    from ..models.user_message_item import UserMessageItem


T = TypeVar("T", bound="ThreadRunResult")


@_attrs_define
class ThreadRunResult:
    """The answer of a non-streaming run request."""

    run: ThreadRun
    """ One assistant turn on a thread. """
    items: list[ActionItem | AssistantMessageItem | ToolCallItem | ToolResultItem | UserMessageItem]
    """ The items the request added, in order (the input items, then the run's). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.assistant_message_item import AssistantMessageItem  # noqa: PLC0415
        from ..models.tool_call_item import ToolCallItem  # noqa: PLC0415
        from ..models.tool_result_item import ToolResultItem  # noqa: PLC0415
        from ..models.user_message_item import UserMessageItem  # noqa: PLC0415

        run = self.run.to_dict()

        items = []
        for items_item_data in self.items:
            items_item: dict[str, Any]
            if isinstance(items_item_data, UserMessageItem):
                items_item = items_item_data.to_dict()
            elif isinstance(items_item_data, AssistantMessageItem):
                items_item = items_item_data.to_dict()
            elif isinstance(items_item_data, ToolCallItem):
                items_item = items_item_data.to_dict()
            elif isinstance(items_item_data, ToolResultItem):
                items_item = items_item_data.to_dict()
            else:
                items_item = items_item_data.to_dict()

            items.append(items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "run": run,
                "items": items,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.action_item import ActionItem  # noqa: PLC0415
        from ..models.assistant_message_item import AssistantMessageItem  # noqa: PLC0415
        from ..models.thread_run import ThreadRun  # noqa: PLC0415
        from ..models.tool_call_item import ToolCallItem  # noqa: PLC0415
        from ..models.tool_result_item import ToolResultItem  # noqa: PLC0415
        from ..models.user_message_item import UserMessageItem  # noqa: PLC0415

        d = dict(src_dict)
        run = ThreadRun.from_dict(d.pop("run"))

        items = []
        _items = d.pop("items")
        for items_item_data in _items:

            def _parse_items_item(
                data: object,
            ) -> ActionItem | AssistantMessageItem | ToolCallItem | ToolResultItem | UserMessageItem:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_thread_item_type_0 = UserMessageItem.from_dict(data)

                    return componentsschemas_thread_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_thread_item_type_1 = AssistantMessageItem.from_dict(data)

                    return componentsschemas_thread_item_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_thread_item_type_2 = ToolCallItem.from_dict(data)

                    return componentsschemas_thread_item_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_thread_item_type_3 = ToolResultItem.from_dict(data)

                    return componentsschemas_thread_item_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_thread_item_type_4 = ActionItem.from_dict(data)

                return componentsschemas_thread_item_type_4

            items_item = _parse_items_item(items_item_data)

            items.append(items_item)

        thread_run_result = cls(
            run=run,
            items=items,
        )

        thread_run_result.additional_properties = d
        return thread_run_result

    @classmethod
    def decode(cls: type[T], data: Any) -> T:
        """What `from_dict(data)` returns, built faster from a parsed JSON object (`response.json()`).

        The same class, field values, `UNSET`s, `additional_properties` and nested models, unions tried
        in the same order; for data `from_dict` rejects, the same exception from the same field.
        """
        if cls is not ThreadRunResult or data.__class__ is not dict:
            return cls.from_dict(data)
        if not _linked:
            _link_models()
        decoded = new_object(ThreadRunResult)
        v_: Any = data["run"]
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
        v_ = data["items"]
        v_ = [_decode_items_item(t_items_item) for t_items_item in v_]

        decoded.items = v_
        t_additional_properties = {} if len(data) == 2 else {k: x for k, x in data.items() if k not in _KEYS}
        decoded.additional_properties = t_additional_properties

        return decoded  # type: ignore[return-value]  # T is ThreadRunResult here

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
        "run",
        "items",
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


def _decode_items_item(data: Any) -> Any:
    if isinstance(data, dict):
        try:
            v_componentsschemas_thread_item_type_0: Any = data
            v_componentsschemas_thread_item_type_0 = _MODEL_UserMessageItem.decode(
                v_componentsschemas_thread_item_type_0
            )

            return v_componentsschemas_thread_item_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if isinstance(data, dict):
        try:
            v_componentsschemas_thread_item_type_1: Any = data
            v_componentsschemas_thread_item_type_1 = _MODEL_AssistantMessageItem.decode(
                v_componentsschemas_thread_item_type_1
            )

            return v_componentsschemas_thread_item_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if isinstance(data, dict):
        try:
            v_componentsschemas_thread_item_type_2: Any = data
            v_componentsschemas_thread_item_type_2 = _MODEL_ToolCallItem.decode(v_componentsschemas_thread_item_type_2)

            return v_componentsschemas_thread_item_type_2
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if isinstance(data, dict):
        try:
            v_componentsschemas_thread_item_type_3: Any = data
            v_componentsschemas_thread_item_type_3 = _MODEL_ToolResultItem.decode(
                v_componentsschemas_thread_item_type_3
            )

            return v_componentsschemas_thread_item_type_3
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if not isinstance(data, dict):
        raise TypeError()
    v_componentsschemas_thread_item_type_4: Any = data
    v_componentsschemas_thread_item_type_4 = _MODEL_ActionItem.decode(v_componentsschemas_thread_item_type_4)

    return v_componentsschemas_thread_item_type_4


_MODEL_ActionItem: type[_models.ActionItem]
_MODEL_AssistantMessageItem: type[_models.AssistantMessageItem]
_MODEL_ErrorObject: type[_models.ErrorObject]
_MODEL_ThreadRun: type[_models.ThreadRun]
_MODEL_ToolCallItem: type[_models.ToolCallItem]
_MODEL_ToolResultItem: type[_models.ToolResultItem]
_MODEL_Usage: type[_models.Usage]
_MODEL_UserMessageItem: type[_models.UserMessageItem]
_linked = False


def _link_models() -> None:
    """Bind the model classes decode builds, on first use (importing them with this module would import them all)."""
    global \
        _MODEL_ActionItem, \
        _MODEL_AssistantMessageItem, \
        _MODEL_ErrorObject, \
        _MODEL_ThreadRun, \
        _MODEL_ToolCallItem, \
        _MODEL_ToolResultItem, \
        _MODEL_Usage, \
        _MODEL_UserMessageItem, \
        _linked
    _MODEL_ActionItem = _models.ActionItem
    _MODEL_AssistantMessageItem = _models.AssistantMessageItem
    _MODEL_ErrorObject = _models.ErrorObject
    _MODEL_ThreadRun = _models.ThreadRun
    _MODEL_ToolCallItem = _models.ToolCallItem
    _MODEL_ToolResultItem = _models.ToolResultItem
    _MODEL_Usage = _models.Usage
    _MODEL_UserMessageItem = _models.UserMessageItem
    _linked = True
