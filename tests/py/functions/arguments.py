# Function calls with positional, default and keyword arguments.
def describe(name, age, city="Paris", country="France"):
    return name + " (" + str(age) + ") from " + city + ", " + country


print(describe("Ada", 36))
print(describe("Alan", 41, "London", "UK"))
print(describe("Grace", 85, country="USA", city="New York"))
print(describe(age=3, name="Kid"))
print(describe("Linus", 28, city="Helsinki"))


def defaults_evaluated_once(x, acc=[]):
    acc.append(x)
    return len(acc)


print(defaults_evaluated_once(1), defaults_evaluated_once(2), defaults_evaluated_once(3))

base = 10


def default_from_global(x, offset=base):
    return x + offset


base = 1000
print(default_from_global(5), default_from_global(5, 1))


def no_return():
    pass


def early(n):
    if n > 0:
        return "positive"
    return


print(no_return(), early(1), early(-1))


def compute(a, b, c=3, d=4):
    return a * 1000 + b * 100 + c * 10 + d


print(compute(1, 2), compute(1, 2, 5), compute(1, 2, d=9), compute(d=1, c=2, b=3, a=4))
print(compute(1, b=2), compute(b=0, a=0, d=0))
