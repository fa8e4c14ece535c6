# code.replace(): a copy of a code object with fields replaced; the copy runs.
def f(a, b=2):
    return a * b


co = f.__code__
c2 = co.replace(co_name="g", co_flags=co.co_flags | 0x100)
print(c2.co_name, c2.co_flags == co.co_flags | 0x100, c2.co_varnames, c2 is co)
f.__code__ = co.replace(co_consts=tuple(co.co_consts))
print(f(3), f(3, 4))
print(co.replace().co_argcount, co.replace(co_filename="x.py").co_filename)
try:
    co.replace(co_name=5)
except TypeError as e:
    print("TypeError:", e)
try:
    co.replace(bogus=1)
except TypeError as e:
    print("TypeError:", e)
import types


@types.coroutine
def gen():
    yield 1


print(list(gen()), bool(gen.__code__.co_flags & 0x100))


def outer():
    x = 1

    def inner():
        return x

    return inner


def plain():
    return 7


fn = outer()
try:
    plain.__code__ = fn.__code__
except ValueError as e:
    print("ValueError:", e)
try:
    plain.__code__ = 5
except TypeError as e:
    print("TypeError:", e)
plain.__code__ = f.__code__.replace(co_name="plain2")
print(plain(5), plain.__code__.co_name, plain.__name__)
