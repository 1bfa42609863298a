"""`system_fingerprint`: one value per server build, as OpenAI's names the backend configuration that answered.

The build is the server's own source and the contract it serves: the fingerprint is a digest of every
`.py` file of `parley_server` and of `openapi.yaml`, so it changes exactly when either does and is the
same for every answer, session and process of one build.
"""

from __future__ import annotations

import functools
import hashlib
from pathlib import Path

from parley_server.contract import spec_path

_PACKAGE = Path(__file__).resolve().parents[1]


@functools.cache
def system_fingerprint() -> str:
    """`fp_` and 10 hex digits of the digest of this build's source and spec."""
    digest = hashlib.sha256()
    for path in sorted(_PACKAGE.rglob("*.py")):
        digest.update(path.relative_to(_PACKAGE).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    digest.update(spec_path().read_bytes())
    return "fp_" + digest.hexdigest()[:10]
