from __future__ import annotations

import gc
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._decoding import decode_list, new_object, pause_gc
from .._timestamps import parse_timestamp
from ..models.workspace_message_role import (
    WORKSPACE_MESSAGE_ROLE_VALUES,
    check_workspace_message_role,
)
from ..models.workspace_mode import (
    WORKSPACE_MODE_VALUES,
    WorkspaceMode,
    check_workspace_mode,
)
from ..types import UNSET

if TYPE_CHECKING:
    from ..models.workspace_draft import WorkspaceDraft
    from ..models.workspace_message import WorkspaceMessage


T = TypeVar("T", bound="WorkspaceSendResult")


@_attrs_define
class WorkspaceSendResult:
    """What happened to an end-customer message and its answer."""

    user_message: WorkspaceMessage
    """ A delivered message of a workspace conversation. """
    responses: list[WorkspaceMessage]
    """ The messages delivered in answer (the `ai` message in mode `ai`); empty in `shadow` and `takeover`. """
    mode: WorkspaceMode
    """ Who answers the end customer: `ai` (the AI answers at once), `shadow` (the AI drafts an
    answer that a manager approves or rejects), `takeover` (a human agent answers).
     """
    pending_approval: bool
    """ True when the answer is a draft waiting for a manager (shadow mode). """
    draft: None | WorkspaceDraft
    """ The pending draft in shadow mode; null otherwise. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.workspace_draft import WorkspaceDraft  # noqa: PLC0415

        user_message = self.user_message.to_dict()

        responses = []
        for responses_item_data in self.responses:
            responses_item = responses_item_data.to_dict()
            responses.append(responses_item)

        mode: str = self.mode

        pending_approval = self.pending_approval

        draft: dict[str, Any] | None
        if isinstance(self.draft, WorkspaceDraft):
            draft = self.draft.to_dict()
        else:
            draft = self.draft

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user_message": user_message,
                "responses": responses,
                "mode": mode,
                "pending_approval": pending_approval,
                "draft": draft,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workspace_draft import WorkspaceDraft  # noqa: PLC0415
        from ..models.workspace_message import WorkspaceMessage  # noqa: PLC0415

        d = dict(src_dict)
        user_message = WorkspaceMessage.from_dict(d.pop("user_message"))

        responses = []
        _responses = d.pop("responses")
        for responses_item_data in _responses:
            responses_item = WorkspaceMessage.from_dict(responses_item_data)

            responses.append(responses_item)

        mode = check_workspace_mode(d.pop("mode"))

        pending_approval = d.pop("pending_approval")

        def _parse_draft(data: object) -> None | WorkspaceDraft:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                draft_type_0 = WorkspaceDraft.from_dict(data)

                return draft_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | WorkspaceDraft, data)

        draft = _parse_draft(d.pop("draft"))

        workspace_send_result = cls(
            user_message=user_message,
            responses=responses,
            mode=mode,
            pending_approval=pending_approval,
            draft=draft,
        )

        workspace_send_result.additional_properties = d
        return workspace_send_result

    @classmethod
    def decode(cls: type[T], data: Any) -> T:
        """What `from_dict(data)` returns, built faster from a parsed JSON object (`response.json()`).

        The same class, field values, `UNSET`s, `additional_properties` and nested models, unions tried
        in the same order; for data `from_dict` rejects, the same exception from the same field.
        """
        if cls is not WorkspaceSendResult or data.__class__ is not dict:
            return cls.from_dict(data)
        if not _linked:
            _link_models()
        decoded = new_object(WorkspaceSendResult)
        v_: Any = data["user_message"]
        if v_.__class__ is dict:  # the nested model's decode, inline
            o_user_message__ = new_object(_MODEL_WorkspaceMessage)
            o_user_message__.id = v_["id"]
            o_user_message__.workspace_id = v_["workspace_id"]
            v_user_message__: Any = v_["role"]
            if v_user_message__ not in WORKSPACE_MESSAGE_ROLE_VALUES:
                v_user_message__ = check_workspace_message_role(v_user_message__)  # raises from_dict's TypeError

            o_user_message__.role = v_user_message__
            o_user_message__.content = v_["content"]
            v_user_message__ = v_["created_at"]
            v_user_message__ = parse_timestamp(v_user_message__)

            o_user_message__.created_at = v_user_message__
            o_user_message__.draft_id = v_["draft_id"]
            t_user_message__additional_properties = (
                {} if len(v_) == 6 else {k: x for k, x in v_.items() if k not in _KEYS_user_message}
            )
            o_user_message__.additional_properties = t_user_message__additional_properties

            v_ = o_user_message__
        elif v_ is not UNSET:
            v_ = _MODEL_WorkspaceMessage.from_dict(v_)

        decoded.user_message = v_
        v_ = data["responses"]
        if v_.__class__ is list and len(v_) == 1 and (t_responses_item := v_[0]).__class__ is dict:  # one item, inline
            o_responses_item__ = new_object(_MODEL_WorkspaceMessage)
            o_responses_item__.id = t_responses_item["id"]
            o_responses_item__.workspace_id = t_responses_item["workspace_id"]
            v_responses_item__: Any = t_responses_item["role"]
            if v_responses_item__ not in WORKSPACE_MESSAGE_ROLE_VALUES:
                v_responses_item__ = check_workspace_message_role(v_responses_item__)  # raises from_dict's TypeError

            o_responses_item__.role = v_responses_item__
            o_responses_item__.content = t_responses_item["content"]
            v_responses_item__ = t_responses_item["created_at"]
            v_responses_item__ = parse_timestamp(v_responses_item__)

            o_responses_item__.created_at = v_responses_item__
            o_responses_item__.draft_id = t_responses_item["draft_id"]
            t_responses_item__additional_properties = (
                {}
                if len(t_responses_item) == 6
                else {k: x for k, x in t_responses_item.items() if k not in _KEYS_responses_item}
            )
            o_responses_item__.additional_properties = t_responses_item__additional_properties

            v_ = [o_responses_item__]
        elif v_.__class__ is list:  # each item inline; see decode_list for the collector's pause
            t_responses_item__list: list[Any] = []
            t_responses_item__append = t_responses_item__list.append
            t_responses_item__paused = pause_gc(v_)
            try:
                for t_responses_item in v_:
                    if t_responses_item.__class__ is dict:
                        o_responses_item__ = new_object(_MODEL_WorkspaceMessage)
                        o_responses_item__.id = t_responses_item["id"]
                        o_responses_item__.workspace_id = t_responses_item["workspace_id"]
                        v_responses_item__ = t_responses_item["role"]
                        if v_responses_item__ not in WORKSPACE_MESSAGE_ROLE_VALUES:
                            v_responses_item__ = check_workspace_message_role(
                                v_responses_item__
                            )  # raises from_dict's TypeError

                        o_responses_item__.role = v_responses_item__
                        o_responses_item__.content = t_responses_item["content"]
                        v_responses_item__ = t_responses_item["created_at"]
                        v_responses_item__ = parse_timestamp(v_responses_item__)

                        o_responses_item__.created_at = v_responses_item__
                        o_responses_item__.draft_id = t_responses_item["draft_id"]
                        t_responses_item__additional_properties = (
                            {}
                            if len(t_responses_item) == 6
                            else {k: x for k, x in t_responses_item.items() if k not in _KEYS_responses_item}
                        )
                        o_responses_item__.additional_properties = t_responses_item__additional_properties

                        t_responses_item__append(o_responses_item__)
                    else:
                        t_responses_item__append(_MODEL_WorkspaceMessage.from_dict(t_responses_item))
            finally:
                if t_responses_item__paused:
                    gc.enable()
            v_ = t_responses_item__list
        else:  # not a list: iterated, as from_dict does
            v_ = decode_list(v_, _MODEL_WorkspaceMessage)

        decoded.responses = v_
        v_ = data["mode"]
        if v_ not in WORKSPACE_MODE_VALUES:
            v_ = check_workspace_mode(v_)  # raises from_dict's TypeError

        decoded.mode = v_
        decoded.pending_approval = data["pending_approval"]
        v_ = data["draft"]
        if v_ is not None:  # values its parser returns as they are
            v_ = _decode_draft(v_)

        decoded.draft = v_
        t_additional_properties = {} if len(data) == 5 else {k: x for k, x in data.items() if k not in _KEYS}
        decoded.additional_properties = t_additional_properties

        return decoded  # type: ignore[return-value]  # T is WorkspaceSendResult here

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
        "user_message",
        "responses",
        "mode",
        "pending_approval",
        "draft",
    }
)

_KEYS_user_message = frozenset(
    {
        "id",
        "workspace_id",
        "role",
        "content",
        "created_at",
        "draft_id",
    }
)


_KEYS_responses_item = frozenset(
    {
        "id",
        "workspace_id",
        "role",
        "content",
        "created_at",
        "draft_id",
    }
)


def _decode_draft(data: Any) -> Any:
    if data is None:
        return data
    if isinstance(data, dict):
        try:
            v_draft_type_0: Any = data
            v_draft_type_0 = _MODEL_WorkspaceDraft.decode(v_draft_type_0)

            return v_draft_type_0
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
