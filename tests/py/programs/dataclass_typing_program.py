# A program mixing dataclasses, enum, typing.NamedTuple, Protocol, singledispatch and inspect.signature.
import dataclasses, typing, enum, functools, inspect
from typing import NamedTuple, Optional, Protocol, get_type_hints

class Color(enum.Enum):
    RED = 1
    GREEN = 2

@dataclasses.dataclass(frozen=True)
class Item:
    name: str
    price: float = 0.0
    color: Optional[Color] = None
    tags: tuple[str, ...] = ()

class Pt(NamedTuple):
    x: int
    y: int = 0

class HasName(Protocol):
    name: str

@functools.singledispatch
def show(x): return f"obj {x!r}"
@show.register
def _(x: int): return f"int {x}"

items = [Item("a", 1.5, Color.RED), Item("b")]
print(items, get_type_hints(Item))
print(Pt(1), Pt._fields, Pt(3, 4)._asdict())
print(show(3), show("s"), inspect.signature(Item))
print(dataclasses.replace(items[0], price=2.0), {i: i.name for i in items}[items[1]])
print(typing.get_origin(list[int]), typing.get_args(dict[str, int]))
@dataclasses.dataclass
class Inv:
    items: list[Item] = dataclasses.field(default_factory=list)
    def total(self) -> float:
        return sum(i.price for i in self.items)
inv = Inv(items)
print(inv.total(), dataclasses.asdict(inv))
