"""``import flet_permission_handler as fph``: Flet 1.0's package name of
:class:`flet.PermissionHandler`."""

from flet.controls.device import Permission as Permission
from flet.controls.device import PermissionHandler as PermissionHandler
from flet.controls.device import PermissionStatus as PermissionStatus

__all__ = ["Permission", "PermissionHandler", "PermissionStatus"]
