# Event bus holding subscribers weakly: WeakMethod, WeakSet, finalize, __del__, gc.collect.
import gc
import weakref


class EventBus:
    def __init__(self):
        self._handlers = {}

    def subscribe(self, event, handler):
        if hasattr(handler, "__self__"):
            ref = weakref.WeakMethod(handler, lambda r, e=event: self._prune(e))
        else:
            ref = weakref.ref(handler, lambda r, e=event: self._prune(e))
        self._handlers.setdefault(event, []).append(ref)

    def _prune(self, event):
        before = len(self._handlers.get(event, []))
        self._handlers[event] = [r for r in self._handlers.get(event, []) if r() is not None]
        print(f"  (pruned {event}: {before} -> {len(self._handlers[event])})")

    def emit(self, event, *args):
        delivered = 0
        for ref in list(self._handlers.get(event, [])):
            fn = ref()
            if fn is not None:
                fn(*args)
                delivered += 1
        return delivered

    def count(self, event):
        return sum(1 for r in self._handlers.get(event, []) if r() is not None)


class Widget:
    live = weakref.WeakSet()

    def __init__(self, name):
        self.name = name
        self.seen = []
        Widget.live.add(self)

    def on_click(self, x, y):
        self.seen.append((x, y))
        print(f"  {self.name} clicked at {x},{y}")

    def __del__(self):
        print(f"  {self.name} destroyed after {len(self.seen)} clicks")


bus = EventBus()
a, b, c = Widget("ok-button"), Widget("cancel"), Widget("help")
for w in (a, b, c):
    bus.subscribe("click", w.on_click)


def log_click(x, y):
    print(f"  log: {x},{y}")


bus.subscribe("click", log_click)
print("delivered", bus.emit("click", 1, 2))
print("live widgets", sorted(w.name for w in Widget.live))

print("drop cancel")
del b
gc.collect()
print("delivered", bus.emit("click", 3, 4), "count", bus.count("click"))

fin_calls = []
f = weakref.finalize(c, fin_calls.append, "help finalized")
print("finalize alive", f.alive)
print("drop help and log")
del c, w
gc.collect()
del log_click
gc.collect()
print("finalize alive", f.alive, fin_calls)
print("delivered", bus.emit("click", 5, 6))
print("live widgets", sorted(w.name for w in Widget.live))

r = weakref.ref(a)
print(r() is a, r().name, weakref.getweakrefcount(a))
d = weakref.WeakValueDictionary()
d["main"] = a
print(list(d.keys()))
print("drop ok-button")
del a
gc.collect()
print(r(), list(d.keys()), len(Widget.live))
print("done")
