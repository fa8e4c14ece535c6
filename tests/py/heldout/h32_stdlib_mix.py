# Held-out: class decorators, __class_getitem__, property getter override, seeded random, pprint, string.Template, itertools/operator/heapq, closures, TextWrapper, float repr.
import functools, itertools, operator, string, random, pprint, textwrap, heapq
def class_deco(cls):
    cls.decorated = True
    orig = cls.__init__
    @functools.wraps(orig)
    def init(self, *a, **k):
        orig(self, *a, **k)
        self.inited = True
    cls.__init__ = init
    return cls
@class_deco
class P:
    def __init__(self, v): self.v = v
    def __class_getitem__(cls, item): return f"P[{item.__name__}]"
p = P(3); print(p.v, p.inited, P.decorated, P[int], P.__init__.__name__)
class Base:
    @property
    def name(self): return "base"
class Derived(Base):
    @Base.name.getter
    def name(self): return "derived:" + super().name
print(Derived().name)
random.seed(42)
print(random.randint(1, 100), random.random(), random.choice("abcdef"), random.sample(range(100), 5), random.uniform(1, 2))
l = list(range(10)); random.shuffle(l); print(l, random.gauss(0, 1), random.choices("abc", weights=[5, 1, 1], k=6))
pprint.pprint({"b": [1, 2, {"x": list(range(30))}], "a": "s" * 50, "c": (1, 2)}, width=60)
print(pprint.pformat([{"k": i, "v": "x" * i} for i in range(6)], compact=True))
t = string.Template("$who likes ${what}!")
print(t.substitute(who="Ann", what="tea"), t.safe_substitute(who="Bob"), string.ascii_lowercase[:5], string.capwords("hello big world"))
print(list(itertools.batched(range(7), 3)) if hasattr(itertools, "batched") else "no batched", list(itertools.combinations(range(4), 3)))
print(functools.reduce(operator.or_, [{1}, {2}, {3}]), operator.itemgetter(0, 2)("abc"), list(map(operator.mul, [1, 2], [3, 4])))
gen = (i * i for i in range(5))
print(sum(gen), sum(gen))
def counter():
    n = 0
    def inc(k=1):
        nonlocal n
        n += k
        return n
    def get(): return n
    return inc, get
inc, get = counter(); inc(); inc(5); print(get())
print(heapq.nlargest(2, {"a": 3, "b": 9, "c": 5}.items(), key=operator.itemgetter(1)))
data = [("x", 3), ("y", 1), ("x", 2)]
print(sorted(data, key=operator.itemgetter(0, 1)), sorted(data, key=lambda t: (-t[1], t[0])))
w = textwrap.TextWrapper(width=20, initial_indent="* ", subsequent_indent="  ")
print(w.fill("The quick brown fox jumps over the lazy dog and keeps running far away."))
print("{:>8.3f}|{:<6}|{:^5}|{:+d}".format(3.14159, "ab", "c", 5), f"{12345.678:,.1f}", f"{0.000123:.2e}", f"{1/3:.5g}")
print(str(1e100), repr(1.0e-10), 1e22, 1e21, 123456789.0 * 10, float("1.5e300") * 1e10)
