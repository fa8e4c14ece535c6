# Classes: __init__, methods, attributes, class attributes, inheritance, super(), __repr__.
class Point:
    dims = 2

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x * self.x + self.y * self.y

    def __repr__(self):
        return "Point(" + str(self.x) + ", " + str(self.y) + ")"


class Point3(Point):
    dims = 3

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

    def norm2(self):
        return super().norm2() + self.z * self.z


p = Point(3, 4)
q = Point3(1, 2, 2)
print(p, p.norm2(), q.norm2(), Point.dims, q.dims, isinstance(q, Point))
p.x = 6
print(p.norm2(), type(q).__name__)
