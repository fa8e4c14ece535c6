# from m import *: __all__ is honoured, else names starting with _ are skipped.
import sys

sys.path.insert(0, "lib")

from star_all import *

print(a, _b, f())
try:
    c
except NameError as e:
    print(e)
from star_plain import *

print(a, g(), counter_mod.__name__)
try:
    _hidden
except NameError as e:
    print(e)
try:
    from star_bad import *
except AttributeError as e:
    print(e)
