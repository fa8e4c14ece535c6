# A store into an existing attribute slot (SLOT_STORE) keeps the instance's
# shape and slots pointer known: reading the attribute back after the store
# reuses the stored value, with no second shape guard or slot load.
# jit-args: -X jit-threshold=5
class Acc:
    def __init__(self):
        self.total = 0


def run(n):
    a = Acc()
    s = 0
    for i in range(n):
        a.total = a.total + i
        s += a.total
    return s


print(run(40))
