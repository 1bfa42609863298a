"""The model catalogue: `list_models` and `get_model` (the same for every caller)."""

from __future__ import annotations

from parley_server.context import Context
from parley_server.engine import models
from parley_server.errors import not_found
from parley_server.replies import Reply, Result


def list_models(ctx: Context) -> Result:
    """Every model: the built-ins (available) and the provider families (listed, not available)."""
    return Reply({"object": "list", "data": models.catalogue()})


def get_model(ctx: Context) -> Result:
    """One model by id (ids may contain `/`); `404 model_not_found` when the catalogue has no such id."""
    model_id: str = ctx.params["model_id"]
    model = models.find_model(model_id)
    if model is None:
        raise not_found("model", model_id, param="model_id")
    return Reply(model)
