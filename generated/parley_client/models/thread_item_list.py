from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._decoding import new_object

if TYPE_CHECKING:
    from ..models.action_item import ActionItem
    from ..models.assistant_message_item import AssistantMessageItem
    from ..models.tool_call_item import ToolCallItem
    from ..models.tool_result_item import ToolResultItem
    from ..models.user_message_item import UserMessageItem


T = TypeVar("T", bound="ThreadItemList")


@_attrs_define
class ThreadItemList:
    """One cursor page of thread items."""

    data: list[ActionItem | AssistantMessageItem | ToolCallItem | ToolResultItem | UserMessageItem]
    has_more: bool
    """ Whether another page follows. """
    after: None | str
    """ The id of this page's last item, to pass as `after` for the next page; null when the page is empty. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.assistant_message_item import AssistantMessageItem  # noqa: PLC0415
        from ..models.tool_call_item import ToolCallItem  # noqa: PLC0415
        from ..models.tool_result_item import ToolResultItem  # noqa: PLC0415
        from ..models.user_message_item import UserMessageItem  # noqa: PLC0415

        data = []
        for data_item_data in self.data:
            data_item: dict[str, Any]
            if isinstance(data_item_data, UserMessageItem):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, AssistantMessageItem):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, ToolCallItem):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, ToolResultItem):
                data_item = data_item_data.to_dict()
            else:
                data_item = data_item_data.to_dict()

            data.append(data_item)

        has_more = self.has_more

        after: None | str
        after = self.after

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "has_more": has_more,
                "after": after,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.action_item import ActionItem  # noqa: PLC0415
        from ..models.assistant_message_item import AssistantMessageItem  # noqa: PLC0415
        from ..models.tool_call_item import ToolCallItem  # noqa: PLC0415
        from ..models.tool_result_item import ToolResultItem  # noqa: PLC0415
        from ..models.user_message_item import UserMessageItem  # noqa: PLC0415

        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in _data:

            def _parse_data_item(
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

            data_item = _parse_data_item(data_item_data)

            data.append(data_item)

        has_more = d.pop("has_more")

        def _parse_after(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        after = _parse_after(d.pop("after"))

        thread_item_list = cls(
            data=data,
            has_more=has_more,
            after=after,
        )

        thread_item_list.additional_properties = d
        return thread_item_list

    @classmethod
    def decode(cls: type[T], data: Any) -> T:
        """What `from_dict(data)` returns, built faster from a parsed JSON object (`response.json()`).

        The same class, field values, `UNSET`s, `additional_properties` and nested models, unions tried
        in the same order; for data `from_dict` rejects, the same exception from the same field.
        """
        if cls is not ThreadItemList or data.__class__ is not dict:
            return cls.from_dict(data)
        if not _linked:
            _link_models()
        decoded = new_object(ThreadItemList)
        v_: Any = data["data"]
        v_ = [_decode_data_item(t_data_item) for t_data_item in v_]

        decoded.data = v_
        decoded.has_more = data["has_more"]
        decoded.after = data["after"]
        t_additional_properties = {} if len(data) == 3 else {k: x for k, x in data.items() if k not in _KEYS}
        decoded.additional_properties = t_additional_properties

        return decoded  # type: ignore[return-value]  # T is ThreadItemList here

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
        "data",
        "has_more",
        "after",
    }
)


def _decode_data_item(data: Any) -> Any:
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
_MODEL_ToolCallItem: type[_models.ToolCallItem]
_MODEL_ToolResultItem: type[_models.ToolResultItem]
_MODEL_UserMessageItem: type[_models.UserMessageItem]
_linked = False


def _link_models() -> None:
    """Bind the model classes decode builds, on first use (importing them with this module would import them all)."""
    global \
        _MODEL_ActionItem, \
        _MODEL_AssistantMessageItem, \
        _MODEL_ToolCallItem, \
        _MODEL_ToolResultItem, \
        _MODEL_UserMessageItem, \
        _linked
    _MODEL_ActionItem = _models.ActionItem
    _MODEL_AssistantMessageItem = _models.AssistantMessageItem
    _MODEL_ToolCallItem = _models.ToolCallItem
    _MODEL_ToolResultItem = _models.ToolResultItem
    _MODEL_UserMessageItem = _models.UserMessageItem
    _linked = True
