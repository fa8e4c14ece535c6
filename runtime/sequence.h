// Helpers shared by the built-in sequence and container types (str, bytes,
// tuple, list, dict, set, range): index normalisation, repeat counts, the
// repr recursion guard, and argument parsing for native methods.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>

#include "runtime/object.h"

namespace pyvm::runtime {

// Adds `length` to a negative index; false when the result is out of range.
inline bool normalize_index(int64_t* index, int64_t length) {
  if (*index < 0) *index += length;
  return *index >= 0 && *index < length;
}

// True when `v` can be used as an index (int, bool, or a type with __index__).
bool is_index_like(VM& vm, Value v);

// Reads the count `n` of `seq * n`. Returns 1 on success, 0 when `n` is not an
// index (the caller returns NotImplemented or raises), -1 on error. Negative
// counts become 0.
[[nodiscard]] int sequence_repeat_count(VM& vm, Value n, int64_t* out);

// Raises "can't multiply sequence by non-int of type 'X'".
Value raise_cant_multiply(VM& vm, Value n);

// Reads an index-like getitem key. Returns 1 when `key` was an index (stored
// in *out), 0 when it is not index-like, -1 on error.
[[nodiscard]] int read_index_key(VM& vm, Value key, int64_t* out);

// Guards repr against self-containing containers (vm.repr_in_progress).
class ReprGuard {
 public:
  ReprGuard(VM& vm, Object* object);
  ~ReprGuard();
  ReprGuard(const ReprGuard&) = delete;
  ReprGuard& operator=(const ReprGuard&) = delete;
  // True when the object was already being repr'd (print "[...]" instead).
  bool recursive() const { return recursive_; }

 private:
  VM& vm_;
  Object* object_;
  bool recursive_;
};

// Parses a native call's arguments by position and keyword into out[0 ..
// names.size()) (null when not given). `skip` leading positionals are skipped
// (1 for methods: the receiver). Raises CPython-like TypeErrors for unknown,
// duplicate or missing arguments. `required` counts leading required params.
[[nodiscard]] bool parse_args(VM& vm, CallArgs args, size_t skip, const char* fname,
                              std::initializer_list<const char*> names, size_t required,
                              Value* out);

// Appends the repr of `v` (a str) as UTF-8 to `out`; false on error.
[[nodiscard]] bool append_repr(VM& vm, Value v, std::string* out);

// Collects every item of an iterable into a vector-like callback; -1 on error.
// Used by constructors that take any iterable.
template <typename F>
[[nodiscard]] int for_each_item(VM& vm, Value iterable, F&& f);

}  // namespace pyvm::runtime

#include "runtime/ops.h"
#include "vm/vm.h"

namespace pyvm::runtime {

template <typename F>
int for_each_item(VM& vm, Value iterable, F&& f) {
  Value it = get_iter(vm, iterable);
  if (it.is_null()) return -1;
  for (;;) {
    Value item = iter_next(vm, it);
    if (item.is_null()) return vm.has_exception() ? -1 : 0;
    if (f(item) < 0) return -1;
  }
}

}  // namespace pyvm::runtime

namespace pyvm::runtime {

// Attribute lookup fallback for types with a getattr slot: finds `name` in the
// type's MRO and binds native methods to `self`; raises AttributeError if absent.
[[nodiscard]] Value lookup_type_attr(VM& vm, Value self, Str* name);

// Lexicographic comparison of two item arrays (tuple and list richcompare).
[[nodiscard]] Value sequence_richcompare(VM& vm, const Value* a, int64_t na, const Value* b,
                                         int64_t nb, CompareOp op);

// Reads the optional start/stop arguments at args[first], args[first + 1] of
// index()/count()-like methods, clamped to [0, length] like slice bounds.
[[nodiscard]] bool read_search_bounds(VM& vm, CallArgs args, size_t first, int64_t length,
                                      int64_t* start, int64_t* stop);

// Raises StopIteration() with no arguments.
Value raise_stop_iteration(VM& vm);

// Adds `__iter__` and `__next__` methods to an iterator type (its `iter`
// and `next` slots must be set).
void add_iterator_methods(VM& vm, Type* type);

}  // namespace pyvm::runtime
