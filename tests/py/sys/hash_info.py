# sys.hash_info: CPython's numeric hash parameters, consistent with hash().
import sys

h = sys.hash_info
print(h, h.width, h.modulus, h.inf, h.nan, h.imag, h.algorithm, len(h))
print(hash(float("inf")) == h.inf, hash(h.modulus) == 0, hash(h.modulus + 5) == 5)
print(hash(1j) == h.imag, hash(-1) == -2, hash(2 ** 61 - 2) == h.modulus - 1)
