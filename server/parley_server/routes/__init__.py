"""Handlers, one module per area, one function per operation (named after its `operationId`)."""
