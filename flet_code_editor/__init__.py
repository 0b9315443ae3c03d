"""``import flet_code_editor as fce``: Flet 1.0's import name of CodeEditor (see
``flet.controls.code_editor``)."""

from flet.controls.code_editor import *  # noqa: F403
from flet.controls.code_editor import __all__ as __all__
