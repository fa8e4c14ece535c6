# A guard fails inside an inlined binary-operator dunder (Money.__sub__'s
# `cents < 0` turns true), the interpreter resumes in the rebuilt dunder frame,
# and it raises: the traceback names the loop's line and the dunder's, with
# CPython's line numbers and carets.


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __sub__(self, other):
        cents = self.cents - other
        if cents < 0:
            raise ValueError("overdrawn by %d" % -cents)
        return cents


def spend(wallet, n):
    t = 0
    for i in range(n):
        t += wallet - i
    return t


print(spend(Money(10000), 100))
print(spend(Money(120), 150))
