"""Value helpers of the Flet API: icons, colours, enumerations and value objects.

Pure Python on top of ``flet.core``: no asyncio, no network; only reads its own data files.
Value objects are dataclasses, mutable as the async era's were (``c.rotate.angle += 1``),
whose ``to_wire()`` gives the plain map the client reads (``_plain.DataValue``): ``styles``
(text and button styles; re-exports ``borders``, ``box``, ``gradients``, ``animation``),
``theme`` (re-exports ``theme_components``), ``geometry``. Enumerations live in ``enums``
(re-exports ``enums_text``, ``enums_painting``, ``enums_material``).
"""
