# Uncaught ZeroDivisionError inside nested calls: stdout so far, exit code 1, last traceback line.
def ratio(a, b):
    return a / b


def average(values):
    return ratio(sum(values), len(values))


print(average([1, 2, 3]))
print(average([]))
print("not reached")
