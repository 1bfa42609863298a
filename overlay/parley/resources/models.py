"""The model catalogue (`list_models`, `get_model`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._call import json_as
from .._pagination import SINGLE, SyncPage
from .._twins import twin
from ._base import AsyncResource, SyncResource

if TYPE_CHECKING:
    from parley_client.models import Model
    from typing_extensions import Unpack

    from .._types import RequestOptions


class Models(SyncResource):
    """The models this server knows (`client.models`)."""

    def list(self, **options: Unpack[RequestOptions]) -> SyncPage[Model]:
        """Every model of the catalogue, as one page (`list_models`); iterate it or read `.data`."""
        from parley_client.api.models import list_models
        from parley_client.models import ModelList

        return self._requester.paginate(list_models.request_kwargs, {}, SINGLE, json_as(ModelList.decode), options)

    def retrieve(self, model_id: str, **options: Unpack[RequestOptions]) -> Model:
        """One model by id (`get_model`); ids may contain `/`."""
        from parley_client.api.models import get_model
        from parley_client.models import Model

        return self._requester.request(get_model.request_kwargs(model_id), options, json_as(Model.decode))


class AsyncModels(AsyncResource):
    """The models this server knows (`client.models`, async)."""

    list = twin(Models.list)
    retrieve = twin(Models.retrieve)
