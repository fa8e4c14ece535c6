# ASCII Mandelbrot set on a 60x24 grid, with per-row escape-count checksums.
def escape(cr, ci, limit):
    zr = 0.0
    zi = 0.0
    n = 0
    while n < limit:
        zr2 = zr * zr
        zi2 = zi * zi
        if zr2 + zi2 > 4.0:
            return n
        zi = 2.0 * zr * zi + ci
        zr = zr2 - zi2 + cr
        n += 1
    return limit


def render(width, height, limit=60):
    palette = " .:-=+*#%@"
    total = 0
    for row in range(height):
        ci = -1.2 + 2.4 * row / (height - 1)
        line = ""
        row_sum = 0
        for col in range(width):
            cr = -2.1 + 2.8 * col / (width - 1)
            n = escape(cr, ci, limit)
            row_sum += n
            line += palette[n * (len(palette) - 1) // limit]
        total += row_sum
        print(line + " " + str(row_sum))
    return total


print("total", render(60, 24))
