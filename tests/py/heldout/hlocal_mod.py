# skip: helper module for tests/py/heldout/h08_imports.py
print("importing hlocal_mod as", __name__)
counter = 0


def bump():
    global counter
    counter += 1
    return counter


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


if __name__ == "__main__":
    print("should not run")
