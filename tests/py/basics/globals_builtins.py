# Global and builtin name lookup, the global statement, shadowing builtins.
counter = 0


def bump(by):
    global counter
    counter = counter + by
    return counter


print(bump(1), bump(2), bump(39))
print(counter)


def read_global():
    return counter * 2


print(read_global())

# A global shadows a builtin; deleting it makes the builtin visible again.
len = 5
print(len)
del len
print(len([1, 2, 3]))


def uses_builtin(values):
    return max(values) - min(values)


print(uses_builtin([3, 9, 1, 4]))


def make_global():
    global created_later
    created_later = "made inside a function"


make_global()
print(created_later)
print(abs is abs, print is not None)
