# Package for h111: registry, lazy attributes through a module __getattr__.
from .registry import register, REGISTRY
from . import formats

__all__ = ["register", "REGISTRY", "load_plugins", "describe"]
_loaded = []


def load_plugins():
    from .plugins import csvish, upper
    _loaded.extend([csvish.__name__, upper.__name__])
    return sorted(REGISTRY)


def describe():
    return f"{__name__} with {len(REGISTRY)} plugins, loaded={_loaded}"


def __getattr__(name):
    if name == "lazy_answer":
        from .plugins.upper import answer
        return answer()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__():
    return sorted(__all__ + ["lazy_answer"])
