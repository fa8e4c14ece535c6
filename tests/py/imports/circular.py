# Circular imports: a module is in sys.modules while its body runs.
import sys

sys.path.insert(0, "lib")

import circ_a

print(circ_a.A, circ_a.fa(), circ_a.circ_b.fb())
print(sys.modules["circ_b"] is circ_a.circ_b)
try:
    import circ_c
except ImportError as e:
    print(type(e).__name__, str(e).replace(sys.path[0], "LIB"))
print("circ_c" in sys.modules, "circ_d" in sys.modules)
