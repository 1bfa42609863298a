from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._decoding import new_object
from ..models.workspace_mode import (
    WORKSPACE_MODE_VALUES,
    WorkspaceMode,
    check_workspace_mode,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.json_object import JsonObject
    from ..models.metadata import Metadata


T = TypeVar("T", bound="WorkspaceCreateRequest")


@_attrs_define
class WorkspaceCreateRequest:
    """What to open a workspace with. Every field is optional."""

    client_id: str | Unset = UNSET
    """ The caller's own id for its end customer. At most one active workspace exists per client id and owner. """
    initial_message: str | Unset = UNSET
    """ A first end-customer message, handled like `send_workspace_message`. """
    system_prompt: str | Unset = UNSET
    """ Instructions for the AI in this conversation. """
    context: JsonObject | Unset = UNSET
    """ A JSON object whose keys and values the API does not constrain (tool arguments, action payloads, context).
    """
    metadata: Metadata | Unset = UNSET
    """ Free-form key/value data owned by the caller. The server stores it and returns it unchanged. """
    mode: WorkspaceMode | Unset = UNSET
    """ Who answers the end customer: `ai` (the AI answers at once), `shadow` (the AI drafts an
    answer that a manager approves or rejects), `takeover` (a human agent answers).
     """
    model: str | Unset = UNSET
    """ The model the AI answers with in this workspace (default, the server's default model). """
    max_tokens: int | Unset = UNSET
    """ The most tokens the AI may write in its answer to `initial_message`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        client_id = self.client_id

        initial_message = self.initial_message

        system_prompt = self.system_prompt

        context: dict[str, Any] | Unset = UNSET
        if not isinstance(self.context, Unset):
            context = self.context.to_dict()

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode

        model = self.model

        max_tokens = self.max_tokens

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if initial_message is not UNSET:
            field_dict["initial_message"] = initial_message
        if system_prompt is not UNSET:
            field_dict["system_prompt"] = system_prompt
        if context is not UNSET:
            field_dict["context"] = context
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if mode is not UNSET:
            field_dict["mode"] = mode
        if model is not UNSET:
            field_dict["model"] = model
        if max_tokens is not UNSET:
            field_dict["max_tokens"] = max_tokens

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.json_object import JsonObject  # noqa: PLC0415
        from ..models.metadata import Metadata  # noqa: PLC0415

        d = dict(src_dict)
        client_id = d.pop("client_id", UNSET)

        initial_message = d.pop("initial_message", UNSET)

        system_prompt = d.pop("system_prompt", UNSET)

        _context = d.pop("context", UNSET)
        context: JsonObject | Unset
        if isinstance(_context, Unset):
            context = UNSET
        else:
            context = JsonObject.from_dict(_context)

        _metadata = d.pop("metadata", UNSET)
        metadata: Metadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = Metadata.from_dict(_metadata)

        _mode = d.pop("mode", UNSET)
        mode: WorkspaceMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = check_workspace_mode(_mode)

        model = d.pop("model", UNSET)

        max_tokens = d.pop("max_tokens", UNSET)

        workspace_create_request = cls(
            client_id=client_id,
            initial_message=initial_message,
            system_prompt=system_prompt,
            context=context,
            metadata=metadata,
            mode=mode,
            model=model,
            max_tokens=max_tokens,
        )

        workspace_create_request.additional_properties = d
        return workspace_create_request

    @classmethod
    def decode(cls: type[T], data: Any) -> T:
        """What `from_dict(data)` returns, built faster from a parsed JSON object (`response.json()`).

        The same class, field values, `UNSET`s, `additional_properties` and nested models, unions tried
        in the same order; for data `from_dict` rejects, the same exception from the same field.
        """
        if cls is not WorkspaceCreateRequest or data.__class__ is not dict:
            return cls.from_dict(data)
        if not _linked:
            _link_models()
        decoded = new_object(WorkspaceCreateRequest)
        t_count = 0
        if "client_id" in data:
            decoded.client_id = data["client_id"]
            t_count += 1
        else:
            decoded.client_id = UNSET
        if "initial_message" in data:
            decoded.initial_message = data["initial_message"]
            t_count += 1
        else:
            decoded.initial_message = UNSET
        if "system_prompt" in data:
            decoded.system_prompt = data["system_prompt"]
            t_count += 1
        else:
            decoded.system_prompt = UNSET
        if "context" in data:
            v_: Any = data["context"]
            if v_.__class__ is dict:  # the nested model's decode: a copy of the object
                t_context = new_object(_MODEL_JsonObject)
                t_context.additional_properties = v_.copy()
                v_ = t_context
            elif v_ is not UNSET:
                v_ = _MODEL_JsonObject.from_dict(v_)

            decoded.context = v_
            t_count += 1
        else:
            decoded.context = UNSET
        if "metadata" in data:
            v_ = data["metadata"]
            if v_.__class__ is dict:  # the nested model's decode: a copy of the object
                t_metadata = new_object(_MODEL_Metadata)
                t_metadata.additional_properties = v_.copy()
                v_ = t_metadata
            elif v_ is not UNSET:
                v_ = _MODEL_Metadata.from_dict(v_)

            decoded.metadata = v_
            t_count += 1
        else:
            decoded.metadata = UNSET
        if "mode" in data:
            v_ = data["mode"]
            if v_ not in WORKSPACE_MODE_VALUES:
                v_ = check_workspace_mode(v_)  # raises from_dict's TypeError

            decoded.mode = v_
            t_count += 1
        else:
            decoded.mode = UNSET
        if "model" in data:
            decoded.model = data["model"]
            t_count += 1
        else:
            decoded.model = UNSET
        if "max_tokens" in data:
            decoded.max_tokens = data["max_tokens"]
            t_count += 1
        else:
            decoded.max_tokens = UNSET
        t_additional_properties = {} if len(data) == t_count else {k: x for k, x in data.items() if k not in _KEYS}
        decoded.additional_properties = t_additional_properties

        return decoded  # type: ignore[return-value]  # T is WorkspaceCreateRequest here

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
        "client_id",
        "initial_message",
        "system_prompt",
        "context",
        "metadata",
        "mode",
        "model",
        "max_tokens",
    }
)


_MODEL_JsonObject: type[_models.JsonObject]
_MODEL_Metadata: type[_models.Metadata]
_linked = False


def _link_models() -> None:
    """Bind the model classes decode builds, on first use (importing them with this module would import them all)."""
    global _MODEL_JsonObject, _MODEL_Metadata, _linked
    _MODEL_JsonObject = _models.JsonObject
    _MODEL_Metadata = _models.Metadata
    _linked = True
