# Mapping patterns: keys, values, **rest, non-dicts, duplicate keys.


def mp(x):
    match x:
        case {"kind": "point", "x": px, "y": py}:
            return f"point {px},{py}"
        case {"kind": "circle", "r": r, **rest}:
            return f"circle {r} extra {sorted(rest.items())}"
        case {1: one, **rest} if not rest:
            return f"only key 1 -> {one}"
        case {}:
            return f"some mapping with {len(x)} keys"
        case _:
            return "not a mapping"


for v in [{"kind": "point", "x": 1, "y": 2},
          {"kind": "point", "x": 1, "y": 2, "z": 3},
          {"kind": "circle", "r": 5},
          {"kind": "circle", "r": 5, "color": "red", "fill": True},
          {1: "a"},
          {1: "a", 2: "b"},
          {},
          [("kind", "point")],
          "kind",
          42]:
    print(mp(v))

# **rest is a fresh dict and does not change the subject.
d = {"a": 1, "b": 2, "c": 3}
match d:
    case {"a": 1, **rest}:
        rest["z"] = 26
        print(sorted(rest.items()), sorted(d.items()))


class Keys:
    A = "a"
    B = "a"


try:
    match {"a": 1, "b": 2}:
        case {Keys.A: 1, Keys.B: 2}:
            print("matched?")
except ValueError as e:
    print("ValueError:", e)

# Values may be nested patterns.
match {"items": [1, 2, 3], "meta": {"n": 3}}:
    case {"items": [first, *others], "meta": {"n": n}}:
        print(first, others, n)
