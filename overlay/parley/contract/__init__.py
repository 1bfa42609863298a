"""`parley-contract`: check a live server against openapi.yaml, operation by operation and flow by flow.

Layer 1 runs schemathesis (installed with the `contract` extra) with the configuration shipped in
`config/`; layer 2 drives scenarios through the `parley` SDK that schemathesis cannot judge
(streams, cancel and resume, idempotent replays, shadow drafts, isolation between users). The
command line is `parley.contract.cli:main`; nothing here is imported by `import parley`.
"""
