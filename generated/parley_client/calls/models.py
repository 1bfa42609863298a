"""The typed calls of the `models` operations (written by tools/sdk_calls.py; `make generate`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import (
    Call,
    PageCall,
    RequestOptions,
    checked,
    fields,
)

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from ..models import Model


def list_models(
    **options: Unpack[RequestOptions],
) -> PageCall[Model]:
    """Every model of the catalogue, as one page (`list_models`); iterate it or read `.data`."""
    checked(options, RequestOptions, "list_models()")
    from ..api.models import list_models as operation
    from ..models import ModelList

    return PageCall(operation.request_kwargs, fields(), ModelList.decode, options, "data", None)


def get_model(
    model_id: str,
    **options: Unpack[RequestOptions],
) -> Call[Model]:
    """One model by id (`get_model`); ids may contain `/`."""
    checked(options, RequestOptions, "get_model()")
    from ..api.models import get_model as operation
    from ..models import Model

    return Call(operation.request_kwargs(model_id), options, Model.decode)
