"""Completions, streaming, a resumed session and its history, and the admin API.

The ChatServer SDK's scenario, with its method names (`list_models`, `create_completion`,
`get_session`, `get_platform_stats`, ...), which `Parley` keeps as aliases of
`client.models.list`, `client.chat.completions.create`, `client.sessions.retrieve`, ...:

1. list the models; create a completion with a system and a user message;
2. stream a completion chunk by chunk, continuing the same session (`session_id`);
3. read the session's history, list the end user's sessions, rename one, and meet `NotFoundError`;
4. as an admin: platform stats, add and remove an administrator, read the audit log.

    PARLEY_BASE_URL=http://127.0.0.1:8000 PARLEY_API_KEY=<admin key> python examples/completions_sessions_and_admin.py
"""

from __future__ import annotations

import uuid

from _common import CHAT_MODEL, LONG_MODEL, check, run
from parley import NotFoundError, Parley

END_USER = f"user-{uuid.uuid4().hex[:8]}"  # your end user: their sessions are listed by this id


def completions(client: Parley) -> str:
    """A completion, then a streamed one in the same session; answers the session id."""
    models = client.list_models()
    print(f"models: {', '.join(model.id for model in models if model.available)}")

    response = client.create_completion(
        model=CHAT_MODEL,
        messages=[
            {"role": "system", "content": "You are a helpful assistant."},
            {"role": "user", "content": "Write a hello world function in Python."},
        ],
        user=END_USER,
    )
    print(f"assistant: {response.choices[0].message.content}")
    print(f"tokens used: {response.usage.total_tokens}; session {response.session_id}")
    check(response.choices[0].message.content, "the completion has no text")

    stream = client.create_completion(
        model=LONG_MODEL,
        messages=[{"role": "user", "content": "And explain it, please."}],
        max_tokens=12,
        stream=True,
        session_id=response.session_id,  # resume the session: the answer is recorded in it too
        user=END_USER,
    )
    print("streamed: ", end="", flush=True)
    chunks = 0
    for chunk in stream:
        if chunk.choices and chunk.choices[0].delta.content:
            print(chunk.choices[0].delta.content, end="", flush=True)
        chunks += 1
    print(f"\n{chunks} chunks; usage {stream.usage.total_tokens} tokens; session {stream.session_id}")
    check(stream.session_id == response.session_id, "the stream did not continue the session")
    return response.session_id


def history(client: Parley, session_id: str) -> None:
    """The session's messages, the end user's sessions, a rename, and a typed error."""
    detail = client.get_session(session_id, user_id=END_USER)
    print(f"session {detail.session.id}: {detail.session.message_count} messages")
    for message in detail.messages:
        print(f"  {message.message_index}. {message.role}: {message.content[:50]}")
    check([m.role for m in detail.messages] == ["user", "assistant", "user", "assistant"], "unexpected history")

    client.create_completion(model=CHAT_MODEL, messages="A second conversation.", user=END_USER)
    sessions = client.list_sessions(END_USER, page_size=1)  # one per page: iterating fetches the next pages
    titles = [session.title for session in sessions]
    print(f"{END_USER} has {sessions.total} sessions: {titles}")
    check(sessions.total == 2 and len(titles) == 2, f"{END_USER} should have 2 sessions, not {sessions.total}")

    renamed = client.sessions.update(session_id, title="Hello world in Python")
    print(f"renamed: {renamed.title!r}")

    try:
        client.get_session("sess_does_not_exist")
    except NotFoundError as exc:
        print(f"NotFoundError {exc.status_code} ({exc.code}), request id {exc.request_id}")
    else:
        check(False, "a missing session did not raise NotFoundError")


def admin(client: Parley) -> None:
    """Platform statistics, administrators and the audit log."""
    stats = client.get_platform_stats()
    print(f"stats: {stats.total_requests} requests, {stats.total_tokens} tokens, {stats.total_sessions} sessions")
    print(f"health: {stats.system_health.status}")

    email = f"lee-{uuid.uuid4().hex[:6]}@example.com"
    added = client.add_admin(f"workos_{uuid.uuid4().hex[:8]}", email, "Lee Support")
    print(f"added admin {added.email} ({added.id})")
    check(email in [a.email for a in client.list_admins()], "the new admin is not listed")
    client.remove_admin(email)
    print(f"removed admin {email}")

    log = client.get_audit_log(limit=2)
    print(f"audit log: {log.total} entries; newest:")
    for entry in log.data:
        print(f"  {entry.action} {entry.resource} {entry.resource_id}")
    check([e.action for e in log.data] == ["admin.remove", "admin.add"], "the audit log misses the admin changes")


def main() -> None:
    """Completions and sessions, then the admin side."""
    with Parley() as client:
        session_id = completions(client)
        history(client, session_id)
        admin(client)


if __name__ == "__main__":
    run(main)
