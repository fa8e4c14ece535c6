# An uncaught nested group raised from an except* handler.
def work():
    errors = []
    for i in range(3):
        try:
            if i == 1:
                raise KeyError(i)
            raise ValueError(i)
        except Exception as e:
            errors.append(e)
    raise ExceptionGroup("batch", [ExceptionGroup("inner", errors), OSError("io")])


try:
    work()
except* KeyError:
    raise RuntimeError("while handling")
