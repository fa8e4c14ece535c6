# skip: helper module for tests/py/imports
print("loading broken")
x = 1 / 0
