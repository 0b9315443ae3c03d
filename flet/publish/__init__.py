"""`flet publish`: turn a Flet app into a static site that runs it in the browser.

Host-only. Dependency rule: jinja2, packaging, pillow, pathspec, the stdlib, and pip and Node
(as subprocesses; Node runs the site's Pyodide for the memory snapshot). It must not import
`flet.session` or `pyodide_runtime`; it only reads their files.

    from flet.publish import PublishOptions, publish
    result = publish(PublishOptions(app=Path("app.py"), distpath=Path("dist")))

The stages (`STAGES`) each live in their own module: `plan`, `client` (fetch_client),
`wheels` (resolve_wheels), `archive` (pack_app), `snapshot` (make_snapshot), `templates`
(render_templates), `site` (write_site).
"""

from .errors import (
    AppError,
    AssetConflict,
    AssetError,
    IncompatibleWheel,
    OptionError,
    PinnedWheelError,
    PipFailed,
    PublishError,
    RequirementsError,
    SiteError,
    TemplateError,
    WheelNotFound,
)
from .options import ProgressEvent, PublishOptions
from .pipeline import STAGES, LockedPackage, PublishResult, publish

__all__ = [
    "STAGES",
    "AppError",
    "AssetConflict",
    "AssetError",
    "IncompatibleWheel",
    "LockedPackage",
    "OptionError",
    "PinnedWheelError",
    "PipFailed",
    "ProgressEvent",
    "PublishError",
    "PublishOptions",
    "PublishResult",
    "RequirementsError",
    "SiteError",
    "TemplateError",
    "WheelNotFound",
    "publish",
]
