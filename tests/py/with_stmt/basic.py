# The with statement: __enter__/__exit__ order, exception suppression, multiple managers.
class Tracker:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()

    def __exit__(self, kind, value, tb):
        print("exit", self.name, kind.__name__ if kind else None)
        return self.suppress


with Tracker("a") as v:
    print("inside", v)
with Tracker("b", suppress=True):
    raise ValueError("hidden")
with Tracker("c") as c, Tracker("d") as d:
    print(c, d)
print("done")
