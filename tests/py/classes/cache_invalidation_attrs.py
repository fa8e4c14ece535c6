# Inline caches for instance attributes: shape changes (added and deleted
# attributes), __class__ assignment, class attributes shadowed by instance
# attributes and the reverse, and stores that add attributes in different
# orders.


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def read_x(objs):
    return [o.x for o in objs]


a = P(1, 2)
b = P(3, 4)
c = P(5, 6)
c.extra = 7
d = P(8, 9)
del d.x
d.x = 'readded'
print(read_x([a, b, c, d, a]))


def loop_del(n):
    p = P(1, 2)
    out = []
    for i in range(n):
        try:
            out.append(p.y)
        except AttributeError as e:
            out.append('missing: ' + str(e))
        if i == 1:
            del p.y
        if i == 2:
            p.y = 'new'
        if i == 3:
            del p.x
    return out


print(loop_del(5))


class Q:
    x = 'class x'

    def __init__(self):
        self.y = 0


def read_class_attr(n):
    q = Q()
    out = []
    for i in range(n):
        out.append(q.x)
        if i == 1:
            q.x = 'instance x'
        if i == 2:
            del q.x
        if i == 3:
            Q.x = 'patched class x'
    return out


print(read_class_attr(5))


def class_switch(n):
    p = P(1, 2)
    out = []
    for i in range(n):
        out.append((type(p).__name__, p.x))
        if i == 1:
            p.__class__ = R
    return out


class R:
    @property
    def x(self):
        return 'R.x property'


print(class_switch(4))


def store_orders(n):
    out = []
    for i in range(n):
        o = P.__new__(P)
        if i % 2:
            o.x = i
            o.y = -i
        else:
            o.y = -i
            o.x = i
        out.append((o.x, o.y, sorted(vars(o))))
    return out


print(store_orders(4))


def many_attrs(n):
    # More attributes than any in-object room: the slots move out of the object.
    objs = []
    for i in range(n):
        o = P(i, i)
        for j in range(i * 7):
            setattr(o, 'a%d' % j, j)
        objs.append(o)
    return [(o.x, len(vars(o)), getattr(o, 'a%d' % (7 * n - 8), None)) for o in objs]


print(many_attrs(4))


class S:
    __slots__ = ('u', 'v')

    def __init__(self):
        self.u = 1


def slot_reads(n):
    s = S()
    out = []
    for i in range(n):
        try:
            out.append(s.v)
        except AttributeError as e:
            out.append(str(e))
        if i == 0:
            s.v = 'set'
        if i == 1:
            del s.v
    return out


print(slot_reads(3))


def dict_view_writes(n):
    p = P(1, 2)
    out = []
    for i in range(n):
        out.append(p.x)
        if i == 0:
            p.__dict__['x'] = 'via dict'
        if i == 1:
            p.__dict__.clear()
            p.__dict__['x'] = 'rebuilt'
    try:
        p.y
    except AttributeError as e:
        out.append(str(e))
    return out


print(dict_view_writes(3))


class First:
    kind = 'first'

    def __init__(self):
        self.a = 1

    def who(self):
        return 'First.who'


class Second:
    kind = 'second'

    def who(self):
        return 'Second.who'


def class_assignment(n):
    o = First()
    out = []
    for i in range(n):
        out.append((o.who(), o.kind, o.a))
        o.__class__ = Second if i % 2 == 0 else First
    return out


print(class_assignment(4))


def fresh_classes(n):
    import gc
    out = []
    for i in range(n):
        class K:
            v = i

            def __init__(self):
                self.a = i * 10

            def get(self):
                return self.a + self.v

        k = K()
        out.append(k.a + k.v + K.v + k.get())
        del k, K
        gc.collect()
    return sum(out)


print(fresh_classes(40))
