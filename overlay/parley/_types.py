"""The shapes callers pass in: per-call options, header sources, timeouts.

They are the generated package's (`parley_client.calls`, where the typed calls take them), named here.
"""

from __future__ import annotations

from parley_client.calls import (
    NOT_GIVEN,
    AsyncHeadersSource,
    Body,
    Headers,
    HeadersSource,
    NotGiven,
    PostOptions,
    Query,
    RequestOptions,
    TimeoutTypes,
)

__all__ = [
    "NOT_GIVEN",
    "AsyncHeadersSource",
    "Body",
    "Headers",
    "HeadersSource",
    "NotGiven",
    "PostOptions",
    "Query",
    "RequestOptions",
    "TimeoutTypes",
]
