# Package for h40_imports_pkg.
VERSION = (2, 1)
load_count = 0
load_count += 1
_calls = 0
__all__ = ["public_helper", "VERSION"]


def public_helper():
    return "helper from " + __name__


def hidden():
    return None


def counter_calls():
    global _calls
    _calls += 1
    return _calls
