# input() with no stdin data raises EOFError after writing the prompt; a replaced stdin is read.
import sys


class Lines:
    def __init__(self, lines):
        self.lines = list(lines)

    def readline(self):
        return self.lines.pop(0) if self.lines else ""


try:
    input("prompt> ")
except EOFError as e:
    print()
    print("EOFError", e)
sys.stdin = Lines(["first\n", "second"])
print(repr(input()), repr(input("? ")))
try:
    input()
except EOFError as e:
    print("EOFError", e)
sys.stdin = None
try:
    input()
except RuntimeError as e:
    print("RuntimeError", e)
