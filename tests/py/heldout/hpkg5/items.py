import enum
from dataclasses import dataclass, field


class Category(enum.Enum):
    TOOL = "tool"
    FOOD = "food"
    TOY = "toy"


@dataclass(frozen=True)
class Item:
    sku: str
    name: str
    category: Category
    price_cents: int
    tags: tuple = field(default=())

    @property
    def price(self):
        return f"${self.price_cents // 100}.{self.price_cents % 100:02d}"
