"""Every table of the database: the `DDL` of each store module, in dependency order."""

from parley_server.store import attachments, audit, idempotency, keys, sessions, threads, usage, workspaces

SCHEMA = [module.DDL for module in (keys, idempotency, audit, usage, sessions, threads, attachments, workspaces)]
