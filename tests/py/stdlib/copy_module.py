# copy.copy and copy.deepcopy of containers, instances and cycles.
import copy


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


class Custom:
    def __init__(self):
        self.items = [1, 2]

    def __copy__(self):
        c = Custom()
        c.items = self.items
        return c

    def __deepcopy__(self, memo):
        c = Custom()
        c.items = ["deep"] + copy.deepcopy(self.items, memo)
        return c


nested = [1, [2, 3], {"a": [4]}]
shallow = copy.copy(nested)
deep = copy.deepcopy(nested)
nested[1].append(99)
nested[2]["a"].append(5)
print(shallow, deep, shallow[1] is nested[1], deep[1] is nested[1])
d = {"k": [1], "t": (1, [2])}
dc = copy.deepcopy(d)
d["k"].append(2)
print(dc, copy.copy(d) == d)
p = Point(1, [2])
p2 = copy.copy(p)
p3 = copy.deepcopy(p)
p.y.append(3)
print(p2, p3, type(p3).__name__)
cyc = [1]
cyc.append(cyc)
cc = copy.deepcopy(cyc)
print(cc[1] is cc, cc[0])
c = Custom()
print(copy.copy(c).items is c.items, copy.deepcopy(c).items)
t = (1, 2, "x")
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy({1, 2}) == {1, 2})
print(copy.deepcopy(frozenset([3])), copy.copy(5), copy.deepcopy("s"))
