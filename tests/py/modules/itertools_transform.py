# accumulate, chain, compress, dropwhile, takewhile, filterfalse, starmap,
# pairwise and islice.
import itertools as it
import operator

print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate('abc')))
print(list(it.accumulate([1, 2, 3], operator.mul, initial=10)))
print(list(it.accumulate([], initial=5)), list(it.accumulate([3, 1, 4, 1, 5], max)))
print(list(it.accumulate([1, 2], func=None, initial=None)))
print(list(it.chain('ab', [1, 2], (), range(2))), list(it.chain()))
print(list(it.chain.from_iterable(['xy', 'z', []])))
print(list(it.compress('abcdef', [1, 0, 1, 0, 1, 1])), list(it.compress('abc', [1])))
print(list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 4, 1])))
print(list(it.takewhile(lambda x: x < 3, [1, 2, 3, 4, 1])))
print(list(it.filterfalse(None, [0, 1, '', 2, None])), list(it.filterfalse(lambda x: x % 2, range(7))))
print(list(it.starmap(pow, [(2, 3), (3, 2)])), list(it.starmap(lambda *a: sum(a), [[1, 2, 3], ()])))
print(list(it.pairwise('abcd')), list(it.pairwise('a')), list(it.pairwise([])))
print(list(it.islice('abcdefg', 2, None, 2)), list(it.islice('abcdefg', 3)))
print(list(it.islice(range(10), 2, 8, 3)), list(it.islice(range(10), None)))
print(list(it.islice(range(10), 5, 2)), list(it.islice(range(3), 1, None, None)))
src = iter(range(10))
print(list(it.islice(src, 3)), next(src))
t = it.takewhile(lambda x: x < 2, iter([0, 1, 2, 3]))
print(list(t), list(t))


def gen():
    for i in range(5):
        print('yield', i)
        yield i


tw = it.takewhile(lambda x: x < 2, gen())
print('lazy')
print(list(tw))
ch = it.chain(gen(), gen())
print(next(ch), next(ch))
