# skip: helper module for tests/py/imports
from .. import counter_mod
