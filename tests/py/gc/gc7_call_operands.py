# Values on the value stacks of frames suspended in a CALL (below the
# running frame) stay alive while the callee allocates: the collector scans
# those frames up to the call's operands only (vm/frame.cpp).


def churn(n):
    # Allocates enough to trigger collections while the callers wait.
    out = []
    for i in range(n):
        out.append((i, [i] * 3, str(i)))
    return len(out)


def spread(*args):
    return sum(len(a) for a in args) + churn(3000)


def nested(depth):
    if depth == 0:
        return churn(2000)
    # The tuple and list literals sit on this frame's stack below the call.
    return len((depth, [depth] * 4)) + nested(depth - 1) + len([str(depth)] * 2)


def with_key(items):
    return max(items, key=lambda x: (churn(200), x)[1])


for round_ in range(3):
    print(spread([1, 2], "abc", (4, 5, 6), {"k": 1}, [str(i) for i in range(50)]))
    print(nested(30))
    print(with_key([str(i) * 3 for i in range(20)]))
    print([len(str(x)) for x in [(i, churn(50)) for i in range(10)]])
