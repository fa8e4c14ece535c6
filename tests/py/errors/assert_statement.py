# assert: passing assertions, a caught AssertionError with a message, then an uncaught one.
assert 1 + 1 == 2
assert [1], "non-empty list is true"
try:
    assert 2 < 1, "two is not less than one"
except AssertionError as e:
    print("caught:", e)
print("still running")
assert len("abc") == 4, "length mismatch"
