# exec/eval with non-dict mappings as locals.
import collections


class Recorder:
    def __init__(self):
        self.data = {}
        self.log = []

    def __getitem__(self, key):
        self.log.append(("get", key))
        return self.data[key]

    def __setitem__(self, key, value):
        self.log.append(("set", key))
        self.data[key] = value

    def __delitem__(self, key):
        self.log.append(("del", key))
        del self.data[key]


r = Recorder()
exec("x = 1\ny = x + len('ab')\ndel x", {}, r)
print(r.data, r.log)


class Default(dict):
    def __missing__(self, key):
        return key.upper()


print(eval("foo + bar", {}, Default()))
print(eval("abc + xyz", {}, Default(abc="q")))

cm = collections.ChainMap({}, {"k": 5})
exec("j = k * 2", {}, cm)
print(cm.maps[0])

try:
    eval("missing", {}, Recorder())
except NameError as e:
    print("NameError:", e)

try:
    exec("del nothere", {}, Recorder())
except NameError as e:
    print("NameError:", e)


class Ann(dict):
    pass


ns = Ann()
exec("v: int = 3", {}, ns)
print(ns["__annotations__"], ns["v"])
