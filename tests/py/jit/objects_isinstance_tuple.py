# isinstance(x, (A, B)) in traces: a tuple of classes built from globals or
# a constant tuple; the guards failing: x's type changing mid-loop, a
# global rebound to another class, a tuple holding a non-class.


class A:
    pass


class B(A):
    pass


class C:
    pass


def count(objs):
    n = 0
    for o in objs:
        if isinstance(o, (B, C)):
            n += 1
        if isinstance(o, (int, float)):
            n += 10
    return n


objs = [A(), B(), C()] * 40 + [1, 2.5, "s", None, B()] * 10
print(count(objs))


def rebind(objs):
    global C
    n = 0
    for k, o in enumerate(objs):
        if k == 60:
            C = A  # the globals' version guard fails
        if isinstance(o, (B, C)):
            n += 1
    return n


print(rebind([A(), B(), C()] * 40))
C = type("C", (), {})


def bad_tuple(objs):
    n = 0
    kinds = (A, B)
    for k, o in enumerate(objs):
        if k == 70:
            kinds = (A, 3)
        try:
            if isinstance(o, kinds):
                n += 1
        except TypeError as e:
            print("TypeError", e)
            return n
    return n


print(bad_tuple([B(), C()] * 50))
