# str.format and printf-style % formatting.
print("{} and {}".format(1, 2), "{1}{0}".format("a", "b"), "{name}!".format(name="hi"))
print("{:>6}|{:<6}|{:^6}|{:06.2f}|{:x}".format("r", "l", "c", 3.14159, 255))
print("%d%% of %s" % (50, "it"), "%5.1f|%-4d|%x|%r" % (2.25, 7, 255, "q"))
print("%s" % "single", "%(a)s-%(b)d" % {"a": "x", "b": 3})
