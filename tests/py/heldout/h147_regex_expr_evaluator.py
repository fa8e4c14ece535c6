# Expression evaluator: regex tokenizer with named groups, recursive descent parser, variables, error positions.
import re
import math

TOKEN = re.compile(r"""
    (?P<ws>\s+)
  | (?P<num>\d+(?:\.\d*)?(?:[eE][-+]?\d+)?)
  | (?P<name>[A-Za-z_]\w*)
  | (?P<op>\*\*|[-+*/%^(),=])
""", re.VERBOSE)


class ParseError(Exception):
    def __init__(self, msg, pos, text):
        super().__init__(f"{msg} at column {pos}\n  {text}\n  {' ' * pos}^")


def tokenize(text):
    pos = 0
    while pos < len(text):
        m = TOKEN.match(text, pos)
        if not m:
            raise ParseError(f"unexpected {text[pos]!r}", pos, text)
        if m.lastgroup != "ws":
            yield m.lastgroup, m.group(), m.start()
        pos = m.end()
    yield "end", "", pos


class Parser:
    FUNCS = {"sqrt": math.sqrt, "max": max, "min": min, "abs": abs, "hyp": math.hypot}

    def __init__(self, text, env):
        self.text = text
        self.env = env
        self.tokens = list(tokenize(text))
        self.i = 0

    def peek(self):
        return self.tokens[self.i]

    def take(self, value=None):
        tok = self.tokens[self.i]
        if value is not None and tok[1] != value:
            raise ParseError(f"expected {value!r}, found {tok[1] or 'end'!r}", tok[2], self.text)
        self.i += 1
        return tok

    def statement(self):
        if self.peek()[0] == "name" and self.tokens[self.i + 1][1] == "=":
            name = self.take()[1]
            self.take("=")
            value = self.expr()
            self.env[name] = value
        else:
            value = self.expr()
        self.take("")
        return value

    def expr(self):
        value = self.term()
        while self.peek()[1] in ("+", "-"):
            op = self.take()[1]
            rhs = self.term()
            value = value + rhs if op == "+" else value - rhs
        return value

    def term(self):
        value = self.unary()
        while self.peek()[1] in ("*", "/", "%"):
            op, _, pos = self.take()[1], None, self.tokens[self.i - 1][2]
            rhs = self.unary()
            if op != "*" and rhs == 0:
                raise ParseError("division by zero", pos, self.text)
            value = value * rhs if op == "*" else value / rhs if op == "/" else value % rhs
        return value

    def unary(self):
        if self.peek()[1] == "-":
            self.take()
            return -self.unary()
        return self.power()

    def power(self):
        base = self.atom()
        if self.peek()[1] in ("**", "^"):
            self.take()
            return base ** self.unary()
        return base

    def atom(self):
        kind, value, pos = self.take()
        if kind == "num":
            return float(value) if any(c in value for c in ".eE") else int(value)
        if kind == "name":
            if self.peek()[1] == "(":
                self.take("(")
                args = [self.expr()]
                while self.peek()[1] == ",":
                    self.take()
                    args.append(self.expr())
                self.take(")")
                if value not in self.FUNCS:
                    raise ParseError(f"unknown function {value}", pos, self.text)
                return self.FUNCS[value](*args)
            if value not in self.env:
                raise ParseError(f"undefined name {value}", pos, self.text)
            return self.env[value]
        if value == "(":
            v = self.expr()
            self.take(")")
            return v
        raise ParseError(f"unexpected {value or 'end'!r}", pos, self.text)


env = {"pi": math.pi}
lines = [
    "1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "-2 ^ 2", "x = 7 % 4", "y = x * 2.5e1",
    "hyp(3, 4) + max(x, y, 10)", "sqrt(2) * sqrt(2)", "r = 10", "pi * r ** 2", "1 / 0",
    "3 $ 4", "foo + 1", "(1 + 2", "bar(1)", "1 2", "min()", "100 / 7",
]
for line in lines:
    try:
        print(f"{line:<28} = {Parser(line, env).statement()!r}")
    except ParseError as e:
        print(f"{line:<28} ! {e}")
print(sorted((k, round(v, 4)) for k, v in env.items()))

log = "2024-03-01 12:00:01 GET /api/items?id=42 200 1.2ms\n2024-03-01 12:00:02 POST /api/items 201 15.0ms\n2024-03-01 12:00:05 GET /health 503 0.4ms"
pat = re.compile(r"^(?P<date>[\d-]+) (?P<time>[\d:]+) (?P<verb>[A-Z]+) (?P<path>\S+) (?P<code>\d{3}) (?P<ms>[\d.]+)ms$", re.M)
for m in pat.finditer(log):
    print(m.group("verb", "code"), m["path"].split("?")[0], m.span("path"), float(m["ms"]))
print(re.sub(r"(\d+)ms", lambda m: f"{int(float(m.group(1)) * 1000)}us", "took 3ms and 12ms"))
print(re.split(r"\s*[,;]\s*", "a , b;c ;; d"), re.findall(r"(\w)(\d)", "a1 b2 cc d4"))
print(re.fullmatch(r"[a-z]+", "abc1"), bool(re.search(r"(?i)HELLO", "say hello")), re.escape("1+1=2?"))
print(re.sub(r"(?P<w>\b\w)(\w*)", r"\g<w>.\2", "ab cd ef", count=2), re.subn("a", "b", "banana"))
