"""``ft.dropdown``: the async-era namespace of ``ft.dropdown.Option("a")``.

``Option`` is ``DropdownOption``: ``Option("a")`` and ``Option(key="b", text="B")`` reach the
client as ``DropdownOption`` maps.
"""

from flet.controls.dropdown import Dropdown, DropdownOption

__all__ = ["Dropdown", "DropdownOption", "Option"]

Option = DropdownOption
