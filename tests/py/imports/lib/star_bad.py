# skip: helper module for tests/py/imports
__all__ = ["a", "missing"]
a = 1
