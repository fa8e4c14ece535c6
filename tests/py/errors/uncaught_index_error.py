# Uncaught IndexError from list indexing past the end.
items = [10, 20, 30]
print(items[2], items[-3])
print(items[3])
