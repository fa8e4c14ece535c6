"""Data classes of the inventory toolkit."""
from dataclasses import dataclass, field

from .util import slugify


@dataclass
class Item:
    name: str
    qty: int = 0
    tags: list = field(default_factory=list)

    @property
    def slug(self):
        return slugify(self.name)


@dataclass
class Bin:
    code: str
    items: list = field(default_factory=list)

    def total(self):
        return sum(i.qty for i in self.items)
