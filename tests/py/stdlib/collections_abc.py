# collections.abc on top of the native collections module.
import collections
import collections.abc
from collections.abc import Iterable, Mapping, MutableSequence, Sequence

print(isinstance([], Sequence), isinstance({}, Mapping), isinstance((), MutableSequence))
print(isinstance(iter([]), collections.abc.Iterator), isinstance(5, Iterable))
print(collections.abc.Sequence is Sequence, collections.deque.__name__)


class MyList(Sequence):
    def __init__(self, *items):
        self.items = items

    def __getitem__(self, i):
        return self.items[i]

    def __len__(self):
        return len(self.items)


m = MyList(3, 1, 2)
print(list(m), m.index(2), m.count(1), 1 in m, list(reversed(m)))
