# Uncaught NameError for a name with no similar name in scope (no "Did you mean" hint).
def lookup():
    return undefined_variable_xyzzy + 1


print("start")
lookup()
