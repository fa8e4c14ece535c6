# Lists: creation, indexing, assignment, append, pop, insert, remove, extend, len, in, +, *.
a = [1, 2, 3]
a.append(4)
a.append([5, 6])
print(a, len(a))
print(a.pop(), a.pop(0), a)
a.insert(0, "first")
a.insert(100, "last")
a.insert(-1, "before last")
print(a)
a.remove(3)
print(a, 2 in a, 3 in a)
a[0] = "FIRST"
a[-1] = "LAST"
print(a)
b = [0] * 5
b[2] = 9
print(b, [1, 2] + [3], [[]] * 2, [] * 4)
b.extend([7, 8])
b.extend((9,))
b += [10]
print(b, b.index(9), b.count(9), b.count(100))
nested = [[1, 2], [3, 4]]
nested[1][0] = 30
print(nested, nested[1][0] + nested[0][1])
alias = nested
alias.append([5])
print(nested, alias is nested)
b.reverse()
print(b)
del b[0]
del b[1:3]
print(b)
b.clear()
print(b, len(b))
print(list(), list((1, 2)), list(range(3)), list("ab"))
