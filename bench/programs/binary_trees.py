# Benchmark: binary trees allocated and walked (allocation-heavy: tuples and objects,
# short-lived and long-lived trees, recursion).
# bench: default=14 quick=8
import sys


class Node:
    def __init__(self, left, right):
        self.left = left
        self.right = right


def make_tree(depth):
    if depth == 0:
        return Node(None, None)
    return Node(make_tree(depth - 1), make_tree(depth - 1))


def check(node):
    if node.left is None:
        return 1
    return 1 + check(node.left) + check(node.right)


def make_tuple_tree(depth):
    if depth == 0:
        return (None, None)
    return (make_tuple_tree(depth - 1), make_tuple_tree(depth - 1))


def check_tuple(t):
    left, right = t
    if left is None:
        return 1
    return 1 + check_tuple(left) + check_tuple(right)


def main():
    max_depth = int(sys.argv[1]) if len(sys.argv) > 1 else 14
    min_depth = 4
    print("stretch", check(make_tree(max_depth + 1)))
    long_lived = make_tree(max_depth)
    for depth in range(min_depth, max_depth + 1, 2):
        iterations = 1 << (max_depth - depth + min_depth)
        total = 0
        for _ in range(iterations):
            total += check(make_tree(depth))
        print(iterations, depth, total)
    print("tuples", check_tuple(make_tuple_tree(max_depth)))
    print("long lived", check(long_lived))


main()
