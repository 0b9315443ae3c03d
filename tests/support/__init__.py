"""Test support: a virtual-time event loop, a simulated Flet client, app loading helpers."""
