"""The official `openai` client, sync and async, against the reference server, as its users write it.

Every scenario runs in both flavours (`with_openai`) and checks the answer's content: the built-in
models are deterministic (`echo-1` echoes the last user message, `lorem-1` writes exactly the token
budget, `tools-1` calls the first tool and then reports its result).
"""

from __future__ import annotations

import json
import re
from typing import Any, Literal

import openai
import pytest
from pydantic import BaseModel, Field

from tests.compat.conftest import call, collect

LOREM_6 = "Lorem ipsum dolor sit amet, consectetur"
FINGERPRINT = re.compile(r"^fp_[0-9a-f]{10}$")
WEATHER = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "description": "The weather in a city.",
        "parameters": {
            "type": "object",
            "properties": {"city": {"type": "string"}, "unit": {"type": "string", "enum": ["celsius", "fahrenheit"]}},
            "required": ["city", "unit"],
            "additionalProperties": False,
        },
        "strict": True,
    },
}


class Person(BaseModel):
    name: str
    age: int


class Address(BaseModel):
    city: str
    country: Literal["FR", "DE", "IT"]
    postcode: str = Field(pattern=r"^[0-9]{5}$")


class Order(BaseModel):
    number: int = Field(ge=1000, le=9999)
    items: list[str] = Field(min_length=2)
    shipping: Address
    gift: bool
    note: str | None


def test_plain_completion(with_openai: Any) -> None:
    async def scenario(client: Any) -> None:
        completion = await call(
            client.chat.completions.create(model="echo-1", messages=[{"role": "user", "content": "Hello from openai!"}])
        )
        assert completion.object == "chat.completion"
        assert completion.model == "echo-1"
        [choice] = completion.choices
        assert (choice.message.role, choice.message.content) == ("assistant", "Hello from openai!")
        assert choice.finish_reason == "stop"
        assert choice.message.tool_calls is None
        assert "tool_calls" not in choice.message.model_fields_set  # left out of the JSON, as OpenAI does
        assert completion.usage is not None
        assert (completion.usage.prompt_tokens, completion.usage.completion_tokens) == (9, 3)
        assert FINGERPRINT.match(completion.system_fingerprint or "")
        assert (completion.model_extra or {})["session_id"].startswith("sess_")

    with_openai(scenario)


def test_system_and_developer_messages(with_openai: Any) -> None:
    async def scenario(client: Any) -> None:
        messages = [
            {"role": "system", "content": "Be brief."},
            {"role": "developer", "content": "Answer in French."},
            {"role": "user", "content": "Bonjour"},
        ]
        completion = await call(client.chat.completions.create(model="echo-1", messages=messages))
        assert completion.choices[0].message.content == "Bonjour"
        # Both instructions reach the model: 3 + (3 + 2) + (3 + 3) + (3 + 1) prompt tokens.
        assert completion.usage.prompt_tokens == 18

    with_openai(scenario)


def test_tool_call_and_tool_result_round_trip(with_openai: Any) -> None:
    async def scenario(client: Any) -> None:
        history: list[Any] = [{"role": "user", "content": "Weather in Paris?"}]
        first = await call(client.chat.completions.create(model="tools-1", messages=history, tools=[WEATHER]))
        [choice] = first.choices
        assert choice.finish_reason == "tool_calls"
        assert choice.message.content is None
        [tool_call] = choice.message.tool_calls
        assert tool_call.type == "function"
        assert tool_call.function.name == "get_weather"
        assert json.loads(tool_call.function.arguments) == {"city": "example", "unit": "celsius"}
        assert re.fullmatch(r"call_[0-9a-f]{24}", tool_call.id)

        history += [choice.message, {"role": "tool", "tool_call_id": tool_call.id, "content": "18 C and sunny"}]
        second = await call(client.chat.completions.create(model="tools-1", messages=history, tools=[WEATHER]))
        assert second.choices[0].message.content == "The tool get_weather returned: 18 C and sunny"
        assert second.choices[0].finish_reason == "stop"
        assert second.choices[0].message.tool_calls is None

        again = await call(client.chat.completions.create(model="tools-1", messages=history[:1], tools=[WEATHER]))
        assert again.choices[0].message.tool_calls[0].id != tool_call.id  # ids are unique per call

    with_openai(scenario)


def test_returned_message_chat_loop(with_openai: Any) -> None:
    """The most common loop: append `choices[0].message` itself to the history and call again."""

    async def scenario(client: Any) -> None:
        history: list[Any] = []
        session_id = None
        for turn in ("one", "two", "three"):
            history.append({"role": "user", "content": f"turn {turn}"})
            extra = {} if session_id is None else {"session_id": session_id}
            completion = await call(client.chat.completions.create(model="echo-1", messages=history, extra_body=extra))
            assert completion.choices[0].message.content == f"turn {turn}"
            session_id = session_id or completion.model_extra["session_id"]
            assert completion.model_extra["session_id"] == session_id
            history.append(completion.choices[0].message)
        assert len(history) == 6

    with_openai(scenario)


def test_streaming_with_usage(with_openai: Any) -> None:
    async def scenario(client: Any) -> None:
        stream = await call(
            client.chat.completions.create(
                model="lorem-1",
                messages=[{"role": "user", "content": "Write."}],
                max_completion_tokens=6,
                stream=True,
                stream_options={"include_usage": True},
            )
        )
        chunks = await collect(stream)
        text = "".join(choice.delta.content or "" for chunk in chunks for choice in chunk.choices)
        assert text == LOREM_6
        finishes = [choice.finish_reason for chunk in chunks for choice in chunk.choices if choice.finish_reason]
        assert finishes == ["length"]
        assert chunks[-1].choices == []
        assert chunks[-1].usage is not None
        assert (chunks[-1].usage.completion_tokens, chunks[-1].usage.total_tokens) == (6, 6 + 7)
        assert all(chunk.usage is None for chunk in chunks[:-1])
        assert {chunk.system_fingerprint for chunk in chunks} == {chunks[0].system_fingerprint}
        assert len({chunk.id for chunk in chunks}) == 1

    with_openai(scenario)


def test_streamed_tool_call(with_openai: Any) -> None:
    async def scenario(client: Any) -> None:
        stream = await call(
            client.chat.completions.create(
                model="tools-1", messages=[{"role": "user", "content": "Weather?"}], tools=[WEATHER], stream=True
            )
        )
        name, arguments, ids, finish = "", "", set(), None
        for chunk in await collect(stream):
            for choice in chunk.choices:
                for delta in choice.delta.tool_calls or []:
                    ids.add(delta.id) if delta.id else None
                    name += (delta.function and delta.function.name) or ""
                    arguments += (delta.function and delta.function.arguments) or ""
                finish = choice.finish_reason or finish
        assert name == "get_weather"
        assert json.loads(arguments) == {"city": "example", "unit": "celsius"}
        assert len(ids) == 1 and finish == "tool_calls"

    with_openai(scenario)


def test_parse_with_a_pydantic_model(with_openai: Any) -> None:
    async def scenario(client: Any) -> None:
        completion = await call(
            client.chat.completions.parse(
                model="echo-1", messages=[{"role": "user", "content": "Who is it?"}], response_format=Person
            )
        )
        message = completion.choices[0].message
        assert message.parsed == Person(name="example", age=0)
        assert json.loads(message.content) == {"name": "example", "age": 0}

        nested = await call(
            client.chat.completions.parse(
                model="lorem-1", messages=[{"role": "user", "content": "An order"}], response_format=Order
            )
        )
        order = nested.choices[0].message.parsed
        assert order == Order(
            number=1000,
            items=["example", "example"],
            shipping=Address(city="example", country="FR", postcode="00000"),
            gift=True,
            note="example",
        )

    with_openai(scenario)


def test_parse_keeps_an_answer_that_already_fits_the_schema(with_openai: Any) -> None:
    async def scenario(client: Any) -> None:
        sent = '{"name": "Ada", "age": 36}'
        completion = await call(
            client.chat.completions.parse(
                model="echo-1", messages=[{"role": "user", "content": sent}], response_format=Person
            )
        )
        assert completion.choices[0].message.parsed == Person(name="Ada", age=36)

    with_openai(scenario)


@pytest.mark.parametrize("name", ["max_completion_tokens", "max_tokens"])
def test_token_budget(with_openai: Any, name: str) -> None:
    async def scenario(client: Any) -> None:
        completion = await call(
            client.chat.completions.create(
                model="lorem-1", messages=[{"role": "user", "content": "Write."}], **{name: 5}
            )
        )
        assert completion.choices[0].message.content == "Lorem ipsum dolor sit amet,"
        assert completion.choices[0].finish_reason == "length"
        assert completion.usage.completion_tokens == 5

    with_openai(scenario)


def test_errors_are_typed_and_name_the_field(with_openai: Any) -> None:
    async def scenario(client: Any) -> None:
        hello = [{"role": "user", "content": "x"}]
        with pytest.raises(openai.NotFoundError) as missing:
            await call(client.chat.completions.create(model="no-such-model", messages=hello))
        assert (missing.value.code, missing.value.param) == ("model_not_found", "model")

        with pytest.raises(openai.BadRequestError) as unknown:
            await call(client.chat.completions.create(model="echo-1", messages=hello, extra_body={"store": True}))
        assert (unknown.value.code, unknown.value.param) == ("unknown_parameter", "store")
        assert "Unknown parameter: 'store'" in unknown.value.message

        with pytest.raises(openai.BadRequestError) as both:
            await call(
                client.chat.completions.create(model="echo-1", messages=hello, max_tokens=3, max_completion_tokens=4)
            )
        assert (both.value.code, both.value.param) == ("invalid_parameter_combination", "max_tokens")

        with pytest.raises(openai.BadRequestError) as logprobs:
            await call(client.chat.completions.create(model="echo-1", messages=hello, logprobs=True))
        assert logprobs.value.param == "logprobs"

        with pytest.raises(openai.UnprocessableEntityError) as upstream:
            await call(client.chat.completions.create(model="gpt-4o", messages=hello))
        assert upstream.value.code == "upstream_not_configured"

    with_openai(scenario)


def test_models_list_and_retrieve(with_openai: Any) -> None:
    async def scenario(client: Any) -> None:
        page = await call(client.models.list())
        ids = [model.id for model in page.data]
        assert ids[:3] == ["echo-1", "lorem-1", "tools-1"]
        assert "gpt-4o" in ids
        model = await call(client.models.retrieve("echo-1"))
        assert (model.id, model.owned_by, model.object) == ("echo-1", "parley", "model")
        routed = await call(client.models.retrieve("openrouter/auto"))  # sent as openrouter%2Fauto
        assert (routed.id, routed.owned_by) == ("openrouter/auto", "openrouter")
        with pytest.raises(openai.NotFoundError):
            await call(client.models.retrieve("no-such-model"))

    with_openai(scenario)
