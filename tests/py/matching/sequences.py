# Sequence patterns: fixed length, star captures, nesting, what is a sequence.


def seq(x):
    match x:
        case []:
            return "empty"
        case [a]:
            return f"one {a!r}"
        case [a, b]:
            return f"two {a!r} {b!r}"
        case [1, *rest]:
            return f"starts with 1, rest {rest!r}"
        case [*init, "end"]:
            return f"ends with end, init {init!r}"
        case [first, *_, last]:
            return f"first {first!r} last {last!r}"
        case _:
            return "not a sequence"


for v in [[], [1], (1, 2), [1, 2, 3], ["a", "b", "end"], (5, 6, 7, 8), range(4),
          "ab", b"ab", {1: 2}, {1, 2}, 42, range(0), range(1)]:
    print(repr(v), "->", seq(v))


def nested(x):
    match x:
        case [(a, b), [c, *d]]:
            return ("pairs", a, b, c, d)
        case ([x, y], z) | (z, [x, y]):
            return ("or", x, y, z)
        case [[[deep]]]:
            return ("deep", deep)
    return None


print(nested([(1, 2), [3, 4, 5]]))
print(nested(([1, 2], 3)))
print(nested((3, [1, 2])))
print(nested([[[7]]]))
print(nested([[[7, 8]]]))


def star_middle(x):
    match x:
        case [a, *mid, b, c]:
            return a, mid, b, c


print(star_middle([1, 2, 3, 4, 5, 6]))
print(star_middle([1, 2, 3]))
print(star_middle([1, 2]))


# Captured star is always a list, even from a tuple.
match (1, 2, 3):
    case (x, *ys):
        print(type(ys).__name__, ys)
