"""Settings and per-call options that cannot work are refused where they are given, naming them.

Found by feeding the clients what a misconfigured deployment feeds them, each of which used to fail
late, unnamed, or wrongly: a `base_url` with a query sent every call to that URL without its
path (`http://h/api?x=1` + `/v1/threads` went out as `GET /api?limit=20`); a timeout of NaN or
infinity reached the socket (`ValueError: Invalid value NaN`, `OverflowError: timestamp out of
range`); a header value with a non-ASCII character raised a bare `UnicodeEncodeError`; an API key
with a line break was refused by h11 in a message that quoted it whole. Each case runs in both
flavours, nothing is sent, and a secret never shows in the error.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from .conftest import THREAD, Recorder
from .flavours import Flavour

SECRET = "prl_live_9f8e7d6c5b4a"

BAD_SETTINGS: dict[str, tuple[dict[str, Any], type[Exception], str]] = {
    "base_url-query": ({"base_url": "http://h/api?x=1"}, ValueError, r"^base_url must be an http:// or https:// URL"),
    "base_url-fragment": ({"base_url": "http://h/api#f"}, ValueError, r"without a query or fragment"),
    "base_url-no-scheme": ({"base_url": "parley.example.com"}, ValueError, r"got 'parley.example.com'$"),
    "base_url-ftp": ({"base_url": "ftp://h"}, ValueError, r"^base_url must be an http:// or https:// URL"),
    "base_url-userinfo": ({"base_url": f"ftp://u:{SECRET}@h"}, ValueError, r"got 'ftp://h'$"),
    "timeout-nan": ({"timeout": math.nan}, ValueError, r"^timeout must be a finite number of seconds > 0, got nan$"),
    "timeout-inf": ({"timeout": math.inf}, ValueError, r"^timeout must be a finite number of seconds > 0, got inf$"),
    "timeout-object-nan": ({"timeout": httpx.Timeout(5.0, read=math.nan)}, ValueError, r"^timeout\.read must be"),
    "idle-inf": ({"stream_idle_timeout": math.inf}, ValueError, r"^stream_idle_timeout must be .*or None, to wait"),
    "idle-nan": ({"stream_idle_timeout": math.nan}, ValueError, r"^stream_idle_timeout must be a finite number"),
    "api_key-line-break": ({"api_key": f"{SECRET}\r\nX-Evil: 1"}, ValueError, r"^api_key must be printable ASCII"),
    "api_key-non-ascii": ({"api_key": f"{SECRET}é"}, ValueError, r"it has 'é' at position 21$"),
    "api_key-space": ({"api_key": f"Bearer {SECRET}"}, ValueError, r"it has ' ' at position 6$"),
    "default_headers-value": ({"default_headers": {"x-team": "équipe"}}, ValueError, r"^default_headers: the value"),
    "default_headers-name": ({"default_headers": {"x team": "a"}}, ValueError, r"'x team' is not a header name"),
    "headers-dict": ({"headers": {"x-token": f"{SECRET}\n"}}, ValueError, r"^headers: the value of header 'x-token'"),
    "headers-dict-int": ({"headers": {"x-n": 1}}, TypeError, r"^headers: the value of header 'x-n' must be a str"),
}


@pytest.mark.parametrize("case", list(BAD_SETTINGS))
def test_a_bad_client_setting_is_refused_when_the_client_is_built(flavour: Flavour, case: str) -> None:
    settings, error, message = BAD_SETTINGS[case]
    recorder = Recorder(lambda request: httpx.Response(200, json=THREAD))
    with pytest.raises(error, match=message) as raised:
        flavour.client(recorder, **settings)
    assert SECRET not in str(raised.value)
    assert recorder.count == 0


def test_a_bad_key_from_the_environment_is_named_as_such(flavour: Flavour, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PARLEY_API_KEY", f"{SECRET}\n")
    with pytest.raises(ValueError, match=r"^\$PARLEY_API_KEY must be printable ASCII") as raised:
        flavour.client(Recorder(lambda request: httpx.Response(200, json=THREAD)), api_key=None)
    assert SECRET not in str(raised.value)


BAD_OPTIONS: dict[str, tuple[Callable[[Any], Any], type[Exception], str]] = {
    "extra_headers-line-break": (
        lambda client: client.threads.list(extra_headers={"x-a": "a\r\nb"}),
        ValueError,
        r"^extra_headers: the value of header 'x-a' .* it has '\\r' at position 1$",
    ),
    "extra_headers-non-ascii": (
        lambda client: client.threads.create(title="t", extra_headers={"x-a": "ü"}),
        ValueError,
        r"^extra_headers: the value of header 'x-a'",
    ),
    "timeout-nan": (lambda client: client.threads.list(timeout=math.nan), ValueError, r"^timeout must be a finite"),
    "timeout-inf": (lambda client: client.models.list(timeout=math.inf), ValueError, r"^timeout must be a finite"),
    "idle-inf-stream": (
        lambda client: client.chat.completions.create(
            model="echo-1", messages="hi", stream=True, stream_idle_timeout=math.inf
        ),
        ValueError,
        r"^stream_idle_timeout must be a finite",
    ),
    "temperature-nan": (
        lambda client: client.chat.completions.create(model="echo-1", messages="hi", temperature=math.nan),
        ValueError,
        r"^The request cannot be sent: body\['temperature'\] is nan, which JSON cannot carry\.$",
    ),
    "metadata-inf": (
        lambda client: client.threads.create(metadata={"score": [1.0, -math.inf]}),
        ValueError,
        r"^The request cannot be sent: body\['metadata'\]\['score'\]\[1\] is -inf",
    ),
    "messages-none": (
        lambda client: client.chat.completions.create(model="echo-1", messages=None),
        TypeError,
        r"^messages must be a string, a message or an iterable of messages, not NoneType$",
    ),
    "thread-message-none": (
        lambda client: client.threads("thr_1").chat(["hi", None], stream=False),
        TypeError,
        r"^messages\[1\] must be a string, a dict or a message object, not NoneType$",
    ),
    "idle-nan-run": (
        lambda client: client.threads("thr_1").chat("hi", stream_idle_timeout=math.nan),
        ValueError,
        r"^stream_idle_timeout must be a finite",
    ),
}


@pytest.mark.parametrize("case", list(BAD_OPTIONS))
def test_a_bad_argument_or_option_is_refused_and_nothing_is_sent(flavour: Flavour, case: str) -> None:
    call, error, message = BAD_OPTIONS[case]
    recorder = Recorder(lambda request: httpx.Response(200, json=THREAD))
    with pytest.raises(error, match=message):
        call(flavour.client(recorder))
    assert recorder.count == 0


def test_a_headers_function_answering_a_bad_value_is_refused_before_sending(flavour: Flavour) -> None:
    recorder = Recorder(lambda request: httpx.Response(200, json=THREAD))
    client = flavour.client(recorder, headers=lambda: {"x-token": f"{SECRET}\r\n"})
    with pytest.raises(ValueError, match=r"^the headers callable's answer: the value of header 'x-token'") as raised:
        client.threads.retrieve("thr_1")
    assert SECRET not in str(raised.value)
    assert recorder.count == 0


def test_good_settings_still_reach_the_server_as_given(flavour: Flavour) -> None:
    recorder = Recorder(lambda request: httpx.Response(200, json=THREAD))
    client = flavour.client(
        recorder,
        base_url="https://user:pw@h.example.com:8443/api/",
        timeout=httpx.Timeout(5.0, pool=None),
        stream_idle_timeout=None,
        default_headers={"X-Team": "a\tb ~"},
        headers=lambda: {"X-Token": "t0k"},
    )
    client.threads.retrieve("thr_1", extra_headers={"X-Trace": "1"})
    request = recorder.requests[-1]
    assert str(request.url) == "https://user:pw@h.example.com:8443/api/v1/threads/thr_1"
    assert (request.headers["x-team"], request.headers["x-token"], request.headers["x-trace"]) == ("a\tb ~", "t0k", "1")
