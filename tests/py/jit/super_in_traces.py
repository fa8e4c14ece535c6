# Zero-argument super() inside methods and __init__s that traces inline:
# exception classes calling super().__init__ (one and two levels, with and
# without their own attributes), e.args read in the handler, plain classes
# whose methods and __init__ call the base's through super(), a base method
# replaced mid-loop, self rebound before super(), and a class whose MRO
# changes under the loop.


class ParseError(ValueError):
    def __init__(self, pos):
        super().__init__("bad input at %d" % pos, pos)
        self.pos = pos


class DeepError(ParseError):
    def __init__(self, pos):
        super().__init__(pos * 2)
        self.deep = pos


class Bare(KeyError):
    def __init__(self, key):
        super().__init__()


def exceptions():
    total = 0
    seen = []
    for i in range(300):
        try:
            if i % 3 == 0:
                raise DeepError(i)
            if i % 3 == 1:
                raise Bare(i)
            raise ParseError(i)
        except ParseError as e:
            total += e.pos + len(e.args) + e.args[1]
            if i % 50 == 0:
                seen.append((type(e).__name__, e.args, sorted(e.__dict__.items()), str(e)))
        except KeyError as e:
            total += len(e.args) + 1
            if i % 100 == 1:
                seen.append((type(e).__name__, e.args, repr(e), str(e)))
    print("exceptions", total)
    for s in seen:
        print(" ", s)


class Base:
    def __init__(self, x):
        self.x = x

    def value(self, k):
        return self.x * k


class Child(Base):
    def __init__(self, x):
        super().__init__(x + 1)
        self.y = x

    def value(self, k):
        return super().value(k) + self.y


class Rebinder(Base):
    def value(self, k):
        self = Base(100)
        return super().value(k)


def plain():
    total = 0
    for i in range(300):
        c = Child(i)
        total += c.value(2) + c.x
        if i == 200:
            Base.value = lambda self, k: -k
    print("plain", total)
    del Base.value
    Base.value = lambda self, k: self.x * k
    total = 0
    for i in range(200):
        try:
            total += Rebinder(i).value(3)
        except TypeError as e:
            total += 1
            if i == 0:
                print("rebinder", e)
    print("rebinder total", total)


class Left(Base):
    def value(self, k):
        return super().value(k) + 1000


class Mixed(Left):
    def value(self, k):
        return super().value(k) + 1


def mro_changes():
    total = 0
    for i in range(200):
        if i == 150:
            Left.value = lambda self, k: 7
        total += Mixed(i).value(1)
    print("mro", total)


exceptions()
plain()
mro_changes()
