// The lazy iteration builtins enumerate, zip, map, filter and reversed (each a
// type whose call constructs an iterator), plus the reverse iterators that
// reversed() returns for list and dict (list_reverseiterator,
// dict_reverse{key,value,item}iterator) and the generic `reversed` object that
// walks any sequence with __len__ and __getitem__ backwards.
#pragma once

#include <cstdint>

#include "runtime/object.h"

namespace pyvm::runtime {

struct List;

struct Enumerate : Object {
  Value iterator;
  Value count;  // the next index to yield: a small int, or a big int past 2**62
};

struct Zip : Object {
  Tuple* iterators;
  int64_t strict;  // 1: zip(strict=True)
};

struct Map : Object {
  Value function;
  Tuple* iterators;
};

struct Filter : Object {
  Value function;  // None: keep truthy items
  Value iterator;
};

// reversed(seq) for sequences without __reversed__: seq[index], seq[index-1], ...
struct Reversed : Object {
  Value sequence;  // null once exhausted
  int64_t index;
};

struct ListReverseIterator : Object {
  List* list;  // nullptr once exhausted
  int64_t index;
};

// Walks a dict's entries from the newest; its type says what it yields.
struct DictReverseIterator : Object {
  Dict* dict;  // nullptr once exhausted
  int64_t pos;
  int64_t initial_used;
  int64_t remaining;  // entries not yet yielded (__length_hint__)
};

// reversed(v): calls __reversed__ or builds a reverse iterator; raises
// "'X' object is not reversible" when v is no sequence.
[[nodiscard]] Value reversed(VM& vm, Value v);

// Fills the slots of the types above (the VM calls it once at startup) and
// adds __reversed__ to list, dict and range.
void init_iteration_types(VM& vm);
// Puts enumerate, zip, map, filter and reversed into the builtins dict.
void add_iteration_builtins(VM& vm, Dict* builtins);

}  // namespace pyvm::runtime
