# types.MethodType(function, instance): calling the method type.
import types


class C:
    def __init__(self):
        self.v = 7


def get(self, extra=0):
    return self.v + extra


c = C()
m = types.MethodType(get, c)
print(m(), m(3), m.__self__ is c, m.__func__ is get, m == types.MethodType(get, c))
bound = types.MethodType(len, "abcd")
print(bound())
for args in [(), (get,), (get, None), (1, c), (get, c, 3)]:
    try:
        types.MethodType(*args)
    except TypeError as e:
        print("TypeError", e)
try:
    types.MethodType(get, c, x=1)
except TypeError as e:
    print("TypeError", e)
