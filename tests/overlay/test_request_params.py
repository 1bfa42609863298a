"""The SDK's typed parameters are the spec's, and what the caller writes reaches the server.

`parley_client.params` is generated from openapi.yaml (`tests/generated/test_params.py` holds it to
the spec). Every SDK method that sends a JSON body is read here against its `<Schema>Param`: its
keywords (its signature and the `TypedDict` its `**params` unpack) are exactly the schema's fields,
each annotated with the generated field's type (`| NotGiven` added, `Required` dropped), so a field
the spec adds, renames or retypes fails this test until the SDK takes it.

Then the parameters OpenAI clients send (`max_completion_tokens`, `response_format` with a JSON
schema, the `developer` role) against the reference server, sync and async; and a key the spec
does not know, in a message, goes to the server, which names it in its 400.
"""

from __future__ import annotations

import inspect
import json
import typing
import uuid
from collections.abc import Callable
from typing import Any

import parley_client.params as generated
import pytest
import yaml
from parley import BadRequestError
from parley._types import PostOptions
from parley.resources.admin import Admins, ApiKeys
from parley.resources.chat import CompletionParams, _Completions
from parley.resources.sessions import Sessions
from parley.resources.threads import ActionParams, ChatParams, RetryParams, ThreadHandle, Threads, _ThreadHandle
from parley.resources.workspaces import Drafts, Workspaces

from tests.live_server import LiveServer

from .conftest import Recorder, error_response, spec_path
from .flavours import Flavour

PATH_ARGUMENTS = {"thread_id", "workspace_id", "draft_id", "session_id"}
WIDENED = {
    "messages": "str | Iterable[MessageInput]",  # strings, camelCase dicts and models too (`parley._messages`)
    "item_ids": "str | Sequence[str]",  # one id or many
}
"""Fields the SDK takes in more shapes than the spec (and normalises before sending)."""

BODIES: list[tuple[Callable[..., Any], type | None, str]] = [
    (_Completions.create, CompletionParams, "ChatCompletionRequest"),
    (_ThreadHandle.chat, ChatParams, "ThreadChatRequest"),
    (_ThreadHandle.action, ActionParams, "ThreadActionRequest"),
    (_ThreadHandle.retry, RetryParams, "ThreadRetryRequest"),
    (_ThreadHandle.feedback, None, "ItemFeedbackRequest"),
    (ThreadHandle.update, None, "ThreadUpdateRequest"),
    (Threads.update, None, "ThreadUpdateRequest"),
    (Threads.create, None, "ThreadCreateRequest"),
    (Sessions.update, None, "ChatSessionUpdateRequest"),
    (Workspaces.create, None, "WorkspaceCreateRequest"),
    (Workspaces.update, None, "WorkspaceUpdateRequest"),
    (Workspaces.send_message, None, "WorkspaceMessageRequest"),
    (Workspaces.send_typing_preview, None, "TypingPreviewRequest"),
    (Workspaces.send_agent_message, None, "AgentMessageRequest"),
    (Drafts.approve, None, "DraftApproveRequest"),
    (Drafts.reject, None, "DraftRejectRequest"),
    (Admins.add, None, "AddAdminRequest"),
    (ApiKeys.create, None, "ApiKeyCreateRequest"),
]


def _union(hint: str) -> str:
    """`hint` with `Required[...]` unwrapped and `NotGiven` left out of its top-level union."""
    if hint.startswith("Required[") and hint.endswith("]"):
        hint = hint[len("Required[") : -1]
    members, depth, start = [], 0, 0
    for at, char in enumerate(hint):
        depth += (char in "[(" and 1) or ((char in "])" and -1) or 0)
        if char == "|" and depth == 0:
            members.append(hint[start:at].strip())
            start = at + 1
    members.append(hint[start:].strip())
    return " | ".join(member for member in members if member != "NotGiven")


def sdk_fields(method: Callable[..., Any], params: type | None) -> dict[str, str]:
    """The body fields a method takes, with their annotations as written."""
    found = {
        name: parameter.annotation
        for name, parameter in inspect.signature(method).parameters.items()
        if name != "self" and name not in PATH_ARGUMENTS and parameter.kind is not parameter.VAR_KEYWORD
    }
    if params is not None:
        found.update({name: ref.__forward_arg__ for name, ref in params.__annotations__.items()})
    options = set(typing.get_type_hints(PostOptions))
    return {name: _union(hint) for name, hint in found.items() if name not in options}


@pytest.mark.parametrize(("method", "params", "schema"), BODIES, ids=[case[0].__qualname__ for case in BODIES])
def test_each_body_method_takes_exactly_its_schemas_fields_typed_as_generated(
    method: Callable[..., Any], params: type | None, schema: str
) -> None:
    spec_types = getattr(generated, f"{schema}Param").__annotations__
    expected = {name: WIDENED.get(name) or _union(ref.__forward_arg__) for name, ref in spec_types.items()}
    assert sdk_fields(method, params) == expected


def test_every_json_body_of_the_spec_has_a_method_here() -> None:
    spec = yaml.safe_load(spec_path().read_text())
    bodies = {
        operation["requestBody"]["content"]["application/json"]["schema"]["$ref"].rsplit("/", 1)[1]
        for path in spec["paths"].values()
        for operation in path.values()
        if isinstance(operation, dict) and "application/json" in operation.get("requestBody", {}).get("content", {})
    }
    assert bodies == {schema for _, _, schema in BODIES}


def test_the_comparison_sees_a_drifted_field() -> None:
    assert _union("Required[Sequence[str | int]]") == "Sequence[str | int]"
    assert _union("str | NotGiven | None") == "str | None"
    assert sdk_fields(Sessions.update, None) != {"title": "str", "archived": "bool", "metadata": "MetadataParam"}


# -- against the reference server, sync and async --------------------------------------------------


@pytest.fixture
def client(flavour: Flavour, live_server: LiveServer) -> Any:
    key = live_server.new_key(f"user_{uuid.uuid4().hex[:12]}")
    return flavour.client(base_url=live_server.base_url, api_key=key, max_retries=0)


def test_max_completion_tokens_cuts_the_answer_and_a_developer_message_instructs(client: Any) -> None:
    messages: list[generated.ChatMessageParam] = [
        {"role": "developer", "content": "Answer briefly."},
        {"role": "user", "content": "Tell me everything."},
    ]
    completion = client.chat.completions.create(model="lorem-1", messages=messages, max_completion_tokens=4)
    assert completion.choices[0].finish_reason == "length"
    assert completion.usage.completion_tokens == 4 and len(completion.choices[0].message.content.split()) == 4
    session = client.sessions.retrieve(completion.session_id)
    assert [message.role for message in session.messages] == ["user", "assistant"]  # developer is not recorded


def test_response_format_json_schema_answers_json_that_validates(client: Any) -> None:
    response_format: generated.ChatResponseFormatParam = {
        "type": "json_schema",
        "json_schema": {
            "name": "order",
            "strict": True,
            "schema": {
                "type": "object",
                "properties": {"order_id": {"type": "string"}, "items": {"type": "integer", "minimum": 1}},
                "required": ["order_id", "items"],
                "additionalProperties": False,
            },
        },
    }
    completion = client.chat.completions.create(
        model="echo-1", messages="Where is my order?", response_format=response_format
    )
    answer = json.loads(completion.choices[0].message.content)
    assert set(answer) == {"order_id", "items"} and isinstance(answer["order_id"], str) and answer["items"] >= 1
    streamed = "".join(client.chat.completions.create(
        model="echo-1", messages="Where is my order?", response_format=response_format, stream=True
    ).text_stream)  # fmt: skip
    assert json.loads(streamed) == answer


def test_a_developer_message_runs_a_thread(client: Any) -> None:
    thread = client.threads.create()
    result = client.threads(thread.id).chat(
        [{"role": "developer", "content": "Be kind."}, "Hello there"], model="echo-1", stream=False
    )
    assert result.run.status == "completed"
    assert [item.type for item in result.items][-1] == "assistant_message"
    assert result.items[-1].content[0].text == "Hello there"


def test_an_unknown_key_in_a_message_reaches_the_server_which_names_it(client: Any) -> None:
    message: Any = {"role": "user", "content": "Hi", "colour": "blue"}
    with pytest.raises(BadRequestError) as caught:
        client.chat.completions.create(model="echo-1", messages=[message])
    assert caught.value.param == "messages.0.colour" and caught.value.code == "unknown_parameter"
    with pytest.raises(BadRequestError) as caught:
        client.chat.completions.create(model="echo-1", messages="Hi", extra_body={"reasoning_effort": "low"})
    assert caught.value.param == "reasoning_effort"


def test_a_thread_message_is_sent_with_every_key_it_has(flavour: Flavour) -> None:
    """Thread messages are open in the spec (the server stores what it knows); the SDK drops nothing either."""
    recorder = Recorder(lambda request: error_response(400))
    client = flavour.client(recorder, max_retries=0)
    message: Any = {"role": "developer", "content": "Hi", "colour": "blue", "toolCallId": "c1"}
    with pytest.raises(BadRequestError):
        client.threads("thr_1").chat([message], stream=False, run_config={"depth": 2})
    assert recorder.json() == {
        "messages": [{"role": "developer", "content": "Hi", "colour": "blue", "tool_call_id": "c1"}],
        "run_config": {"depth": 2},
        "stream": False,
    }


def test_a_misspelt_keyword_is_a_type_error_before_any_request(client: Any) -> None:
    with pytest.raises(TypeError, match="unexpected keyword argument 'temperatur'"):
        client.chat.completions.create(model="echo-1", messages="Hi", temperatur=0.5)
    with pytest.raises(TypeError, match="missing required keyword argument 'model'"):
        client.chat.completions.create(messages="Hi")
