# *args and **kwargs in definitions and calls (CALL_FUNCTION_EX, dicts of keywords).
def collect(*args, **kwargs):
    return args, sorted(kwargs.items())


print(collect())
print(collect(1, 2, 3))
print(collect(1, x=2, y=3))


def head_tail(first, *rest):
    return first, rest


print(head_tail(1, 2, 3, 4))
values = [5, 6, 7]
print(head_tail(*values))
options = {"sep": "-", "end": "!\n"}
print("a", "b", **options)


def kwonly(a, *, scale=2):
    return a * scale


print(kwonly(4), kwonly(4, scale=10))
