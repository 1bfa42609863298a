"""The model catalogue (`list_models`, `get_model`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from parley_client.api.models import get_model, list_models
from parley_client.models.model import Model
from parley_client.models.model_list import ModelList

from .._pagination import SINGLE, SyncPage
from ._base import AsyncResource, SyncResource, async_twin, json_as, page_twin

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._types import RequestOptions

_model_list = json_as(ModelList.from_dict)
_model = json_as(Model.from_dict)


class Models(SyncResource):
    """The models this server knows (`client.models`)."""

    def list(self, **options: Unpack[RequestOptions]) -> SyncPage[Model]:
        """Every model of the catalogue, as one page (`list_models`); iterate it or read `.data`."""
        return self._client._paginate(list_models._get_kwargs, {}, SINGLE, _model_list, options)

    def retrieve(self, model_id: str, **options: Unpack[RequestOptions]) -> Model:
        """One model by id (`get_model`); ids may contain `/`."""
        return self._client._request(get_model._get_kwargs(model_id), options, _model)


class AsyncModels(AsyncResource):
    """The models this server knows (`client.models`, async)."""

    list = page_twin(Models.list)
    retrieve = async_twin(Models.retrieve)
