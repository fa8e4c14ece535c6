// Iterators over the built-in sequences: list, tuple, str and bytes. Their
// layouts are public because the interpreter's FOR_ITER fast paths read them.
// An exhausted iterator drops its reference to the sequence (null / nullptr).
#pragma once

#include <cstdint>

#include "runtime/object.h"

namespace pyvm::runtime {

struct List;
struct Bytes;

struct ListIterator : Object {
  List* list;  // nullptr once exhausted
  int64_t index;
};

struct TupleIterator : Object {
  Tuple* tuple;  // nullptr once exhausted
  int64_t index;
};

struct StrIterator : Object {
  Str* str;  // nullptr once exhausted
  int64_t index;
};

struct BytesIterator : Object {
  Bytes* bytes;  // nullptr once exhausted
  int64_t index;
};

// The sequence-protocol iterator: seq[0], seq[1], ... until IndexError.
struct SeqIterator : Object {
  Value sequence;  // null once exhausted
  int64_t index;
};

// iter(callable, sentinel): calls callable() until it returns the sentinel.
struct CallableIterator : Object {
  Value callable;  // null once exhausted
  Value sentinel;
};

Value seq_iterator_new(VM& vm, Value sequence);
Value callable_iterator_new(VM& vm, Value callable, Value sentinel);
Value list_iterator_new(VM& vm, List* list);
Value tuple_iterator_new(VM& vm, Tuple* tuple);
Value str_iterator_new(VM& vm, Str* str);
Value bytes_iterator_new(VM& vm, Bytes* bytes);

// Installs the slots of the four iterator types (init_iterator_types calls
// all four; the VM calls it once at startup).
void init_iterator_types(VM& vm);
void init_list_iterator_type(VM& vm);
void init_tuple_iterator_type(VM& vm);
void init_str_iterator_type(VM& vm);
void init_bytes_iterator_type(VM& vm);

}  // namespace pyvm::runtime
