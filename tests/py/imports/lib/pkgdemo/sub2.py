# skip: helper module for tests/py/imports
print("loading sub2", __name__, __package__)
VALUE = 42
