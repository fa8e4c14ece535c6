# skip: helper package for tests/py/heldout
from .square import area as square_area
__all__ = ["square_area", "PI"]
PI = 3.14
_hidden = 1
