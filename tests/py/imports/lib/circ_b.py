# skip: helper module for tests/py/imports
print("circ_b start")
import circ_a

B = 2


def fb():
    return circ_a.A


print("circ_b end", hasattr(circ_a, "A"))
