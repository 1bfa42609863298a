"""`langchain-openai`'s `ChatOpenAI` against the reference server, sync and async, as its users write it.

`ChatOpenAI` sends `max_tokens` as `max_completion_tokens`, structured output as a strict `json_schema`
response format (its default method) and tools with `strict` set, so these are the fields a real
LangChain user depends on. Every assertion checks the answer's content.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

import httpx
import pytest
from langchain_core.messages import AIMessage, AIMessageChunk, HumanMessage, SystemMessage, ToolMessage
from langchain_openai import ChatOpenAI
from pydantic import BaseModel, Field

from tests.live_server import LiveServer

T = TypeVar("T")


class Person(BaseModel):
    """A person."""

    name: str = Field(description="The person's name.")
    age: int = Field(description="The person's age in years.", ge=0)


class GetWeather(BaseModel):
    """The weather in a city."""

    city: str = Field(description="The city.")


def chat(server: LiveServer, model: str, **options: Any) -> ChatOpenAI:
    return ChatOpenAI(model=model, base_url=server.base_url + "/v1", api_key=server.admin_key, max_retries=0, **options)


def run_async(server: LiveServer, model: str, scenario: Callable[[ChatOpenAI], Awaitable[T]], **options: Any) -> T:
    """Run `scenario` in a fresh event loop, with an `httpx.AsyncClient` of that loop (ChatOpenAI's default
    async client is shared process-wide and would outlive the loop)."""

    async def main() -> T:
        async with httpx.AsyncClient() as http:
            return await scenario(chat(server, model, http_async_client=http, **options))

    return asyncio.run(main())


def test_invoke(server: LiveServer) -> None:
    answer = chat(server, "echo-1").invoke([SystemMessage("Be brief."), HumanMessage("Hello, LangChain!")])
    assert isinstance(answer, AIMessage)
    assert answer.content == "Hello, LangChain!"
    assert answer.response_metadata["finish_reason"] == "stop"
    assert answer.usage_metadata is not None
    # 3 + (3 + 2) + (3 + 2) prompt tokens; "Hello," "LangChain!" answered.
    assert (answer.usage_metadata["input_tokens"], answer.usage_metadata["output_tokens"]) == (13, 2)
    assert answer.tool_calls == []


def test_ainvoke(server: LiveServer) -> None:
    answer = run_async(server, "echo-1", lambda model: model.ainvoke("Hello, async!"))
    assert answer.content == "Hello, async!"


def test_max_tokens(server: LiveServer) -> None:
    answer = chat(server, "lorem-1", max_tokens=5).invoke("Write.")
    assert answer.content == "Lorem ipsum dolor sit amet,"
    assert answer.response_metadata["finish_reason"] == "length"
    assert answer.usage_metadata is not None and answer.usage_metadata["output_tokens"] == 5


def test_stream(server: LiveServer) -> None:
    chunks = list(chat(server, "lorem-1", max_tokens=4, stream_usage=True).stream("Write."))
    assert all(isinstance(chunk, AIMessageChunk) for chunk in chunks)
    assert "".join(str(chunk.content) for chunk in chunks) == "Lorem ipsum dolor sit"
    total = chunks[0]
    for chunk in chunks[1:]:
        total += chunk
    assert total.response_metadata["finish_reason"] == "length"
    assert total.usage_metadata is not None and total.usage_metadata["output_tokens"] == 4


def test_astream(server: LiveServer) -> None:
    async def scenario(model: ChatOpenAI) -> list[str]:
        return [str(chunk.content) async for chunk in model.astream("one two three")]

    assert "".join(run_async(server, "echo-1", scenario)) == "one two three"


def test_batch_and_abatch(server: LiveServer) -> None:
    model = chat(server, "echo-1")
    assert [answer.content for answer in model.batch(["alpha", "beta", "gamma"])] == ["alpha", "beta", "gamma"]
    answers = run_async(server, "echo-1", lambda model: model.abatch(["delta", "epsilon"]))
    assert [answer.content for answer in answers] == ["delta", "epsilon"]


def test_bind_tools_and_tool_round_trip(server: LiveServer) -> None:
    model = chat(server, "tools-1").bind_tools([GetWeather])
    history: list[Any] = [HumanMessage("Weather in Paris?")]
    first = model.invoke(history)
    assert isinstance(first, AIMessage)
    [call] = first.tool_calls
    assert (call["name"], call["args"]) == ("GetWeather", {"city": "example"})
    assert call["id"] and call["id"].startswith("call_")
    history += [first, ToolMessage(content=json.dumps({"temperature": 18}), tool_call_id=call["id"])]
    second = model.invoke(history)
    assert second.content == 'The tool GetWeather returned: {"temperature": 18}'
    assert second.tool_calls == []


def test_bind_tools_strict_and_streamed(server: LiveServer) -> None:
    model = chat(server, "tools-1").bind_tools([GetWeather], strict=True, tool_choice="GetWeather")
    chunks = list(model.stream("Weather?"))
    total = chunks[0]
    for chunk in chunks[1:]:
        total += chunk
    assert [(call["name"], call["args"]) for call in total.tool_calls] == [("GetWeather", {"city": "example"})]


@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_with_structured_output_default_method(server: LiveServer, flavour: str) -> None:
    if flavour == "sync":
        person = chat(server, "echo-1").with_structured_output(Person).invoke("Who is it?")
    else:
        person = run_async(server, "echo-1", lambda model: model.with_structured_output(Person).ainvoke("Who is it?"))
    assert person == Person(name="example", age=0)


def test_with_structured_output_keeps_a_fitting_answer(server: LiveServer) -> None:
    structured = chat(server, "echo-1").with_structured_output(Person, include_raw=True)
    result = structured.invoke('{"name": "Grace", "age": 85}')
    assert isinstance(result, dict)
    assert result["parsed"] == Person(name="Grace", age=85)
    assert result["parsing_error"] is None
