# A call that spans the whole line gets no carets; a name inside an expression does.
def fail():
    raise ValueError("whole line")


def use():
    x = 1 + missing_name


try:
    fail()
except ValueError:
    pass
use()
