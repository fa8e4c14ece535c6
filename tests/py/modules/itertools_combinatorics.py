# product, permutations, combinations and combinations_with_replacement.
import itertools as it

print(list(it.product('ab', repeat=2)), list(it.product()))
print(list(it.product('ab', [1, 2, 3])), list(it.product('ab', [])))
print(list(it.product([1, 2], repeat=0)), len(list(it.product(range(3), repeat=3))))
print(list(it.permutations(range(3))), list(it.permutations('abc', 2)))
print(list(it.permutations('ab', 3)), list(it.permutations([], 0)), list(it.permutations('a', None)))
print(len(list(it.permutations(range(5)))), list(it.permutations(range(4), 4))[-1])
print(list(it.combinations('abcd', 2)), list(it.combinations('abc', 0)))
print(list(it.combinations('ab', 3)), list(it.combinations(range(5), 3))[-3:])
print(list(it.combinations_with_replacement('abc', 2)), list(it.combinations_with_replacement('', 2)))
print(list(it.combinations_with_replacement('', 0)), list(it.combinations_with_replacement([1, 2], 3)))
print(sum(1 for _ in it.combinations(range(10), 4)), sum(1 for _ in it.combinations_with_replacement(range(6), 3)))
p = it.product(iter([1, 2]), 'xy')
print(next(p), next(p), next(p), next(p), next(p, 'done'))
