"""The seven message actions (protocol §6), declared once."""

from enum import IntEnum

__all__ = ["Action"]


class Action(IntEnum):
    REGISTER_CLIENT = 1
    PATCH_CONTROL = 2
    CONTROL_EVENT = 3
    UPDATE_CONTROL_PROPS = 4
    INVOKE_METHOD = 5
    SESSION_CRASHED = 6
    PYTHON_OUTPUT = 7
