# skip: helper module for tests/py/imports
__all__ = ["a", "_b", "f"]
a = 1
_b = 2
c = 3


def f():
    return "f"
