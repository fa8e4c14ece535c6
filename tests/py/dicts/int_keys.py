# Dicts with many int keys: growth, deletions, re-insertion order, big-int keys, lookups.
squares = {}
for i in range(200):
    squares[i] = i * i
print(len(squares), squares[0], squares[199], sum(squares.values()))
for i in range(0, 200, 2):
    del squares[i]
print(len(squares), list(squares)[:5], 50 in squares, 51 in squares)
squares[0] = "back"
print(list(squares)[-1], squares[0])
big = {2 ** 70: "big", -(2 ** 70): "neg", 1.0: "float one"}
print(big[2 ** 70], big[-(2 ** 70)], big[1], big.get(2 ** 71))
total = 0
for k, v in squares.items():
    if isinstance(v, int):
        total += v - k
print(total)
