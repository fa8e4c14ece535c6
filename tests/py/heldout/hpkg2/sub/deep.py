# Module for h40_imports_pkg.
from ..units import UNITS
from .. import VERSION


def describe():
    return f"deep module v{VERSION[0]}.{VERSION[1]} knows {len(UNITS)} units ({__name__})"
