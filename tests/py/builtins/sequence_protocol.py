# Old-style sequence iteration (__getitem__ only), iter(callable, sentinel),
# dir() of modules/classes/instances, globals()/locals() in functions.
class Squares:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError("done")
        return i * i

print(list(Squares()), 9 in Squares(), 7 in Squares(), sum(Squares()), max(Squares()))
it = iter(Squares())
print(type(it).__name__, next(it), next(it), list(it), list(it))
a, b, *rest = Squares()
print(a, b, rest)
print(sorted(Squares(), reverse=True), tuple(Squares()), dict.fromkeys(Squares()))

class Stops:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return i
print(list(Stops()))

class Boom:
    def __getitem__(self, i):
        raise KeyError(i)
try:
    list(Boom())
except KeyError as e:
    print("KeyError", e)

data = iter([1, 2, 3, None, 4])
ci = iter(lambda: next(data), None)
print(type(ci).__name__, list(ci), list(ci))

def gen_calls():
    n = [0]
    def f():
        n[0] += 1
        if n[0] > 3:
            raise StopIteration
        return n[0]
    return f
print(list(iter(gen_calls(), 100)))

class K:
    z = 1
    def m(self):
        pass
k = K()
k.a = 1
print([n for n in dir(k) if not n.startswith("__")], [n for n in dir(K) if not n.startswith("__")])
print("append" in dir(list), "__len__" in dir([]), "keys" in dir({}))

def f(x, y=2):
    z = x + y
    return sorted(locals().items())
print(f(1))
def g():
    w = 5
    return dir()
print(g())
print(globals()["K"] is K, "f" in globals(), sorted(k for k in globals() if not k.startswith("__"))[:4])
