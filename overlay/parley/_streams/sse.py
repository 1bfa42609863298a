"""Server-sent events: a decoder that follows the WHATWG event-stream rules, line by line.

https://html.spec.whatwg.org/multipage/server-sent-events.html#event-stream-interpretation

Feed it the body's bytes in pieces of any size (a piece may end inside a line, inside a CRLF or
inside a UTF-8 sequence); it returns the events each piece completes. Lines end with LF, CR or
CRLF. A leading byte-order mark is dropped. `data:` lines of one event are joined with LF;
`event:` names it (default `message`); `id:` sets the last event id, which every later event
carries until another `id:` changes it; `retry:` (ASCII digits) is kept as `retry`; lines that
start with `:` are comments (heartbeats); an empty line dispatches the event, unless it has no
`data`. Bytes that are not UTF-8 become U+FFFD. An unterminated event at the end is dropped.

The decoder is linear in the size of the stream, however long its lines: a piece without a line
end costs two `memchr` and is kept as it is; the pieces of a line are joined once, when its end
arrives; each byte is searched for line ends at most twice, and a line is decoded once.
"""

from __future__ import annotations

BOM = b"\xef\xbb\xbf"
_LF = 0x0A


class ServerSentEvent:
    """One dispatched event: its type (`event`), `data`, the last event `id` and the `retry` hint (ms)."""

    __slots__ = ("data", "event", "id", "retry")

    def __init__(self, data: str = "", event: str = "message", id: str = "", retry: int | None = None) -> None:
        self.data = data
        self.event = event
        self.id = id
        self.retry = retry

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ServerSentEvent):
            return NotImplemented
        return (self.data, self.event, self.id, self.retry) == (other.data, other.event, other.id, other.retry)

    __hash__ = None  # type: ignore[assignment]  # mutable, like the generated models

    def __repr__(self) -> str:
        retry = f", retry={self.retry}" if self.retry is not None else ""
        return f"ServerSentEvent(event={self.event!r}, data={self.data!r}, id={self.id!r}{retry})"


class SSEDecoder:
    """Turns an event stream's bytes, fed in pieces, into `ServerSentEvent`s (WHATWG rules)."""

    __slots__ = ("_at_start", "_data", "_event", "_pending", "_skip_lf", "last_event_id", "retry")

    def __init__(self, last_event_id: str = "", *, bom: bool = True) -> None:
        self._pending: list[bytes] = []  # the start of an unfinished line: pieces without CR or LF
        self._skip_lf = False  # the last piece ended with CR: an LF opening the next one belongs to it
        self._at_start = bom  # a byte-order mark may still come (only at the very start of a stream)
        self._data: list[str] = []
        self._event = ""
        self.last_event_id = last_event_id
        """The last `id:` seen (the SSE "last event ID buffer"): what a reconnect sends as `Last-Event-ID`."""
        self.retry: int | None = None
        """The last `retry:` hint in milliseconds, or None."""

    def feed(self, piece: bytes) -> list[ServerSentEvent]:
        """Take the next piece of the body; return the events it completes, in order."""
        if self._skip_lf and piece:
            self._skip_lf = False
            if piece[0] == _LF:
                piece = piece[1:]
        if self._at_start:
            piece = b"".join([*self._pending, piece])
            self._pending = []
            if len(piece) < len(BOM) and BOM.startswith(piece):
                self._pending = [piece] if piece else []
                return []
            if piece.startswith(BOM):
                piece = piece[len(BOM) :]
            self._at_start = False
        if b"\n" not in piece and b"\r" not in piece:  # the middle of a line: keep it, join it once
            if piece:
                self._pending.append(piece)
            return []
        known = sum(map(len, self._pending))  # bytes known to hold no line end
        buf = b"".join([*self._pending, piece]) if self._pending else piece
        view = memoryview(buf)  # lines are decoded from it: no copy of a long line before decoding
        events: list[ServerSentEvent] = []
        end_of_buf = len(buf)
        start = 0  # where the current line starts
        pos = known  # where to look for the next line end
        lf = cr = -2  # the next LF / CR at or after `pos`; -2 = not searched yet, -1 = none in `buf`
        while True:
            if lf == -2 or 0 <= lf < pos:
                lf = buf.find(b"\n", pos)
            if cr == -2 or 0 <= cr < pos:
                cr = buf.find(b"\r", pos)
            if cr < 0 and lf < 0:
                break
            if cr < 0 or 0 <= lf < cr:
                end, pos = lf, lf + 1
            else:
                end, pos = cr, cr + 1
                if pos < end_of_buf:
                    if buf[pos] == _LF:
                        pos += 1
                else:
                    self._skip_lf = True
            event = self._line(str(view[start:end], "utf-8", "replace"))
            if event is not None:
                events.append(event)
            start = pos
        self._pending = [buf[start:]] if start < end_of_buf else []
        return events

    def end(self) -> None:
        """The body ended: drop a line or an event that was not terminated (the WHATWG rule)."""
        self._pending = []
        self._data = []
        self._event = ""

    def _line(self, line: str) -> ServerSentEvent | None:
        if not line:
            return self._dispatch()
        colon = line.find(":")
        if colon == 0:
            return None
        if colon < 0:
            field, value = line, ""
        else:  # the value: after the colon and one optional space (sliced once: lines may be megabytes)
            field = line[:colon]
            value = line[colon + 2 :] if line.startswith(" ", colon + 1) else line[colon + 1 :]
        if field == "data":
            self._data.append(value)
        elif field == "event":
            self._event = value
        elif field == "id":
            if "\0" not in value:
                self.last_event_id = value
        elif field == "retry" and value.isascii() and value.isdigit():
            self.retry = int(value)
        return None

    def _dispatch(self) -> ServerSentEvent | None:
        data, event = self._data, self._event
        self._data, self._event = [], ""
        if not data:
            return None
        return ServerSentEvent("\n".join(data), event or "message", self.last_event_id, self.retry)
