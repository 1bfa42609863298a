"""How a flow ends other than by passing: the server broke the contract, or the flow could not judge it."""

from __future__ import annotations


class FlowFailure(Exception):
    """The server broke the contract in this flow; the message says how."""


class FlowSkipped(Exception):
    """The flow could not judge this server (the message says why); it neither passed nor failed."""
