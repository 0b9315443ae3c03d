"""Value helpers of the Flet API (icons, colours, ...).

Pure Python on top of ``flet.core``: no asyncio, no network; only reads its own data files.
"""
