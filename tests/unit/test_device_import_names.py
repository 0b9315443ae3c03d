"""Flet 1.0's import names of the device extension packages (``import flet_geolocator as
fgl``...): thin packages over ``flet``'s own classes, shipped in the core wheel, and their
distribution names in an app's requirements.txt are provided by the site."""

import importlib

import pytest

import flet as ft

MODULES = (
    "flet_audio_recorder",
    "flet_flashlight",
    "flet_geolocator",
    "flet_permission_handler",
    "flet_secure_storage",
)


@pytest.mark.parametrize(
    ("module", "name", "same_as"),
    [
        ("flet_geolocator", "Geolocator", ft.Geolocator),
        ("flet_geolocator", "GeolocatorConfiguration", ft.GeolocatorSettings),
        ("flet_geolocator", "GeolocatorPosition", ft.GeolocatorPosition),
        ("flet_permission_handler", "Permission", ft.PermissionType),
        ("flet_permission_handler", "PermissionHandler", ft.PermissionHandler),
        ("flet_flashlight", "Flashlight", ft.Flashlight),
        ("flet_secure_storage", "SecureStorage", ft.SecureStorage),
        ("flet_audio_recorder", "AudioRecorder", ft.AudioRecorder),
        ("flet_audio_recorder", "AudioRecorderConfiguration", ft.AudioRecorderConfiguration),
    ],
)
def test_the_1_0_import_names_are_flets_own_classes(module, name, same_as):
    assert getattr(importlib.import_module(module), name) is same_as


def test_every_exported_name_exists():
    for module in MODULES:
        package = importlib.import_module(module)
        assert all(hasattr(package, name) for name in package.__all__)


def test_a_1_0_audio_recorder_takes_its_configuration():
    import flet_audio_recorder as far

    rec = far.AudioRecorder(
        configuration=far.AudioRecorderConfiguration(encoder=far.AudioEncoder.OPUS, channels=1),
        on_state_change=lambda e: None,
    )
    assert rec._configuration()["encoder"] == "opus"
    assert rec.on_state_changed is rec.on_state_change


@pytest.mark.host_only
def test_the_core_wheel_ships_them():
    from flet.publish.core_wheel import EXTENSION_PACKAGES, core_files

    assert set(MODULES) <= set(EXTENSION_PACKAGES)
    names = {name for name, _ in core_files()}
    assert {f"{module}/__init__.py" for module in EXTENSION_PACKAGES} <= names


@pytest.mark.host_only
def test_requirements_naming_them_are_provided_by_the_site(tmp_path):
    from flet.publish.requirements import read_requirements

    path = tmp_path / "requirements.txt"
    path.write_text("flet-geolocator==0.1\nflet_audio_recorder\nflet-secure-storage\n")
    reqs = read_requirements(path)
    assert reqs.requirements == ()
    assert reqs.warnings == ()
    assert len(reqs.notes) == 3
