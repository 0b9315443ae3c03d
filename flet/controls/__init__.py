"""The control catalog: each control is a short list of declarations (see ``flet.core``).

Dependency rule: imports ``flet.core`` and ``flet.values`` only; no asyncio, no I/O.
"""
