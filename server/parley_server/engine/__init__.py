"""The built-in models and the thread-run engine."""
