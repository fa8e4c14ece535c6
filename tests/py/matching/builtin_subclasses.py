# Subclasses of built-in types in class, sequence and mapping patterns.


class MyInt(int):
    pass


class MyIntArgs(int):
    __match_args__ = ("real",)


match MyInt(5):
    case int(n):
        print("subclass of int matches itself", n)
match MyIntArgs(6):
    case MyIntArgs(r):
        print("__match_args__ overrides self matching", r)


class MyList(list):
    pass


match MyList([1, 2]):
    case [a, b]:
        print("list subclass is a sequence", a, b)


class D(dict):
    def get(self, key, default=None):
        print("get", key)
        return super().get(key, default)


try:
    match D(x=1):
        case {"x": v}:
            print("dict subclass matched", v)
except Exception as e:
    print(type(e).__name__, e)
