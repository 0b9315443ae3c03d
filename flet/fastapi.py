"""``import flet.fastapi as flet_fastapi``: the same module as ``flet_fastapi`` (server only)."""

from flet_fastapi import FastAPI, FletApp, FletOAuth, FletStaticFiles, FletUpload, app, app_manager

__all__ = ["FastAPI", "FletApp", "FletOAuth", "FletStaticFiles", "FletUpload", "app", "app_manager"]
