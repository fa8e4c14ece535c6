# skip: helper module for tests/py/imports
from circ_d import D

C = 3
