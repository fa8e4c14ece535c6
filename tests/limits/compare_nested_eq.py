# == and != of deeply nested lists.
def nest(n):
    x = []
    for _ in range(n):
        x = [x]
    return x
a, b = nest(100000), nest(100000)
for name, op in (("==", lambda: a == b), ("!=", lambda: a != b)):
    try:
        print(op())
    except RecursionError as e:
        print(name, "caught:", e)
print(nest(200) == nest(200), nest(200) == nest(201))
a == b
