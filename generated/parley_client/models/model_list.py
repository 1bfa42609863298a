from __future__ import annotations

import gc
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

from .. import models as _models
from .._decoding import decode_list, new_object, pause_gc
from ..models.model_capability import MODEL_CAPABILITY_VALUES, check_model_capability

if TYPE_CHECKING:
    from ..models.model import Model


T = TypeVar("T", bound="ModelList")


@_attrs_define
class ModelList:
    """The model catalogue."""

    object: Literal["list"]
    data: list[Model]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        object_ = self.object

        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "object": object_,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.model import Model  # noqa: PLC0415

        d = dict(src_dict)
        object_ = cast(Literal["list"], d.pop("object"))
        if object_ != "list":
            raise ValueError(f"object must match const 'list', got '{object_}'")

        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = Model.from_dict(data_item_data)

            data.append(data_item)

        model_list = cls(
            object=object_,
            data=data,
        )

        model_list.additional_properties = d
        return model_list

    @classmethod
    def decode(cls: type[T], data: Any) -> T:
        """What `from_dict(data)` returns, built faster from a parsed JSON object (`response.json()`).

        The same class, field values, `UNSET`s, `additional_properties` and nested models, unions tried
        in the same order; for data `from_dict` rejects, the same exception from the same field.
        """
        if cls is not ModelList or data.__class__ is not dict:
            return cls.from_dict(data)
        if not _linked:
            _link_models()
        decoded = new_object(ModelList)
        v_: Any = data["object"]
        if v_ != "list":
            raise ValueError(f"object must match const 'list', got '{v_}'")

        decoded.object = v_
        v_ = data["data"]
        if v_.__class__ is list and len(v_) == 1 and (t_data_item := v_[0]).__class__ is dict:  # one item, inline
            o_data_item__ = new_object(_MODEL_Model)
            o_data_item__.id = t_data_item["id"]
            v_data_item__: Any = t_data_item["object"]
            if v_data_item__ != "model":
                raise ValueError(f"object must match const 'model', got '{v_data_item__}'")

            o_data_item__.object = v_data_item__
            o_data_item__.created = t_data_item["created"]
            o_data_item__.owned_by = t_data_item["owned_by"]
            o_data_item__.provider = t_data_item["provider"]
            o_data_item__.context_length = t_data_item["context_length"]
            v_data_item__ = t_data_item["capabilities"]
            t_data_item__capabilities = v_data_item__
            v_data_item__ = []
            for t_data_item__capabilities_item in t_data_item__capabilities:
                v_data_item__capabilities_item: Any = t_data_item__capabilities_item
                if v_data_item__capabilities_item not in MODEL_CAPABILITY_VALUES:
                    v_data_item__capabilities_item = check_model_capability(
                        v_data_item__capabilities_item
                    )  # raises from_dict's TypeError

                v_data_item__.append(v_data_item__capabilities_item)

            o_data_item__.capabilities = v_data_item__
            o_data_item__.description = t_data_item["description"]
            o_data_item__.available = t_data_item["available"]
            t_data_item__additional_properties = (
                {} if len(t_data_item) == 9 else {k: x for k, x in t_data_item.items() if k not in _KEYS_data_item}
            )
            o_data_item__.additional_properties = t_data_item__additional_properties

            v_ = [o_data_item__]
        elif v_.__class__ is list:  # each item inline; see decode_list for the collector's pause
            t_data_item__list: list[Any] = []
            t_data_item__append = t_data_item__list.append
            t_data_item__paused = pause_gc(v_)
            try:
                for t_data_item in v_:
                    if t_data_item.__class__ is dict:
                        o_data_item__ = new_object(_MODEL_Model)
                        o_data_item__.id = t_data_item["id"]
                        v_data_item__ = t_data_item["object"]
                        if v_data_item__ != "model":
                            raise ValueError(f"object must match const 'model', got '{v_data_item__}'")

                        o_data_item__.object = v_data_item__
                        o_data_item__.created = t_data_item["created"]
                        o_data_item__.owned_by = t_data_item["owned_by"]
                        o_data_item__.provider = t_data_item["provider"]
                        o_data_item__.context_length = t_data_item["context_length"]
                        v_data_item__ = t_data_item["capabilities"]
                        t_data_item__capabilities = v_data_item__
                        v_data_item__ = []
                        for t_data_item__capabilities_item in t_data_item__capabilities:
                            v_data_item__capabilities_item = t_data_item__capabilities_item
                            if v_data_item__capabilities_item not in MODEL_CAPABILITY_VALUES:
                                v_data_item__capabilities_item = check_model_capability(
                                    v_data_item__capabilities_item
                                )  # raises from_dict's TypeError

                            v_data_item__.append(v_data_item__capabilities_item)

                        o_data_item__.capabilities = v_data_item__
                        o_data_item__.description = t_data_item["description"]
                        o_data_item__.available = t_data_item["available"]
                        t_data_item__additional_properties = (
                            {}
                            if len(t_data_item) == 9
                            else {k: x for k, x in t_data_item.items() if k not in _KEYS_data_item}
                        )
                        o_data_item__.additional_properties = t_data_item__additional_properties

                        t_data_item__append(o_data_item__)
                    else:
                        t_data_item__append(_MODEL_Model.from_dict(t_data_item))
            finally:
                if t_data_item__paused:
                    gc.enable()
            v_ = t_data_item__list
        else:  # not a list: iterated, as from_dict does
            v_ = decode_list(v_, _MODEL_Model)

        decoded.data = v_
        t_additional_properties = {} if len(data) == 2 else {k: x for k, x in data.items() if k not in _KEYS}
        decoded.additional_properties = t_additional_properties

        return decoded  # type: ignore[return-value]  # T is ModelList here

    @property
    def object_(self) -> Literal["list"]:
        """Deprecated: the generator's name for `object`, kept for one release; warns on use."""
        warnings.warn(
            "ModelList.object_ is deprecated; use ModelList.object",
            DeprecationWarning,
            stacklevel=2,
        )
        return self.object

    @object_.setter
    def object_(self, value: Literal["list"]) -> None:
        warnings.warn(
            "ModelList.object_ is deprecated; use ModelList.object",
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
        "object",
        "data",
    }
)


_KEYS_data_item = frozenset(
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


_MODEL_Model: type[_models.Model]
_linked = False


def _link_models() -> None:
    """Bind the model classes decode builds, on first use (importing them with this module would import them all)."""
    global _MODEL_Model, _linked
    _MODEL_Model = _models.Model
    _linked = True
