"""Server mode: the same core serving many sessions over WebSockets (Starlette/FastAPI).

Beside ``pyodide_runtime`` (one session per browser worker), this package runs on a host
CPython: ``transport`` (one WebSocket connection as a ``Transport``), ``registry`` (the
sessions of one app, kept across reconnects until they expire), ``connection`` (what one
WebSocket does: register, resume or start a session, pump packets), ``client_site`` (the
1.0.5 web client's files from the cached ``flet-web`` wheel and the page that starts it in
WebSocket mode) and ``asgi`` (the ASGI app ``flet_fastapi.app(main)`` returns). Needs the
``server`` extra (``pip install 'flet-pwa[server]'``).
"""
