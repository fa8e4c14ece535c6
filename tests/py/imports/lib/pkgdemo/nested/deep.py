# skip: helper module for tests/py/imports
print("loading deep", __name__, __package__)
from ..sub2 import VALUE as V2
from .. import sub1
