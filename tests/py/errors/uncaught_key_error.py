# Uncaught KeyError from a missing dict key.
table = {"present": 1}
print(table["present"])
print(table["missing"])
