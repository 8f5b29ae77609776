"""The built-in parsers; each is registered through the ``newsparse.parsers`` entry point."""
