# Descriptors with __set_name__ and validation, properties; ends with an error in a property setter.
class Field:
    def __init__(self, kind, *, minimum=None):
        self.kind = kind
        self.minimum = minimum

    def __set_name__(self, owner, name):
        self.public = name
        self.private = "_" + name
        owner.fields = getattr(owner, "fields", ()) + (name,)

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.public} must be {self.kind.__name__}, not {type(value).__name__}")
        if self.minimum is not None and value < self.minimum:
            raise ValueError(f"{self.public} must be >= {self.minimum}, got {value!r}")
        setattr(obj, self.private, value)

    def __repr__(self):
        return f"<Field {self.public}:{self.kind.__name__}>"


class Counted:
    def __init__(self):
        self.reads = 0

    def __get__(self, obj, objtype=None):
        self.reads += 1
        return self.reads


class Product:
    name = Field(str)
    price = Field(float, minimum=0.0)
    stock = Field(int, minimum=0)
    hits = Counted()

    def __init__(self, name, price, stock):
        self.name = name
        self.price = price
        self.stock = stock

    @property
    def value(self):
        return round(self.price * self.stock, 2)

    @property
    def discount(self):
        return getattr(self, "_discount", 0)

    @discount.setter
    def discount(self, pct):
        if not 0 <= pct <= 90:
            raise ValueError(f"discount {pct}% outside 0..90")
        self._discount = pct

    @discount.deleter
    def discount(self):
        print("  removing discount", self._discount)
        del self._discount

    def __repr__(self):
        return f"Product({', '.join(f'{f}={getattr(self, f)!r}' for f in self.fields)})"


p = Product("lamp", 19.99, 3)
print(p, p.value, Product.fields, Product.name, Product.__dict__["price"])
print(p.hits, p.hits, Product.hits, sorted(vars(p)))
for attr, val in [("price", 5), ("stock", -1), ("name", "desk"), ("stock", 10)]:
    try:
        setattr(p, attr, val)
        print("set", attr, getattr(p, attr))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
p.discount = 15
print(p.discount, p.__dict__["_discount"])
del p.discount
print(p.discount)
try:
    p.value = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    del p.value
except AttributeError as e:
    print("AttributeError:", e)
print(type(Product.value).__name__, Product.value.fget.__name__, Product.discount.fset is not None)


class Lazy:
    def __init__(self, fn):
        self.fn = fn

    def __get__(self, obj, cls):
        if obj is None:
            return self
        val = self.fn(obj)
        obj.__dict__[self.fn.__name__] = val
        return val


class Circle:
    def __init__(self, r):
        self.r = r

    @Lazy
    def area(self):
        print("  computing area")
        return 3.14159 * self.r ** 2


c = Circle(2)
print(c.area, c.area, "area" in c.__dict__)


class Temperature:
    def __init__(self):
        self._c = 0.0

    def _get(self):
        return self._c

    def _set(self, v):
        if v < -273.15:
            raise ValueError(f"{v} is below absolute zero")
        self._c = v

    celsius = property(_get, _set, doc="degrees C")
    fahrenheit = property(lambda self: self._c * 9 / 5 + 32)


t = Temperature()
t.celsius = 100
print(t.celsius, t.fahrenheit, Temperature.celsius.__doc__)
p.discount = 50
print(p.discount)
p.discount = 95
