# Benchmark: bit twiddling (xorshift PRNG, popcount, bit reversal, masks, shifts).
# bench: default=750000 quick=10000
import sys

MASK = 0xFFFFFFFF


def xorshift(state):
    state ^= (state << 13) & MASK
    state ^= state >> 17
    state ^= (state << 5) & MASK
    return state


def popcount(x):
    count = 0
    while x:
        x &= x - 1
        count += 1
    return count


def reverse_bits(x):
    x = ((x >> 1) & 0x55555555) | ((x & 0x55555555) << 1)
    x = ((x >> 2) & 0x33333333) | ((x & 0x33333333) << 2)
    x = ((x >> 4) & 0x0F0F0F0F) | ((x & 0x0F0F0F0F) << 4)
    x = ((x >> 8) & 0x00FF00FF) | ((x & 0x00FF00FF) << 8)
    return ((x >> 16) | (x << 16)) & MASK


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 750000
    state = 2463534242
    ones = 0
    acc = 0
    parity = 0
    for i in range(n):
        state = xorshift(state)
        ones += popcount(state)
        acc = (acc + reverse_bits(state) ^ (i << 3)) & MASK
        parity ^= (state >> (i & 31)) & 1
    print(ones, acc, parity, state)


main()
