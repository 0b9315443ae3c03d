"""``import flet_secure_storage as fss``: Flet 1.0's package name of
:class:`flet.SecureStorage` (its per-platform options are plain dicts here)."""

from flet.controls.device import SecureStorage as SecureStorage
from flet.events.device import SecureStorageEvent as SecureStorageEvent

__all__ = ["SecureStorage", "SecureStorageEvent"]
