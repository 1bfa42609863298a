"""Threads and their items: paginated listing, feedback, custom actions, retry and attachments.

The ChatKit scenario (threads with metadata, items, `Page` pagination, actions), with `Parley`:

1. create threads and list them a page at a time (`limit`, `after`, `has_more`), then all at once;
2. upload an attachment, chat about it, list the thread's items a page at a time;
3. rate the answer (feedback), run a custom action on it, retry the user message;
4. download the attachment, delete it, lock the thread.

    PARLEY_BASE_URL=http://127.0.0.1:8000 PARLEY_API_KEY=<key> python examples/threads_items_actions_and_attachments.py
"""

from __future__ import annotations

import itertools

from _common import CHAT_MODEL, check, run
from parley import ConflictError, Parley


def paginated_listing(client: Parley) -> None:
    """Five threads, listed two per page: by hand, then by iterating (which fetches the next pages)."""
    created = [client.threads.create(title=f"Order {4410 + n}", metadata={"order": 4410 + n}) for n in range(5)]
    newest_first = [thread.id for thread in reversed(created)]

    page = client.threads.list(limit=2)  # newest first
    print(f"page 1: {[t.title for t in page.data]} has_more={page.has_more} after={page.after}")
    page = client.threads.list(limit=2, after=page.after)  # the same as page.get_next_page()
    print(f"page 2: {[t.title for t in page.data]} has_more={page.has_more}")

    walked = [thread.id for thread in itertools.islice(client.threads.list(limit=2), 5)]
    print(f"iterating walked {len(walked)} threads across pages")
    check(walked == newest_first, "iterating the pages did not visit the five threads newest first")


def chat_about_a_file(client: Parley) -> tuple[str, str, str]:
    """An attachment, a chat that references it, and the thread's items page by page."""
    thread = client.threads.create(title="Refund for order 4417", metadata={"customer": "cus_42"})
    invoice = b"%PDF-1.4 invoice 4417: 2 items, 59.90 EUR"
    attachment = client.attachments.upload(file=("invoice-4417.pdf", invoice), thread_id=thread.id)
    print(f"uploaded {attachment.name} ({attachment.mime_type}, {attachment.size} bytes) as {attachment.id}")

    handle = client.threads(thread.id)
    message = {"role": "user", "content": "Here is my invoice; I want a refund.", "attachment_ids": [attachment.id]}
    result = handle.chat([message], model=CHAT_MODEL, stream=False)  # wait for the run's result
    user_item, answer = result.items
    print(f"run {result.run.id} {result.run.status}: {answer.content[0].text!r}")
    check(user_item.attachment_ids == [attachment.id], "the message does not reference the attachment")

    for number, items in enumerate(handle.items.list(limit=1, order="asc").iter_pages(), start=1):
        print(f"items page {number}: {[item.type for item in items.data]}")
    return thread.id, user_item.id, attachment.id


def feedback_action_retry(client: Parley, thread_id: str, user_item_id: str) -> None:
    """Rate the answer, run a custom action on it, then answer the user message again."""
    thread = client.threads(thread_id)
    answer = thread.items.list(limit=1).data[0]  # newest first: the assistant's answer
    rating = thread.feedback(answer.id, "positive", comment="Quick and correct.")
    print(f"feedback {rating.kind} on {rating.item_ids}")

    stream = thread.action("approve_refund", payload={"order_id": "4417"}, item_id=answer.id)
    print(f"action run {stream.run_id}: {' '.join(event.type for event in stream)}")
    action = stream.until_done().items[0]
    print(f"action item: {action.action_type} {action.payload.to_dict()}")
    check(action.type == "action" and action.payload["order_id"] == "4417", "the action was not recorded")

    retried = thread.retry(user_item_id, stream=False)
    kinds = [item.type for item in thread.items.list(order="asc")]
    print(f"retry run {retried.run.kind} {retried.run.status}; the thread now holds {kinds}")
    check(kinds == ["user_message", "assistant_message"], "the retry did not replace what followed the message")


def attachment_and_lock(client: Parley, thread_id: str, attachment_id: str) -> None:
    """Download and delete the attachment; lock the thread, which then refuses runs."""
    content = client.attachments.content(attachment_id)
    print(f"downloaded {len(content)} bytes: {content[:24]!r}…")
    check(content.startswith(b"%PDF-1.4 invoice 4417"), "the download differs from the upload")
    client.attachments.delete(attachment_id)

    thread = client.threads(thread_id)
    print(f"thread {thread.update(status='locked').status}")
    try:
        thread.chat("Anyone?", stream=False)
        check(False, "a locked thread accepted a message")
    except ConflictError as exc:
        print(f"chat on a locked thread: ConflictError ({exc.code})")


def main() -> None:
    """Every part in order, on one client."""
    with Parley() as client:
        paginated_listing(client)
        thread_id, user_item_id, attachment_id = chat_about_a_file(client)
        feedback_action_retry(client, thread_id, user_item_id)
        attachment_and_lock(client, thread_id, attachment_id)


if __name__ == "__main__":
    run(main)
