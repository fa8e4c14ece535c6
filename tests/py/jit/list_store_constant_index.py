# Stores at constant indices into lists inside traced loops (the item store
# through a displacement): first, middle and last items of short and long
# lists, young and old lists, floats boxed in the trace and other objects,
# with allocation churn so that minor collections run while the list is the
# only holder of the new items, and an index that goes out of range.


def churn(k):
    junk = []
    for i in range(k):
        junk.append((i, [i]))
    return len(junk)


def bodies_step(bodies, steps):
    for _ in range(steps):
        for b in bodies:
            b[0] += 0.5 * b[3]
            b[1] -= 0.25 * b[3]
            b[6] = b[0] * b[1]
        churn(20)
    return bodies


def long_list_ends(lst, rounds):
    for r in range(rounds):
        lst[0] = lst[0] + 1.5
        lst[150] = lst[150] * 0.5 + r
        lst[299] = float(r)
        lst[64] = (r, r * 2)
        churn(30)
    return lst[0], lst[150], lst[299], lst[64]


def young_lists(n):
    out = []
    for i in range(n):
        row = [0.0, 0.0, 0.0]
        row[0] = i * 0.5
        row[2] = row[0] + 1.0
        row[1] = str(i)
        out.append(row)
    return out


def store_past_end(rows):
    done = 0
    for row in rows:
        row[3] = 1.25
        done += 1
    return done


bodies = [[float(i), 2.0 * i, 0.0, 0.125 * (i + 1), 0.0, 0.0, 1.0] for i in range(5)]
churn(3000)
print(bodies_step(bodies, 60))
big = [0.0] * 300
churn(3000)
print(long_list_ends(big, 50))
print(sum(big[1:64]), sum(big[65:150]), big[151:155])
print(young_lists(12)[-2:])
rows = [[0.0] * 4 for _ in range(10)] + [[0.0] * 3]
try:
    store_past_end(rows)
except IndexError as e:
    print("IndexError", e)
print(rows[0], rows[9], rows[10])
