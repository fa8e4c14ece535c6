# Stores of new objects into lists that are already old, inside traced loops
# (the inline list store and its write barrier): short and long lists, floats
# boxed in the trace, fresh tuples (NEWTUPLE), then allocation churn so minor
# collections run while the only reference to each new object is the list.


def make(n):
    return [0.0] * n


def churn(k):
    junk = []
    for i in range(k):
        junk.append([i, str(i)])
    return len(junk)


def fill(lst, rounds):
    n = len(lst)
    for r in range(rounds):
        for i in range(n):
            lst[i] = lst[i] * 0.5 + r + i * 0.25
        churn(50)
    return lst


def fill_objects(lst, rounds):
    n = len(lst)
    for r in range(rounds):
        for i in range(n):
            lst[i] = (r, i * r, 0.5 * i)
        churn(50)
    return lst


short = make(7)
long_ = make(300)
churn(5000)
print(fill(short, 40))
print(sum(fill(long_, 10)))
objs = [None] * 5
biglist = [None] * 200
churn(5000)
print(fill_objects(objs, 30))
fill_objects(biglist, 5)
churn(3000)
print(biglist[0], biglist[199], sum(x[1] for x in biglist))
