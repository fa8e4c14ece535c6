# A recursive-descent calculator with structural pattern matching over token tuples and AST nodes.



def tokenize(src):
    pos, out = 0, []
    while pos < len(src):
        ch = src[pos]
        if ch.isspace():
            pos += 1
        elif ch.isdigit():
            end = pos
            while end < len(src) and (src[end].isdigit() or src[end] == "."):
                end += 1
            text = src[pos:end]
            out.append(("num", float(text) if "." in text else int(text)))
            pos = end
        elif src.startswith("**", pos):
            out.append(("op", "**"))
            pos += 2
        elif ch in "-+*/()%":
            out.append(("op", ch))
            pos += 1
        else:
            raise SyntaxError(f"unexpected {ch!r} at {pos}")
    return out


def parse(tokens):
    def expr(i):
        left, i = term(i)
        while i < len(tokens) and tokens[i] in (("op", "+"), ("op", "-")):
            op = tokens[i][1]
            right, i = term(i + 1)
            left = ("bin", op, left, right)
        return left, i

    def term(i):
        left, i = power(i)
        while i < len(tokens) and tokens[i][0] == "op" and tokens[i][1] in "*/%":
            op = tokens[i][1]
            right, i = power(i + 1)
            left = ("bin", op, left, right)
        return left, i

    def power(i):
        base, i = atom(i)
        if i < len(tokens) and tokens[i] == ("op", "**"):
            exp, i = power(i + 1)
            return ("bin", "**", base, exp), i
        return base, i

    def atom(i):
        match tokens[i:i + 1]:
            case [("num", value)]:
                return ("lit", value), i + 1
            case [("op", "-")]:
                inner, j = atom(i + 1)
                return ("neg", inner), j
            case [("op", "(")]:
                inner, j = expr(i + 1)
                if j >= len(tokens) or tokens[j] != ("op", ")"):
                    raise SyntaxError("missing )")
                return inner, j + 1
            case []:
                raise SyntaxError("unexpected end")
            case [tok]:
                raise SyntaxError(f"unexpected token {tok}")

    tree, i = expr(0)
    if i != len(tokens):
        raise SyntaxError(f"trailing tokens {tokens[i:]}")
    return tree


def evaluate(node):
    match node:
        case ("lit", v):
            return v
        case ("neg", inner):
            return -evaluate(inner)
        case ("bin", "+" | "-" as op, l, r):
            a, b = evaluate(l), evaluate(r)
            return a + b if op == "+" else a - b
        case ("bin", "*", l, r):
            return evaluate(l) * evaluate(r)
        case ("bin", "/", l, r):
            return evaluate(l) / evaluate(r)
        case ("bin", "%", l, r):
            return evaluate(l) % evaluate(r)
        case ("bin", "**", l, r):
            return evaluate(l) ** evaluate(r)
        case _:
            raise ValueError(f"bad node {node!r}")


for src in ["1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "-4 % 3", "7 / 2 + 0.5", "2 ** 100 - 1",
            "((3))", "1 / 0", "1 +", "2 $ 3", "(1 + 2", "1 2"]:
    try:
        print(f"{src:>12} = {evaluate(parse(tokenize(src)))}")
    except (SyntaxError, ZeroDivisionError) as e:
        print(f"{src:>12} ! {type(e).__name__}: {e}")


def describe(obj):
    match obj:
        case {"type": "point", "x": x, "y": y} if x == y:
            return f"diagonal point {x}"
        case {"type": "point", **rest}:
            return f"point {sorted(rest.items())}"
        case [int(a), int(b), *others]:
            return f"ints {a},{b} + {len(others)} more"
        case str() as s if s.isupper():
            return "shout " + s
        case float(f) | int(f):
            return f"number {f}"
        case None:
            return "nothing"
        case _:
            return f"other {type(obj).__name__}"


for o in [{"type": "point", "x": 2, "y": 2}, {"type": "point", "x": 1, "y": 3, "z": 0},
          [1, 2, 3, 4], [1, "2"], "HEY", "hey", 2.5, 7, None, (1, 2)]:
    print(describe(o))
