"""parley_client.models loads each model on first use (tools/templates/models_init.py.jinja)."""

from __future__ import annotations

import subprocess
import sys

import pytest

import parley_client.models

COUNT_LOADED = """
import sys
import {module}
print(sum(1 for name in sys.modules if name.startswith("parley_client.models.")))
"""


@pytest.mark.parametrize("module", ["parley_client.models", "parley_client.api.threads.chat_thread"])
def test_importing_loads_only_the_models_it_names(module: str) -> None:
    result = subprocess.run(
        [sys.executable, "-c", COUNT_LOADED.format(module=module)], capture_output=True, text=True, check=True
    )
    loaded = int(result.stdout)
    assert loaded <= 5, f"import {module} loaded {loaded} model modules"
    assert len(parley_client.models.__all__) > 100


def test_every_exported_name_resolves_and_unknown_names_raise() -> None:
    for name in parley_client.models.__all__:
        value = getattr(parley_client.models, name)
        # Models are classes; with literal_enums, enums are Literal[...] aliases.
        assert value.__name__ == name if isinstance(value, type) else str(value).startswith("typing.Literal")
    assert set(parley_client.models.__all__) <= set(dir(parley_client.models))
    with pytest.raises(AttributeError, match="no attribute 'NoSuchModel'"):
        parley_client.models.NoSuchModel  # noqa: B018
