"""Shared fixtures: the repository's paths and the parsed contract."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.spec_model import Spec

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def spec() -> Spec:
    return Spec.load(ROOT / "openapi.yaml")
