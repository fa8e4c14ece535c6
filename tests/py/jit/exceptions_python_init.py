# User exception classes whose __init__ is a Python function, created and
# raised inside hot loops: args kept as the interpreter keeps them (with or
# without BaseException.__init__), attributes in the exception's dict,
# tracebacks, __context__, str/repr, and classes the trace must not assume
# (an __init__ replaced mid-loop, a property added to the class, __slots__,
# __setattr__, __getattr__, __init__ returning a value or raising).
import sys
import traceback


class ParseError(ValueError):
    def __init__(self, pos):
        ValueError.__init__(self, "bad input at %d" % pos)
        self.pos = pos


class Plain(Exception):
    def __init__(self, a, b=7):
        self.a = a
        self.b = b


class Empty(LookupError):
    pass


class Chained(Exception):
    def __init__(self, *parts):
        Exception.__init__(self, *parts)
        self.count = len(parts)


def parse(i):
    if i % 3 == 0:
        raise ParseError(i)
    if i % 5 == 0:
        raise Plain(i)
    if i % 7 == 0:
        raise Empty(i, "x")
    return i


def basic():
    total = 0
    seen = []
    for i in range(300):
        try:
            total += parse(i)
        except ParseError as e:
            total += e.pos
            if i % 97 == 0:
                seen.append((e.args, str(e), repr(e), sorted(e.__dict__.items())))
        except Plain as e:
            total += e.a + e.b
            if i % 95 == 0:
                seen.append((e.args, str(e), repr(e), e.__dict__))
        except LookupError as e:
            total += len(e.args)
            if i % 98 == 0:
                seen.append((type(e).__name__, e.args, str(e)))
    print("basic", total)
    for s in seen:
        print(" ", s)


def frames(e):
    out = []
    tb = e.__traceback__
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out


def tracebacks():
    for i in range(120):
        try:
            parse(i)
        except ParseError as e:
            if i in (0, 60, 117):
                print("tb", i, frames(e), e.__context__, e.__cause__)
                print("".join(traceback.format_exception_only(type(e), e)), end="")
        except Exception:
            pass


def context():
    got = []
    for i in range(100):
        try:
            try:
                {}[i]
            except KeyError:
                raise Chained(i, "inner")
        except Chained as e:
            if i % 33 == 0:
                got.append((e.args, e.count, repr(e.__context__), e.__suppress_context__))
    print("context", got)


def replaced_init():
    original = ParseError.__init__
    total = 0
    for i in range(200):
        if i == 120:
            def init(self, pos):
                ValueError.__init__(self, "other")
                self.pos = -pos
            ParseError.__init__ = init
        try:
            raise ParseError(i)
        except ParseError as e:
            total += e.pos
            if i in (119, 120, 199):
                print("replaced", i, e.args, e.pos)
    ParseError.__init__ = original
    print("replaced total", total, ParseError(3).args)


class Described(Exception):
    def __init__(self, v):
        self.v = v


def property_added():
    total = 0
    for i in range(150):
        if i == 100:
            Described.v = property(lambda self: 1000)
            Described.__init__ = lambda self, v: None
        try:
            raise Described(i)
        except Described as e:
            total += e.v
    print("property", total)


class Slotted(Exception):
    __slots__ = ("s",)

    def __init__(self, s):
        self.s = s


class Guarded(Exception):
    def __init__(self, v):
        self.v = v

    def __setattr__(self, name, value):
        object.__setattr__(self, name, value * 2)


class Fallback(Exception):
    def __init__(self, v):
        self.v = v

    def __getattr__(self, name):
        return name


def odd_classes():
    total = 0
    names = []
    classes = [Slotted, Guarded, Fallback]
    for i in range(360):
        try:
            raise classes[i % 3](i)
        except Slotted as e:
            total += e.s
        except Guarded as e:
            total += e.v
        except Fallback as e:
            total += e.v
            if i % 50 == 2:
                names.append(e.missing)
    print("odd", total, names)


class Returns(Exception):
    def __init__(self, v):
        self.v = v
        if v == 90:
            return v


class Raises(Exception):
    def __init__(self, v):
        if v % 40 == 39:
            raise KeyError(v)
        self.v = v


def bad_inits():
    out = []
    for i in range(100):
        try:
            try:
                raise Returns(i)
            except Returns as e:
                pass
        except TypeError as e:
            out.append(str(e))
        try:
            raise Raises(i)
        except Raises as e:
            pass
        except KeyError as e:
            out.append(("key", e.args, frames(e)[-1][0]))
    print("bad", out)


def missing_attribute():
    hits = 0
    for i in range(100):
        try:
            raise Plain(i)
        except Plain as e:
            try:
                e.nope
            except AttributeError as err:
                hits += 1
                if i == 99:
                    print("missing", err)
    print("missing hits", hits)


class MyOS(OSError):
    def __init__(self, code, msg):
        super().__init__(code, msg)
        self.extra = code


class MyStop(StopIteration):
    def __init__(self, v):
        StopIteration.__init__(self, v)
        self.w = v


class Keywords(Exception):
    def __init__(self, a, b=2):
        self.a = a
        self.b = b


def other_bases():
    out = []
    for i in range(120):
        try:
            raise MyOS(i, "m")
        except OSError as e:
            if i % 40 == 0:
                out.append((e.args, e.errno, e.strerror, e.extra, str(e)))
        try:
            raise MyStop(i)
        except StopIteration as e:
            if i % 40 == 0:
                out.append((e.args, e.value, e.w))
        try:
            raise Keywords(i, b=i)
        except Keywords as e:
            if i % 40 == 0:
                out.append((e.args, e.a, e.b))
        e = ValueError(i)
        e.note = i
        if i % 40 == 0:
            out.append((e.note, e.args))
    print("other bases", out)


basic()
tracebacks()
context()
replaced_init()
property_added()
odd_classes()
bad_inits()
missing_attribute()
other_bases()
try:
    raise ParseError(5)
except ParseError:
    print(sys.exc_info()[0].__name__, sys.exc_info()[1].pos)
