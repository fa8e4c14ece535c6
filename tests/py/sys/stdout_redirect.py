# Assigning sys.stdout redirects print(); None silences it; restoring works.
import sys


class Capture:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        self.parts.append("<flush>")


old = sys.stdout
cap = Capture()
sys.stdout = cap
print("hello", 42)
print("x", "y", sep="", end="")
sys.stdout = None
print("lost")
sys.stdout = old
print(cap.parts)
del sys.stdout
try:
    print("no stdout")
except RuntimeError as e:
    sys.__stdout__.write("RuntimeError " + str(e) + "\n")
sys.stdout = sys.__stdout__
print("restored")
