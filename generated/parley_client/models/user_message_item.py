from __future__ import annotations

import builtins
import datetime
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
from dateutil.parser import isoparse

from .. import models as _models
from .._decoding import new_object
from .._timestamps import parse_timestamp
from ..models.feedback_kind import (
    FeedbackKind,
    check_feedback_kind,
)

if TYPE_CHECKING:
    from ..models.file_part import FilePart
    from ..models.image_part import ImagePart
    from ..models.text_part import TextPart


T = TypeVar("T", bound="UserMessageItem")


@_attrs_define
class UserMessageItem:
    """A message from the user."""

    id: str
    """ The item's id (`item_...`). """
    thread_id: str
    run_id: None | str
    """ The run that produced the item; null for items the caller supplied. """
    created_at: datetime.datetime
    type: Literal["user_message"]
    feedback: FeedbackKind | None
    content: list[FilePart | ImagePart | TextPart]
    attachment_ids: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.image_part import ImagePart  # noqa: PLC0415
        from ..models.text_part import TextPart  # noqa: PLC0415

        id = self.id

        thread_id = self.thread_id

        run_id: None | str
        run_id = self.run_id

        created_at = self.created_at.isoformat()

        type_ = self.type

        feedback: None | str
        if isinstance(self.feedback, str):
            feedback = self.feedback
        else:
            feedback = self.feedback

        content = []
        for content_item_data in self.content:
            content_item: dict[str, Any]
            if isinstance(content_item_data, TextPart):
                content_item = content_item_data.to_dict()
            elif isinstance(content_item_data, ImagePart):
                content_item = content_item_data.to_dict()
            else:
                content_item = content_item_data.to_dict()

            content.append(content_item)

        attachment_ids = self.attachment_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "thread_id": thread_id,
                "run_id": run_id,
                "created_at": created_at,
                "type": type_,
                "feedback": feedback,
                "content": content,
                "attachment_ids": attachment_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.file_part import FilePart  # noqa: PLC0415
        from ..models.image_part import ImagePart  # noqa: PLC0415
        from ..models.text_part import TextPart  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        thread_id = d.pop("thread_id")

        def _parse_run_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        run_id = _parse_run_id(d.pop("run_id"))

        created_at = isoparse(d.pop("created_at"))

        type_ = cast(Literal["user_message"], d.pop("type"))
        if type_ != "user_message":
            raise ValueError(f"type must match const 'user_message', got '{type_}'")

        def _parse_feedback(data: object) -> FeedbackKind | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                feedback_type_0 = check_feedback_kind(data)

                return feedback_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FeedbackKind | None, data)

        feedback = _parse_feedback(d.pop("feedback"))

        content = []
        _content = d.pop("content")
        for content_item_data in _content:

            def _parse_content_item(data: object) -> FilePart | ImagePart | TextPart:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    content_item_type_0 = TextPart.from_dict(data)

                    return content_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    content_item_type_1 = ImagePart.from_dict(data)

                    return content_item_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                content_item_type_2 = FilePart.from_dict(data)

                return content_item_type_2

            content_item = _parse_content_item(content_item_data)

            content.append(content_item)

        attachment_ids = cast(list[str], d.pop("attachment_ids"))

        user_message_item = cls(
            id=id,
            thread_id=thread_id,
            run_id=run_id,
            created_at=created_at,
            type=type_,
            feedback=feedback,
            content=content,
            attachment_ids=attachment_ids,
        )

        user_message_item.additional_properties = d
        return user_message_item

    @classmethod
    def decode(cls: builtins.type[T], data: Any) -> T:
        """What `from_dict(data)` returns, built faster from a parsed JSON object (`response.json()`).

        The same class, field values, `UNSET`s, `additional_properties` and nested models, unions tried
        in the same order; for data `from_dict` rejects, the same exception from the same field.
        """
        if cls is not UserMessageItem or data.__class__ is not dict:
            return cls.from_dict(data)
        if not _linked:
            _link_models()
        decoded = new_object(UserMessageItem)
        decoded.id = data["id"]
        decoded.thread_id = data["thread_id"]
        decoded.run_id = data["run_id"]
        v_: Any = data["created_at"]
        v_ = parse_timestamp(v_)

        decoded.created_at = v_
        v_ = data["type"]
        if v_ != "user_message":
            raise ValueError(f"type must match const 'user_message', got '{v_}'")

        decoded.type = v_
        decoded.feedback = data["feedback"]
        v_ = data["content"]
        v_ = [_decode_content_item(t_content_item) for t_content_item in v_]

        decoded.content = v_
        v_ = data["attachment_ids"]

        decoded.attachment_ids = v_
        t_additional_properties = {} if len(data) == 8 else {k: x for k, x in data.items() if k not in _KEYS}
        decoded.additional_properties = t_additional_properties

        return decoded  # type: ignore[return-value]  # T is UserMessageItem here

    @property
    def type_(self) -> Literal["user_message"]:
        """Deprecated: the generator's name for `type`, kept for one release; warns on use."""
        warnings.warn(
            "UserMessageItem.type_ is deprecated; use UserMessageItem.type",
            DeprecationWarning,
            stacklevel=2,
        )
        return self.type

    @type_.setter
    def type_(self, value: Literal["user_message"]) -> None:
        warnings.warn(
            "UserMessageItem.type_ is deprecated; use UserMessageItem.type",
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
        "id",
        "thread_id",
        "run_id",
        "created_at",
        "type",
        "feedback",
        "content",
        "attachment_ids",
    }
)


def _decode_content_item(data: Any) -> Any:
    if isinstance(data, dict):
        try:
            v_content_item_type_0: Any = data
            v_content_item_type_0 = _MODEL_TextPart.decode(v_content_item_type_0)

            return v_content_item_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if isinstance(data, dict):
        try:
            v_content_item_type_1: Any = data
            v_content_item_type_1 = _MODEL_ImagePart.decode(v_content_item_type_1)

            return v_content_item_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if not isinstance(data, dict):
        raise TypeError()
    v_content_item_type_2: Any = data
    v_content_item_type_2 = _MODEL_FilePart.decode(v_content_item_type_2)

    return v_content_item_type_2


_MODEL_FilePart: type[_models.FilePart]
_MODEL_ImagePart: type[_models.ImagePart]
_MODEL_TextPart: type[_models.TextPart]
_linked = False


def _link_models() -> None:
    """Bind the model classes decode builds, on first use (importing them with this module would import them all)."""
    global _MODEL_FilePart, _MODEL_ImagePart, _MODEL_TextPart, _linked
    _MODEL_FilePart = _models.FilePart
    _MODEL_ImagePart = _models.ImagePart
    _MODEL_TextPart = _models.TextPart
    _linked = True
