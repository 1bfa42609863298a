from __future__ import annotations

import warnings
from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decoding import new_object
from ..models.model_capability import (
    MODEL_CAPABILITY_VALUES,
    ModelCapability,
    check_model_capability,
)

T = TypeVar("T", bound="Model")


@_attrs_define
class Model:
    """One model of the catalogue (OpenAI's model object plus Parley's metadata)."""

    id: str
    """ The id to pass as `model`. """
    object: Literal["model"]
    created: int
    """ When the model was added, in Unix seconds. """
    owned_by: str
    """ The organisation that owns the model. """
    provider: str
    """ The provider family that serves it (`parley` for built-in models, `openai`, `anthropic`, `groq`, ...). """
    context_length: int | None
    """ The model's context window in tokens, when known. """
    capabilities: list[ModelCapability]
    description: None | str
    available: bool
    """ Whether this server can run completions with it now. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        object_ = self.object

        created = self.created

        owned_by = self.owned_by

        provider = self.provider

        context_length: int | None
        context_length = self.context_length

        capabilities = []
        for capabilities_item_data in self.capabilities:
            capabilities_item: str = capabilities_item_data
            capabilities.append(capabilities_item)

        description: None | str
        description = self.description

        available = self.available

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "object": object_,
                "created": created,
                "owned_by": owned_by,
                "provider": provider,
                "context_length": context_length,
                "capabilities": capabilities,
                "description": description,
                "available": available,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        object_ = cast(Literal["model"], d.pop("object"))
        if object_ != "model":
            raise ValueError(f"object must match const 'model', got '{object_}'")

        created = d.pop("created")

        owned_by = d.pop("owned_by")

        provider = d.pop("provider")

        def _parse_context_length(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        context_length = _parse_context_length(d.pop("context_length"))

        capabilities = []
        _capabilities = d.pop("capabilities")
        for capabilities_item_data in _capabilities:
            capabilities_item = check_model_capability(capabilities_item_data)

            capabilities.append(capabilities_item)

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        available = d.pop("available")

        model = cls(
            id=id,
            object=object_,
            created=created,
            owned_by=owned_by,
            provider=provider,
            context_length=context_length,
            capabilities=capabilities,
            description=description,
            available=available,
        )

        model.additional_properties = d
        return model

    @classmethod
    def decode(cls: type[T], data: Any) -> T:
        """What `from_dict(data)` returns, built faster from a parsed JSON object (`response.json()`).

        The same class, field values, `UNSET`s, `additional_properties` and nested models, unions tried
        in the same order; for data `from_dict` rejects, the same exception from the same field.
        """
        if cls is not Model or data.__class__ is not dict:
            return cls.from_dict(data)
        decoded = new_object(Model)
        decoded.id = data["id"]
        v_: Any = data["object"]
        if v_ != "model":
            raise ValueError(f"object must match const 'model', got '{v_}'")

        decoded.object = v_
        decoded.created = data["created"]
        decoded.owned_by = data["owned_by"]
        decoded.provider = data["provider"]
        decoded.context_length = data["context_length"]
        v_ = data["capabilities"]
        t_capabilities = v_
        v_ = []
        for t_capabilities_item in t_capabilities:
            v_capabilities_item: Any = t_capabilities_item
            if v_capabilities_item not in MODEL_CAPABILITY_VALUES:
                v_capabilities_item = check_model_capability(v_capabilities_item)  # raises from_dict's TypeError

            v_.append(v_capabilities_item)

        decoded.capabilities = v_
        decoded.description = data["description"]
        decoded.available = data["available"]
        t_additional_properties = {} if len(data) == 9 else {k: x for k, x in data.items() if k not in _KEYS}
        decoded.additional_properties = t_additional_properties

        return decoded  # type: ignore[return-value]  # T is Model here

    @property
    def object_(self) -> Literal["model"]:
        """Deprecated: the generator's name for `object`, kept for one release; warns on use."""
        warnings.warn(
            "Model.object_ is deprecated; use Model.object",
            DeprecationWarning,
            stacklevel=2,
        )
        return self.object

    @object_.setter
    def object_(self, value: Literal["model"]) -> None:
        warnings.warn(
            "Model.object_ is deprecated; use Model.object",
            DeprecationWarning,
            stacklevel=2,
        )
        self.object = value

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
        "object",
        "created",
        "owned_by",
        "provider",
        "context_length",
        "capabilities",
        "description",
        "available",
    }
)
