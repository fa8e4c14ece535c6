# Benchmark: tokenizer and recursive-descent parser/evaluator for arithmetic expressions
# (string scanning, character classification, recursion, small objects, dict lookups).
# bench: default=30000 quick=200
import sys


class Token:
    def __init__(self, kind, text):
        self.kind = kind
        self.text = text


def tokenize(src):
    tokens = []
    i = 0
    n = len(src)
    while i < n:
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit():
            j = i
            while j < n and src[j].isdigit():
                j += 1
            tokens.append(Token("num", src[i:j]))
            i = j
        elif ch.isalpha():
            j = i
            while j < n and (src[j].isalnum() or src[j] == "_"):
                j += 1
            tokens.append(Token("name", src[i:j]))
            i = j
        else:
            tokens.append(Token("op", ch))
            i += 1
    tokens.append(Token("end", ""))
    return tokens


class Parser:
    def __init__(self, tokens, env):
        self.tokens = tokens
        self.pos = 0
        self.env = env

    def peek(self):
        return self.tokens[self.pos]

    def take(self):
        t = self.tokens[self.pos]
        self.pos += 1
        return t

    def expr(self):
        v = self.term()
        while self.peek().text in ("+", "-"):
            if self.take().text == "+":
                v += self.term()
            else:
                v -= self.term()
        return v

    def term(self):
        v = self.factor()
        while self.peek().text in ("*", "%"):
            if self.take().text == "*":
                v *= self.factor()
            else:
                d = self.factor()
                v = v % d if d else 0
        return v

    def factor(self):
        t = self.take()
        if t.kind == "num":
            return int(t.text)
        if t.kind == "name":
            return self.env[t.text]
        if t.text == "-":
            return -self.factor()
        if t.text == "(":
            v = self.expr()
            self.take()
            return v
        raise SyntaxError("unexpected " + t.text)


def make_expr(seed, depth):
    s = (seed * 1103515245 + 12345) & 0x7FFFFFFF
    if depth == 0 or s % 4 == 0:
        choice = s % 3
        if choice == 0:
            return str(s % 100), s
        return ("x", "y_1", "zeta")[choice], s
    left, s = make_expr(s, depth - 1)
    right, s = make_expr(s, depth - 1)
    op = "+-*%"[s % 4]
    return "(" + left + " " + op + " " + right + ")", s


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 30000
    env = {"x": 7, "y_1": -3, "zeta": 11}
    total = 0
    chars = 0
    seed = 1
    for i in range(n):
        src, seed = make_expr(seed + i, 6)
        chars += len(src)
        value = Parser(tokenize(src), env).expr()
        total = (total * 31 + value) % 1000000007
    print(total, chars)


main()
