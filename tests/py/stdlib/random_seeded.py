# random with a fixed seed draws CPython's exact Mersenne Twister numbers.
import random

random.seed(42)
print(random.random(), random.random())
print([random.randint(1, 100) for _ in range(5)])
print(random.choice("abcdefg"), random.randrange(0, 1000, 7))
items = list(range(10))
random.shuffle(items)
print(items)
print(random.sample(range(100), 5))
print(random.uniform(1.5, 2.5))
print(random.gauss(0, 1), random.gauss(10, 2))
print(random.getrandbits(1), random.getrandbits(32), random.getrandbits(100))
random.seed(2**100 + 12345)
print(random.random())
random.seed(-7)
a = random.random()
random.seed(7)
print(a == random.random())
random.seed(0)
print(random.random())
state = random.getstate()
first = [random.random() for _ in range(3)]
random.setstate(state)
print(first == [random.random() for _ in range(3)])
r = random.Random(123)
print(r.random(), r.randint(0, 10**20))
print(random.Random(5).choices("xyz", k=6))
print(sorted(random.Random(9).sample(["a", "b", "c", "d"], 2)))
random.seed(3.5)
print(random.random())
random.seed(1)
print(random.triangular(0, 10), random.expovariate(2.0), random.betavariate(2, 3))
try:
    random.getrandbits(-1)
except ValueError as e:
    print("ValueError", e)
try:
    random.choice([])
except IndexError as e:
    print("IndexError", e)
