# skip: helper module for tests/py/imports
print("loading pkgdemo", __name__, __package__)
from .sub1 import helper

VERSION = "1.0"
