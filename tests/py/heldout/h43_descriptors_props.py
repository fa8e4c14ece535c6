# Held-out: descriptors, properties with validation, __set_name__, class-level caching.
class Typed:
    def __init__(self, kind, default=None):
        self.kind = kind
        self.default = default

    def __set_name__(self, owner, name):
        self.public = name
        self.private = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, self.default)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.public} must be {self.kind.__name__}, not {type(value).__name__}")
        setattr(obj, self.private, value)

    def __delete__(self, obj):
        raise AttributeError(f"cannot delete {self.public}")


class Positive(Typed):
    def __set__(self, obj, value):
        super().__set__(obj, value)
        if value <= 0:
            raise ValueError(f"{self.public} must be positive")


class cached:
    def __init__(self, fn):
        self.fn = fn
        self.__doc__ = fn.__doc__

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, cls):
        if obj is None:
            return self
        value = self.fn(obj)
        obj.__dict__[self.name] = value
        return value


class Product:
    name = Typed(str, "unnamed")
    price = Positive((int, float))
    qty = Positive(int, 1)
    computed = 0

    def __init__(self, name, price, qty=1):
        self.name = name
        self.price = price
        self.qty = qty

    @cached
    def total(self):
        """Total price (cached)."""
        Product.computed += 1
        return self.price * self.qty

    @property
    def label(self):
        return f"{self.name} x{self.qty}"

    @label.setter
    def label(self, text):
        name, _, q = text.rpartition(" x")
        self.name, self.qty = name, int(q)

    @label.deleter
    def label(self):
        print("  deleting label")

    @staticmethod
    def parse(line):
        n, p, q = line.split(";")
        return Product(n, float(p), int(q))

    @classmethod
    def free_sample(cls):
        obj = cls.__new__(cls)
        obj.name = "sample"
        return obj


p = Product("widget", 2.5, 4)
print(p.name, p.price, p.qty, p.label, p.total, p.total, Product.computed)
print(sorted(vars(p)), "total" in p.__dict__)
p.label = "gadget x7"
print(p.label, p.total)
del p.label
for bad in [("price", -1), ("qty", 2.0), ("name", 5)]:
    try:
        setattr(p, *bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    del p.name
except AttributeError as e:
    print("AttributeError", e)
q = Product.parse("bolt;0.1;30")
print(q.label, round(q.total, 2), Product.computed)
s = Product.free_sample()
print(s.name, s.qty, s.price)
print(type(Product.__dict__["price"]).__name__, Product.total.__doc__, Product.name.private)
print(isinstance(Product.label, property), Product.label.fget.__name__, Product.parse("a;1;1").qty)
Product.label.__set__(p, "thing x2")
print(p.label)
try:
    Product.label.__set__(p, 5)
except AttributeError as e:
    print("AttributeError", e)


class ReadOnly:
    @property
    def x(self):
        return 42


r = ReadOnly()
try:
    r.x = 1
except AttributeError as e:
    print("AttributeError", e)
try:
    del r.x
except AttributeError as e:
    print("AttributeError", e)
print(getattr(r, "y", "default"), hasattr(r, "x"), r.x)
