// dict: insertion-ordered hash tables (CPython's compact layout: a dense
// entries array in insertion order plus a sparse index table).
// The entries and the index share one storage cell owned by the dict
// (runtime/storage.h).
// Invariants:
//   - Keys are hashable; each entry caches its key's hash.
//   - Lookup calls __eq__ only when hashes match and the keys are not the same
//     object; str keys compare by content without calling into Python.
//   - `version` changes on every insertion, deletion and value store, so the
//     JIT can guard on it instead of re-doing lookups; `keys_version` changes
//     when the key set or the entries' places change, and on the first few
//     value rebinds (quasi-constant values, see Dict::keys_version).
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
  uint64_t version;    // changes with every change of the dict
  // Changes when keys come or go or entries move (a rebuild): while it
  // holds, each key keeps its entry and `entries` stays where it is, so a
  // reader may read a known key's value at its entry (compiled code does,
  // for globals, see jit/recorder.cpp). It also changes on each of the
  // dict's first kQuasiConstantRebinds rebinds of an existing key: until
  // then the values are quasi-constant (a trace may take them as constants
  // under this one guard); after, they are mutable and a reader loads them.
  uint64_t keys_version;
  uint64_t rebinds;  // value stores to existing keys, counted up to the limit
};

inline constexpr uint64_t kQuasiConstantRebinds = 8;

// Whether `d`'s values are no longer quasi-constant (see Dict::keys_version).
inline bool dict_values_mutable(const Dict* d) { return d->rebinds >= kQuasiConstantRebinds; }

Dict* dict_new(VM& vm);

// Lookup: returns the value; null with no pending exception means "absent";
// null with a pending exception means hashing or comparing raised.
[[nodiscard]] Value dict_get(VM& vm, Dict* d, Value key);
// Fast path for str keys (never raises).
Value dict_get_str(VM& vm, Dict* d, Str* key);
// The entry number of str key `key` in `d`, or -1 when absent.
int64_t dict_entry_of_str(VM& vm, Dict* d, Str* key);
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
