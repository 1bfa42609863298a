"""The `data` of each event of a completion stream, decoded at close to the speed of `str.split`.

A completion stream (OpenAI's shape) is a run of one-line events, `data: {json}` followed by an
empty line, with no names, ids or comments. `DataDecoder` takes the bytes up to the last complete
event of each network piece, decodes them once, and splits them on LF LF `data: `: one C call for
hundreds of events. It checks that the block really has that shape (it starts with `data: ` and
holds exactly two LFs per event, so no event has a second line and no line is anything else);
a block that does not, and everything after the first CR or a byte-order mark, goes through the
full WHATWG decoder (`sse.SSEDecoder`) instead, so the result is always what the standard says.
Event names and ids are not reported: completion streams have none that matter.

Linear: the bytes of an unfinished event wait in one `bytearray`; a piece without LF (the middle
of a long event) costs one `memchr`; a finished event is decoded once, straight from the buffer.
"""

from __future__ import annotations

from .sse import SSEDecoder

_PREFIX = b"data: "
_SEPARATOR = "\n\ndata: "
_SMALL = 65536


class DataDecoder:
    """Turns the bytes of a data-only event stream, fed in pieces, into each event's `data` string."""

    __slots__ = ("_fallback", "_full", "_pending", "_started")

    def __init__(self) -> None:
        self._full: SSEDecoder | None = None  # the full decoder, made when first needed
        self._fallback: SSEDecoder | None = None  # the full decoder, once it takes every piece
        self._pending = bytearray()  # the bytes after the last complete event (no b"\n\n" inside)
        self._started = False

    def feed(self, piece: bytes) -> list[str]:
        """Take the next piece of the body; return the `data` of the events it completes, in order."""
        if self._fallback is not None:
            return [event.data for event in self._fallback.feed(piece)]
        if not piece:
            return []
        if b"\r" in piece or (not self._started and piece[0] == 0xEF):
            return self._switch(piece)
        self._started = True
        pending = self._pending
        if b"\n" not in piece:  # the middle of a long event (memchr: far cheaper than rfind)
            pending += piece
            return []
        end = piece.rfind(b"\n\n") + 2
        if end == 1:  # no b"\n\n" in the piece: maybe one across the seam
            if not (piece[0] == 0x0A and pending[-1:] == b"\n"):
                pending += piece
                return []
            end = 1
        if not pending:
            if end < len(piece):
                pending += memoryview(piece)[end:]
            return self._block(piece, end)
        pending += memoryview(piece)[:end]
        self._pending = bytearray(piece[end:])
        return self._block(pending, len(pending))

    def end(self) -> None:
        """The body ended: an unterminated event is dropped (the WHATWG rule)."""
        self._pending = bytearray()
        if self._fallback is not None:
            self._fallback.end()

    def _block(self, buffer: bytes | bytearray, end: int) -> list[str]:
        """The events of `buffer[:end]`, which ends with an empty line."""
        if buffer.startswith(_PREFIX):
            lines = buffer.count(b"\n", 0, end)
            try:
                if end <= _SMALL:
                    text = buffer[6 : end - 2].decode("utf-8")
                else:  # decode a long block in place rather than copy it first
                    with memoryview(buffer) as view:
                        text = str(view[6 : end - 2], "utf-8")
            except UnicodeDecodeError:
                return self._slow(buffer, end)
            if lines == 2:  # one event (a huge one, maybe): nothing to split
                return [text]
            parts = text.split(_SEPARATOR)
            if lines == 2 * len(parts):
                return parts
        return self._slow(buffer, end)

    def _decoder(self) -> SSEDecoder:
        if self._full is None:
            self._full = SSEDecoder(bom=not self._started)
        return self._full

    def _slow(self, buffer: bytes | bytearray, end: int) -> list[str]:
        """A complete block of another shape, through the full decoder (its state is clean after it)."""
        return [event.data for event in self._decoder().feed(bytes(buffer[:end]))]

    def _switch(self, piece: bytes) -> list[str]:
        """Hand this piece, the pending bytes and everything after them to the full decoder."""
        self._fallback = decoder = self._decoder()
        pending, self._pending = bytes(self._pending), bytearray()
        return [event.data for event in decoder.feed(pending + piece)]
