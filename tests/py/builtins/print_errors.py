# print(): CPython's errors for bad sep/end/file/keywords, checked in CPython's order.
for kwargs in [{"sep": 1}, {"end": b""}, {"sep": None, "end": 3.5}, {"file": 1},
               {"file": object()}, {"foo": 1}, {"sep": 1, "file": 1}]:
    try:
        print("a", "b", **kwargs)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
print("a", "b", sep=None, end=None)
print()
print(sep="-")
