import pytest

import flet as ft
from flet.core.client_types import CLIENT_TYPES, UnknownControlTypeError
from flet.core.ids import IdRegistry
from flet.core.snapshot import take_snapshot


def test_every_catalog_control_has_a_type_the_client_knows():
    catalog = [getattr(ft, n) for n in ft.__all__]
    controls = [c for c in catalog if isinstance(c, type) and issubclass(c, ft.Control)]
    assert len(controls) > 10
    for cls in controls:
        if cls.control_type:
            assert cls.control_type in CLIENT_TYPES, cls


def test_a_control_type_the_client_does_not_know_fails_at_construction_with_a_hint():
    class Dropdwn(ft.Control):
        control_type = "Dropdwn"

    with pytest.raises(UnknownControlTypeError, match=r"'Dropdwn'.*Did you mean 'Dropdown'"):
        Dropdwn()


def test_a_control_without_a_type_fails_at_construction():
    class Mine(ft.Control):
        pass

    with pytest.raises(UnknownControlTypeError, match="Mine is not a control the client can show"):
        Mine()


def test_a_type_changed_after_construction_fails_at_update():
    class Late(ft.Text):
        pass

    late = Late("x")
    Late.control_type = "Txt"
    with pytest.raises(UnknownControlTypeError, match="Did you mean 'Text'"):
        take_snapshot(ft.Column([late]), IdRegistry(ft.Column()))


def test_a_misspelt_name_on_the_module_names_the_nearest_one():
    with pytest.raises(AttributeError, match="Did you mean 'Text'"):
        ft.Txt  # noqa: B018
