# print() converts with str(); a failing __str__ propagates after earlier pieces were written.
class Pretty:
    def __str__(self):
        return "<pretty>"


class Broken:
    def __str__(self):
        raise ValueError("no str")


class S(str):
    pass


print(Pretty(), S("sub"), 1.5, None, True, b"b", (1,), {"k": [1]})
try:
    print("before", Broken(), "after")
except ValueError as e:
    print()
    print("ValueError", e)
print("tab\there", "nl\\n", sep=S("|"), end=S("!\n"))
