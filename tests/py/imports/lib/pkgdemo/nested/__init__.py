# skip: helper module for tests/py/imports
print("loading nested", __name__, __package__)
