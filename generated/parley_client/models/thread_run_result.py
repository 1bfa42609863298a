from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
