"""The model catalogue (`list_models`, `get_model`), bound from `parley_client.calls.models`."""

from __future__ import annotations

from parley_client.calls import models as calls

from .._bind import abind, bind
from ._base import AsyncResource, SyncResource


class Models(SyncResource):
    """The models this server knows (`client.models`)."""

    list = bind(calls.list_models)
    retrieve = bind(calls.get_model)


class AsyncModels(AsyncResource):
    """The models this server knows (`client.models`, async)."""

    list = abind(calls.list_models)
    retrieve = abind(calls.get_model)
