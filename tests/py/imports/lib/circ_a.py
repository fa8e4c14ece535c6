# skip: helper module for tests/py/imports
print("circ_a start")
import circ_b

A = 1


def fa():
    return circ_b.B


print("circ_a end", circ_b.B)
