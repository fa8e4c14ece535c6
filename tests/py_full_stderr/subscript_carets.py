# A failing subscript in a nested call: `~^^^` under the subscript.
def lookup(table, key):
    return table[key]


def outer():
    return lookup({"a": 1}, "b")


print(outer())
