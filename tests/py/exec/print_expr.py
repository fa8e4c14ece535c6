# PRINT_EXPR: expression statements compiled in 'single' mode go through
# sys.displayhook, which prints the repr and sets builtins._; a replaced
# displayhook is called instead.
import builtins
import sys

exec(compile("1 + 2", "<s>", "single"))
exec(compile("None", "<s>", "single"))
exec(compile("'text'", "<s>", "single"))
print(builtins._)
seen = []
sys.displayhook = seen.append
exec(compile("[4, 5]", "<s>", "single"))
sys.displayhook = sys.__displayhook__
print(seen, sys.displayhook is sys.__displayhook__)
sys.displayhook(None)
sys.displayhook((6, 7))
print(builtins._)
import doctest


def square(x):
    """
    >>> square(3)
    9
    >>> [square(i) for i in range(4)]
    [0, 1, 4, 9]
    >>> square(2)
    5
    """
    return x * x


finder = doctest.DocTestFinder()
runner = doctest.DocTestRunner(verbose=False)
for test in finder.find(square, "square"):
    runner.run(test, out=lambda text: None)
print(runner.summarize(verbose=False))
