"""The control catalog: each control is a short list of declarations (see ``flet.core``).

Dependency rule: imports ``flet.core`` and ``flet.values`` only; no asyncio, no I/O (but for
``flet._notices``: a desktop window setting the browser ignores is named once on the ``flet``
logger, see ``window.py``).
"""
