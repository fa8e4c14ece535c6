"""Inventory toolkit package used by h125."""
from .models import Item, Bin
from . import storage
from .storage.memory import MemoryStore as DefaultStore

__all__ = ["Item", "Bin", "DefaultStore", "VERSION"]
VERSION = (1, 4, 2)
_private = "hidden"


def version_string():
    return ".".join(map(str, VERSION))
