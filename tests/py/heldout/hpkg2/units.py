# Module for h40_imports_pkg.
UNITS = {"m": 1.0, "km": 1000.0, "ft": 0.3048, "in": 0.0254}


def convert(value, src, dst):
    return round(value * UNITS[src] / UNITS[dst], 6)
