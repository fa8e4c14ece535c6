# An exception raised while handling another: both tracebacks with carets.
def divide(a, b):
    return a // b


try:
    divide(1, 0)
except ZeroDivisionError as e:
    items = {"k": 1}
    print(items["missing"] ** 2)
