# A call spanning several lines: carets run to the end of the first line.
def f(*args):
    return args[10]


result = [1, f(1,
               2)]
