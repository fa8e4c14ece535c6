# Lots of short-lived garbage, self-referencing and mutually referencing lists
# (cycles), dicts that outlive many collections, and gc.collect() in between:
# every live value must come through intact.
import gc

keep = {}
total = 0
for i in range(20000):
    a = [i]
    b = [a, i * 2]
    a.append(b)  # a <-> b cycle
    c = [i]
    c.append(c)  # self cycle
    t = (float(i) * 0.5, str(i), (i, i + 1))
    total += int(t[0]) + len(t[1]) + t[2][1]
    if i % 1000 == 0:
        keep[i] = [t, b[1], {str(i): [i] * 3}]
    if i % 5000 == 0:
        gc.collect()
checksum = 0
for k in sorted(keep):
    t, doubled, d = keep[k]
    checksum += k + doubled + sum(d[str(k)]) + t[2][0] + int(t[0] * 2)
print(total, checksum, len(keep))
big = [[j, str(j)] for j in range(50000)]
del big
gc.collect()
print(sum([x[0] for x in [[j] for j in range(1000)]]))
