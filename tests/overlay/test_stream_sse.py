"""The event-stream decoders: WHATWG rules, any split of the bytes, linear time on huge events."""

from __future__ import annotations

import itertools
import re
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from parley._streams.sse import ServerSentEvent, SSEDecoder
from parley._streams.sse_data import DataDecoder


def reference(body: bytes) -> list[ServerSentEvent]:
    """An independent, whole-body reading of the WHATWG rules (regex line split, no buffering)."""
    text = body.decode("utf-8", "replace")
    if text.startswith("\ufeff"):
        text = text[1:]
    lines = re.split(r"\r\n|\r|\n", text)[:-1]  # the part after the last line end is not a line
    events, data, kind, last_id, retry = [], [], "", "", None
    for line in lines:
        if line == "":
            if data:
                events.append(ServerSentEvent("\n".join(data), kind or "message", last_id, retry))
            data, kind = [], ""
        elif line.startswith(":"):
            continue
        else:
            name, _, value = line.partition(":")
            value = value[1:] if value.startswith(" ") else value
            if name == "data":
                data.append(value)
            elif name == "event":
                kind = value
            elif name == "id" and "\0" not in value:
                last_id = value
            elif name == "retry" and re.fullmatch(r"[0-9]+", value):
                retry = int(value)
    return events


def feed_all(body: bytes, cuts: list[int]) -> list[ServerSentEvent]:
    decoder = SSEDecoder()
    events: list[ServerSentEvent] = []
    for piece in pieces(body, cuts):
        events += decoder.feed(piece)
    decoder.end()
    return events


def data_all(body: bytes, cuts: list[int]) -> list[str]:
    decoder = DataDecoder()
    datas: list[str] = []
    for piece in pieces(body, cuts):
        datas += decoder.feed(piece)
    decoder.end()
    return datas


def pieces(body: bytes, cuts: list[int]) -> list[bytes]:
    bounds = [0, *sorted(min(cut, len(body)) for cut in cuts), len(body)]
    return [body[start:end] for start, end in itertools.pairwise(bounds)]


# -- the rules, one by one ------------------------------------------------------------------------


def test_line_ends_lf_cr_and_crlf_are_all_line_ends() -> None:
    body = b"data: a\n\ndata: b\r\rdata: c\r\n\r\ndata: d\n\r\n"
    assert [e.data for e in feed_all(body, [])] == ["a", "b", "c", "d"]


def test_multi_line_data_is_joined_with_lf_and_a_single_leading_space_is_dropped() -> None:
    body = b"data: one\ndata:two\ndata:  three\ndata\n\n"
    assert feed_all(body, []) == [ServerSentEvent("one\ntwo\n three\n", "message", "")]


def test_comments_are_ignored_and_an_event_without_data_is_not_dispatched() -> None:
    body = b": keep-alive\n\nevent: ping\n\n:only a comment\ndata: x\n\n"
    assert feed_all(body, []) == [ServerSentEvent("x", "message", "")]


def test_an_empty_data_line_dispatches_an_empty_event() -> None:
    assert feed_all(b"data\n\ndata:\n\n", []) == [ServerSentEvent("", "message", "")] * 2


def test_event_names_ids_persist_and_retry_takes_only_ascii_digits() -> None:
    body = (
        b"id: 1\nevent: run.created\ndata: {}\n\n"
        b"data: no id line\n\n"
        b"id: 2\0x\nretry: 1500\ndata: null id ignored\n\n"
        b"id\nretry: 12a\nretry: \xef\xbc\x91\ndata: empty id resets\n\n"
    )
    assert feed_all(body, []) == [
        ServerSentEvent("{}", "run.created", "1"),
        ServerSentEvent("no id line", "message", "1"),
        ServerSentEvent("null id ignored", "message", "1", 1500),
        ServerSentEvent("empty id resets", "message", "", 1500),
    ]


def test_a_leading_bom_is_dropped_even_when_split_but_not_a_later_one() -> None:
    body = b"\xef\xbb\xbfdata: a\n\n\xef\xbb\xbfdata: b\n\ndata: c\n\n"
    for cut in range(1, 4):
        assert [e.data for e in feed_all(body, [cut])] == ["a", "c"]


def test_utf8_split_across_pieces_and_invalid_bytes() -> None:
    body = "data: héllo €uro 🎉\n\n".encode() + b"data: bad \xff\xfe end\n\n"
    expected = ["héllo €uro 🎉", "bad \ufffd\ufffd end"]
    for cut in range(len(body)):
        assert [e.data for e in feed_all(body, [cut])] == expected
        assert data_all(body, [cut]) == expected


def test_an_unterminated_event_at_the_end_is_dropped() -> None:
    assert feed_all(b"data: a\n\ndata: b\n", []) == [ServerSentEvent("a", "message", "")]
    assert data_all(b"data: a\n\ndata: b", []) == ["a"]


def test_a_crlf_split_between_pieces_is_one_line_end() -> None:
    body = b"data: a\r\n\r\ndata: b\r\n\r\n"
    for cut in range(len(body) + 1):
        assert [e.data for e in feed_all(body, [cut])] == ["a", "b"]


def test_the_data_decoder_takes_its_fast_path_and_falls_back_per_block() -> None:
    decoder = DataDecoder()
    assert decoder.feed(b'data: {"a":1}\n\ndata: [DONE]\n\n') == ['{"a":1}', "[DONE]"]
    assert decoder.feed(b"data: x\ndata: y\n\n: ping\n\nevent: e\ndata: z\n\n") == ["x\ny", "z"]
    assert decoder.feed(b"data: after\n\n") == ["after"]
    assert decoder.feed(b"data: cr\r\r") == ["cr"]  # a CR: the full decoder from now on
    assert decoder.feed(b"data: lf\n\n") == ["lf"]


def test_repr_and_equality_of_events() -> None:
    event = ServerSentEvent("d", "e", "1", 5)
    assert repr(event) == "ServerSentEvent(event='e', data='d', id='1', retry=5)"
    assert event == ServerSentEvent("d", "e", "1", 5) and event != ServerSentEvent("d")
    assert event != "d"


# -- any split, any bytes -------------------------------------------------------------------------

TOKENS = [
    b"data: ",
    b"data:",
    b"data",
    b"event: item.delta",
    b"id: 7",
    b"id: ",
    b"retry: 25",
    b": hb",
    b":",
    b" ",
    b"\n",
    b"\n\n",
    b"\r",
    b"\r\n",
    b'{"x": "\xc3\xa9"}',
    b"[DONE]",
    b"\xef\xbb\xbf",
    b"\xe2\x82\xac",
    b"\xe2\x82",
    b"\xff",
    b"\x00",
    b"a",
]

sse_bytes = st.lists(st.sampled_from(TOKENS) | st.binary(max_size=4), max_size=40).map(b"".join)
cuts = st.lists(st.integers(min_value=0, max_value=400), max_size=12)


@settings(max_examples=400, deadline=None)
@given(body=sse_bytes, cuts=cuts)
def test_any_split_of_any_bytes_decodes_as_the_whole_body_does(body: bytes, cuts: list[int]) -> None:
    expected = reference(body)
    assert feed_all(body, cuts) == expected
    assert data_all(body, cuts) == [event.data for event in expected]


@st.composite
def valid_streams(draw: st.DrawFn) -> bytes:
    """Well-formed event streams: fields, comments, every line end, multi-byte text."""
    text = st.text(alphabet=st.characters(blacklist_characters="\r\n\0", blacklist_categories=("Cs",)), max_size=12)
    out = []
    for _ in range(draw(st.integers(0, 8))):
        lines = [f"data: {draw(text)}" for _ in range(draw(st.integers(1, 3)))]
        if draw(st.booleans()):
            lines.insert(0, f"event: {draw(text)}")
        if draw(st.booleans()):
            lines.insert(0, f"id: {draw(st.integers(1, 10**6))}")
        if draw(st.booleans()):
            lines.insert(0, ": heartbeat")
        end = draw(st.sampled_from(["\n", "\r", "\r\n"]))
        out.append("".join(line + end for line in lines) + end)
    return "".join(out).encode()


@settings(max_examples=300, deadline=None)
@given(body=valid_streams(), cuts=cuts)
def test_any_split_of_a_valid_stream_decodes_to_the_same_events(body: bytes, cuts: list[int]) -> None:
    whole = feed_all(body, [])
    assert whole == reference(body)
    assert feed_all(body, cuts) == whole
    assert data_all(body, cuts) == [event.data for event in whole]


# -- linear on huge events ------------------------------------------------------------------------


def _decode_seconds(body: bytes, piece: int, decoder: type[SSEDecoder] | type[DataDecoder]) -> float:
    instance = decoder()
    started = time.perf_counter()
    for start in range(0, len(body), piece):
        instance.feed(body[start : start + piece])
    return time.perf_counter() - started


@pytest.mark.parametrize("decoder", [SSEDecoder, DataDecoder])
def test_one_8_mb_event_in_4_kib_pieces_costs_about_two_4_mb_events(
    decoder: type[SSEDecoder] | type[DataDecoder],
) -> None:
    one = b"data: " + b"x" * (8 * 2**20) + b"\n\n"
    two = (b"data: " + b"x" * (4 * 2**20) + b"\n\n") * 2
    big = min(_decode_seconds(one, 4096, decoder) for _ in range(3))
    halves = min(_decode_seconds(two, 4096, decoder) for _ in range(3))
    # a quadratic decoder takes ~100x longer here; linear ones stay within a small factor
    assert big < 3 * halves + 0.05, (big, halves)
    assert big < 2.0
