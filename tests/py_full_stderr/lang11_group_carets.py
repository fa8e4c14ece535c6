# Caret lines inside the boxes of an uncaught, nested exception group.
def parse(text):
    return int(text) * 2


def check(items):
    errors = []
    for item in items:
        try:
            parse(item["value"])
        except (ValueError, KeyError) as e:
            errors.append(e)
    if errors:
        raise ExceptionGroup(f"{len(errors)} bad", errors)


def batch(groups):
    failures = []
    for g in groups:
        try:
            check(g)
        except ExceptionGroup as eg:
            failures.append(eg)
    raise ExceptionGroup("batch failed", failures)


batch([[{"value": "1"}, {"value": "x"}], [{"other": 1}], [{"value": "2"}]])
