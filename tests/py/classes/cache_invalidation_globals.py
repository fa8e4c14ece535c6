# Inline caches for LOAD_GLOBAL: reassigning, deleting and shadowing globals
# and builtins between iterations of a loop that reads them.
import builtins

K = 1


def read_k(n):
    out = []
    for i in range(n):
        out.append(K)
        if i == 2:
            globals()['K'] = 10  # a value store
        if i == 4:
            set_k(100)
    return out


def set_k(v):
    global K
    K = v


print(read_k(7))


def use_len(items, n):
    global len
    out = []
    for i in range(n):
        out.append(len(items))
        if i == 1:
            len = lambda x: -1  # a global now shadows the builtin
        if i == 3:
            del len  # the builtin shows through again
    return out


print(use_len([1, 2, 3], 6))


def patch_builtin(n):
    out = []
    original = builtins.abs
    for i in range(n):
        out.append(abs(-5))
        if i == 1:
            builtins.abs = lambda x: 'patched'
        if i == 3:
            builtins.abs = original
    return out


print(patch_builtin(6))

GONE = 'here'


def read_gone(n):
    out = []
    for i in range(n):
        try:
            out.append(GONE)
        except NameError as e:
            out.append(str(e))
        if i == 1:
            del globals()['GONE']
        if i == 3:
            globals()['GONE'] = 'back'
    return out


print(read_gone(6))


def many_globals(n):
    # Adding many globals resizes (and compacts) the globals dict.
    out = []
    for i in range(n):
        out.append(K)
        for j in range(20):
            globals()['filler_%d_%d' % (i, j)] = j
        if i % 2 == 1:
            for j in range(20):
                del globals()['filler_%d_%d' % (i, j)]
    return out


set_k(7)
print(many_globals(5))


def reader():
    return [len('abc'), VALUE]


VALUE = 'first'
print(reader(), reader())
VALUE = 'second'
len = lambda s: 'module len'
print(reader(), reader())
del len
print(reader(), reader())
