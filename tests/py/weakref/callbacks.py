# skip-sanitized: stale pointers in the unoptimized interpreter frame delay collection (tests/CMakeLists.txt)
# Weakref callbacks: called once with the dead ref, in CPython's order for
# refs to one object; errors are reported and ignored; a callback may make
# new weak references and allocate.
import gc
import weakref


class Obj:
    pass


events = []


def make_callback(tag):
    def callback(ref):
        events.append((tag, ref() is None, isinstance(ref, weakref.ref)))
    return callback


# Objects are created and dropped inside functions: pyvm scans the native
# stack conservatively, so a stale copy of a pointer in the interpreter's own
# frame could keep a module-level object alive past one collection
# (docs/gc.md, "Finalizers and weak references").
def three_refs():
    o = Obj()
    refs = [weakref.ref(o, make_callback(i)) for i in range(3)]
    print(weakref.getweakrefcount(o), weakref.getweakrefs(o) == refs[::-1])
    return refs


refs = three_refs()
gc.collect()
print(events)

# A class and a function can be weakly referenced too.
events.clear()


def build():
    class Temp:
        pass

    def fn():
        pass

    return weakref.ref(Temp, make_callback("class")), weakref.ref(fn, make_callback("fn"))


rc, rf = build()
gc.collect()
print(rc(), rf(), sorted(e[0] for e in events))


def bad_callback(ref):
    raise KeyError("from callback")


o2 = Obj()
r2 = weakref.ref(o2, bad_callback)
del o2
gc.collect()
print("after bad callback", r2())

# A callback that creates objects and weak references.
keep = []


def busy_callback(ref):
    fresh = Obj()
    keep.append((fresh, weakref.ref(fresh), [str(i) for i in range(50)]))


o3 = Obj()
r3 = weakref.ref(o3, busy_callback)
del o3
gc.collect()
print(len(keep), keep[0][1]() is keep[0][0], len(keep[0][2]))
