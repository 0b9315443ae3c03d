"""The async era's module names: ``ft.page.Page``, ``flet_core``, ``flet.core.<name>``,
``flet.version``, ``flet.utils``, ``ft.transform``."""

import importlib
import sys

import pytest

import flet as ft
from tests.support.loop import run


def test_era_module_names_used_in_annotations_give_the_flet_names():
    assert ft.page.Page is ft.Page
    assert ft.control_event.ControlEvent is ft.ControlEvent
    assert ft.control.Control is ft.Control
    assert ft.event.Event is ft.ControlEvent  # the era's base of ControlEvent
    assert ft.user_control.UserControl is ft.UserControl
    assert ft.text.Text is ft.Text
    assert ft.types.AppView is ft.AppView
    assert ft.ref.Ref is ft.Ref


def test_a_name_an_era_module_does_not_have_names_the_nearest():
    with pytest.raises(AttributeError, match="Did you mean 'Page'"):
        ft.page.Paeg  # noqa: B018


def test_real_modules_stay_themselves():
    import flet.colors

    assert ft.colors is flet.colors
    assert ft.transform.Rotate is ft.Rotate
    assert ft.transform.Scale is ft.Scale
    assert ft.transform.Offset is ft.Offset


def test_flet_core_is_flet_under_its_era_name():
    import flet_core

    assert flet_core.Page is ft.Page
    assert flet_core.Text is ft.Text
    assert flet_core.app is ft.app
    assert set(ft.__all__) <= set(dir(flet_core))
    from flet_core.control_event import ControlEvent
    from flet_core.page import Page

    assert (Page, ControlEvent) == (ft.Page, ft.ControlEvent)


def test_flet_core_dot_name_and_flet_dot_core_dot_name_import():
    page = importlib.import_module("flet.core.page")
    assert page.Page is ft.Page
    types = importlib.import_module("flet.core.types")
    assert types.AppView is ft.AppView
    # the real modules of flet.core are not shadowed
    from flet.core import control

    assert control.Control is ft.Control
    assert control.__file__.endswith("control.py")


def test_a_name_that_was_no_era_module_is_still_missing():
    with pytest.raises(ModuleNotFoundError):
        importlib.import_module("flet_core.no_such_module")
    with pytest.raises(AttributeError, match="has no attribute 'no_such_module'"):
        ft.no_such_module  # noqa: B018


def test_flet_version_gives_the_package_version():
    from flet.version import version

    assert version == ft.__version__
    assert ft.version.version == ft.__version__


def test_flet_utils_helpers():
    from flet.utils import is_asyncio, is_pyodide, random_string, slugify

    assert slugify("  Héllo, World! ") == "hello-world"
    assert slugify("a_b  c--d") == "a_b-c-d"
    token = random_string(12)
    assert len(token) == 12 and token.isalnum()
    assert random_string(12) != token
    assert is_pyodide() == (sys.platform == "emscripten")
    assert is_asyncio() == is_pyodide()  # no task runs here, outside a loop


def test_is_asyncio_inside_a_task():
    from flet.utils import is_asyncio

    async def inside():
        return is_asyncio()

    assert run(inside()) is True
