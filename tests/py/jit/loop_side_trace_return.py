# Side traces of loop traces that end at the frame's return (a loop that
# returns early): results of several types, returns from generators and
# nested loops, and a return in a try/finally.
def find(items, target):
    for i, x in enumerate(items):
        if x == target:
            return i
    return -1


def find_obj(items, target):
    for x in items:
        if x[0] == target:
            return x
    return None


def first_big(items, limit):
    for x in items:
        if x > limit:
            return x * 0.5
    return 0.0


def nested(rows, target):
    for r, row in enumerate(rows):
        for c, x in enumerate(row):
            if x == target:
                return r, c
    return None


def gen(items, stop):
    for x in items:
        if x == stop:
            return
        yield x


def guarded(items, target, log):
    try:
        for x in items:
            if x == target:
                return x
    finally:
        log.append(target)
    return None


def main():
    data = list(range(20))
    print(sum(find(data, k % 25) for k in range(3000)))
    pairs = [(i, str(i)) for i in range(10)]
    print([find_obj(pairs, k % 12) for k in range(3000)][-12:])
    print(sum(first_big([1.0, 2.0, 5.0, 9.0], k % 10) for k in range(3000)))
    rows = [[r * 5 + c for c in range(5)] for r in range(5)]
    print([nested(rows, k % 30) for k in range(3000)][-6:])
    print(sum(sum(gen(data, k % 22)) for k in range(2000)))
    log = []
    print(sum(guarded(data, k % 20, log) or 0 for k in range(2000)), len(log))


main()
