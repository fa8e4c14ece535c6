# The native _random.Random generator draws CPython's exact numbers.
import _random

r = _random.Random(42)
print(r.random(), r.random(), r.getrandbits(32), r.getrandbits(70), r.getrandbits(0))
r.seed(2**100 + 12345)
print(r.random())
r.seed(-7)
a = r.random()
r.seed(7)
print(a == r.random())
r.seed(0)
print(r.random(), r.getrandbits(5))
state = r.getstate()
first = [r.random() for _ in range(3)]
r.setstate(state)
print(first == [r.random() for _ in range(3)], len(state), state[-1])
r.seed(3.5)
print(r.random())
r.seed("abc")
x = r.random()
r.seed("abc")
print(x == r.random())


class Sub(_random.Random):
    def __init__(self, seed):
        self.seed(seed)
        self.label = "sub"


s = Sub(42)
print(s.random(), s.label, isinstance(s, _random.Random))
try:
    r.getrandbits(-1)
except ValueError as e:
    print("ValueError", e)
try:
    r.setstate((1, 2))
except ValueError as e:
    print("ValueError", e)
