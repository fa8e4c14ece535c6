# skip: helper module for tests/py/imports
print("loading sub1", __name__, __package__)
from .sub2 import VALUE
from . import sub2


def helper():
    return "helper", VALUE, sub2.VALUE + 1
