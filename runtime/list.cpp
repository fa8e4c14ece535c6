// list: the growable item array (CPython's over-allocation policy), the list
// Type's slots including slice assignment, and its methods (sort is a stable
// merge sort that compares with `<` through the object protocol, natively for
// keys of exact builtin types).
#include "runtime/list.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "runtime/exceptions.h"
#include "runtime/float.h"
#include "runtime/function.h"
#include "runtime/int.h"
#include "runtime/iterators.h"
#include "runtime/ops.h"
#include "runtime/sequence.h"
#include "runtime/slice.h"
#include "runtime/slot_wrappers.h"
#include "runtime/storage.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "vm/vm.h"

namespace pyvm::runtime {

// ---- storage

// Stores item `i` with the index-range write barrier (gc/heap.h): an old list
// remembers only which indices received young references.
static void store_item(VM& vm, List* list, int64_t i, Value v) {
  vm.heap().write_barrier_index(list, i, v);
  list->items[i] = v;
}

static void list_set_capacity(VM& vm, List* list, int64_t capacity) {
  if (capacity == list->capacity) return;
  Value* fresh = nullptr;
  if (capacity > 0) {
    fresh = static_cast<Value*>(
        storage_allocate(vm, list, static_cast<size_t>(capacity) * sizeof(Value)));
    int64_t kept = std::min(list->length, capacity);
    if (kept > 0) std::memcpy(fresh, list->items, static_cast<size_t>(kept) * sizeof(Value));
  }
  storage_release(vm, list->items);
  list->items = fresh;
  list->capacity = capacity;
}

// Makes room for `new_length` items, over-allocating like CPython's list_resize.
static void list_resize(VM& vm, List* list, int64_t new_length) {
  if (list->capacity >= new_length && new_length >= (list->capacity >> 1)) {
    list->length = new_length;
    return;
  }
  int64_t capacity = (new_length + (new_length >> 3) + 6) & ~int64_t{3};
  if (new_length - list->length > capacity - new_length) capacity = (new_length + 3) & ~int64_t{3};
  if (new_length == 0) capacity = 0;
  list_set_capacity(vm, list, capacity);
  list->length = new_length;
}

static List* list_alloc(VM& vm, Type* type, int64_t capacity) {
  List* list = static_cast<List*>(vm.allocate(type, type->instance_size));  // subclasses: larger
  if (capacity > 0) list_set_capacity(vm, list, capacity);
  return list;
}

List* list_new(VM& vm, int64_t capacity_hint) {
  return list_alloc(vm, vm.types().list, capacity_hint);
}

// Fills items[0 .. n) of a list just allocated (young, unless too big for
// the young generation): plain stores, then the barrier once for the whole
// list.
static void fill_new_list(VM& vm, List* list, const Value* items, int64_t start, int64_t step,
                          int64_t n) {
  Value* out = list->items;
  if (step == 1) {
    std::copy(items + start, items + start + n, out);
  } else {
    for (int64_t k = 0, at = start; k < n; ++k, at += step) out[k] = items[at];
  }
  vm.heap().remember_if_old(list);
}

List* list_from(VM& vm, const Value* items, int64_t length) {
  List* list = list_new(vm, length);
  list->length = length;
  fill_new_list(vm, list, items, 0, 1, length);
  return list;
}

void list_append(VM& vm, List* list, Value v) {
  int64_t n = list->length;
  if (n < list->capacity) {
    list->length = n + 1;
  } else {
    list_resize(vm, list, n + 1);
  }
  store_item(vm, list, n, v);
}

void list_set_item(VM& vm, List* list, int64_t i, Value v) { store_item(vm, list, i, v); }

bool is_list(VM& vm, Value v) {
  if (!v.is_object()) return false;
  Type* t = v.object()->type;
  return t == vm.types().list || is_subtype(t, vm.types().list);
}

static void list_append_array(VM& vm, List* list, const Value* items, int64_t n) {
  int64_t old = list->length;
  list_resize(vm, list, old + n);
  for (int64_t i = 0; i < n; ++i) store_item(vm, list, old + i, items[i]);
}

int list_extend(VM& vm, List* list, Value iterable) {
  if (is_list(vm, iterable) || is_tuple(vm, iterable)) {
    bool lst = is_list(vm, iterable);
    int64_t n = lst ? iterable.as<List>()->length : iterable.as<Tuple>()->length;
    // Copy first: `l.extend(l)` reads the array being grown.
    std::vector<Value> copy(lst ? iterable.as<List>()->items : iterable.as<Tuple>()->items(),
                            (lst ? iterable.as<List>()->items : iterable.as<Tuple>()->items()) + n);
    list_append_array(vm, list, copy.data(), n);
    return 0;
  }
  return for_each_item(vm, iterable, [&](Value item) {
    list_append(vm, list, item);
    return 0;
  });
}

List* list_from_iterable(VM& vm, Value iterable) {
  List* list = list_new(vm);
  if (list_extend(vm, list, iterable) < 0) return nullptr;
  return list;
}

// ---- slots

static Value list_repr(VM& vm, Value self) {
  List* l = self.as<List>();
  if (l->length == 0) return Value::from_object(vm.intern("[]"));
  ReprGuard guard(vm, l);
  if (guard.recursive()) return Value::from_object(vm.intern("[...]"));
  std::string out = "[";
  for (int64_t i = 0; i < l->length; ++i) {
    if (i > 0) out += ", ";
    if (!append_repr(vm, l->items[i], &out)) return Value::null();
  }
  out += "]";
  return Value::from_object(str_from_utf8(vm, out));
}

static Value list_richcompare(VM& vm, Value a, Value b, CompareOp op) {
  if (!is_list(vm, a) || !is_list(vm, b)) return vm.not_implemented();
  List* x = a.as<List>();
  List* y = b.as<List>();
  // Snapshot: a comparison may mutate either list.
  gc::RootedValues xs(vm.heap());
  gc::RootedValues ys(vm.heap());
  xs.assign(x->items, x->items + x->length);
  ys.assign(y->items, y->items + y->length);
  return sequence_richcompare(vm, xs.data(), x->length, ys.data(), y->length, op);
}

static Value list_repeat(VM& vm, List* l, int64_t n) {
  if (n <= 0 || l->length == 0) return Value::from_object(list_new(vm));
  if (l->length > INT64_MAX / 16 / n) return raise_memory_error(vm);
  List* r = list_new(vm, l->length * n);
  r->length = l->length * n;
  for (int64_t k = 0; k < n; ++k) {
    for (int64_t i = 0; i < l->length; ++i) vm.store(r, &r->items[k * l->length + i], l->items[i]);
  }
  return Value::from_object(r);
}

static Value list_binary(VM& vm, BinaryOp op, Value a, Value b) {
  if (op == BinaryOp::kAdd) {
    if (!is_list(vm, a)) return vm.not_implemented();
    if (!is_list(vm, b)) {
      return raise_type_error(
          vm, "can only concatenate list (not \"" + type_name(vm, b) + "\") to list");
    }
    List* x = a.as<List>();
    List* y = b.as<List>();
    List* r = list_new(vm, x->length + y->length);
    list_append_array(vm, r, x->items, x->length);
    list_append_array(vm, r, y->items, y->length);
    return Value::from_object(r);
  }
  if (op == BinaryOp::kMul) {
    bool self_left = is_list(vm, a);
    Value count = self_left ? b : a;
    int64_t n = 0;
    int r = sequence_repeat_count(vm, count, &n);
    if (r < 0) return Value::null();
    if (r == 0) {
      if (!self_left || type_of(vm, count)->binary == nullptr ||
          type_of(vm, count) == vm.types().float_) {
        return raise_cant_multiply(vm, count);
      }
      return vm.not_implemented();
    }
    return list_repeat(vm, (self_left ? a : b).as<List>(), n);
  }
  return vm.not_implemented();
}

static Value list_inplace(VM& vm, BinaryOp op, Value a, Value b) {
  if (!is_list(vm, a)) return vm.not_implemented();
  List* l = a.as<List>();
  if (op == BinaryOp::kAdd) {
    if (list_extend(vm, l, b) < 0) return Value::null();
    return a;
  }
  if (op == BinaryOp::kMul) {
    int64_t n = 0;
    int r = sequence_repeat_count(vm, b, &n);
    if (r < 0) return Value::null();
    if (r == 0) return raise_cant_multiply(vm, b);
    int64_t old = l->length;
    if (n == 0 || old == 0) {
      list_resize(vm, l, 0);
      return a;
    }
    if (old > INT64_MAX / 16 / n) return raise_memory_error(vm);
    list_resize(vm, l, old * n);
    for (int64_t k = 1; k < n; ++k) {
      for (int64_t i = 0; i < old; ++i) vm.store(l, &l->items[k * old + i], l->items[i]);
    }
    return a;
  }
  return list_binary(vm, op, a, b);
}

static int64_t list_length(VM& vm, Value self) { return self.as<List>()->length; }

Value list_get_slice(VM& vm, List* l, int64_t start, int64_t step, int64_t n) {
  List* out = list_new(vm, n);
  out->length = n;
  fill_new_list(vm, out, l->items, start, step, n);
  return Value::from_object(out);
}

// One bound of a slice, adjusted to a sequence of `length`.
static int64_t adjust_bound(int64_t v, int64_t length, bool negative_step) {
  if (v < 0) {
    v += length;
    if (v < 0) v = negative_step ? -1 : 0;
  } else if (v >= length) {
    v = negative_step ? length - 1 : length;
  }
  return v;
}

bool small_slice_indices(Value start, Value stop, Value step, Value none, int64_t length,
                         int64_t* out_start, int64_t* out_stop, int64_t* out_step, int64_t* n) {
  int64_t st = 1;
  if (!step.is_null() && step != none) {
    if (!step.is_small_int() || step.small_int() == 0) return false;
    st = step.small_int();
  }
  bool negative = st < 0;
  int64_t a, b;
  if (start == none) {
    a = negative ? length - 1 : 0;
  } else if (start.is_small_int()) {
    a = adjust_bound(start.small_int(), length, negative);
  } else {
    return false;
  }
  if (stop == none) {
    b = negative ? -1 : length;
  } else if (stop.is_small_int()) {
    b = adjust_bound(stop.small_int(), length, negative);
  } else {
    return false;
  }
  // Steps of 1 and -1 (most slices) without the division.
  if (negative) {
    *n = b < a ? (st == -1 ? a - b : (a - b - 1) / -st + 1) : 0;
  } else {
    *n = a < b ? (st == 1 ? b - a : (b - a - 1) / st + 1) : 0;
  }
  *out_start = a;
  *out_stop = b;
  *out_step = st;
  return true;
}

// Whether `key` is a slice (an exact type: slice cannot be subclassed).
static bool is_exact_slice(VM& vm, Value key) {
  return key.is_object() && key.object()->type == vm.types().slice;
}

static Value list_getitem(VM& vm, Value self, Value key) {
  List* l = self.as<List>();
  if (is_exact_slice(vm, key)) {
    int64_t start, stop, step, n;
    if (!slice_indices(vm, key.as<Slice>(), l->length, &start, &stop, &step, &n)) {
      return Value::null();
    }
    return list_get_slice(vm, l, start, step, n);
  }
  int64_t i = 0;
  int r = read_index_key(vm, key, &i);
  if (r < 0) return Value::null();
  if (r == 1) {
    if (!normalize_index(&i, l->length)) return raise_index_error(vm, "list index out of range");
    return l->items[i];
  }
  if (!is_slice(vm, key)) {
    return raise_type_error(vm,
                            "list indices must be integers or slices, not " + type_name(vm, key));
  }
  int64_t start, stop, step, n;
  if (!slice_indices(vm, key.as<Slice>(), l->length, &start, &stop, &step, &n)) {
    return Value::null();
  }
  return list_get_slice(vm, l, start, step, n);
}

// Removes the items at positions start, start+step, ... (n of them).
static void list_delete_slice(VM& vm, List* l, int64_t start, int64_t step, int64_t n) {
  vm.heap().items_moved(l);
  if (n <= 0) return;
  if (step < 0) {
    start += (n - 1) * step;
    step = -step;
  }
  int64_t write = start;
  int64_t next_deleted = start;
  int64_t deleted = 0;
  for (int64_t read = start; read < l->length; ++read) {
    if (deleted < n && read == next_deleted) {
      ++deleted;
      next_deleted += step;
      continue;
    }
    l->items[write++] = l->items[read];
  }
  list_resize(vm, l, l->length - n);
}

// The items of `value` for slice assignment; nullptr (with TypeError) if it
// is not iterable.
static List* slice_source(VM& vm, Value value) {
  Type* t = type_of(vm, value);
  if (t->iter == nullptr && t->getitem == nullptr) {
    raise_type_error(vm, "can only assign an iterable");
    return nullptr;
  }
  return list_from_iterable(vm, value);
}

// The items assigned to a slice of `l`: an exact list's or tuple's own
// items (a list assigned to a slice of itself is copied first), otherwise a
// new list of the iterable's items. False (with TypeError) if not iterable.
static bool slice_source_items(VM& vm, List* l, Value value, const Value** items, int64_t* length) {
  if (value.is_object() && value.object()->type == vm.types().list && value.object() != l) {
    *items = value.as<List>()->items;
    *length = value.as<List>()->length;
    return true;
  }
  if (value.is_object() && value.object()->type == vm.types().tuple) {
    *items = value.as<Tuple>()->items();
    *length = value.as<Tuple>()->length;
    return true;
  }
  List* src = slice_source(vm, value);
  if (src == nullptr) return false;
  *items = src->items;
  *length = src->length;
  return true;
}

int list_set_slice(VM& vm, List* l, int64_t start, int64_t stop, int64_t step, int64_t n,
                   Value value) {
  if (value.is_null()) {
    list_delete_slice(vm, l, start, step, n);
    return 0;
  }
  const Value* items = nullptr;
  int64_t added = 0;
  // `value` stays on the caller's stack (or in a local), keeping `items` alive.
  if (!slice_source_items(vm, l, value, &items, &added)) return -1;
  if (step == 1) {
    if (stop < start) stop = start;
    int64_t old = l->length, removed = stop - start;
    if (added != removed) vm.heap().items_moved(l);
    if (added > removed) {
      list_resize(vm, l, old + added - removed);
      std::memmove(l->items + start + added, l->items + stop,
                   static_cast<size_t>(old - stop) * sizeof(Value));
    } else if (added < removed) {
      std::memmove(l->items + start + added, l->items + stop,
                   static_cast<size_t>(old - stop) * sizeof(Value));
      list_resize(vm, l, old + added - removed);
    }
    for (int64_t k = 0; k < added; ++k) vm.store(l, &l->items[start + k], items[k]);
    return 0;
  }
  if (added != n) {
    raise_value_error(vm, "attempt to assign sequence of size " + std::to_string(added) +
                              " to extended slice of size " + std::to_string(n));
    return -1;
  }
  for (int64_t k = 0, at = start; k < n; ++k, at += step) {
    vm.store(l, &l->items[at], items[k]);
  }
  return 0;
}

static int list_assign_slice(VM& vm, List* l, Slice* slice, Value value) {
  int64_t start, stop, step, n;
  if (!slice_indices(vm, slice, l->length, &start, &stop, &step, &n)) return -1;
  return list_set_slice(vm, l, start, stop, step, n, value);
}

static int list_setitem(VM& vm, Value self, Value key, Value value) {
  List* l = self.as<List>();
  if (is_exact_slice(vm, key)) return list_assign_slice(vm, l, key.as<Slice>(), value);
  int64_t i = 0;
  int r = read_index_key(vm, key, &i);
  if (r < 0) return -1;
  if (r == 1) {
    if (!normalize_index(&i, l->length)) {
      raise_index_error(vm, "list assignment index out of range");
      return -1;
    }
    if (value.is_null()) {
      list_delete_slice(vm, l, i, 1, 1);
    } else {
      store_item(vm, l, i, value);
    }
    return 0;
  }
  if (is_slice(vm, key)) return list_assign_slice(vm, l, key.as<Slice>(), value);
  raise_type_error(vm, "list indices must be integers or slices, not " + type_name(vm, key));
  return -1;
}

static int list_contains(VM& vm, Value self, Value item) {
  List* l = self.as<List>();
  for (int64_t i = 0; i < l->length; ++i) {
    int eq = equals(vm, l->items[i], item);
    if (eq != 0) return eq;
  }
  return 0;
}

static Value list_iter(VM& vm, Value self) { return list_iterator_new(vm, self.as<List>()); }

static int list_truth(VM& vm, Value self) { return self.as<List>()->length != 0; }

static Value list_construct(VM& vm, Type* cls, CallArgs args) {
  if (args.kwnames != nullptr && args.kwnames->length > 0) {
    return raise_type_error(vm, "list() takes no keyword arguments");
  }
  if (args.npos > 1) {
    return raise_type_error(vm,
                            "list expected at most 1 argument, got " + std::to_string(args.npos));
  }
  List* l = list_alloc(vm, cls, 0);
  if (args.npos == 1 && list_extend(vm, l, args.args[0]) < 0) return Value::null();
  return Value::from_object(l);
}

static void list_trace_range(Object* self, int64_t begin, int64_t end, Tracer& tracer) {
  List* l = static_cast<List*>(self);
  trace_storage(l->items, tracer);
  if (end > l->length) end = l->length;
  for (int64_t i = begin < 0 ? 0 : begin; i < end; ++i) tracer.visit(l->items[i]);
}

static void list_trace(Object* self, Tracer& tracer) {
  auto* l = static_cast<List*>(self);
  trace_storage(l->items, tracer);
  for (int64_t i = 0; i < l->length; ++i) tracer.visit(l->items[i]);
}

void init_list_methods(VM& vm);

void init_list_type(VM& vm) {
  Type* t = vm.types().list;
  t->instance_size = sizeof(List);
  t->flags |= kTypeListSubclass | kTypeAcceptsSubclasses;
  t->trace = list_trace;
  t->trace_range = list_trace_range;
  t->repr = list_repr;
  t->hash = nullptr;
  t->richcompare = list_richcompare;
  t->binary = list_binary;
  t->inplace = list_inplace;
  t->length = list_length;
  t->getitem = list_getitem;
  t->setitem = list_setitem;
  t->contains = list_contains;
  t->iter = list_iter;
  t->truth = list_truth;
  t->construct = list_construct;
  init_list_methods(vm);
  add_slot_wrappers(vm, t);
}

// ---- methods

static List* self_list(CallArgs args) { return args.args[0].as<List>(); }

static Value list_append_method(VM& vm, CallArgs args) {
  list_append(vm, self_list(args), args.args[1]);
  return vm.none();
}

static Value list_extend_method(VM& vm, CallArgs args) {
  if (list_extend(vm, self_list(args), args.args[1]) < 0) return Value::null();
  return vm.none();
}

static Value list_insert_method(VM& vm, CallArgs args) {
  List* l = self_list(args);
  int64_t i = 0;
  Value where = args.args[1];
  if (is_int(vm, where) && !where.is_small_int() && !int_to_int64(vm, where, &i)) {
    i = int_compare(vm, where, Value::from_small_int(0)) < 0 ? INT64_MIN : INT64_MAX;
  } else if (!index_to_int64(vm, where, &i)) {
    return Value::null();
  }
  int64_t n = l->length;
  if (i < 0) i = i + n < 0 ? 0 : i + n;
  if (i > n) i = n;
  list_resize(vm, l, n + 1);
  vm.heap().items_moved(l);
  std::memmove(l->items + i + 1, l->items + i, static_cast<size_t>(n - i) * sizeof(Value));
  vm.store(l, &l->items[i], args.args[2]);
  return vm.none();
}

static Value list_pop_method(VM& vm, CallArgs args) {
  List* l = self_list(args);
  int64_t i = -1;
  if (args.npos > 1 && !index_to_int64(vm, args.args[1], &i)) return Value::null();
  if (l->length == 0) return raise_index_error(vm, "pop from empty list");
  if (!normalize_index(&i, l->length)) return raise_index_error(vm, "pop index out of range");
  Value item = l->items[i];
  list_delete_slice(vm, l, i, 1, 1);
  return item;
}

// Index of the first item equal to x in [start, stop), -1 absent, -2 error.
static int64_t list_find(VM& vm, List* l, Value x, int64_t start, int64_t stop) {
  for (int64_t i = start; i < stop && i < l->length; ++i) {
    int eq = equals(vm, l->items[i], x);
    if (eq < 0) return -2;
    if (eq == 1) return i;
  }
  return -1;
}

static Value list_remove_method(VM& vm, CallArgs args) {
  List* l = self_list(args);
  int64_t i = list_find(vm, l, args.args[1], 0, l->length);
  if (i == -2) return Value::null();
  if (i == -1) return raise_value_error(vm, "list.remove(x): x not in list");
  list_delete_slice(vm, l, i, 1, 1);
  return vm.none();
}

static Value list_index_method(VM& vm, CallArgs args) {
  List* l = self_list(args);
  int64_t start, stop;
  if (!read_search_bounds(vm, args, 2, l->length, &start, &stop)) return Value::null();
  int64_t i = list_find(vm, l, args.args[1], start, stop);
  if (i == -2) return Value::null();
  if (i >= 0) return Value::from_small_int(i);
  Value r = repr(vm, args.args[1]);
  if (r.is_null()) return Value::null();
  return raise_value_error(vm, str_to_utf8(r.as<Str>()) + " is not in list");
}

static Value list_count_method(VM& vm, CallArgs args) {
  List* l = self_list(args);
  int64_t n = 0;
  for (int64_t i = 0; i < l->length; ++i) {
    int eq = equals(vm, l->items[i], args.args[1]);
    if (eq < 0) return Value::null();
    n += eq;
  }
  return Value::from_small_int(n);
}

static Value list_clear_method(VM& vm, CallArgs args) {
  list_resize(vm, self_list(args), 0);
  return vm.none();
}

static Value list_copy_method(VM& vm, CallArgs args) {
  List* l = self_list(args);
  return Value::from_object(list_from(vm, l->items, l->length));
}

static void reverse_values(Value* items, int64_t n) {
  for (int64_t i = 0, j = n - 1; i < j; ++i, --j) std::swap(items[i], items[j]);
}

static Value list_reverse_method(VM& vm, CallArgs args) {
  List* l = self_list(args);
  vm.heap().items_moved(l);
  reverse_values(l->items, l->length);
  return vm.none();
}

// `a < b` for sort keys (1, 0, or -1 with an exception pending). Keys of the
// exact types int (small), str, float and tuples of those compare natively:
// their comparisons have no user-visible effects, so skipping the generic
// rich-compare dispatch gives the same answers. Anything else goes through
// rich_compare_bool.
static int scalar_less(VM& vm, Value a, Value b) {
  if (a.is_small_int() && b.is_small_int()) return a.small_int() < b.small_int();
  if (!a.is_small_int() && !b.is_small_int()) {
    Type* type = a.object()->type;
    if (type == b.object()->type) {
      if (type == vm.types().str) return str_compare(a.as<Str>(), b.as<Str>()) < 0;
      if (type == vm.types().float_) return float_value(a) < float_value(b);
    }
  }
  return rich_compare_bool(vm, a, b, CompareOp::kLt);
}

// `a == b` as tuple comparison asks it (identity first); 1, 0 or -1.
static int scalar_equal(VM& vm, Value a, Value b) {
  if (a == b) return 1;
  if (a.is_small_int() && b.is_small_int()) return 0;
  if (!a.is_small_int() && !b.is_small_int()) {
    Type* type = a.object()->type;
    if (type == b.object()->type) {
      if (type == vm.types().str) return str_equal(a.as<Str>(), b.as<Str>()) ? 1 : 0;
      if (type == vm.types().float_) return float_value(a) == float_value(b);
    }
  }
  return rich_compare_bool(vm, a, b, CompareOp::kEq);
}

// Tuple `<`: the first position whose items differ decides, else the lengths.
static int tuple_less(VM& vm, const Tuple* a, const Tuple* b) {
  int64_t n = std::min(a->length, b->length);
  for (int64_t i = 0; i < n; ++i) {
    Value x = a->items()[i], y = b->items()[i];
    int eq = scalar_equal(vm, x, y);
    if (eq < 0) return -1;
    if (eq == 0) return scalar_less(vm, x, y);
  }
  return a->length < b->length;
}

static int sort_less(VM& vm, Value a, Value b) {
  if (!a.is_small_int() && !b.is_small_int() && a.object()->type == vm.types().tuple &&
      b.object()->type == vm.types().tuple) {
    return tuple_less(vm, a.as<Tuple>(), b.as<Tuple>());
  }
  return scalar_less(vm, a, b);
}

// Stable merge sort of (key, value) pairs by `key <`. After the first failed
// comparison every comparison answers false, so the sort still ends with a
// permutation of its input and the error propagates.
class MergeSorter {
 public:
  struct Item {
    Value key;
    Value value;
  };
  explicit MergeSorter(VM& vm) : vm_(vm) {}
  bool failed() const { return failed_; }

  void sort(std::vector<Item>& items) {
    buffer_.resize(items.size());
    sort_range(items.data(), items.size());
  }

 private:
  bool less(Value a, Value b) {
    if (failed_) return false;
    int r = sort_less(vm_, a, b);
    if (r < 0) failed_ = true;
    return r == 1;
  }

  void insertion_sort(Item* a, size_t n) {
    for (size_t i = 1; i < n; ++i) {
      Item x = a[i];
      size_t lo = 0, hi = i;
      while (lo < hi) {  // binary search for the first item > x
        size_t mid = (lo + hi) / 2;
        if (less(x.key, a[mid].key)) {
          hi = mid;
        } else {
          lo = mid + 1;
        }
      }
      for (size_t j = i; j > lo; --j) a[j] = a[j - 1];
      a[lo] = x;
    }
  }

  void sort_range(Item* a, size_t n) {
    if (n <= 16) {
      insertion_sort(a, n);
      return;
    }
    size_t half = n / 2;
    sort_range(a, half);
    sort_range(a + half, n - half);
    if (!less(a[half].key, a[half - 1].key)) return;  // already in order
    Item* buf = buffer_.data();
    std::copy(a, a + half, buf);
    size_t i = 0, j = half, k = 0;
    while (i < half && j < n) {
      if (less(a[j].key, buf[i].key)) {
        a[k++] = a[j++];
      } else {
        a[k++] = buf[i++];
      }
    }
    while (i < half) a[k++] = buf[i++];
  }

  VM& vm_;
  bool failed_ = false;
  std::vector<Item> buffer_;
};

// Keeps a detached item array and the (key, value) pairs of a sort alive.
class SortRoots : public gc::RootSet {
 public:
  SortRoots(gc::Heap& heap, const Value* saved, int64_t n,
            const std::vector<MergeSorter::Item>& items)
      : gc::RootSet(heap), saved_(saved), n_(n), items_(items) {}
  void trace(Tracer& tracer) override {
    trace_storage(saved_, tracer);
    for (int64_t i = 0; i < n_; ++i) tracer.visit(saved_[i]);
    for (const MergeSorter::Item& item : items_) {
      tracer.visit(item.key);
      tracer.visit(item.value);
    }
    for (Value key : keys) tracer.visit(key);
  }
  // Every computed key: while merging, a key may sit only in the sorter's buffer.
  std::vector<Value> keys;

 private:
  const Value* saved_;
  int64_t n_;
  const std::vector<MergeSorter::Item>& items_;
};

static Value list_sort_method(VM& vm, CallArgs args) {
  if (args.npos > 1) return raise_type_error(vm, "sort() takes no positional arguments");
  Value params[2];
  if (!parse_args(vm, args, 1, "sort", {"key", "reverse"}, 0, params)) return Value::null();
  Value key_fn = params[0].is_null() ? vm.none() : params[0];
  bool reverse = false;
  if (!params[1].is_null()) {
    int t = truth(vm, params[1]);
    if (t < 0) return Value::null();
    reverse = t == 1;
  }
  List* l = self_list(args);
  // Detach the items so that mutation during the sort can be detected.
  Value* saved = l->items;
  int64_t n = l->length, cap = l->capacity;
  l->items = nullptr;
  l->length = l->capacity = 0;
  std::vector<MergeSorter::Item> items(static_cast<size_t>(n));
  // While detached, the items and the computed keys are reachable only from
  // here, and key functions and comparisons may collect.
  SortRoots roots(vm.heap(), saved, n, items);
  bool ok = true;
  for (int64_t i = 0; i < n; ++i) {
    Value k = saved[i];
    if (key_fn != vm.none() && ok) {
      k = call_positional(vm, key_fn, &saved[i], 1);
      if (k.is_null()) ok = false;
    }
    items[i] = {k, saved[i]};
    roots.keys.push_back(k);
  }
  MergeSorter sorter(vm);
  if (ok) {
    if (reverse) std::reverse(items.begin(), items.end());
    sorter.sort(items);
    if (reverse) std::reverse(items.begin(), items.end());
    ok = !sorter.failed();
    for (int64_t i = 0; i < n; ++i) saved[i] = items[i].value;
  }
  bool modified = l->items != nullptr || l->length != 0;
  storage_release(vm, l->items);
  l->items = saved;
  vm.heap().items_moved(l);
  l->length = n;
  l->capacity = cap;
  if (!ok) return Value::null();
  if (modified) return raise_value_error(vm, "list modified during sort");
  return vm.none();
}

void init_list_methods(VM& vm) {
  Type* t = vm.types().list;
  add_method(vm, t, "append", list_append_method, 1, 1, kNativeMethod);
  add_method(vm, t, "extend", list_extend_method, 1, 1, kNativeMethod);
  add_method(vm, t, "insert", list_insert_method, 2, 2, kNativeMethod);
  add_method(vm, t, "pop", list_pop_method, 0, 1, kNativeMethod);
  add_method(vm, t, "remove", list_remove_method, 1, 1, kNativeMethod);
  add_method(vm, t, "index", list_index_method, 1, 3, kNativeMethod);
  add_method(vm, t, "count", list_count_method, 1, 1, kNativeMethod);
  add_method(vm, t, "clear", list_clear_method, 0, 0, kNativeMethod);
  add_method(vm, t, "copy", list_copy_method, 0, 0, kNativeMethod);
  add_method(vm, t, "reverse", list_reverse_method, 0, 0, kNativeMethod);
  add_method(vm, t, "sort", list_sort_method, 0, -1, kNativeMethod | kNativeKeywords);
}

}  // namespace pyvm::runtime
