from collections import defaultdict
from .items import Item


class OutOfStock(Exception):
    def __init__(self, sku, wanted, have):
        super().__init__(f"{sku}: wanted {wanted}, have {have}")
        self.sku = sku
        self.wanted = wanted
        self.have = have


class Stock:
    def __init__(self):
        self._items = {}
        self._counts = defaultdict(int)

    def add(self, item: Item, count=1):
        self._items[item.sku] = item
        self._counts[item.sku] += count
        return self

    def take(self, sku, count=1):
        have = self._counts.get(sku, 0)
        if have < count:
            raise OutOfStock(sku, count, have)
        self._counts[sku] = have - count
        return self._items[sku]

    def __len__(self):
        return sum(self._counts.values())

    def __iter__(self):
        for sku in sorted(self._items):
            yield self._items[sku], self._counts[sku]
