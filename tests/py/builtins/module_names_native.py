# __module__ of types and functions that native modules define, as CPython
# names them (collections.OrderedDict, struct.error, binascii.Error,
# os.DirEntry -> posix, len -> builtins, time.time -> time, ...) and the
# __qualname__ of built-in methods (list.append, Random.random).
import binascii
import collections
import functools
import io
import itertools
import operator
import os
import re
import struct
import sys
import time

for obj in [collections.OrderedDict, collections.deque, collections.defaultdict, collections.Counter,
            itertools.count, itertools.chain, functools.partial, re.Pattern, re.Match, io.StringIO,
            os.stat_result, time.struct_time, operator.itemgetter, struct.Struct, struct.error,
            type(sys.version_info), binascii.Error, os.DirEntry, int, dict, ValueError]:
    print(obj.__qualname__, obj.__module__)
for fn in [len, print, sorted, iter, os.getcwd, os.listdir, time.time, time.perf_counter, collections.namedtuple,
           functools.wraps, functools.lru_cache, re.compile, binascii.hexlify, struct.pack, os.walk, os.makedirs]:
    print(fn.__name__, fn.__module__)
print([].append.__module__, "abc".upper.__module__)


def local():
    pass


print(local.__module__, type(local).__module__)
import random

print([].append.__qualname__, list.append.__qualname__, dict.fromkeys.__qualname__, random.random.__qualname__,
      "a".upper.__qualname__, str.upper.__qualname__, collections.deque.append.__qualname__, len.__qualname__,
      object.__init__.__qualname__)
