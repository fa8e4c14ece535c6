# Tokenizer plus Pratt parser for a small expression language, with errors.
import re

TOKEN_RE = re.compile(r"\s*(?:(\d+\.\d*|\d+)|([A-Za-z_]\w*)|(\*\*|[-+*/%^(),=<>!]=?|.))")


class ParseError(Exception):
    def __init__(self, msg, pos):
        super().__init__(msg, pos)
        self.msg = msg
        self.pos = pos

    def __str__(self):
        return f"{self.msg} at {self.pos}"


def tokenize(text):
    pos = 0
    out = []
    text = text.rstrip()
    while pos < len(text):
        m = TOKEN_RE.match(text, pos)
        num, name, op = m.groups()
        if num is not None:
            out.append(("num", float(num) if "." in num else int(num), m.start(1)))
        elif name is not None:
            out.append(("name", name, m.start(2)))
        else:
            out.append(("op", op, m.start(3)))
        pos = m.end()
    out.append(("end", None, len(text)))
    return out


BINDING = {"=": 1, "<": 3, ">": 3, "<=": 3, ">=": 3, "==": 3, "!=": 3,
           "+": 10, "-": 10, "*": 20, "/": 20, "%": 20, "**": 30}
RIGHT = {"**", "="}


class Parser:
    def __init__(self, text):
        self.toks = tokenize(text)
        self.i = 0

    def peek(self):
        return self.toks[self.i]

    def advance(self):
        tok = self.toks[self.i]
        self.i += 1
        return tok

    def expect(self, value):
        kind, val, pos = self.advance()
        if val != value:
            raise ParseError(f"expected {value!r}, got {val!r}", pos)

    def nud(self, tok):
        kind, val, pos = tok
        if kind == "num":
            return val
        if kind == "name":
            if self.peek()[1] == "(":
                self.advance()
                args = []
                if self.peek()[1] != ")":
                    while True:
                        args.append(self.expr(0))
                        if self.peek()[1] != ",":
                            break
                        self.advance()
                self.expect(")")
                return ("call", val, tuple(args))
            return ("var", val)
        if val == "-":
            return ("neg", self.expr(25))
        if val == "(":
            e = self.expr(0)
            self.expect(")")
            return e
        raise ParseError(f"unexpected {val!r}", pos)

    def expr(self, rbp):
        left = self.nud(self.advance())
        while True:
            kind, val, pos = self.peek()
            bp = BINDING.get(val, 0) if kind == "op" else 0
            if bp <= rbp:
                return left
            self.advance()
            right = self.expr(bp - 1 if val in RIGHT else bp)
            left = (val, left, right)

    def parse(self):
        e = self.expr(0)
        kind, val, pos = self.peek()
        if kind != "end":
            raise ParseError(f"trailing {val!r}", pos)
        return e


FUNCS = {"max": max, "min": min, "abs": abs, "sum": lambda *a: sum(a)}
OPS = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b,
       "/": lambda a, b: a / b, "%": lambda a, b: a % b, "**": lambda a, b: a ** b,
       "<": lambda a, b: a < b, ">": lambda a, b: a > b, "<=": lambda a, b: a <= b,
       ">=": lambda a, b: a >= b, "==": lambda a, b: a == b, "!=": lambda a, b: a != b}


def evaluate(node, env):
    if not isinstance(node, tuple):
        return node
    match node:
        case ("var", name):
            return env[name]
        case ("neg", x):
            return -evaluate(x, env)
        case ("call", fname, args):
            return FUNCS[fname](*(evaluate(a, env) for a in args))
        case ("=", ("var", name), rhs):
            env[name] = evaluate(rhs, env)
            return env[name]
        case (op, a, b):
            return OPS[op](evaluate(a, env), evaluate(b, env))


env = {}
for src in ["x = 2 ** 3 ** 2", "y = (x - 12) * -3 % 7", "x / 4 + y",
            "max(1, x, y * 100) - min(3, 2)", "a = b = 7", "a * b == 49",
            "2.5 * 4 >= 10", "sum(1,2,3,4) ** 20", "abs(-7) != 7", "3 +", "(1 + 2",
            "4 $ 4", "q + 1", "1 / (2 - 2)"]:
    try:
        tree = Parser(src).parse()
        print(f"{src:<32} => {tree!r:.60} = {evaluate(tree, env)!r}")
    except ParseError as e:
        print(f"{src:<32} !! {e} {e.args}")
    except (KeyError, ZeroDivisionError) as e:
        print(f"{src:<32} !! {type(e).__name__}: {e}")
print(sorted(env.items()))
