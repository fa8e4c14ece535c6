# An uncaught NameError names the nearest local ("Did you mean: 'length'?").
def go():
    length = 3
    return lengt


go()
