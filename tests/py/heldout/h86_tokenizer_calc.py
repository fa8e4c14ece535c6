# A tokenizer and Pratt parser for arithmetic with variables and
# functions; errors with line/column, walrus, star-unpacking; ends with an
# assert failing with a message.
import math
import operator
import re
from typing import NamedTuple


class Token(NamedTuple):
    kind: str
    text: str
    pos: int


TOKEN_RE = re.compile(r"""
    (?P<num>\d+(?:\.\d*)?(?:[eE][-+]?\d+)?)
  | (?P<name>[A-Za-z_]\w*)
  | (?P<op>\*\*|[-+*/%^(),=])
  | (?P<ws>\s+)
  | (?P<bad>.)
""", re.VERBOSE)


class ParseError(Exception):
    def __init__(self, msg, pos):
        super().__init__(f"{msg} at column {pos}")
        self.pos = pos


def tokenize(src):
    for m in TOKEN_RE.finditer(src):
        kind = m.lastgroup
        if kind == "ws":
            continue
        if kind == "bad":
            raise ParseError(f"unexpected character {m.group()!r}", m.start())
        yield Token(kind, m.group(), m.start())
    yield Token("end", "", len(src))


BINARY = {"+": (10, operator.add), "-": (10, operator.sub), "*": (20, operator.mul),
          "/": (20, operator.truediv), "%": (20, operator.mod), "**": (30, operator.pow),
          "^": (30, operator.pow)}
FUNCS = {"sqrt": math.sqrt, "max": max, "min": min, "abs": abs, "hyp": math.hypot}


class Parser:
    def __init__(self, src, env):
        self.tokens = list(tokenize(src))
        self.i = 0
        self.env = env

    def peek(self):
        return self.tokens[self.i]

    def take(self, text=None):
        tok = self.tokens[self.i]
        if text is not None and tok.text != text:
            raise ParseError(f"expected {text!r}, got {tok.text or 'end'!r}", tok.pos)
        self.i += 1
        return tok

    def expr(self, rbp=0):
        left = self.atom()
        while (tok := self.peek()).text in BINARY and BINARY[tok.text][0] > rbp:
            self.take()
            bp, fn = BINARY[tok.text]
            right = self.expr(bp - 1 if tok.text in ("**", "^") else bp)
            left = fn(left, right)
        return left

    def atom(self):
        tok = self.take()
        if tok.kind == "num":
            return float(tok.text) if any(c in tok.text for c in ".eE") else int(tok.text)
        if tok.text == "-":
            return -self.expr(25)
        if tok.text == "(":
            v = self.expr()
            self.take(")")
            return v
        if tok.kind == "name":
            if self.peek().text == "(":
                self.take("(")
                args = [self.expr()]
                while self.peek().text == ",":
                    self.take()
                    args.append(self.expr())
                self.take(")")
                return FUNCS[tok.text](*args)
            if tok.text not in self.env:
                raise ParseError(f"unknown name {tok.text!r}", tok.pos)
            return self.env[tok.text]
        raise ParseError(f"unexpected {tok.text or 'end of input'!r}", tok.pos)

    def statement(self):
        if len(self.tokens) > 2 and self.tokens[1].text == "=":
            name = self.take().text
            self.take("=")
            self.env[name] = self.expr()
            return name, self.env[name]
        value = self.expr()
        self.take() if self.peek().kind == "end" else self.take("<end>")
        return None, value


env = {"pi": math.pi}
program = ["x = 3", "y = x ** 2 ** 2 / 9", "y - -x * 2", "hyp(3, 4) + max(1, x, 2)", "2 ^ 10 % 1000",
           "(1 + 2) * (3 + 4", "x = * 2", "z + 1", "3 $ 4", "sqrt(16) + 7 % 4 - 1.5e1", "min()"]
for line in program:
    try:
        name, value = Parser(line, env).statement()
        print(f"{line:<28} -> {name + ' = ' if name else ''}{value!r}")
    except ParseError as e:
        print(f"{line:<28} !! {e} (pos={e.pos})")
    except Exception as e:
        print(f"{line:<28} !! {type(e).__name__}: {e}")
first, *middle, last = [t.text for t in tokenize("a + b * c")]
print(first, middle, last)
*init, (k, txt, p) = tokenize("q")
print(init, k, repr(txt), p, Token._fields, Token("num", "1", 0)._replace(pos=9))
head, *tail = "only",
print(head, tail, [*range(3), *"ab"], {**{"a": 1}, "b": 2, **{"a": 3}})
if (n := len(env)) > 2:
    print("env has", n, "names:", sorted(env))
print([y for x in range(6) if (y := x * x) % 2 == 0], y)
result = Parser("2 * pi", env).expr()
assert isinstance(result, float), "expected float"
assert result < 6, f"2*pi is {result:.4f}, not below 6"
