# print(file=obj) writes through obj.write for any object; write() is called once per piece.
class Recorder:
    def __init__(self):
        self.calls = []

    def write(self, text):
        self.calls.append(text)


class Flushing(Recorder):
    def flush(self):
        self.calls.append("FLUSH")


r = Recorder()
print(1, "two", [3], sep=", ", end=".\n", file=r)
print(file=r)
print(r.calls)
f = Flushing()
print("x", file=f, flush=True)
print("y", file=f, flush=False)
print(f.calls)
try:
    print("z", file=r, flush=True)
except AttributeError as e:
    print("AttributeError", e)
print(r.calls[-2:])
