# gen.throw(E) where E.__new__ returns something that is not an exception
# instance: TypeError, raised into the generator.
class E(Exception):
    def __new__(cls, *args, **kwargs):
        return cls


def boring_generator():
    yield


gen = boring_generator()
try:
    gen.throw(E)
except TypeError as e:
    print("TypeError:", e)
try:
    next(gen)
except StopIteration:
    print("StopIteration")


def generator():
    try:
        yield
    except TypeError as e:
        print("inside:", e)


gen = generator()
next(gen)
try:
    gen.throw(E)
except StopIteration:
    print("StopIteration")
try:
    raise E
except TypeError as e:
    print("raise:", e)
