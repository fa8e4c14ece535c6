# Literal, capture, wildcard, value and or-patterns.
import math


def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case 2j:
            return "imaginary"
        case "hello":
            return "greeting"
        case b"raw":
            return "bytes"
        case True:
            return "true"
        case None:
            return "none"
        case math.pi:
            return "pi"
        case str() as s if len(s) > 5:
            return "long string " + s
        case other:
            return "other " + repr(other)


for v in [0, 1, 2, 3, -1, 1.5, 2j, "hello", b"raw", True, False, None, math.pi,
          "abcdefg", "abc", 1.0, 0.0, [1], (), {}]:
    print(repr(v), "->", describe(v))


def wild(x):
    match x:
        case _:
            return "anything"


print(wild(42), wild(None))

# True matches by identity: 1 is not True.
match 1:
    case True:
        print("1 is True?")
    case 1:
        print("1 is 1")

# A capture binds even in the enclosing scope.
match 99:
    case n:
        pass
print("n =", n)


class Color:
    RED = 1
    GREEN = 2


class Palette:
    class Inner:
        BLUE = 3


def color(c):
    match c:
        case Color.RED:
            return "red"
        case Color.GREEN:
            return "green"
        case Palette.Inner.BLUE:
            return "blue"
    return "unknown"


print([color(i) for i in range(5)])
