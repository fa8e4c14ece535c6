# A failing store to a subscript: the target is marked.
data = [0] * 3
for i in range(5):
    data[i + 1] = i
