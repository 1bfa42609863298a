"""PLACEHOLDER: replaced by the area implementation."""

DDL = ""
