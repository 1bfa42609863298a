"""Releases: one version (the spec's `info.version`), the last release kept in api/released/, and the gate.

`versions` reads and compares versions and the CHANGELOG, `gate` is what `make check-release` (part
of `make test`) runs, `snapshot` is what `make release-snapshot` runs at a release.
"""
