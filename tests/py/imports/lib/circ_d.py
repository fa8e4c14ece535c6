# skip: helper module for tests/py/imports
from circ_c import C

D = 4
