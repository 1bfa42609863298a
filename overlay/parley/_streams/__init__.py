"""Server-sent event streams: the decoders (`sse`, `sse_data`), completion streams, run streams, their core."""
