# inspect: signatures, binding, predicates, getmembers, docs, generator states.
import inspect


def f(a, b: int = 2, *args, c, d=4, **kw) -> str:
    """Doc of f.

    More."""
    return "x"


class C:
    """A class."""

    def m(self, x, y=1):
        pass

    @classmethod
    def cm(cls, z):
        pass

    @staticmethod
    def sm(q=0):
        pass

    @property
    def p(self):
        return 1


sig = inspect.signature(f)
print(sig, sig.return_annotation, list(sig.parameters))
for p in sig.parameters.values():
    print(p.name, p.kind.name, p.default is inspect.Parameter.empty, p.annotation)
print(inspect.signature(C.m), inspect.signature(C().m), inspect.signature(C.cm), inspect.signature(C.sm))
print(inspect.signature(lambda x, /, y: 0), inspect.signature(C))
b = sig.bind(1, c=3)
b.apply_defaults()
print(b.arguments, b.args, b.kwargs)
try:
    sig.bind(1)
except TypeError as e:
    print("TypeError", e)
print(inspect.isfunction(f), inspect.ismethod(C().m), inspect.isclass(C), inspect.ismodule(inspect))
print(inspect.isgeneratorfunction(f), inspect.isbuiltin(len), inspect.isroutine(len), inspect.iscoroutinefunction(f))
print(inspect.getdoc(f), inspect.cleandoc("  a\n    b\n  c"), inspect.getdoc(C))
print([n for n, _ in inspect.getmembers(C) if not n.startswith("__")])
print([n for n, _ in inspect.getmembers(C, inspect.isfunction)])
print(inspect.getmro(C)[-1], inspect.unwrap(f) is f, inspect.isabstract(C))
print(inspect.getfullargspec(f))
print(inspect.Parameter("z", inspect.Parameter.KEYWORD_ONLY, default=3))
print(sig.replace(return_annotation=inspect.Signature.empty))


def gen():
    yield 1


g = gen()
print(inspect.getgeneratorstate(g), inspect.isgenerator(g))
next(g)
print(inspect.getgeneratorstate(g))
