"""The async era's ``flet_fastapi``: Flet apps served by FastAPI (uvicorn, Hypercorn, Gunicorn).

    import flet_fastapi
    app = flet_fastapi.app(main)          # uvicorn counter:app

Also importable as ``flet.fastapi``. Needs the ``server`` extra (FastAPI and a server).
"""

from server_runtime.asgi import FastAPI, FletApp, FletOAuth, FletStaticFiles, FletUpload, app
from server_runtime.manager import app_manager

__all__ = ["FastAPI", "FletApp", "FletOAuth", "FletStaticFiles", "FletUpload", "app", "app_manager"]
