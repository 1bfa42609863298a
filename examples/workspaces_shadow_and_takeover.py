"""Managed customer conversations: AI mode, typing previews, shadow mode, takeover and the end.

The AiAssist SDK's scenario, on `AsyncParley` with its method names (`get_by_client_id`,
`send_typing_preview`, `get_messages`, `end_conversation`):

1. open a workspace for a customer with a system prompt and context; the AI answers;
2. the customer types (typing previews, which a manager can read) and sends a message;
3. shadow mode: the AI's answers wait as drafts; a manager approves one (edited), rejects another;
4. takeover: a human agent answers; then the conversation ends and refuses new messages.

Switching modes, reading previews and deciding drafts need an admin key.

    PARLEY_BASE_URL=http://127.0.0.1:8000 PARLEY_API_KEY=<admin key> python examples/workspaces_shadow_and_takeover.py
"""

from __future__ import annotations

import uuid

from _common import check, run
from parley import AsyncParley, ConflictError
from parley_client.models.workspace_send_result import WorkspaceSendResult

CUSTOMER = f"customer_{uuid.uuid4().hex[:8]}"  # your customer's id in your own system


def show(response: WorkspaceSendResult) -> None:
    """What the customer's app shows after sending a message, by the workspace's mode."""
    if response.pending_approval:
        print("  (shadow) your message is being reviewed...")
    elif response.mode == "takeover":
        print("  (takeover) a team member will respond shortly")
    else:
        for message in response.responses:
            print(f"  agent: {message.content}")


async def main() -> None:
    """Walk one customer's conversation through every mode."""
    async with AsyncParley() as client:
        result = await client.workspaces.create(
            client_id=CUSTOMER,
            initial_message="I need help with my order",
            system_prompt="You are a customer support agent for ACME Inc.",
            context={"customer_name": "John Doe", "customer_tier": "premium", "recent_orders": ["ORD-001"]},
        )
        workspace_id = result.workspace.id
        print(f"workspace {workspace_id}: mode {result.workspace.mode}, {len(result.messages)} messages")
        check([m.role for m in result.messages] == ["user", "ai"], "the AI did not answer the first message")

        existing = await client.workspaces.get_by_client_id(CUSTOMER)  # resume the customer's conversation
        check(existing.exists and existing.workspace and existing.workspace.id == workspace_id, "lookup failed")
        print(f"found by client id: {existing.workspace.id if existing.workspace else None}")

        print("typing previews:")
        for text in ("What's the status", "What's the status of my last order?"):
            await client.workspaces.send_typing_preview(workspace_id, text)
            seen = await client.workspaces.get_typing_preview(workspace_id)  # the manager's view
            print(f"  manager sees: {seen.text!r}")
        check(seen.text == "What's the status of my last order?", "the manager sees a stale preview")
        show(await client.workspaces.send_message(workspace_id, "What's the status of my last order?"))

        print("shadow mode:")
        await client.workspaces.update(workspace_id, mode="shadow")
        first = await client.workspaces.send_message(workspace_id, "I want a refund")
        show(first)
        check(first.pending_approval and first.draft and not first.responses, "the answer was not held as a draft")
        pending = [draft async for draft in client.workspaces.drafts.list(workspace_id, status="pending")]
        print(f"  manager: {len(pending)} pending draft(s); AI suggested {pending[0].content!r}")
        approved = await client.workspaces.drafts.approve(
            workspace_id, pending[0].id, content="Your refund for ORD-001 is approved."
        )
        print(f"  manager approved it, edited: {approved.message.content if approved.message else None!r}")
        second = await client.workspaces.send_message(workspace_id, "And the shipping costs?")
        check(second.draft is not None, "the second answer was not held as a draft")
        rejected = await client.workspaces.drafts.reject(workspace_id, second.draft.id, reason="A human will answer")
        print(f"  manager rejected draft {rejected.draft.id}: {rejected.draft.reason}")

        print("takeover:")
        await client.workspaces.update(workspace_id, mode="takeover")
        show(await client.workspaces.send_message(workspace_id, "Hello? Anyone there?"))
        human = await client.workspaces.send_agent_message(workspace_id, "Hi, this is Dana. Shipping is refunded too.")
        print(f"  {human.role}: {human.content}")

        ended = await client.workspaces.end_conversation(workspace_id)
        print(f"conversation {ended.status}")
        try:
            await client.workspaces.send_message(workspace_id, "One more thing...")
            check(False, "an ended conversation accepted a message")
        except ConflictError as exc:
            print(f"after the end: ConflictError ({exc.code})")

        print("delivered messages:")
        messages = [message async for message in client.workspaces.get_messages(workspace_id)]
        for message in messages:
            print(f"  {message.role:<5} {message.content}")
        roles = [message.role for message in messages]
        check(roles == ["user", "ai", "user", "ai", "user", "ai", "user", "user", "human"], f"unexpected {roles}")


if __name__ == "__main__":
    run(main)
