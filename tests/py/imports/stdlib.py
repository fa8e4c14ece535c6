# Importing standard-library modules beyond sys.
import math
from collections import OrderedDict

print(math.sqrt(16), math.pi, math.floor(-2.5), math.gcd(12, 18))
d = OrderedDict()
d["b"] = 1
d["a"] = 2
print(list(d))
