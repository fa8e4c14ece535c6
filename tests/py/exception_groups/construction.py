# BaseExceptionGroup / ExceptionGroup construction, attributes, str/repr,
# split, subgroup and derive.


def attempt(label, f):
    try:
        r = f()
        print(label, "->", type(r).__name__, repr(r))
    except Exception as e:
        print(label, "raised", type(e).__name__ + ":", e)


attempt("eg", lambda: ExceptionGroup("msg", [ValueError(1), TypeError(2)]))
attempt("tuple", lambda: ExceptionGroup("msg", (ValueError(1),)))
attempt("beg->eg", lambda: BaseExceptionGroup("all exceptions", [ValueError(1)]))
attempt("beg", lambda: BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError()]))
attempt("no args", lambda: ExceptionGroup())
attempt("one arg", lambda: ExceptionGroup("m"))
attempt("three args", lambda: ExceptionGroup("m", [ValueError()], 3))
attempt("bad msg", lambda: ExceptionGroup(1, [ValueError()]))
attempt("not seq", lambda: ExceptionGroup("m", 5))
attempt("set", lambda: ExceptionGroup("m", {ValueError()}))
attempt("empty", lambda: ExceptionGroup("m", []))
attempt("not exc", lambda: ExceptionGroup("m", [ValueError(), 1]))
attempt("kw", lambda: ExceptionGroup("m", [ValueError()], x=1))
attempt("nest base", lambda: ExceptionGroup("m", [SystemExit(1)]))

eg = ExceptionGroup("many", [ValueError(1), TypeError(2), ValueError(3)])
print(str(eg), "|", repr(eg))
print(eg.message, eg.exceptions, eg.args)
print(str(ExceptionGroup("one", [ValueError()])))
print(isinstance(eg, ExceptionGroup), isinstance(eg, BaseExceptionGroup),
      isinstance(eg, Exception), isinstance(eg, BaseException))
print(issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, Exception))
print([c.__name__ for c in ExceptionGroup.__mro__])
try:
    eg.message = "other"
except AttributeError as e:
    print("AttributeError:", e)

# split by type, by tuple, by predicate
m, r = eg.split(ValueError)
print("split ValueError:", repr(m), repr(r))
m, r = eg.split((TypeError, KeyError))
print("split tuple:", repr(m), repr(r))
m, r = eg.split(lambda e: isinstance(e, ValueError) and e.args[0] > 1)
print("split predicate:", repr(m), repr(r))
print("split all:", eg.split(Exception))
print("split none:", eg.split(KeyError))
print("whole group matches:", eg.split(ExceptionGroup)[0] is eg)
attempt("split bad", lambda: eg.split(1))
attempt("split bad tuple", lambda: eg.split((ValueError, 1)))

print("subgroup:", repr(eg.subgroup(TypeError)), repr(eg.subgroup(KeyError)))
print("subgroup self:", eg.subgroup(Exception) is eg)

# Nested groups keep their structure.
nested = ExceptionGroup("outer", [ValueError("a"),
                                  ExceptionGroup("inner", [TypeError("b"), ValueError("c")]),
                                  KeyError("d")])
m, r = nested.split(ValueError)
print(repr(m))
print(repr(r))
print(repr(nested.subgroup(lambda e: isinstance(e, ExceptionGroup) and e.message == "inner")))

# derive makes a plain group; split copies metadata to the parts.
d = eg.derive([KeyError("k")])
print(type(d).__name__, repr(d))
try:
    raise eg
except ExceptionGroup as caught:
    caught.__cause__ = RuntimeError("cause")
    caught.__context__ = OSError("ctx")
    m, r = caught.split(TypeError)
    print(m.__traceback__ is caught.__traceback__, r.__traceback__ is caught.__traceback__)
    print(repr(m.__cause__), repr(r.__context__))


class MyGroup(ExceptionGroup):
    def derive(self, excs):
        return MyGroup(self.message + "!", excs)


g = MyGroup("mine", [ValueError(1), TypeError(2)])
print(type(g).__name__, str(g), isinstance(g, Exception))
m, r = g.split(ValueError)
print(type(m).__name__, repr(m), type(r).__name__, repr(r))
attempt("subclass nest base", lambda: MyGroup("x", [KeyboardInterrupt()]))
