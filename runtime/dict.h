// dict: insertion-ordered hash tables (CPython's compact layout: a dense
// entries array in insertion order plus a sparse index table).
// The entries and the index share one storage cell owned by the dict
// (runtime/storage.h).
// Invariants:
//   - Keys are hashable; each entry caches its key's hash.
//   - Lookup calls __eq__ only when hashes match and the keys are not the same
//     object; str keys compare by content without calling into Python.
//   - `version` changes on every insertion, deletion and value store, so the
//     JIT can guard on it instead of re-doing lookups.
#pragma once

#include <cstdint>

#include "runtime/object.h"

namespace pyvm::runtime {

struct List;

struct DictEntry {
  int64_t hash;
  Value key;  // null: deleted entry
  Value value;
};

struct Dict : Object {
  int64_t used;         // live entries
  int64_t entries_len;  // entries in use, deleted ones included
  int64_t entries_cap;
  DictEntry* entries;  // traced: key and value of each live entry
  int32_t* index;      // index_size slots: -1 empty, -2 dummy, else entry number
  int64_t index_size;  // power of two, or 0 before the first insertion
  uint64_t version;
};

Dict* dict_new(VM& vm);

// Lookup: returns the value; null with no pending exception means "absent";
// null with a pending exception means hashing or comparing raised.
[[nodiscard]] Value dict_get(VM& vm, Dict* d, Value key);
// Fast path for str keys (never raises).
Value dict_get_str(VM& vm, Dict* d, Str* key);
[[nodiscard]] int dict_set(VM& vm, Dict* d, Value key, Value value);  // 0, or -1 on error
void dict_set_str(VM& vm, Dict* d, Str* key, Value value);
// 1 removed, 0 absent, -1 error.
[[nodiscard]] int dict_del(VM& vm, Dict* d, Value key);
// Iteration by position: advances *pos past deleted entries; false at the end.
bool dict_next(Dict* d, int64_t* pos, Value* key, Value* value);
// What a dict key/value/item iterator has not yet yielded: their number, each
// appended to `out` unless it is null; 0 once exhausted or when the dict
// changed size (__reduce__ and __length_hint__, runtime/iterator_reduce.cpp).
int64_t dict_iterator_remaining(VM& vm, Value iterator, List* out);

void init_dict_type(VM& vm);

}  // namespace pyvm::runtime

namespace pyvm {
using runtime::Dict;
}  // namespace pyvm

namespace pyvm::runtime {
// True for dict and its subclasses.
bool is_dict(VM& vm, Value v);
// A shallow copy (always of exact type dict).
Dict* dict_copy(VM& vm, Dict* d);
// dict.update(other): a mapping (keys() + getitem) or an iterable of pairs.
[[nodiscard]] int dict_merge_from(VM& vm, Dict* d, Value other);
// Removes and returns the value for `key`; null when absent (no exception) or
// on error (exception pending).
[[nodiscard]] Value dict_pop(VM& vm, Dict* d, Value key);
// A dict_keys view of `d` (used by the set algebra of keys views).
Value dict_keys_view(VM& vm, Dict* d);
// keys()/values()/items() view's `mapping` attribute: a mappingproxy of its dict.
[[nodiscard]] Value dict_view_mapping(VM& vm, Value view);

}  // namespace pyvm::runtime
