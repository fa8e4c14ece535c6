# Event bus holding listeners weakly; __del__ and weakref callbacks; finalize.
import gc
import weakref


class EventBus:
    def __init__(self):
        self._subs = {}

    def subscribe(self, event, obj, method_name):
        def gone(ref, event=event):
            print(f"  [bus] listener for {event!r} collected")
            self._subs[event] = [(r, m) for r, m in self._subs[event] if r is not ref]
        self._subs.setdefault(event, []).append((weakref.ref(obj, gone), method_name))

    def emit(self, event, *args):
        delivered = 0
        for ref, name in list(self._subs.get(event, ())):
            obj = ref()
            if obj is not None:
                getattr(obj, name)(*args)
                delivered += 1
        return delivered

    def count(self, event):
        return len(self._subs.get(event, ()))


class Listener:
    live = 0
    died = []

    def __init__(self, name):
        self.name = name
        Listener.live += 1

    def on_msg(self, text):
        print(f"  {self.name} got {text}")

    def __del__(self):
        Listener.live -= 1
        Listener.died.append(self.name)

    def __repr__(self):
        return f"<Listener {self.name}>"


def report_deaths():
    # The order in which one collection finalizes objects is not specified.
    print("  died:", sorted(Listener.died))
    Listener.died.clear()


bus = EventBus()
a, b, c = Listener("a"), Listener("b"), Listener("c")
bus.subscribe("msg", a, "on_msg")
bus.subscribe("msg", b, "on_msg")
bus.subscribe("other", c, "on_msg")
print("delivered", bus.emit("msg", "hello"))
del b
gc.collect()
report_deaths()
print("live", Listener.live, "subs", bus.count("msg"))
print("delivered", bus.emit("msg", "again"))

cache = weakref.WeakValueDictionary()
for name in ["x", "y", "z"]:
    cache[name] = Listener(name)
gc.collect()
report_deaths()
print("weak cache", sorted(cache.keys()))
keep = Listener("w")
cache["w"] = keep
print("weak cache", sorted(cache.keys()), cache.get("w"), cache.get("nope", "default"))

wk = weakref.WeakKeyDictionary()
wk[a] = 1
wk[c] = 2
print(len(wk), wk[a])
del c
gc.collect()
report_deaths()
print(len(wk), bus.count("other"))


class Resource:
    def __init__(self, label):
        self.label = label


def cleanup(label, log):
    log.append(label)
    print("  finalize", label)


log = []
r = Resource("db")
fin = weakref.finalize(r, cleanup, "db", log)
print(fin.alive, fin.peek()[0] is r)
del r
gc.collect()
print(fin.alive, log)
r2 = Resource("file")
fin2 = weakref.finalize(r2, cleanup, "file", log)
print(fin2(), fin2.alive, fin2(), log)

ref_a = weakref.ref(a)
print(ref_a() is a, ref_a == weakref.ref(a), type(ref_a).__name__)
proxy = weakref.proxy(a)
proxy.on_msg("via proxy")
print(proxy.name, weakref.getweakrefcount(a) >= 2)
del a
gc.collect()
report_deaths()
print(ref_a(), "live", Listener.live)
try:
    proxy.name
except ReferenceError as e:
    print("ReferenceError:", e)
try:
    weakref.ref(42)
except TypeError as e:
    print("TypeError:", e)
print("end")
Listener.__del__ = lambda self: print("  __del__ at exit", self.name)
