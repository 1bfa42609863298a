"""Request options that reshape a model's text answer: `response_format`, `max_tokens`, `stop`.

Applied after `generate`, in the order a real model would meet them: the answer is produced in the requested
form, cut at `max_tokens` tokens (finish `length`), then cut before the first `stop` sequence that occurs
in what is left (finish `stop`, the sequence itself not included). Tool calls are never reshaped.
"""

from __future__ import annotations

import dataclasses

from parley_server.engine.models import Generation
from parley_server.engine.structured_output import AnswerFormat
from parley_server.engine.tokens import split_tokens


def shape(generation: Generation, *, max_tokens: int | None, stop: list[str], answer: AnswerFormat) -> Generation:
    """Return `generation` with the request's answer format, token budget and stop sequences applied."""
    if generation.tool_calls:
        return generation
    text, finish_reason = answer.apply(generation.text), generation.finish_reason
    if text != generation.text:  # a whole answer in the requested form: only the budget below can cut it
        finish_reason = "stop"
    tokens = split_tokens(text)
    if max_tokens is not None and len(tokens) > max_tokens:
        tokens = tokens[:max_tokens]
        text, finish_reason = "".join(tokens), "length"
    cut = min((index for index in (text.find(sequence) for sequence in stop) if index >= 0), default=-1)
    if cut >= 0:
        text, finish_reason = text[:cut], "stop"
        tokens = split_tokens(text)
    if text == generation.text and finish_reason == generation.finish_reason:
        return generation
    return dataclasses.replace(
        generation, text=text, tokens=tokens, finish_reason=finish_reason, completion_tokens=len(tokens)
    )
