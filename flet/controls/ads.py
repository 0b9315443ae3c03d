"""Google Mobile Ads (flet-ads 1.0.5): BannerAd, InterstitialAd, NativeAd, ConsentManager.

They do not work in a browser. The 1.0.5 client registers ``BannerAd``, ``InterstitialAd`` and
``ConsentManager`` (not ``NativeAd``), but they stand on the google_mobile_ads plugin, which
has Android and iOS implementations only: the client starts it on mobile platforms alone, and
on the web every ad fails to load. So constructing one raises :class:`AdsNeedMobileAppError`
in Python, before anything is sent, instead of an empty box or an error from the client.
"""

from __future__ import annotations

from typing import Any, NoReturn

__all__ = [
    "AdsNeedMobileAppError",
    "BannerAd",
    "ConsentManager",
    "InterstitialAd",
    "NativeAd",
]


class AdsNeedMobileAppError(RuntimeError):
    """An ad control was used in a browser app; ads need Flet's Android or iOS app."""


def _refuse(kind: str) -> NoReturn:
    raise AdsNeedMobileAppError(
        f"{kind} shows Google Mobile Ads, which work only in a Flet app built for Android or "
        "iOS (flet build apk / flet build ipa), not in a browser. Remove it from the web "
        "version of the app, e.g. behind `if not page.web:`."
    )


class _MobileOnly:
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        _refuse(type(self).__name__)


class BannerAd(_MobileOnly):
    """Refused in a browser: see :class:`AdsNeedMobileAppError`."""


class InterstitialAd(_MobileOnly):
    """Refused in a browser: see :class:`AdsNeedMobileAppError`."""


class NativeAd(_MobileOnly):
    """Refused in a browser: see :class:`AdsNeedMobileAppError`."""


class ConsentManager(_MobileOnly):
    """Refused in a browser: see :class:`AdsNeedMobileAppError`."""
