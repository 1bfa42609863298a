"""How a workspace answers an end-customer message, by mode: at once (`ai`), as a draft (`shadow`), or not (`takeover`).

The AI sees the workspace's `system_prompt` and `context` as one system message, then the delivered
conversation: the customer's messages as `user`, the AI's and the human agents' as `assistant`
(both speak for the business), notices as `system`. Pending and rejected drafts are never shown to it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from parley_server.database import Database, Row, from_json, to_json
from parley_server.engine import models
from parley_server.errors import not_found
from parley_server.store import workspace_conversation, workspaces

DEFAULT_MODEL = "echo-1"
"""The server's default model, used when neither the message nor the workspace names one."""

_PROMPT_ROLE = {"user": "user", "ai": "assistant", "human": "assistant", "system": "system"}


@dataclass(slots=True)
class Outcome:
    """What became of one end-customer message: its row, the delivered answers, the pending draft, the tokens used."""

    mode: str
    user_message: Row
    responses: list[Row] = field(default_factory=list)
    draft: Row | None = None
    tokens: int = 0


def check_model(model_id: str | None) -> None:
    """Raise the spec's `404` for a model this server does not know (`None` means the default: fine)."""
    if model_id is not None and models.find_model(model_id) is None:
        raise not_found("model", model_id, param="model")


def receive(
    db: Database,
    workspace: Row,
    content: str,
    *,
    model: str | None,
    max_tokens: int | None,
    metadata: dict[str, Any] | None,
) -> Outcome:
    """Store `content` as the customer's message in an active workspace and answer it as its mode says.

    `model` and `max_tokens` apply to this answer only. Sending clears the typing preview.
    """
    check_model(model)
    user_message = workspace_conversation.add_message(db, workspace, "user", content, metadata=metadata)
    workspaces.set_typing(db, workspace["id"], "")
    outcome = Outcome(workspace["mode"], user_message)
    if outcome.mode != "takeover":
        model_id = model or workspace["model"] or DEFAULT_MODEL
        generation = models.generate(model_id, prompt(db, workspace), max_tokens=max_tokens)
        text, outcome.tokens = generation.text, generation.total_tokens
        if outcome.mode == "ai":
            outcome.responses.append(workspace_conversation.add_message(db, workspace, "ai", text))
        else:
            outcome.draft = workspace_conversation.add_draft(db, workspace, user_message, text, model_id)
    workspaces.touch(db, workspace["id"])
    return outcome


def prompt(db: Database, workspace: Row) -> list[dict[str, Any]]:
    """The chat messages the AI answers: instructions and context, then the delivered conversation."""
    instructions = [workspace["system_prompt"]] if workspace["system_prompt"] else []
    context = from_json(workspace["context"])
    if context:
        instructions.append("Context: " + to_json(context))
    messages = [{"role": "system", "content": "\n\n".join(instructions)}] if instructions else []
    for row in workspace_conversation.messages(db, workspace["id"]):
        messages.append({"role": _PROMPT_ROLE[row["role"]], "content": row["content"]})
    return messages
