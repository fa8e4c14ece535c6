# Held-out: a tokenizer and recursive-descent expression parser with error reporting.
import re
import operator

TOKEN_RE = re.compile(r"\s*(?:(?P<num>\d+(?:\.\d*)?)|(?P<name>[A-Za-z_]\w*)|(?P<op>\*\*|[-+*/%()^,=]))")


class ParseError(Exception):
    def __init__(self, msg, pos):
        super().__init__(f"{msg} at position {pos}")
        self.pos = pos


def tokenize(text):
    pos = 0
    tokens = []
    text = text.rstrip()
    while pos < len(text):
        m = TOKEN_RE.match(text, pos)
        if not m or m.end() == pos:
            raise ParseError(f"unexpected character {text[pos]!r}", pos)
        kind = m.lastgroup
        tokens.append((kind, m.group(kind), m.start(kind)))
        pos = m.end()
    tokens.append(("end", "", pos))
    return tokens


BINARY = {"+": (1, operator.add), "-": (1, operator.sub), "*": (2, operator.mul),
          "/": (2, operator.truediv), "%": (2, operator.mod), "**": (3, operator.pow)}
FUNCS = {"max": max, "min": min, "abs": abs}


class Parser:
    def __init__(self, text, env):
        self.tokens = tokenize(text)
        self.i = 0
        self.env = env

    def peek(self):
        return self.tokens[self.i]

    def take(self, value=None):
        tok = self.tokens[self.i]
        if value is not None and tok[1] != value:
            raise ParseError(f"expected {value!r}, got {tok[1] or 'end'!r}", tok[2])
        self.i += 1
        return tok

    def expr(self, min_prec=1):
        left = self.unary()
        while True:
            kind, val, pos = self.peek()
            if kind != "op" or val not in BINARY or BINARY[val][0] < min_prec:
                return left
            prec, fn = BINARY[val]
            self.take()
            right = self.expr(prec if val == "**" else prec + 1)
            try:
                left = fn(left, right)
            except ZeroDivisionError as e:
                raise ParseError(str(e), pos) from e

    def unary(self):
        if self.peek()[1] == "-":
            self.take()
            return -self.unary()
        return self.atom()

    def atom(self):
        kind, val, pos = self.take()
        if kind == "num":
            return float(val) if "." in val else int(val)
        if kind == "name":
            if self.peek()[1] == "(":
                self.take("(")
                args = [self.expr()]
                while self.peek()[1] == ",":
                    self.take()
                    args.append(self.expr())
                self.take(")")
                return FUNCS[val](*args)
            if val not in self.env:
                raise ParseError(f"unknown name {val!r}", pos)
            return self.env[val]
        if val == "(":
            v = self.expr()
            self.take(")")
            return v
        raise ParseError(f"unexpected {val or 'end'!r}", pos)


def evaluate(text, **env):
    p = Parser(text, env)
    v = p.expr()
    p.take("")
    return v


cases = ["1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "-2 ** 2", "10 / 4", "10 % 4 + x",
         "max(1, y * 2, 3) - min(4, 5)", "abs(-7.5) * 2", "1 +", "3 $ 4", "(1 + 2", "1 / (x - 3)",
         "zz * 2", "2 3"]
for text in cases:
    try:
        print(f"{text!r:32} => {evaluate(text, x=3, y=4)!r}")
    except ParseError as e:
        cause = type(e.__cause__).__name__ if e.__cause__ else "-"
        print(f"{text!r:32} !! {e} [{cause}]")
    except KeyError as e:
        print("KeyError", e)
print(tokenize("a**2+b")[:4])
print(re.findall(r"(\w)(\d)", "a1 b2 c3"), re.sub(r"(\d+)", lambda m: str(int(m.group()) * 2), "x10 y7"))
print(re.split(r"[,;]\s*", "a, b;c ,d"), re.fullmatch(r"\d{3}-\d{4}", "555-1234") is not None)
m = re.search(r"(?P<user>\w+)@(?P<host>[\w.]+)", "mail: joe@example.com!")
print(m.group("user", "host"), m.span(), m.groupdict(), m.start("host"))
print(re.sub(r"\s+", " ", "  many   spaces\there  ").strip(), re.escape("a.b*c"))
