# Operator overloading with dunder methods: __add__, __eq__, __lt__, __len__, __getitem__.
class Vec:
    def __init__(self, *items):
        self.items = list(items)

    def __add__(self, other):
        return Vec(*[a + b for a, b in zip(self.items, other.items)])

    def __eq__(self, other):
        return self.items == other.items

    def __lt__(self, other):
        return sum(self.items) < sum(other.items)

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        return self.items[i]

    def __repr__(self):
        return "Vec" + repr(tuple(self.items))


a = Vec(1, 2, 3)
b = Vec(10, 20, 30)
print(a + b, a == Vec(1, 2, 3), a < b, len(a), a[1], sorted([b, a]))
