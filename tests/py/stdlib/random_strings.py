# random seeded from str/bytes (via _sha512) and its distributions match CPython.
import random
random.seed("abc"); print(random.random())
random.seed(b"abc"); print(random.random())
random.seed(bytearray(b"xyz")); print(random.random())
random.seed(42); print(random.randint(1, 6), random.choice([1,2,3]), random.gauss(0,1))
x = list(range(20)); random.shuffle(x); print(x, random.sample(x, 3))
r = random.Random("seed text")
print(r.random(), r.randrange(10**30), r.choices(range(10), weights=range(10), k=5))
print(r.normalvariate(5, 2), r.lognormvariate(0, 1), r.vonmisesvariate(1, 2), r.paretovariate(3))
print(r.weibullvariate(1, 2), r.gammavariate(2, 3), r.randbytes(8))
random.seed(12345, version=1); print(random.random())
