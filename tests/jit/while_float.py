# A while loop of unboxed float arithmetic (mandelbrot's inner loop): floats
# stay in registers across iterations, the exit branch is a guard.
# jit-args: -X jit-threshold=5
def escape(limit, cr, ci):
    i = 0
    zr = zi = 0.0
    while i < limit:
        zr2 = zr * zr
        zi2 = zi * zi
        if zr2 + zi2 > 4.0:
            break
        zi = 2.0 * zr * zi + ci
        zr = zr2 - zi2 + cr
        i += 1
    return i


print(escape(200, 0.1, 0.2), escape(200, 0.4, 0.6))
