# if / elif / else chains, nested conditions, conditional expressions, and/or/not.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        if n % 2 == 0:
            return "medium even"
        else:
            return "medium odd"
    else:
        return "large"


for value in [-5, 0, 3, 42, 43, 1000]:
    print(value, classify(value))

for v in [0, 1, "", "x", [], [0], None, 0.0, 2.5]:
    print(repr(v), "truthy" if v else "falsy")

print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or "default")
print(not 0, not 1, not [], not [1])
x = 7
print("odd" if x % 2 else "even", "big" if x > 5 and x < 10 else "other")
if not (x > 10 or x < 0):
    print("in range")
