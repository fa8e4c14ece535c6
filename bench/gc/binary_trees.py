# GC benchmark: binary-trees. Builds and checks many short-lived complete binary
# trees (nested tuples) while one long-lived tree stays alive, as in the
# Benchmarks Game program. Usage: binary_trees.py [max_depth]  (default 16)
import sys


def make_tree(depth):
    if depth == 0:
        return (None, None)
    depth -= 1
    return (make_tree(depth), make_tree(depth))


def check_tree(node):
    left, right = node
    if left is None:
        return 1
    return 1 + check_tree(left) + check_tree(right)


def main(max_depth):
    min_depth = 4
    if max_depth < min_depth + 2:
        max_depth = min_depth + 2
    stretch = max_depth + 1
    print("stretch tree of depth", stretch, "check:", check_tree(make_tree(stretch)))
    long_lived = make_tree(max_depth)
    total = 0
    depth = min_depth
    while depth <= max_depth:
        iterations = 1 << (max_depth - depth + min_depth)
        check = 0
        for _ in range(iterations):
            check += check_tree(make_tree(depth))
        print(iterations, "trees of depth", depth, "check:", check)
        total += check
        depth += 2
    print("long lived tree of depth", max_depth, "check:", check_tree(long_lived))
    print("checksum", total + check_tree(long_lived))


main(int(sys.argv[1]) if len(sys.argv) > 1 else 16)
