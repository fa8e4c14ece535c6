# __context__ is set where an exception is raised, not again while it
# propagates to callers that are handling older exceptions (contextlib.ExitStack
# relies on it to chain the exceptions its callbacks raise).
import sys
e1, e2, e3, e4 = (Exception(i) for i in range(1, 5))
def chain(v):
    out = []
    while v is not None and len(out) < 6:
        out.append(repr(v)); v = v.__context__
    return out
def raiser(e):
    def cb(*a):
        raise e
    return cb
def exit_(*exc_details):
    frame_exc = sys.exc_info()[1]
    print("frame_exc", repr(frame_exc))
    def _fix(new_exc, old_exc):
        while 1:
            exc_context = new_exc.__context__
            if exc_context is None or exc_context is old_exc:
                return
            if exc_context is frame_exc:
                break
            new_exc = exc_context
        new_exc.__context__ = old_exc
    callbacks = [raiser(e4), raiser(e3), raiser(e2)]
    pending = False
    while callbacks:
        cb = callbacks.pop()
        try:
            cb(*exc_details)
        except:
            new = sys.exc_info()
            print("caught", chain(new[1]))
            _fix(new[1], exc_details[1])
            print("fixed", chain(new[1]))
            pending = True
            exc_details = new
    if pending:
        try:
            fixed_ctx = exc_details[1].__context__
            raise exc_details[1]
        except BaseException:
            exc_details[1].__context__ = fixed_ctx
            raise
try:
    try:
        raise e1
    except BaseException:
        exit_(*sys.exc_info())
except Exception as e:
    print(chain(e))


from contextlib import ExitStack


class RaiseExc:
    def __init__(self, exc):
        self.exc = exc

    def __enter__(self):
        return self

    def __exit__(self, *exc_details):
        raise self.exc


e1, e2, e3, e4 = (Exception(i) for i in range(1, 5))
try:
    with ExitStack() as stack:
        stack.enter_context(RaiseExc(e4))
        stack.enter_context(RaiseExc(e3))
        stack.enter_context(RaiseExc(e2))
        raise e1
except Exception as exc:
    print(chain(exc))


def inner():
    try:
        raise KeyError("inner handled")
    except KeyError:
        raise ValueError("raised in inner")


def outer():
    try:
        raise IndexError("outer handled")
    except IndexError:
        inner()


try:
    outer()
except ValueError as e:
    print(chain(e))


def native_raise():
    try:
        raise KeyError("k")
    except KeyError:
        return 1 / 0


try:
    try:
        raise OSError("top")
    except OSError:
        native_raise()
except ZeroDivisionError as e:
    print(chain(e))


# generator.throw() does not chain the thrown exception to the caller's
# handled one; what the generator raises while handling it chains to it.
def gen():
    try:
        yield
    finally:
        raise Exception("in gen")


for thrown in (Exception("thrown"), Exception("pre")):
    it = gen()
    next(it)
    try:
        raise KeyError("outer")
    except KeyError:
        try:
            it.throw(thrown)
        except Exception as exc:
            print(chain(exc))

from contextlib import contextmanager


@contextmanager
def gets(exc):
    try:
        yield
    finally:
        raise exc


e1, e2, e3, e4 = (Exception(i) for i in range(1, 5))
try:
    with ExitStack() as stack:
        stack.enter_context(gets(e4))
        stack.enter_context(gets(e3))
        stack.enter_context(gets(e2))
        raise e1
except Exception as exc:
    print(chain(exc))


# The thrown exception chains to what the generator itself handles.
def f():
    try:
        raise KeyError('a')
    except Exception:
        yield
gen = f()
gen.send(None)
try:
    gen.throw(ValueError)
except ValueError as e:
    print(repr(e.__context__))
def g():
    try:
        raise KeyError('a')
    except Exception:
        try:
            yield
        except Exception as exc:
            print(repr(exc), repr(exc.__context__))
gen = g(); gen.send(None)
try:
    gen.throw(ValueError)
except StopIteration:
    print("stop")
def inner():
    try:
        raise KeyError('a')
    except Exception:
        yield
def outer():
    yield from inner()
gen = outer(); gen.send(None)
try:
    gen.throw(ValueError)
except ValueError as e:
    print(repr(e.__context__))
