# A recursion that passes through max() and a class instantiation on every
# level: CPython counts those calls, so the depth and message must match.
class Node:
    def __init__(self, depth):
        self.children = [Node(depth + 1)] if depth < 10**6 else []

    def height(self):
        return 1 + max(map(Node.height, self.children), default=0)


Node(0)
