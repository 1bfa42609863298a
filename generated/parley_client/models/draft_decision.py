from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._decoding import new_object
from .._timestamps import parse_timestamp
from ..models.draft_status import DRAFT_STATUS_VALUES, check_draft_status
from ..types import UNSET

if TYPE_CHECKING:
    from ..models.workspace_draft import WorkspaceDraft
    from ..models.workspace_message import WorkspaceMessage


T = TypeVar("T", bound="DraftDecision")


@_attrs_define
class DraftDecision:
    """The outcome of approving or rejecting a draft."""

    draft: WorkspaceDraft
    """ An AI answer written in shadow mode, waiting for (or after) a manager's decision. """
    message: None | WorkspaceMessage
    """ The delivered `ai` message when approved; null for a rejection. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.workspace_message import WorkspaceMessage  # noqa: PLC0415

        draft = self.draft.to_dict()

        message: dict[str, Any] | None
        if isinstance(self.message, WorkspaceMessage):
            message = self.message.to_dict()
        else:
            message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "draft": draft,
                "message": message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workspace_draft import WorkspaceDraft  # noqa: PLC0415
        from ..models.workspace_message import WorkspaceMessage  # noqa: PLC0415

        d = dict(src_dict)
        draft = WorkspaceDraft.from_dict(d.pop("draft"))

        def _parse_message(data: object) -> None | WorkspaceMessage:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                message_type_0 = WorkspaceMessage.from_dict(data)

                return message_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | WorkspaceMessage, data)

        message = _parse_message(d.pop("message"))

        draft_decision = cls(
            draft=draft,
            message=message,
        )

        draft_decision.additional_properties = d
        return draft_decision

    @classmethod
    def decode(cls: type[T], data: Any) -> T:
        """What `from_dict(data)` returns, built faster from a parsed JSON object (`response.json()`).

        The same class, field values, `UNSET`s, `additional_properties` and nested models, unions tried
        in the same order; for data `from_dict` rejects, the same exception from the same field.
        """
        if cls is not DraftDecision or data.__class__ is not dict:
            return cls.from_dict(data)
        if not _linked:
            _link_models()
        decoded = new_object(DraftDecision)
        v_: Any = data["draft"]
        if v_.__class__ is dict:  # the nested model's decode, inline
            o_draft__ = new_object(_MODEL_WorkspaceDraft)
            o_draft__.id = v_["id"]
            o_draft__.workspace_id = v_["workspace_id"]
            o_draft__.reply_to_message_id = v_["reply_to_message_id"]
            o_draft__.content = v_["content"]
            o_draft__.original_content = v_["original_content"]
            v_draft__: Any = v_["status"]
            if v_draft__ not in DRAFT_STATUS_VALUES:
                v_draft__ = check_draft_status(v_draft__)  # raises from_dict's TypeError

            o_draft__.status = v_draft__
            v_draft__ = v_["created_at"]
            v_draft__ = parse_timestamp(v_draft__)

            o_draft__.created_at = v_draft__
            v_draft__ = v_["decided_at"]
            if v_draft__ is not None:  # values its parser returns as they are
                v_draft__ = _decode_draft__decided_at(v_draft__)

            o_draft__.decided_at = v_draft__
            o_draft__.decided_by = v_["decided_by"]
            o_draft__.reason = v_["reason"]
            o_draft__.message_id = v_["message_id"]
            t_draft__additional_properties = (
                {} if len(v_) == 11 else {k: x for k, x in v_.items() if k not in _KEYS_draft}
            )
            o_draft__.additional_properties = t_draft__additional_properties

            v_ = o_draft__
        elif v_ is not UNSET:
            v_ = _MODEL_WorkspaceDraft.from_dict(v_)

        decoded.draft = v_
        v_ = data["message"]
        if v_ is not None:  # values its parser returns as they are
            v_ = _decode_message(v_)

        decoded.message = v_
        t_additional_properties = {} if len(data) == 2 else {k: x for k, x in data.items() if k not in _KEYS}
        decoded.additional_properties = t_additional_properties

        return decoded  # type: ignore[return-value]  # T is DraftDecision here

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
        "draft",
        "message",
    }
)

_KEYS_draft = frozenset(
    {
        "id",
        "workspace_id",
        "reply_to_message_id",
        "content",
        "original_content",
        "status",
        "created_at",
        "decided_at",
        "decided_by",
        "reason",
        "message_id",
    }
)


def _decode_draft__decided_at(data: Any) -> Any:
    if data is None:
        return data
    if isinstance(data, str):
        try:
            v_draft__decided_at_type_0: Any = data
            v_draft__decided_at_type_0 = parse_timestamp(v_draft__decided_at_type_0)

            return v_draft__decided_at_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data


def _decode_message(data: Any) -> Any:
    if data is None:
        return data
    if isinstance(data, dict):
        try:
            v_message_type_0: Any = data
            v_message_type_0 = _MODEL_WorkspaceMessage.decode(v_message_type_0)

            return v_message_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data


_MODEL_WorkspaceDraft: type[_models.WorkspaceDraft]
_MODEL_WorkspaceMessage: type[_models.WorkspaceMessage]
_linked = False


def _link_models() -> None:
    """Bind the model classes decode builds, on first use (importing them with this module would import them all)."""
    global _MODEL_WorkspaceDraft, _MODEL_WorkspaceMessage, _linked
    _MODEL_WorkspaceDraft = _models.WorkspaceDraft
    _MODEL_WorkspaceMessage = _models.WorkspaceMessage
    _linked = True
