# Finalizers still run at exit after an uncaught exception, and a __del__
# that fails at exit is reported without stopping the others.


class Last:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


class Broken:
    def __del__(self):
        raise RuntimeError("broken at exit")


a = Last("a")
b = Broken()
c = Last("c")
print("raising")
raise ValueError("uncaught")
