# skip: helper module for tests/py/imports
a = 10
_hidden = 20
import counter_mod


def g():
    return "g"
