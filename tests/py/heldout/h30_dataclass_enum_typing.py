# Held-out: dataclass InitVar/KW_ONLY/slots/frozen, IntFlag/StrEnum/Flag, unique, Protocol, TypedDict, get_type_hints, TypeVar.
from dataclasses import dataclass, field, InitVar, KW_ONLY
import enum
from typing import Protocol, TypedDict, Literal, get_type_hints, runtime_checkable, Optional, ClassVar
import typing

@dataclass
class P:
    x: int
    y: int = 0
    scale: InitVar[int] = 1
    tags: list = field(default_factory=list, repr=False)
    _: KW_ONLY
    name: str = "p"
    def __post_init__(self, scale):
        self.x *= scale
print(P(1, 2, 3), P(1, name="q"), P.__dataclass_fields__.keys())

@dataclass(slots=True, frozen=True)
class S:
    a: int
    b: str = "b"
s = S(1)
print(s, S.__slots__, hash(s) == hash(S(1)))
try:
    s.a = 2
except Exception as e:
    print(type(e).__name__, e)

class Perm(enum.IntFlag):
    R = 4
    W = 2
    X = 1
print(Perm.R | Perm.W, repr(Perm.R | Perm.W), Perm(7), list(Perm(6)), Perm.R + 1, ~Perm.R)
class Color(enum.StrEnum):
    RED = enum.auto()
    BLUE = "blue"
print(Color.RED, repr(Color.RED), Color.RED == "red", f"{Color.BLUE}", Color("blue"))
class F(enum.Flag):
    A = enum.auto()
    B = enum.auto()
    C = enum.auto()
print(F.A | F.C, repr(F.A | F.B), F(0), repr(F(0)), bool(F(0)), F.A in (F.A | F.B))
class Shape(enum.Enum):
    SQ = 1
    ALIAS = 1
    CIRC = 2
print(list(Shape), Shape.ALIAS, Shape(1).name, Shape.__members__)
@enum.unique
class U(enum.Enum):
    A = 1
try:
    @enum.unique
    class V(enum.Enum):
        A = 1
        B = 1
except ValueError as e:
    print(e)

@runtime_checkable
class Closer(Protocol):
    def close(self) -> None: ...
class Res:
    def close(self): pass
print(isinstance(Res(), Closer), isinstance(1, Closer))
class Movie(TypedDict):
    title: str
    year: int
m: Movie = {"title": "x", "year": 1}
print(m, Movie.__annotations__, Movie.__required_keys__)
def g(a: int, b: Optional[str] = None) -> Literal["x"]: ...
print(get_type_hints(g))
class C:
    n: ClassVar[int] = 3
    m: "int"
print(get_type_hints(C), typing.get_origin(list[int]), typing.get_args(dict[str, int]))
T = typing.TypeVar("T", bound=int)
print(T, T.__bound__, typing.Callable[..., int], typing.Union[int, str] == (int | str))
