// itertools.product, permutations, combinations and
// combinations_with_replacement. Each iterator keeps its pool as a tuple and
// its index vectors as tuples of small ints (not references, so rewriting
// them in place needs no write barrier), and builds a fresh result tuple per
// item. n[0] is the iterator's phase: 0 before the first item, 1 running,
// 2 exhausted.
#include <string>

#include "runtime/dict.h"
#include "runtime/exceptions.h"
#include "runtime/int.h"
#include "runtime/itertools_module.h"
#include "runtime/native_args.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "vm/vm.h"

namespace pyvm::runtime {
namespace {

constexpr int64_t kFresh = 0;
constexpr int64_t kRunning = 1;
constexpr int64_t kDone = 2;

IterState* state_of(Value v) { return v.as<IterState>(); }

int64_t get(Value tuple, int64_t i) { return tuple.as<Tuple>()->at(i).small_int(); }
void put(Value tuple, int64_t i, int64_t v) {
  tuple.as<Tuple>()->items()[i] = Value::from_small_int(v);
}

// A tuple of `n` small ints, each `first + step * i`.
Value int_tuple(VM& vm, int64_t n, int64_t first, int64_t step) {
  Tuple* t = tuple_new(vm, n);
  for (int64_t i = 0; i < n; ++i)
    tuple_init_item(vm, t, i, Value::from_small_int(first + step * i));
  return Value::from_object(t);
}

// (pool[indices[0]], ..., pool[indices[r-1]]).
Value pick(VM& vm, Value pool, Value indices, int64_t r) {
  Tuple* out = tuple_new(vm, r);
  for (int64_t i = 0; i < r; ++i)
    tuple_init_item(vm, out, i, pool.as<Tuple>()->at(get(indices, i)));
  return Value::from_object(out);
}

// Reads r for combinations: an index-like value >= 0.
bool read_r(VM& vm, Value v, int64_t* r) {
  if (!index_to_int64(vm, v, r)) return false;
  if (*r < 0) {
    raise_value_error(vm, "r must be non-negative");
    return false;
  }
  return true;
}

// ---- product: slot 0 the pools (a tuple of tuples), slot 1 the indices.

Value product_construct(VM& vm, Type* cls, CallArgs args) {
  int64_t repeat = 1;
  int64_t nkw = args.kwnames == nullptr ? 0 : args.kwnames->length;
  for (int64_t k = 0; k < nkw; ++k) {
    Str* name = args.kwnames->at(k).as<Str>();
    if (!str_equals_ascii(name, "repeat")) {
      return raise_type_error(
          vm, "'" + str_to_utf8(name) + "' is an invalid keyword argument for product()");
    }
    if (!index_to_int64(vm, args.args[args.npos + k], &repeat)) return Value::null();
    if (repeat < 0) return raise_value_error(vm, "repeat argument cannot be negative");
  }
  auto npools = static_cast<int64_t>(args.npos);
  Tuple* pools = tuple_new(vm, npools * repeat);
  for (int64_t i = 0; i < npools; ++i) {
    Value pool = tuple_from_iterable(vm, args.args[i]);
    if (pool.is_null()) return pool;
    for (int64_t k = 0; k < repeat; ++k) tuple_init_item(vm, pools, k * npools + i, pool);
  }
  IterState* s = iter_state_new(vm, cls);
  iter_state_set(vm, s, 0, Value::from_object(pools));
  iter_state_set(vm, s, 1, int_tuple(vm, pools->length, 0, 0));
  return Value::from_object(s);
}

Value product_result(VM& vm, IterState* s) {
  auto* pools = s->slot[0].as<Tuple>();
  Tuple* out = tuple_new(vm, pools->length);
  for (int64_t i = 0; i < pools->length; ++i) {
    tuple_init_item(vm, out, i, pools->at(i).as<Tuple>()->at(get(s->slot[1], i)));
  }
  return Value::from_object(out);
}

Value product_next(VM& vm, Value self) {
  IterState* s = state_of(self);
  auto* pools = s->slot[0].as<Tuple>();
  if (s->n[0] == kDone) return Value::null();
  if (s->n[0] == kFresh) {
    for (int64_t i = 0; i < pools->length; ++i) {
      if (pools->at(i).as<Tuple>()->length == 0) {
        s->n[0] = kDone;
        return Value::null();
      }
    }
    s->n[0] = kRunning;
    return product_result(vm, s);
  }
  for (int64_t i = pools->length - 1; i >= 0; --i) {
    int64_t next = get(s->slot[1], i) + 1;
    if (next < pools->at(i).as<Tuple>()->length) {
      put(s->slot[1], i, next);
      return product_result(vm, s);
    }
    put(s->slot[1], i, 0);
  }
  s->n[0] = kDone;
  return Value::null();
}

// ---- permutations: slot 0 the pool, 1 the indices, 2 the cycles; n[1] = r.

Value permutations_construct(VM& vm, Type* cls, CallArgs args) {
  Value a[2];
  if (!bind_args(vm, args, {"permutations", {"iterable", "r"}, 1}, a)) return Value::null();
  Value pool = tuple_from_iterable(vm, a[0]);
  if (pool.is_null()) return pool;
  int64_t n = pool.as<Tuple>()->length;
  int64_t r = n;
  if (!a[1].is_null() && a[1] != vm.none()) {
    if (!is_int(vm, a[1])) return raise_type_error(vm, "Expected int as r");
    if (!int_to_int64(vm, a[1], &r)) return Value::null();
    if (r < 0) return raise_value_error(vm, "r must be non-negative");
  }
  IterState* s = iter_state_new(vm, cls);
  iter_state_set(vm, s, 0, pool);
  iter_state_set(vm, s, 1, int_tuple(vm, n, 0, 1));
  iter_state_set(vm, s, 2, int_tuple(vm, r > n ? 0 : r, n, -1));
  s->n[1] = r;
  if (r > n) s->n[0] = kDone;
  return Value::from_object(s);
}

Value permutations_next(VM& vm, Value self) {
  IterState* s = state_of(self);
  int64_t r = s->n[1];
  int64_t n = s->slot[0].as<Tuple>()->length;
  if (s->n[0] == kDone) return Value::null();
  if (s->n[0] == kFresh) {
    s->n[0] = kRunning;
    return pick(vm, s->slot[0], s->slot[1], r);
  }
  Value indices = s->slot[1], cycles = s->slot[2];
  for (int64_t i = r - 1; i >= 0; --i) {
    int64_t c = get(cycles, i) - 1;
    if (c == 0) {
      int64_t first = get(indices, i);
      for (int64_t k = i; k < n - 1; ++k) put(indices, k, get(indices, k + 1));
      put(indices, n - 1, first);
      put(cycles, i, n - i);
    } else {
      put(cycles, i, c);
      int64_t other = get(indices, n - c);
      put(indices, n - c, get(indices, i));
      put(indices, i, other);
      return pick(vm, s->slot[0], indices, r);
    }
  }
  s->n[0] = kDone;
  return Value::null();
}

// ---- combinations and combinations_with_replacement: slot 0 the pool,
// slot 1 the indices; n[1] = r.

Value combinations_common(VM& vm, Type* cls, CallArgs args, const char* name, bool replace) {
  Value a[2];
  if (!bind_args(vm, args, {name, {"iterable", "r"}, 2}, a)) return Value::null();
  Value pool = tuple_from_iterable(vm, a[0]);
  if (pool.is_null()) return pool;
  int64_t r;
  if (!read_r(vm, a[1], &r)) return Value::null();
  int64_t n = pool.as<Tuple>()->length;
  IterState* s = iter_state_new(vm, cls);
  iter_state_set(vm, s, 0, pool);
  iter_state_set(vm, s, 1, int_tuple(vm, r, 0, replace ? 0 : 1));
  s->n[1] = r;
  if (replace ? (n == 0 && r > 0) : r > n) s->n[0] = kDone;
  return Value::from_object(s);
}

Value combinations_construct(VM& vm, Type* cls, CallArgs args) {
  return combinations_common(vm, cls, args, "combinations", false);
}

Value cwr_construct(VM& vm, Type* cls, CallArgs args) {
  return combinations_common(vm, cls, args, "combinations_with_replacement", true);
}

Value combinations_next(VM& vm, Value self) {
  IterState* s = state_of(self);
  int64_t r = s->n[1];
  int64_t n = s->slot[0].as<Tuple>()->length;
  if (s->n[0] == kDone) return Value::null();
  if (s->n[0] == kFresh) {
    s->n[0] = kRunning;
    return pick(vm, s->slot[0], s->slot[1], r);
  }
  Value indices = s->slot[1];
  int64_t i = r - 1;
  while (i >= 0 && get(indices, i) == i + n - r) --i;
  if (i < 0) {
    s->n[0] = kDone;
    return Value::null();
  }
  put(indices, i, get(indices, i) + 1);
  for (int64_t j = i + 1; j < r; ++j) put(indices, j, get(indices, j - 1) + 1);
  return pick(vm, s->slot[0], indices, r);
}

Value cwr_next(VM& vm, Value self) {
  IterState* s = state_of(self);
  int64_t r = s->n[1];
  int64_t n = s->slot[0].as<Tuple>()->length;
  if (s->n[0] == kDone) return Value::null();
  if (s->n[0] == kFresh) {
    s->n[0] = kRunning;
    return pick(vm, s->slot[0], s->slot[1], r);
  }
  Value indices = s->slot[1];
  int64_t i = r - 1;
  while (i >= 0 && get(indices, i) == n - 1) --i;
  if (i < 0) {
    s->n[0] = kDone;
    return Value::null();
  }
  int64_t v = get(indices, i) + 1;
  for (int64_t j = i; j < r; ++j) put(indices, j, v);
  return pick(vm, s->slot[0], indices, r);
}

void add(VM& vm, Dict* d, const char* name, NextFn next, ConstructFn construct) {
  Type* t = iter_state_type_new(vm, name, next, construct);
  dict_set_str(vm, d, t->name, Value::from_object(t));
}

}  // namespace

void add_itertools_combinatorics(VM& vm, Dict* d) {
  add(vm, d, "product", product_next, product_construct);
  add(vm, d, "permutations", permutations_next, permutations_construct);
  add(vm, d, "combinations", combinations_next, combinations_construct);
  add(vm, d, "combinations_with_replacement", cwr_next, cwr_construct);
}

}  // namespace pyvm::runtime
