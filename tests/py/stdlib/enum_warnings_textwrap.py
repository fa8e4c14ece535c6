# warnings filters (warn() needs sys._getframe and linecache -> codecs),
# StrEnum / IntFlag members, and textwrap (re, hence enum).
import enum
import warnings

with warnings.catch_warnings():
    warnings.filterwarnings("ignore", category=DeprecationWarning, module="m")
    print(warnings.filters[0][0], warnings.filters[0][2].__name__, warnings.filters[0][3])
    warnings.resetwarnings()
    print(warnings.filters)
print(len(warnings.filters) > 0)


class Mode(enum.StrEnum):
    READ = enum.auto()
    WRITE = "w"


print(Mode.READ, repr(Mode.WRITE), Mode.WRITE == "w", Mode("w") is Mode.WRITE, Mode.READ.upper())
print(isinstance(Mode.READ, str), Mode.READ.name, Mode.READ.value, list(Mode))


class Bits(enum.IntFlag):
    A = 1
    B = 2


print(Bits.A | Bits.B, int(Bits.A | Bits.B), repr(Bits(3)), Bits.B in Bits(3))


@enum.unique
class Shape(enum.Enum):
    SQUARE = 2
    CIRCLE = 3


print(Shape.SQUARE, Shape["CIRCLE"].value, Shape.SQUARE.__class__.__name__)
import textwrap

print(textwrap.fill("The quick brown fox jumps over the lazy dog " * 3, width=30))
print(textwrap.dedent("    a\n      b\n"))
