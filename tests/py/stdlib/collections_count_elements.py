# collections._count_elements (behind Counter.update) on a dict and a Counter.
from collections import _count_elements, Counter
d = {"a": 5}
_count_elements(d, "abracadabra")
print(d)
c = Counter()
_count_elements(c, [1, 2, 2, 3, 3, 3])
print(c)
print(Counter("mississippi").most_common(2))
