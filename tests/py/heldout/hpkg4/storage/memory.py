"""In-memory storage backend."""
from . import register
from ..util import slugify
from .. import models


@register("memory")
class MemoryStore:
    def __init__(self):
        self._bins = {}

    def put(self, bin_):
        if not isinstance(bin_, models.Bin):
            raise TypeError(f"expected Bin, got {type(bin_).__name__}")
        self._bins[slugify(bin_.code)] = bin_

    def get(self, code):
        return self._bins[slugify(code)]

    def __len__(self):
        return len(self._bins)
