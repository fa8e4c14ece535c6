# count, cycle and repeat: values, reprs and laziness.
import itertools as it

c = it.count(5, 2)
print(next(c), next(c), c)
print(it.count(), it.count(2.5), it.count(1, 1.0), it.count(-3, -1), it.count(2**70, 3))
print(list(it.islice(it.count(0.5, 0.25), 4)))
print(list(zip('abc', it.count(10))))
cy = it.cycle('ab')
print([next(cy) for _ in range(5)])
print(list(it.islice(it.cycle(iter([1, 2, 3])), 8)))
print(list(it.cycle([])))
r = it.repeat('x', 3)
print(r, r.__length_hint__(), list(r), r, r.__length_hint__())
print(it.repeat(None), it.repeat([1], -5), list(it.repeat(7, times=2)))
print(list(map(pow, range(5), it.repeat(2))))


def noisy():
    for i in range(3):
        print('produce', i)
        yield i


cy = it.cycle(noisy())
print('created')
print(next(cy), next(cy))
print([next(cy) for _ in range(4)])
print(type(it.count()).__name__, type(it.repeat(1)).__name__)
