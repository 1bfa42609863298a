from __future__ import annotations

import builtins
import warnings
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decoding import new_object
from ..types import UNSET, Unset

T = TypeVar("T", bound="ErrorObject")


@_attrs_define
class ErrorObject:
    """What went wrong."""

    type: str
    """ The error class: `invalid_request_error` (400, 413, 422), `authentication_error` (401),
    `permission_error` (403), `not_found_error` (404), `conflict_error` (409),
    `rate_limit_error` (429), `api_error` (5xx). In streams also `stream_error`.
     """
    message: str
    """ A sentence for humans that says what happened. """
    request_id: str
    """ The id of the request, as in the `X-Request-Id` header. """
    code: None | str | Unset = UNSET
    """ A stable machine-readable code, e.g. `thread_not_found`, `run_active`, `idempotency_key_reused`. """
    param: None | str | Unset = UNSET
    """ The request field, parameter or header the error is about, as a dotted path (`messages.0.content`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type

        message = self.message

        request_id = self.request_id

        code: None | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        param: None | str | Unset
        if isinstance(self.param, Unset):
            param = UNSET
        else:
            param = self.param

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "message": message,
                "request_id": request_id,
            }
        )
        if code is not UNSET:
            field_dict["code"] = code
        if param is not UNSET:
            field_dict["param"] = param

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type")

        message = d.pop("message")

        request_id = d.pop("request_id")

        def _parse_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        code = _parse_code(d.pop("code", UNSET))

        def _parse_param(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        param = _parse_param(d.pop("param", UNSET))

        error_object = cls(
            type=type_,
            message=message,
            request_id=request_id,
            code=code,
            param=param,
        )

        error_object.additional_properties = d
        return error_object

    @classmethod
    def decode(cls: builtins.type[T], data: Any) -> T:
        """What `from_dict(data)` returns, built faster from a parsed JSON object (`response.json()`).

        The same class, field values, `UNSET`s, `additional_properties` and nested models, unions tried
        in the same order; for data `from_dict` rejects, the same exception from the same field.
        """
        if cls is not ErrorObject or data.__class__ is not dict:
            return cls.from_dict(data)
        decoded = new_object(ErrorObject)
        decoded.type = data["type"]
        decoded.message = data["message"]
        decoded.request_id = data["request_id"]
        t_count = 3
        if "code" in data:
            decoded.code = data["code"]
            t_count += 1
        else:
            decoded.code = UNSET
        if "param" in data:
            decoded.param = data["param"]
            t_count += 1
        else:
            decoded.param = UNSET
        t_additional_properties = {} if len(data) == t_count else {k: x for k, x in data.items() if k not in _KEYS}
        decoded.additional_properties = t_additional_properties

        return decoded  # type: ignore[return-value]  # T is ErrorObject here

    @property
    def type_(self) -> str:
        """Deprecated: the generator's name for `type`, kept for one release; warns on use."""
        warnings.warn(
            "ErrorObject.type_ is deprecated; use ErrorObject.type",
            DeprecationWarning,
            stacklevel=2,
        )
        return self.type

    @type_.setter
    def type_(self, value: str) -> None:
        warnings.warn(
            "ErrorObject.type_ is deprecated; use ErrorObject.type",
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
        "type",
        "message",
        "request_id",
        "code",
        "param",
    }
)
