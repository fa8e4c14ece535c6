# Calls of Python functions and methods inside compiled loops (the JIT
# inlines them): guards failing inside callees, callees raising, defaults,
# nested calls, a global rebound mid-loop, a method overridden in a subclass
# mid-loop, recursion, and callees the JIT does not inline.


def add(a, b):
    return a + b


def scaled(x, k=3, offset=0.5):
    return x * k + offset


def inner(x, y):
    z = x * y
    if z > 5000:
        return z - 1
    return z + x


def middle(a):
    return inner(a, a + 1) + 1


def nested(n):
    s = 0
    for i in range(n):
        s += middle(i)
    return s


print(nested(200))


def defaults(n):
    t = 0.0
    for i in range(n):
        t = t + scaled(i) + scaled(i, 2) + scaled(i, 1, 0.25)
    return t


print(defaults(150))


def int_to_big(n):
    # The callee's int arithmetic overflows into big ints (a guard inside it).
    x = 1
    for i in range(n):
        x = add(x, x)
    return x


print(int_to_big(100))


def may_raise(x):
    if x == 120:
        raise ValueError("bad " + str(x))
    return x * 2


def catches(n):
    t = 0
    for i in range(n):
        try:
            t += may_raise(i)
        except ValueError as e:
            print("caught", e)
    return t


print(catches(150))


def f_global(x):
    return x + 1


def rebinding(n):
    global f_global
    t = 0
    for i in range(n):
        t += f_global(i)
        if i == 100:
            f_global = lambda x: x * 100
    return t


print(rebinding(150))


class Shape:
    def __init__(self, w):
        self.w = w

    def area(self):
        return self.w * self.w

    def scaled_area(self, k):
        return self.area() * k


class Square(Shape):
    def area(self):
        return self.w * 4


def methods(n):
    shapes = [Shape(i % 7) for i in range(n)]
    t = 0
    for i in range(n):
        s = shapes[i]
        t += s.area() + s.scaled_area(2)
        if i == n // 2:
            shapes[i + 1] = Square(3)
    return t


print(methods(200))


def method_redefined(n):
    s = Shape(2)
    t = 0
    for i in range(n):
        t += s.area()
        if i == 80:
            Shape.area = lambda self: -self.w
    return t


print(method_redefined(150))


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def recursion(n):
    t = 0
    for i in range(n):
        t += fib(i % 12)
    return t


print(recursion(100))


def gen(k):
    yield k
    yield k + 1


def star(*args):
    return len(args)


def kw(a, b=0):
    return a - b


def kwonly(a, *, b=1):
    return a * b


def has_loop(k):
    s = 0
    for j in range(k):
        s += j
    return s


def closure_maker(k):
    def inner_c(x):
        return x + k

    return inner_c


def not_inlined(n):
    c = closure_maker(5)
    t = 0
    for i in range(n):
        t += sum(gen(i)) + star(i, i) + kw(i, b=2) + kwonly(i, b=3) + has_loop(i % 5) + c(i)
    return t


print(not_inlined(120))


def uses_unbound(flag):
    if flag:
        v = 1
    return v


def unbound(n):
    t = 0
    try:
        for i in range(n):
            t += uses_unbound(i < 100)
    except UnboundLocalError as e:
        print("unbound", t, e)


unbound(150)
