"""The command line, one module per command; ``app`` and ``main`` are what the entry point runs."""

from centertrack.cli.app import app, main

__all__ = ["app", "main"]
