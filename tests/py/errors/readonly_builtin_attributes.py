# Assigning or deleting attributes of built-in instances: computed attributes
# are read-only (getset: "not writable"; member: "readonly attribute"),
# methods are read-only, unknown names are missing.
targets = [(1, "real"), (1.5, "imag"), (True, "numerator"), (2j, "real"), (slice(1, 2), "start"),
           (range(3), "stop"), (1, "bit_length"), ("s", "upper"), (1, "nothing"), (object(), "x"),
           ([], "append"), ({}, "nope")]
for obj, name in targets:
    try:
        setattr(obj, name, 5)
    except AttributeError as e:
        print(type(obj).__name__, name, "set:", e)
    try:
        delattr(obj, name)
    except AttributeError as e:
        print(type(obj).__name__, name, "del:", e)
