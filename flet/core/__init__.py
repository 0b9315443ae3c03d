"""The pure control model: property declarations, the control base, the change journal,
snapshots and the diff.

Dependency rule: this package imports nothing but the standard library. No asyncio, no I/O,
no ``js``, no msgpack. Everything here is a plain function of its inputs, so it runs the same
on CPython and inside Pyodide and is tested without any event loop.
"""
