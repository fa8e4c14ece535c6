# A cleanup handler that itself fails: the uncaught traceback shows "During handling of the above exception".
import sys

class Resource:
    def __init__(self, name):
        self.name = name
        self.open = True

    def close(self):
        if self.name == "db":
            raise ConnectionResetError(104, "connection reset while closing", self.name)
        self.open = False
        print("closed", self.name)


def process(items):
    total = 0
    for item in items:
        total += 100 // item
    return total


resources = [Resource("cache"), Resource("db")]
print(process([1, 2, 5]))
try:
    process([3, 0])
except ZeroDivisionError as e:
    print("handled:", e)

print(sys.exc_info())

def shutdown():
    try:
        process([4, 0, 2])
    except ZeroDivisionError:
        for r in resources:
            r.close()


shutdown()
