# A guard fails inside an inlined __init__ (the argument turns negative), the
# interpreter resumes in the rebuilt __init__ frame, and it raises: the
# traceback names the loop's line and __init__'s; before that, exits inside
# __init__ hand the instance (not None) back to the loop.


class Account:
    def __init__(self, cents):
        self.cents = cents
        if cents < 0:
            raise ValueError("negative balance %d" % cents)


def open_accounts(n, start):
    total = 0
    for i in range(n):
        total += Account(start - i).cents
    return total


print(open_accounts(150, 1000))
print(open_accounts(300, 200))
