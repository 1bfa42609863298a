"""`parley-contract`: check a live server against openapi.yaml, operation by operation and flow by flow.

Layer 1 runs schemathesis (installed with the `contract` extra) with the configuration shipped in
`config/`; layer 2 drives scenarios that schemathesis cannot judge (streams, cancel and resume,
idempotent replays, deletes, pagination and order, shadow drafts, isolation and authorization
between keys) through the `parley` SDK, and on raw HTTP where the SDK would hide a defect.
`--shard K/N` splits a run over CI jobs and `merge` joins their reports. The command line is
`parley.contract.cli:main`; nothing here is imported by `import parley`.
"""
