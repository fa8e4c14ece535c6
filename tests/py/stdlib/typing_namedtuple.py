# typing.NamedTuple classes (namedtuple + annotations on its __new__), generic
# aliases, and what setting attributes on built-in functions does.
import typing
from typing import NamedTuple, Optional


class Pt(NamedTuple):
    x: int
    y: int = 0

    def norm(self):
        return abs(self.x) + abs(self.y)


p = Pt(3, -4)
print(p, Pt(1), Pt._fields, p._asdict(), p.norm(), Pt._field_defaults)
print(Pt.__annotations__, Pt.__new__.__annotations__, isinstance(p, tuple), Pt.__bases__)
print(typing.get_type_hints(Pt), p._replace(y=9), Pt._make([5, 6]))
Emp = NamedTuple("Emp", [("name", str), ("id", Optional[int])])
print(Emp("ann", None), Emp.__annotations__)
print(typing.get_origin(list[int]), typing.get_args(dict[str, int]), typing.Optional[int])
try:
    Pt(1, 2, 3)
except TypeError as e:
    print("TypeError", e)
for name in ("x", "__name__"):
    try:
        setattr(len, name, 1)
    except AttributeError as e:
        print("AttributeError", e)
