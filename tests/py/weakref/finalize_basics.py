# skip-sanitized: stale pointers in the unoptimized interpreter frame delay collection (tests/CMakeLists.txt)
# weakref.finalize: called once when the object dies or when called; detach,
# peek, alive; pending finalizers run at exit, newest first.
import gc
import weakref


class Res:
    pass


def report(*args, **kwargs):
    print("finalized", args, sorted(kwargs.items()))
    return "result"


r = Res()
f = weakref.finalize(r, report, 1, 2, flag=True)
print(f.alive, f.atexit)
del r
gc.collect()
print(f.alive, f(), f.peek(), f.detach())

# peek() while alive (on an object that stays alive until exit).
kept = Res()
fk = weakref.finalize(kept, report, "kept")
print(fk.peek()[0] is kept, fk.peek()[1] is report, fk.peek()[2:])

r2 = Res()
f2 = weakref.finalize(r2, report, "called")
print(f2(), f2.alive, f2())
del r2
gc.collect()

r3 = Res()
f3 = weakref.finalize(r3, report, "detached")
obj, func, args, kwargs = f3.detach()
print(obj is r3, func is report, args, kwargs, f3.alive)
del r3, obj
gc.collect()

# Dropping the finalize object does not cancel it.
r4 = Res()
weakref.finalize(r4, print, "r4 gone")
del r4
gc.collect()

keep1 = Res()
keep2 = Res()
weakref.finalize(keep1, print, "exit 1")
weakref.finalize(keep2, print, "exit 2")
fq = weakref.finalize(keep2, print, "not at exit")
fq.atexit = False
print("end")
