# int, float, str, repr on assorted values; repr vs str of strings and containers.
values = [0, -12, 10 ** 21, 2.5, -0.0, "text", "it's", 'say "hi"', "", None, True, False,
          [1, "a", 2.0], (1,), (), ("a", ("b",)), [], [[]]]
for v in values:
    print(str(v), repr(v))
print(str(str(5)) + repr("5"), repr(repr(5)))
print(int("12") + int(3.7) + int(True), float("1.5") + float(1), str(1) + str(2.0))
print(repr("tab\there"), repr("new\nline"), repr("back\\slash"), repr("\x00\x7f"))
print(repr("quote's"), repr('both \' and "'), repr("caf\u00e9"))
