# skip: helper module for tests/py/imports
print("loading counter_mod", __name__)
count = 0


def bump():
    global count
    count += 1
    return count
