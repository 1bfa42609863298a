"""The SDK's version (its own module, so that the client can name it without importing the package)."""

__version__ = "0.1.0"
