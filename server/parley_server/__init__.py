"""Parley's reference server: an independent implementation of openapi.yaml (Starlette + SQLite)."""

from parley_server.app import create_app
from parley_server.config import ServerConfig

__all__ = ["ServerConfig", "create_app"]
