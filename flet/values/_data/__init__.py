"""Generated tables (icon names, colour names); do not edit by hand.

Regenerate with ``scripts/gen_icons.py`` and ``scripts/gen_colors.py`` (see their docstrings).
"""
