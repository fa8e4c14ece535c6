# Benchmark: Mandelbrot set membership on a grid (float arithmetic in tight while loops).
# bench: default=660 quick=40
import sys


def mandel_row(y, size, limit):
    ci = 2.0 * y / size - 1.0
    bits = 0
    count = 0
    for x in range(size):
        cr = 2.0 * x / size - 1.5
        zr = zi = 0.0
        i = 0
        inside = 1
        while i < limit:
            zr2 = zr * zr
            zi2 = zi * zi
            if zr2 + zi2 > 4.0:
                inside = 0
                break
            zi = 2.0 * zr * zi + ci
            zr = zr2 - zi2 + cr
            i += 1
        bits = ((bits << 1) | inside) & 0xFFFFFFFF
        count += inside
    return count, bits


def main():
    size = int(sys.argv[1]) if len(sys.argv) > 1 else 660
    total = 0
    check = 0
    for y in range(size):
        c, b = mandel_row(y, size, 50)
        total += c
        check = (check * 31 + b) % 1000000007
    print(total, check)


main()
