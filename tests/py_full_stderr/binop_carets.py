# A failing binary operation: `~~^~~` under the operands and the operator.
def add(a, b):
    return (a) + b


values = [1, 2]
total = add(values[0], None)
