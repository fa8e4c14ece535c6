# args: 25
# A size taken from sys.argv drives a computation, as the examples do.
import sys

n = int(sys.argv[1]) if len(sys.argv) > 1 else 10
squares = [i * i for i in range(n)]
print(n, sum(squares), squares[-1])
