# jit-args: -X jit-threshold=5
# A try/except loop whose recorded iteration raised: the dict subscript is
# the caught variant of its residual call (item_caught), a guard on the
# raised sentinel resumes after the subscript when the key is found, then
# exc_caught (context, traceback entry), the handler's PUSH_EXC_INFO and
# POP_EXCEPT (exc_push_info, exc_pop) and CHECK_EXC_MATCH decided at record
# time on the exception's guarded type.


def main(n):
    table = {}
    misses = 0
    for i in range(n):
        key = i % 50
        try:
            table[key] += 1
        except KeyError:
            misses += 1
            table[key] = 1
    return misses, sum(table.values())


print(main(60))
