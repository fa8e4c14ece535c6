// collections.deque: a double-ended queue in a ring buffer (a storage cell
// owned by the deque, runtime/storage.h), with an optional maxlen, and its
// forward and reverse iterators.
//
// Invariants:
//   - items[(head + i) % capacity] for i in [0, length) are the live items
//     (non-null); every other slot is null. capacity is 0 or a power of two.
//   - `state` changes on every change of length (appends, pops, clear,
//     rotate, ...), so iterators detect "deque mutated during iteration".
#include <algorithm>
#include <string>
#include <vector>

#include "gc/heap.h"
#include "runtime/collections_module.h"
#include "runtime/descriptors.h"
#include "runtime/dict.h"
#include "runtime/exceptions.h"
#include "runtime/function.h"
#include "runtime/generic_alias.h"
#include "runtime/int.h"
#include "runtime/native_type.h"
#include "runtime/ops.h"
#include "runtime/sequence.h"
#include "runtime/storage.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "vm/vm.h"

namespace pyvm::runtime {
namespace {

struct Deque : Object {
  Value* items;  // ring buffer of `capacity` slots; traced: the live items
  int64_t capacity;
  int64_t head;
  int64_t length;
  int64_t maxlen;  // -1: unbounded
  uint64_t state;
};

struct DequeIterator : Object {
  Deque* deque;   // nullptr once exhausted
  int64_t index;  // items yielded so far
  uint64_t state;
};

CollectionsState& state_of(VM& vm) { return *vm.collections_state; }

bool is_deque(VM& vm, Value v) {
  return v.is_object() && is_subtype(v.object()->type, state_of(vm).deque);
}

Deque* as_deque(Value v) { return v.as<Deque>(); }

Value& slot(Deque* d, int64_t i) { return d->items[(d->head + i) & (d->capacity - 1)]; }
Value at(Deque* d, int64_t i) { return slot(d, i); }

void set_at(VM& vm, Deque* d, int64_t i, Value v) { vm.store(d, &slot(d, i), v); }

void trace_deque(Object* self, Tracer& tracer) {
  auto* d = static_cast<Deque*>(self);
  trace_storage(d->items, tracer);
  for (int64_t i = 0; i < d->length; ++i) tracer.visit(at(d, i));
}

// Grows the ring so that `needed` items fit, unrolling it to start at 0.
void reserve(VM& vm, Deque* d, int64_t needed) {
  if (needed <= d->capacity) return;
  int64_t capacity = d->capacity == 0 ? 8 : d->capacity;
  while (capacity < needed) capacity *= 2;
  auto* fresh =
      static_cast<Value*>(storage_allocate(vm, d, static_cast<size_t>(capacity) * sizeof(Value)));
  for (int64_t i = 0; i < d->length; ++i) fresh[i] = at(d, i);
  storage_release(vm, d->items);
  d->items = fresh;
  d->capacity = capacity;
  d->head = 0;
}

Value pop_right(VM& vm, Deque* d) {
  (void)vm;
  Value& s = slot(d, d->length - 1);
  Value v = s;
  s = Value::null();
  --d->length;
  ++d->state;
  return v;
}

Value pop_left(VM& vm, Deque* d) {
  (void)vm;
  Value& s = slot(d, 0);
  Value v = s;
  s = Value::null();
  d->head = (d->head + 1) & (d->capacity - 1);
  --d->length;
  ++d->state;
  return v;
}

void push_right(VM& vm, Deque* d, Value v) {
  if (d->maxlen == 0) return;
  if (d->maxlen > 0 && d->length >= d->maxlen) pop_left(vm, d);
  reserve(vm, d, d->length + 1);
  ++d->length;
  set_at(vm, d, d->length - 1, v);
  ++d->state;
}

void push_left(VM& vm, Deque* d, Value v) {
  if (d->maxlen == 0) return;
  if (d->maxlen > 0 && d->length >= d->maxlen) pop_right(vm, d);
  reserve(vm, d, d->length + 1);
  d->head = (d->head - 1) & (d->capacity - 1);
  ++d->length;
  set_at(vm, d, 0, v);
  ++d->state;
}

void clear(Deque* d) {
  for (int64_t i = 0; i < d->length; ++i) slot(d, i) = Value::null();
  d->length = 0;
  d->head = 0;
  ++d->state;
}

// A rooted snapshot of the items (comparisons may run Python code that
// mutates the deque).
void snapshot(Deque* d, gc::RootedValues* out) {
  out->reserve(static_cast<size_t>(d->length));
  for (int64_t i = 0; i < d->length; ++i) out->push_back(at(d, i));
}

Deque* deque_alloc(VM& vm, Type* cls, int64_t maxlen) {
  auto* d = static_cast<Deque*>(vm.allocate(cls, cls->instance_size));
  d->maxlen = maxlen;
  return d;
}

// Adds every item of `iterable` at the right (left: at the left).
int extend(VM& vm, Deque* d, Value iterable, bool left) {
  if (iterable.is_object() && iterable.object() == d) {
    gc::RootedValues copy(vm.heap());
    snapshot(d, &copy);
    for (Value v : static_cast<std::vector<Value>&>(copy)) {
      left ? push_left(vm, d, v) : push_right(vm, d, v);
    }
    return 0;
  }
  return for_each_item(vm, iterable, [&](Value item) {
    left ? push_left(vm, d, item) : push_right(vm, d, item);
    return 0;
  });
}

// maxlen argument: None or a non-negative int.
bool read_maxlen(VM& vm, Value v, int64_t* out) {
  if (v.is_null() || v == vm.none()) {
    *out = -1;
    return true;
  }
  if (!is_int(vm, v)) {
    raise_type_error(vm, "an integer is required");
    return false;
  }
  if (!int_to_int64(vm, v, out)) return false;
  if (*out < 0) {
    raise_value_error(vm, "maxlen must be non-negative");
    return false;
  }
  return true;
}

// ---- construction

Value deque_new_native(VM& vm, CallArgs args) {
  if (args.npos == 0 || !args.args[0].is_object() ||
      !is_subtype(args.args[0].object()->type, vm.types().type) ||
      !is_subtype(args.args[0].as<Type>(), state_of(vm).deque)) {
    return raise_type_error(vm, "deque.__new__(X): X is not a subtype of deque");
  }
  return Value::from_object(deque_alloc(vm, args.args[0].as<Type>(), -1));
}

Value deque_init(VM& vm, CallArgs args) {
  Value parsed[2];
  size_t given = args.npos - 1 + (args.kwnames == nullptr ? 0 : args.kwnames->length);
  if (given > 2) {
    return raise_type_error(
        vm, "deque() takes at most 2 arguments (" + std::to_string(given) + " given)");
  }
  if (!parse_args(vm, args, 1, "deque", {"iterable", "maxlen"}, 0, parsed)) return Value::null();
  Deque* d = as_deque(args.args[0]);
  int64_t maxlen;
  if (!read_maxlen(vm, parsed[1], &maxlen)) return Value::null();
  d->maxlen = maxlen;
  if (d->length > 0) clear(d);
  if (!parsed[0].is_null() && extend(vm, d, parsed[0], false) < 0) return Value::null();
  return vm.none();
}

Value deque_construct(VM& vm, Type* cls, CallArgs args) {
  Deque* d = deque_alloc(vm, cls, -1);
  gc::RootedValues all(vm.heap());
  size_t total = args.npos + (args.kwnames == nullptr ? 0 : args.kwnames->length);
  all.push_back(Value::from_object(d));
  for (size_t i = 0; i < total; ++i) all.push_back(args.args[i]);
  if (deque_init(vm, CallArgs{all.data(), args.npos + 1, args.kwnames}).is_null()) {
    return Value::null();
  }
  return Value::from_object(d);
}

// A new deque of `self`'s type and maxlen holding its items.
Value deque_copy_of(VM& vm, Value self) {
  Deque* src = as_deque(self);
  Type* cls = self.object()->type;
  if (cls != state_of(vm).deque) {
    Value maxlen = src->maxlen < 0 ? vm.none() : int_from_int64(vm, src->maxlen);
    Value argv[2] = {self, maxlen};
    return call_positional(vm, Value::from_object(cls), argv, 2);
  }
  Deque* d = deque_alloc(vm, cls, src->maxlen);
  reserve(vm, d, src->length);
  for (int64_t i = 0; i < src->length; ++i) push_right(vm, d, at(src, i));
  return Value::from_object(d);
}

// ---- methods

Deque* receiver(VM& vm, CallArgs args, const char* name) {
  if (!is_deque(vm, args.args[0])) {
    raise_type_error(vm, std::string("descriptor '") + name +
                             "' for 'collections.deque' objects doesn't apply to a '" +
                             type_name(vm, args.args[0]) + "' object");
    return nullptr;
  }
  return as_deque(args.args[0]);
}

#define PYVM_DEQUE_SELF(name)          \
  Deque* d = receiver(vm, args, name); \
  if (d == nullptr) return Value::null()

Value deque_append(VM& vm, CallArgs args) {
  PYVM_DEQUE_SELF("append");
  push_right(vm, d, args.args[1]);
  return vm.none();
}

Value deque_appendleft(VM& vm, CallArgs args) {
  PYVM_DEQUE_SELF("appendleft");
  push_left(vm, d, args.args[1]);
  return vm.none();
}

Value deque_pop(VM& vm, CallArgs args) {
  PYVM_DEQUE_SELF("pop");
  if (d->length == 0) return raise_index_error(vm, "pop from an empty deque");
  return pop_right(vm, d);
}

Value deque_popleft(VM& vm, CallArgs args) {
  PYVM_DEQUE_SELF("popleft");
  if (d->length == 0) return raise_index_error(vm, "pop from an empty deque");
  return pop_left(vm, d);
}

Value deque_extend(VM& vm, CallArgs args) {
  PYVM_DEQUE_SELF("extend");
  return extend(vm, d, args.args[1], false) < 0 ? Value::null() : vm.none();
}

Value deque_extendleft(VM& vm, CallArgs args) {
  PYVM_DEQUE_SELF("extendleft");
  return extend(vm, d, args.args[1], true) < 0 ? Value::null() : vm.none();
}

void rotate(VM& vm, Deque* d, int64_t n) {
  if (d->length <= 1) return;
  n %= d->length;
  if (n < 0) n += d->length;
  for (int64_t i = 0; i < n; ++i) {
    Value v = pop_right(vm, d);
    push_left(vm, d, v);
  }
}

Value deque_rotate(VM& vm, CallArgs args) {
  PYVM_DEQUE_SELF("rotate");
  int64_t n = 1;
  if (args.npos > 1 && !index_to_int64(vm, args.args[1], &n)) return Value::null();
  int64_t len = d->length;
  if (len > 1) {
    int64_t steps = n % len;
    if (steps < 0) steps += len;
    // Rotate the shorter way round.
    if (steps > len / 2) {
      for (int64_t i = 0; i < len - steps; ++i) {
        Value v = pop_left(vm, d);
        push_right(vm, d, v);
      }
    } else {
      rotate(vm, d, steps);
    }
  }
  return vm.none();
}

Value deque_clear(VM& vm, CallArgs args) {
  PYVM_DEQUE_SELF("clear");
  clear(d);
  return vm.none();
}

Value deque_copy(VM& vm, CallArgs args) {
  PYVM_DEQUE_SELF("copy");
  (void)d;
  return deque_copy_of(vm, args.args[0]);
}

Value mutated(VM& vm) {
  return raise(vm, vm.types().runtime_error, "deque mutated during iteration");
}

Value deque_count(VM& vm, CallArgs args) {
  PYVM_DEQUE_SELF("count");
  uint64_t state = d->state;
  int64_t count = 0;
  for (int64_t i = 0; i < d->length; ++i) {
    int eq = equals(vm, at(d, i), args.args[1]);
    if (eq < 0) return Value::null();
    if (d->state != state) return mutated(vm);
    count += eq;
  }
  return Value::from_small_int(count);
}

// The index of the first item equal to `x` in [start, stop), -1 if none, -2 on error.
int64_t find(VM& vm, Deque* d, Value x, int64_t start, int64_t stop) {
  uint64_t state = d->state;
  for (int64_t i = start; i < stop && i < d->length; ++i) {
    int eq = equals(vm, at(d, i), x);
    if (eq < 0) return -2;
    if (d->state != state) {
      mutated(vm);
      return -2;
    }
    if (eq > 0) return i;
  }
  return -1;
}

Value not_in_deque(VM& vm, Value x) {
  Value r = repr(vm, x);
  if (r.is_null()) return r;
  return raise_value_error(vm, str_to_utf8(r.as<Str>()) + " is not in deque");
}

Value deque_index(VM& vm, CallArgs args) {
  PYVM_DEQUE_SELF("index");
  int64_t start = 0, stop = d->length;
  if (!read_search_bounds(vm, args, 2, d->length, &start, &stop)) return Value::null();
  int64_t i = find(vm, d, args.args[1], start, stop);
  if (i == -2) return Value::null();
  if (i == -1) return not_in_deque(vm, args.args[1]);
  return Value::from_small_int(i);
}

// Removes the item at `index` (0 <= index < length), shifting the shorter side.
void delete_at(VM& vm, Deque* d, int64_t index) {
  rotate(vm, d, -index);
  pop_left(vm, d);
  rotate(vm, d, index);
}

Value deque_insert(VM& vm, CallArgs args) {
  PYVM_DEQUE_SELF("insert");
  int64_t index;
  if (!index_to_int64(vm, args.args[1], &index)) return Value::null();
  if (d->maxlen >= 0 && d->length >= d->maxlen) {
    return raise_index_error(vm, "deque already at its maximum size");
  }
  int64_t n = d->length;
  if (index < 0) index = std::max<int64_t>(index + n, 0);
  index = std::min(index, n);
  rotate(vm, d, -index);
  push_left(vm, d, args.args[2]);
  rotate(vm, d, index);
  return vm.none();
}

Value deque_remove(VM& vm, CallArgs args) {
  PYVM_DEQUE_SELF("remove");
  int64_t i = find(vm, d, args.args[1], 0, d->length);
  if (i == -2) return Value::null();
  if (i == -1) return not_in_deque(vm, args.args[1]);
  delete_at(vm, d, i);
  return vm.none();
}

Value deque_reverse(VM& vm, CallArgs args) {
  PYVM_DEQUE_SELF("reverse");
  for (int64_t i = 0, j = d->length - 1; i < j; ++i, --j) {
    Value a = at(d, i);
    set_at(vm, d, i, at(d, j));
    set_at(vm, d, j, a);
  }
  return vm.none();
}

Value deque_maxlen(VM& vm, CallArgs args) {
  PYVM_DEQUE_SELF("maxlen");
  return d->maxlen < 0 ? vm.none() : int_from_int64(vm, d->maxlen);
}

Value deque_reversed(VM& vm, CallArgs args);

// ---- slots

Value deque_repr(VM& vm, Value self) {
  Deque* d = as_deque(self);
  std::string name = short_type_name(vm, self);
  ReprGuard guard(vm, d);
  if (guard.recursive()) return Value::from_object(str_from_ascii(vm, "[...]"));
  gc::RootedValues items(vm.heap());
  snapshot(d, &items);
  std::string out = name + "([";
  for (size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += ", ";
    if (!append_repr(vm, items[i], &out)) return Value::null();
  }
  out += "]";
  if (d->maxlen >= 0) out += ", maxlen=" + std::to_string(d->maxlen);
  out += ")";
  return Value::from_object(str_from_utf8(vm, out));
}

int64_t deque_length(VM&, Value self) { return as_deque(self)->length; }

bool item_index(VM& vm, Deque* d, Value key, int64_t* index) {
  int r = read_index_key(vm, key, index);
  if (r < 0) return false;
  if (r == 0) {
    raise_type_error(vm, "sequence index must be integer, not '" + type_name(vm, key) + "'");
    return false;
  }
  if (!normalize_index(index, d->length)) {
    raise_index_error(vm, "deque index out of range");
    return false;
  }
  return true;
}

Value deque_getitem(VM& vm, Value self, Value key) {
  Deque* d = as_deque(self);
  int64_t i;
  if (!item_index(vm, d, key, &i)) return Value::null();
  return at(d, i);
}

int deque_setitem(VM& vm, Value self, Value key, Value value) {
  Deque* d = as_deque(self);
  int64_t i;
  if (!item_index(vm, d, key, &i)) return -1;
  if (value.is_null()) {
    delete_at(vm, d, i);
  } else {
    set_at(vm, d, i, value);
  }
  return 0;
}

int deque_contains(VM& vm, Value self, Value item) {
  Deque* d = as_deque(self);
  int64_t i = find(vm, d, item, 0, d->length);
  return i == -2 ? -1 : i >= 0;
}

Value deque_richcompare(VM& vm, Value a, Value b, CompareOp op) {
  if (!is_deque(vm, a) || !is_deque(vm, b)) return vm.not_implemented();
  gc::RootedValues left(vm.heap()), right(vm.heap());
  snapshot(as_deque(a), &left);
  snapshot(as_deque(b), &right);
  return sequence_richcompare(vm, left.data(), static_cast<int64_t>(left.size()), right.data(),
                              static_cast<int64_t>(right.size()), op);
}

Value repeat(VM& vm, Value self, Value count, bool inplace) {
  int64_t n;
  int r = sequence_repeat_count(vm, count, &n);
  if (r < 0) return Value::null();
  if (r == 0) return raise_cant_multiply(vm, count);
  Value target = inplace ? self : deque_copy_of(vm, self);
  if (target.is_null()) return target;
  Deque* d = as_deque(target);
  gc::RootedValues items(vm.heap());
  snapshot(d, &items);
  if (n == 0 || items.empty()) {
    clear(d);
    return target;
  }
  // With a maxlen, whole extra copies stop once the deque is full: its
  // contents are then the tail of the full repetition already.
  int64_t limit = d->maxlen >= 0 ? d->maxlen : INT64_MAX;
  int64_t size = static_cast<int64_t>(items.size());
  int64_t total = size;
  for (int64_t k = 1; k < n && total < limit; ++k, total += size) {
    for (Value v : static_cast<std::vector<Value>&>(items)) push_right(vm, d, v);
  }
  return target;
}

Value concat(VM& vm, Value a, Value b, bool inplace) {
  if (!is_deque(vm, b)) {
    if (inplace) {
      return extend(vm, as_deque(a), b, false) < 0 ? Value::null() : a;
    }
    return raise_type_error(
        vm, "can only concatenate deque (not \"" + type_name(vm, b) + "\") to deque");
  }
  Value target = inplace ? a : deque_copy_of(vm, a);
  if (target.is_null()) return target;
  return extend(vm, as_deque(target), b, false) < 0 ? Value::null() : target;
}

Value binary(VM& vm, BinaryOp op, Value a, Value b, bool inplace) {
  bool left = is_deque(vm, a);
  if (op == BinaryOp::kAdd && left) return concat(vm, a, b, inplace);
  if (op == BinaryOp::kMul) {
    if (left) return repeat(vm, a, b, inplace);
    return repeat(vm, b, a, false);
  }
  return vm.not_implemented();
}

Value deque_binary(VM& vm, BinaryOp op, Value a, Value b) { return binary(vm, op, a, b, false); }
Value deque_inplace(VM& vm, BinaryOp op, Value a, Value b) { return binary(vm, op, a, b, true); }

int deque_truth(VM&, Value self) { return as_deque(self)->length != 0; }

// ---- iterators

Value iterator_new(VM& vm, Type* type, Deque* d) {
  auto* it = vm.allocate<DequeIterator>(type);
  vm.store_ref(it, &it->deque, d);
  it->state = d->state;
  return Value::from_object(it);
}

Value deque_iter(VM& vm, Value self) {
  return iterator_new(vm, state_of(vm).deque_iterator, as_deque(self));
}

Value deque_reversed(VM& vm, CallArgs args) {
  PYVM_DEQUE_SELF("__reversed__");
  return iterator_new(vm, state_of(vm).deque_reverse_iterator, d);
}

Value iterator_next(VM& vm, Value self, bool reverse) {
  auto* it = self.as<DequeIterator>();
  Deque* d = it->deque;
  if (d == nullptr) return Value::null();
  if (d->state != it->state) {
    it->deque = nullptr;
    return mutated(vm);
  }
  if (it->index >= d->length) {
    it->deque = nullptr;
    return Value::null();
  }
  int64_t i = reverse ? d->length - 1 - it->index : it->index;
  ++it->index;
  return at(d, i);
}

Value deque_iterator_next(VM& vm, Value self) { return iterator_next(vm, self, false); }
Value deque_reverse_iterator_next(VM& vm, Value self) { return iterator_next(vm, self, true); }

void trace_iterator(Object* self, Tracer& tracer) {
  tracer.visit(static_cast<DequeIterator*>(self)->deque);
}

Value iterator_length_hint(VM& vm, CallArgs args) {
  auto* it = args.args[0].as<DequeIterator>();
  (void)vm;
  if (it->deque == nullptr || it->deque->state != it->state) return Value::from_small_int(0);
  return Value::from_small_int(it->deque->length - it->index);
}

Type* iterator_type_new(VM& vm, const char* name, NextFn next) {
  Type* t = native_type_new(vm, name, vm.types().object, "_collections");
  t->instance_size = sizeof(DequeIterator);
  t->trace = trace_iterator;
  t->iter = [](VM&, Value self) { return self; };
  t->next = next;
  add_iterator_methods(vm, t);
  add_method(vm, t, "__length_hint__", iterator_length_hint, 0, 0);
  return t;
}

// deque.__repr__(self): the deque layout's repr, also for subclass instances.
Value deque_repr_method(VM& vm, CallArgs args) {
  Type* t = vm.collections_state->deque;
  if (!is_instance_of(vm, args.args[0], t)) {
    return raise_type_error(vm, "descriptor '__repr__' requires a 'collections.deque' object");
  }
  return t->repr(vm, args.args[0]);
}

void add_deque_methods(VM& vm, Type* t) {
  struct Spec {
    const char* name;
    NativeFn fn;
    int min_args, max_args;
  } const kMethods[] = {
      {"append", deque_append, 1, 1},   {"appendleft", deque_appendleft, 1, 1},
      {"pop", deque_pop, 0, 0},         {"popleft", deque_popleft, 0, 0},
      {"extend", deque_extend, 1, 1},   {"extendleft", deque_extendleft, 1, 1},
      {"rotate", deque_rotate, 0, 1},   {"clear", deque_clear, 0, 0},
      {"copy", deque_copy, 0, 0},       {"__copy__", deque_copy, 0, 0},
      {"count", deque_count, 1, 1},     {"index", deque_index, 1, 3},
      {"insert", deque_insert, 2, 2},   {"remove", deque_remove, 1, 1},
      {"reverse", deque_reverse, 0, 0}, {"__reversed__", deque_reversed, 0, 0},
  };
  for (const Spec& m : kMethods) add_method(vm, t, m.name, m.fn, m.min_args, m.max_args);
  add_method(vm, t, "__init__", deque_init, 0, -1, kNativeKeywords);
  add_method(vm, t, "__repr__", deque_repr_method, 0, 0);  // its own (pprint keys on it)
  NativeFunction* new_fn =
      native_function_new(vm, "__new__", deque_new_native, 1, -1, kNativeKeywords);
  dict_set_str(vm, t->dict, vm.intern("__new__"),
               wrap_native(vm, vm.types().staticmethod, Value::from_object(new_fn)));
  // maxlen: a read-only property.
  auto* getter = native_function_new(vm, "maxlen", deque_maxlen, 0, 0, kNativeMethod);
  auto* prop = vm.allocate<Property>(vm.types().property);
  vm.store(prop, &prop->fget, Value::from_object(getter));
  vm.store(prop, &prop->fset, vm.none());
  vm.store(prop, &prop->fdel, vm.none());
  vm.store(prop, &prop->doc,
           Value::from_object(str_from_ascii(vm, "maximum size of a deque or None if unbounded")));
  vm.store_ref(prop, &prop->name, vm.intern("maxlen"));
  dict_set_str(vm, t->dict, vm.intern("maxlen"), Value::from_object(prop));
  dict_set_str(vm, t->dict, vm.intern("__hash__"), vm.none());
}

}  // namespace

void init_deque_types(VM& vm, CollectionsState& state) {
  Type* t = native_type_new(vm, "deque", vm.types().object, "collections");
  state.deque = t;
  t->instance_size = sizeof(Deque);
  t->flags |= kTypeAcceptsSubclasses;
  t->trace = trace_deque;
  t->repr = deque_repr;
  t->richcompare = deque_richcompare;
  t->binary = deque_binary;
  t->inplace = deque_inplace;
  t->truth = deque_truth;
  t->length = deque_length;
  t->getitem = deque_getitem;
  t->setitem = deque_setitem;
  t->contains = deque_contains;
  t->iter = deque_iter;
  t->construct = deque_construct;
  add_deque_methods(vm, t);
  add_class_getitem(vm, t);  // deque[int] (runtime/generic_alias.h)
  state.deque_iterator = iterator_type_new(vm, "_deque_iterator", deque_iterator_next);
  state.deque_reverse_iterator =
      iterator_type_new(vm, "_deque_reverse_iterator", deque_reverse_iterator_next);
}

}  // namespace pyvm::runtime
