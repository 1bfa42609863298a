"""End to end: every resource of the SDK against the reference server on a loopback port."""

from __future__ import annotations

import asyncio
import uuid

import pytest
from parley import (
    AsyncParley,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    NotFoundError,
    Parley,
    PayloadTooLargeError,
    PermissionDeniedError,
    UnprocessableEntityError,
)

from tests.live_server import LiveServer

AUI_MESSAGES = [
    {"role": "user", "content": [{"type": "text", "text": "Hello, how are you?"}]},
]


def unique(prefix: str) -> str:
    return f"{prefix}_{uuid.uuid4().hex[:10]}"


# -- system and models --------------------------------------------------------------------------


def test_health_and_models(user: Parley) -> None:
    assert user.health().status == "ok"
    page = user.models.list()
    ids = [model.id for model in page]
    assert "echo-1" in ids and page.data == list(page.data) and not page.has_more
    echo = user.models.retrieve("echo-1")
    assert (echo.id, echo.available, echo.object) == ("echo-1", True, "model")
    assert [m.id for m in user.list_models()] == ids
    with pytest.raises(NotFoundError) as caught:
        user.models.retrieve("no-such-model")
    assert caught.value.request_id and caught.value.request_id.startswith("req_")


# -- completions and sessions -------------------------------------------------------------------


def test_completions_record_sessions_that_can_be_continued(user: Parley) -> None:
    first = user.chat.completions.create(model="echo-1", messages="Hello!", user="end_user_1")
    assert first.choices[0].message.content == "Hello!"
    assert first.system_fingerprint is not None and first.system_fingerprint.startswith("fp_")
    again = user.create_completion(
        model="echo-1",
        messages=[{"role": "system", "content": "Be brief."}, *AUI_MESSAGES],
        session_id=first.session_id,
        user="end_user_1",
    )
    assert again.session_id == first.session_id
    assert again.choices[0].message.content == "Hello, how are you?"
    detail = user.get_session(first.session_id, user_id="end_user_1")
    assert detail.session.id == first.session_id
    assert [m.content for m in detail.messages if m.role == "user"] == ["Hello!", "Hello, how are you?"]


def test_completion_errors(user: Parley) -> None:
    with pytest.raises(UnprocessableEntityError) as caught:
        user.chat.completions.create(model="gpt-4o", messages="hi")
    assert caught.value.code == "upstream_not_configured" and caught.value.param == "model"
    with pytest.raises(BadRequestError) as bad:
        user.chat.completions.create(model="echo-1", messages=[])
    assert bad.value.status_code == 400 and bad.value.request_id


def test_sessions_pages_update_and_delete(user: Parley) -> None:
    end_user = unique("eu")
    ids = {user.chat.completions.create(model="echo-1", messages=f"m{i}", user=end_user).session_id for i in range(5)}
    page = user.sessions.list(end_user, page_size=2)
    assert (page.total, page.page, page.page_size, page.has_more, len(page.data)) == (5, 1, 2, True, 2)
    assert {s.id for s in page} == ids
    assert {s.id for s in user.list_sessions(end_user, page_size=3)} == ids
    session_id = sorted(ids)[0]
    updated = user.sessions.update(session_id, title="Renamed", archived=True, metadata={"k": "v"})
    assert (updated.title, updated.archived, updated.metadata["k"]) == ("Renamed", True, "v")
    assert {s.id for s in user.sessions.list(end_user, archived=True)} == {session_id}
    assert user.sessions.update(session_id, title=None).title is None
    assert user.sessions.delete(session_id).deleted is True
    with pytest.raises(NotFoundError):
        user.sessions.retrieve(session_id)


# -- threads ------------------------------------------------------------------------------------


def test_thread_crud_and_cursor_pages(user: Parley) -> None:
    created = [user.threads.create(title=f"t{i}", metadata={"n": i}) for i in range(5)]
    assert user.threads.retrieve(created[0].id).title == "t0"
    assert [t.id for t in user.threads.list(limit=2)] == [t.id for t in reversed(created)]
    assert [t.id for t in user.threads.list(limit=2, order="asc")] == [t.id for t in created]
    renamed = user.threads.update(created[1].id, title=None, metadata={"x": 1})
    assert renamed.title is None and renamed.metadata["x"] == 1
    locked = user.threads(created[2].id).update(status="locked")
    assert locked.status == "locked"
    assert [t.id for t in user.threads.list(status="locked")] == [created[2].id]
    assert user.threads.delete(created[3].id).deleted is True
    with pytest.raises(NotFoundError):
        user.threads(created[3].id).retrieve()
    bare = user.threads.create()
    assert bare.title is None and bare.item_count == 0


def test_thread_chat_items_feedback_action_retry_cancel(user: Parley) -> None:
    thread = user.threads(user.threads.create(title="support").id)
    result = thread.chat(AUI_MESSAGES, system="Be nice.", stream=False)
    assert result.run.status == "completed" and result.run.kind == "chat"
    user_item, answer = result.items
    assert user_item.type == "user_message" and answer.type == "assistant_message"
    assert answer.content[0].text == "Hello, how are you?"
    assert thread.runs(result.run.id).retrieve().status == "completed"
    again = thread.chat_sync("Second question").until_done()  # streamed by default
    assert again.items[-1].content[0].text == "Second question"

    items = [item.id for item in thread.items.list(limit=1, order="asc")]
    assert items == [item.id for item in (*result.items, *again.items)]

    feedback = thread.feedback(answer.id, "positive", comment="Quick and correct.")
    assert (feedback.kind, feedback.item_ids) == ("positive", [answer.id])
    assert next(i for i in thread.items.list() if i.id == answer.id).feedback == "positive"

    action = thread.action("approve_refund", payload={"order_id": "4417"}, item_id=answer.id, stream=False)
    assert action.run.kind == "action" and action.items[0].type == "action"
    assert action.items[0].payload["order_id"] == "4417"

    retried = thread.retry(user_item.id, stream=False)
    assert retried.run.kind == "retry"
    assert [i.id for i in thread.items.list(order="asc")][:2] == [user_item.id, retried.items[0].id]

    with pytest.raises(ConflictError) as caught:
        thread.cancel()
    assert caught.value.code == "no_active_run"
    with pytest.raises(ConflictError) as not_user:
        thread.retry(retried.items[0].id)
    assert not_user.value.code == "not_a_user_message"
    with pytest.raises(NotFoundError):
        thread.retry(answer.id)  # deleted by the retry


def test_a_locked_thread_refuses_runs(user: Parley) -> None:
    thread = user.threads(user.threads.create().id)
    thread.update(status="locked")
    with pytest.raises(ConflictError) as caught:
        thread.chat("hi")
    assert caught.value.code == "thread_locked"
    thread.update(status="active")
    assert thread.chat("hi", stream=False).run.status == "completed"


def test_idempotency_keys_replay_and_conflict(user: Parley) -> None:
    key = unique("idem")
    first = user.threads.create(title="once", idempotency_key=key)
    assert user.threads.create(title="once", idempotency_key=key).id == first.id
    with pytest.raises(ConflictError) as caught:
        user.threads.create(title="other body", idempotency_key=key)
    assert caught.value.code == "idempotency_key_reused"


# -- attachments --------------------------------------------------------------------------------


def test_attachments(user: Parley) -> None:
    thread = user.threads.create()
    content = b"order 4417: 2 items\r\n--+++\r\nnot a field\r\n" + bytes(range(256))
    stored = user.attachments.upload(file=("invoice-4417.pdf", content), thread_id=thread.id)
    assert (stored.name, stored.size, stored.thread_id, stored.mime_type) == (
        "invoice-4417.pdf",
        len(content),
        thread.id,
        "application/pdf",
    )
    assert user.attachments.retrieve(stored.id).sha256 == stored.sha256
    assert user.attachments.content(stored.id) == content
    renamed = user.attachments.upload(file=b"plain", name="notes.txt")
    assert renamed.name == "notes.txt" and renamed.thread_id is None
    message = {"role": "user", "content": "see file", "attachmentIds": [stored.id]}
    result = user.threads(thread.id).chat([message], stream=False)
    assert result.items[0].attachment_ids == [stored.id]
    assert user.attachments.delete(renamed.id).deleted is True
    with pytest.raises(NotFoundError):
        user.attachments.content(renamed.id)


def test_an_upload_over_the_limit_is_payload_too_large(user: Parley) -> None:
    with pytest.raises(PayloadTooLargeError) as caught:
        user.attachments.upload(file=b"x" * (10 * 1024 * 1024 + 1))
    assert caught.value.status_code == 413


# -- workspaces ---------------------------------------------------------------------------------


def test_workspace_ai_mode(user: Parley) -> None:
    client_id = unique("cust")
    opened = user.workspaces.create(client_id=client_id, initial_message="My order has not arrived.", context={"a": 1})
    workspace = opened.workspace
    assert workspace.mode == "ai" and [m.role for m in opened.messages] == ["user", "ai"]
    assert user.workspaces.create(client_id=client_id).workspace.id == workspace.id  # resumed, not doubled
    assert user.workspaces.get(workspace.id).context["a"] == 1
    found = user.workspaces.get_by_client_id(client_id)
    assert found.exists and found.workspace is not None and found.workspace.id == workspace.id
    assert not user.workspaces.retrieve_by_client_id(unique("nobody")).exists
    sent = user.workspaces.send_message(workspace.id, "Where is it?")
    assert sent.mode == "ai" and not sent.pending_approval and len(sent.responses) == 1
    assert [m.content for m in user.workspaces.get_messages(workspace.id, limit=1)][-2:] == [
        "Where is it?",
        sent.responses[0].content,
    ]
    preview = user.workspaces.send_typing_preview(workspace.id, "Can you")
    assert preview.text == "Can you"
    with pytest.raises(PermissionDeniedError):
        user.workspaces.retrieve_typing_preview(workspace.id)
    with pytest.raises(PermissionDeniedError):
        user.workspaces.update(workspace.id, mode="shadow")
    assert user.workspaces.update(workspace.id, metadata={"vip": True}).metadata["vip"] is True
    assert [w.id for w in user.workspaces.list(client_id=client_id)] == [workspace.id]
    ended = user.workspaces.end_conversation(workspace.id)
    assert ended.status == "ended"
    with pytest.raises(ConflictError) as caught:
        user.workspaces.send_message(workspace.id, "hello?")
    assert caught.value.code == "workspace_ended"


def test_workspace_shadow_mode_and_drafts(user: Parley, admin: Parley) -> None:
    workspace = user.workspaces.create(client_id=unique("cust"), mode="shadow").workspace
    first = user.workspaces.send_message(workspace.id, "I want a refund")
    assert first.pending_approval and first.draft is not None and first.responses == []
    assert admin.workspaces.get_typing_preview(workspace.id).text == ""
    drafts = admin.workspaces.drafts.list(workspace.id, status="pending")
    assert [d.id for d in drafts] == [first.draft.id]
    approved = admin.workspaces.drafts.approve(workspace.id, first.draft.id, content="Refund approved.")
    assert approved.draft.status == "approved" and approved.message is not None
    second = user.workspaces.send_message(workspace.id, "Thanks, and the shipping?")
    assert second.draft is not None
    rejected = admin.workspaces.drafts.reject(workspace.id, second.draft.id, reason="A human will answer.")
    assert rejected.draft.status == "rejected" and rejected.message is None
    human = admin.workspaces.send_agent_message(workspace.id, "Hi, this is Dana.")
    assert human.role == "human"
    assert admin.workspaces.update(workspace.id, mode="takeover").mode == "takeover"
    contents = [m.content for m in user.workspaces.list_messages(workspace.id)]
    assert contents == ["I want a refund", "Refund approved.", "Thanks, and the shipping?", "Hi, this is Dana."]
    with pytest.raises(ConflictError) as caught:
        admin.workspaces.drafts.approve(workspace.id, second.draft.id)
    assert caught.value.code == "draft_not_pending"


# -- admin --------------------------------------------------------------------------------------


def test_admin_stats_admins_audit_log_and_keys(admin: Parley, user: Parley, live_server: LiveServer) -> None:
    assert admin.admin.stats().total_api_keys >= 2
    assert admin.get_platform_stats().system_health.status in ("healthy", "degraded")
    email = f"{unique('lee')}@example.com"
    added = admin.add_admin(unique("user"), email, "Lee Support")
    assert added.email == email and added.created_by is not None
    assert email in [a.email for a in admin.admin.list_admins()]
    assert admin.admin.admins.list().count == len(admin.admin.admins.list().data)
    with pytest.raises(ConflictError):
        admin.admin.admins.add(added.workos_id, email)
    assert admin.remove_admin(email).id == added.id
    with pytest.raises(NotFoundError):
        admin.admin.admins.remove(email)

    key = admin.admin.api_keys.create(unique("user"), "widget")
    assert key.secret.startswith(key.prefix)
    assert key.id in [k.id for k in admin.admin.api_keys.list(limit=1)]
    with Parley(base_url=live_server.base_url, api_key=key.secret, max_retries=0) as holder:
        assert holder.threads.list().data == []
        assert admin.admin.api_keys.revoke(key.id).revoked_at is not None
        with pytest.raises(AuthenticationError):
            holder.threads.list()
    assert key.id not in [k.id for k in admin.admin.api_keys.list()]
    assert key.id in [k.id for k in admin.admin.api_keys.list(include_revoked=True)]

    audit = admin.get_audit_log(limit=1)
    assert audit.total >= 4 and audit.has_more and len(audit.data) == 1
    actions = [entry.action for entry in audit]
    assert len(actions) == audit.total
    assert {"admin.add", "admin.remove", "api_key.create", "api_key.revoke"} <= set(actions)
    assert [e.action for e in admin.admin.audit_log.list(action="admin.add", limit=200)].count("admin.add") >= 1

    with pytest.raises(PermissionDeniedError) as denied:
        user.admin.stats()
    assert denied.value.code == "admin_required"


# -- async --------------------------------------------------------------------------------------


def test_async_client_end_to_end(live_server: LiveServer) -> None:
    key = live_server.new_key(unique("user"))

    async def main() -> None:
        async with AsyncParley(base_url=live_server.base_url, api_key=key, max_retries=0) as client:
            assert (await client.health()).status == "ok"
            assert "echo-1" in [m.id async for m in client.models.list()]
            threads = [await client.threads.create(title=f"a{i}") for i in range(3)]
            assert [t.id async for t in client.threads.list(limit=1, order="asc")] == [t.id for t in threads]
            result = await (await client.threads(threads[0].id).chat("Hello async")).until_done()
            assert result.items[-1].content[0].text == "Hello async"
            page = await client.threads(threads[0].id).items.list()
            assert len(page.data) == 2
            completion = await client.chat.completions.create(model="echo-1", messages="ping")
            assert completion.choices[0].message.content == "ping"
            workspace = await client.workspaces.create(client_id=unique("c"), initial_message="hi")
            assert [m.role async for m in client.workspaces.get_messages(workspace.workspace.id)] == ["user", "ai"]
            with pytest.raises(NotFoundError):
                await client.threads.retrieve("thr_missing")

    asyncio.run(main())
