"""Ads (flet_ads) need Flet's mobile app: in a browser each one is refused in Python.

The 1.0.5 client's ads stand on google_mobile_ads, which has no web implementation (the
client initialises it on mobile platforms only).
"""

import pytest

import flet_ads as fta


@pytest.mark.parametrize("kind", ["BannerAd", "InterstitialAd", "NativeAd", "ConsentManager"])
def test_every_ad_is_refused_with_a_typed_error_that_says_what_to_do(kind):
    with pytest.raises(fta.AdsNeedMobileAppError, match=f"{kind} .*Android or iOS.*page.web"):
        getattr(fta, kind)(unit_id="ca-app-pub-3940256099942544/6300978111")
