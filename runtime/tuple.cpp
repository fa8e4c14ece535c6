// tuple: creation, the tuple Type's slots (including CPython 3.11's
// xxHash-based hash, so tuple hashes match CPython's) and its methods.
#include "runtime/tuple.h"

#include <string>
#include <vector>

#include "runtime/exceptions.h"
#include "runtime/function.h"
#include "runtime/int.h"
#include "runtime/iterators.h"
#include "runtime/list.h"
#include "runtime/ops.h"
#include "runtime/sequence.h"
#include "runtime/slice.h"
#include "runtime/slot_wrappers.h"
#include "runtime/str.h"
#include "runtime/user_class.h"
#include "vm/vm.h"

namespace pyvm::runtime {

static Tuple* tuple_alloc(VM& vm, Type* type, int64_t length) {
  auto* t = vm.allocate<Tuple>(type, static_cast<size_t>(length) * sizeof(Value));
  t->length = length;
  return t;
}

Tuple* tuple_empty(VM& vm) {
  Tuple*& slot = vm.intern_table().empty_tuple_slot();
  if (slot == nullptr) slot = tuple_alloc(vm, vm.types().tuple, 0);
  return slot;
}

Tuple* tuple_new(VM& vm, int64_t length) {
  if (length == 0) return tuple_empty(vm);
  return tuple_alloc(vm, vm.types().tuple, length);
}

void tuple_init_item(VM& vm, Tuple* t, int64_t i, Value v) { vm.store(t, &t->items()[i], v); }

Tuple* tuple_from(VM& vm, const Value* items, int64_t length) {
  Tuple* t = tuple_new(vm, length);
  for (int64_t i = 0; i < length; ++i) tuple_init_item(vm, t, i, items[i]);
  return t;
}

bool is_tuple(VM& vm, Value v) {
  if (!v.is_object()) return false;
  Type* t = v.object()->type;
  return t == vm.types().tuple || is_subtype(t, vm.types().tuple);
}

Value tuple_from_iterable(VM& vm, Value iterable) {
  if (iterable.is_object() && type_of(vm, iterable) == vm.types().tuple) return iterable;
  if (iterable.is_object() && type_of(vm, iterable) == vm.types().list) {
    List* l = iterable.as<List>();
    return Value::from_object(tuple_from(vm, l->items, l->length));
  }
  List* tmp = list_new(vm);
  if (list_extend(vm, tmp, iterable) < 0) return Value::null();
  return Value::from_object(tuple_from(vm, tmp->items, tmp->length));
}

// ---- slots

static Value tuple_repr(VM& vm, Value self) {
  Tuple* t = self.as<Tuple>();
  if (t->length == 0) return Value::from_object(vm.intern("()"));
  ReprGuard guard(vm, t);
  if (guard.recursive()) return Value::from_object(vm.intern("(...)"));
  std::string out = "(";
  for (int64_t i = 0; i < t->length; ++i) {
    if (i > 0) out += ", ";
    if (!append_repr(vm, t->at(i), &out)) return Value::null();
  }
  out += t->length == 1 ? ",)" : ")";
  return Value::from_object(str_from_utf8(vm, out));
}

// CPython 3.11's tuplehash: an xxHash-style combination of the item hashes.
static int64_t tuple_hash(VM& vm, Value self) {
  constexpr uint64_t kPrime1 = 11400714785074694791ull;
  constexpr uint64_t kPrime2 = 14029467366897019727ull;
  constexpr uint64_t kPrime5 = 2870177450012600261ull;
  Tuple* t = self.as<Tuple>();
  uint64_t acc = kPrime5;
  for (int64_t i = 0; i < t->length; ++i) {
    int64_t h = hash(vm, t->at(i));
    if (h == -1) return -1;
    acc += static_cast<uint64_t>(h) * kPrime2;
    acc = (acc << 31) | (acc >> 33);
    acc *= kPrime1;
  }
  acc += static_cast<uint64_t>(t->length) ^ (kPrime5 ^ 3527539ull);
  if (acc == UINT64_MAX) return 1546275796;
  return static_cast<int64_t>(acc);
}

Value sequence_richcompare(VM& vm, const Value* a, int64_t na, const Value* b, int64_t nb,
                           CompareOp op) {
  if ((op == CompareOp::kEq || op == CompareOp::kNe) && na != nb) {
    return vm.bool_value(op == CompareOp::kNe);
  }
  int64_t i = 0;
  for (; i < na && i < nb; ++i) {
    int eq = equals(vm, a[i], b[i]);
    if (eq < 0) return Value::null();
    if (eq == 0) break;
  }
  if (i >= na || i >= nb) {
    bool r = false;
    switch (op) {
      case CompareOp::kLt:
        r = na < nb;
        break;
      case CompareOp::kLe:
        r = na <= nb;
        break;
      case CompareOp::kEq:
        r = na == nb;
        break;
      case CompareOp::kNe:
        r = na != nb;
        break;
      case CompareOp::kGt:
        r = na > nb;
        break;
      case CompareOp::kGe:
        r = na >= nb;
        break;
    }
    return vm.bool_value(r);
  }
  if (op == CompareOp::kEq) return vm.false_value();
  if (op == CompareOp::kNe) return vm.true_value();
  return rich_compare(vm, a[i], b[i], op);
}

static Value tuple_richcompare(VM& vm, Value a, Value b, CompareOp op) {
  if (!is_tuple(vm, a) || !is_tuple(vm, b)) return vm.not_implemented();
  Tuple* x = a.as<Tuple>();
  Tuple* y = b.as<Tuple>();
  return sequence_richcompare(vm, x->items(), x->length, y->items(), y->length, op);
}

static Value tuple_repeat(VM& vm, Tuple* t, int64_t n) {
  if (n == 1 && t->type == vm.types().tuple) return Value::from_object(t);
  if (n <= 0 || t->length == 0) return Value::from_object(tuple_empty(vm));
  if (t->length > INT64_MAX / 16 / n) return raise_memory_error(vm);
  Tuple* r = tuple_new(vm, t->length * n);
  for (int64_t k = 0; k < n; ++k) {
    for (int64_t i = 0; i < t->length; ++i) tuple_init_item(vm, r, k * t->length + i, t->at(i));
  }
  return Value::from_object(r);
}

static Value tuple_binary(VM& vm, BinaryOp op, Value a, Value b) {
  if (op == BinaryOp::kAdd) {
    if (!is_tuple(vm, a)) return vm.not_implemented();
    if (!is_tuple(vm, b)) {
      return raise_type_error(
          vm, "can only concatenate tuple (not \"" + type_name(vm, b) + "\") to tuple");
    }
    Tuple* x = a.as<Tuple>();
    Tuple* y = b.as<Tuple>();
    if (y->length == 0 && x->type == vm.types().tuple) return a;
    if (x->length == 0 && y->type == vm.types().tuple) return b;
    Tuple* r = tuple_new(vm, x->length + y->length);
    for (int64_t i = 0; i < x->length; ++i) tuple_init_item(vm, r, i, x->at(i));
    for (int64_t i = 0; i < y->length; ++i) tuple_init_item(vm, r, x->length + i, y->at(i));
    return Value::from_object(r);
  }
  if (op == BinaryOp::kMul) {
    bool self_left = is_tuple(vm, a);
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
    return tuple_repeat(vm, (self_left ? a : b).as<Tuple>(), n);
  }
  return vm.not_implemented();
}

static int64_t tuple_length(VM& vm, Value self) { return self.as<Tuple>()->length; }

static Value tuple_getitem(VM& vm, Value self, Value key) {
  Tuple* t = self.as<Tuple>();
  int64_t i = 0;
  int r = read_index_key(vm, key, &i);
  if (r < 0) return Value::null();
  if (r == 1) {
    if (!normalize_index(&i, t->length)) return raise_index_error(vm, "tuple index out of range");
    return t->at(i);
  }
  if (!is_slice(vm, key)) {
    return raise_type_error(vm,
                            "tuple indices must be integers or slices, not " + type_name(vm, key));
  }
  int64_t start, stop, step, n;
  if (!slice_indices(vm, key.as<Slice>(), t->length, &start, &stop, &step, &n)) {
    return Value::null();
  }
  if (n == t->length && step == 1 && t->type == vm.types().tuple) return self;
  Tuple* out = tuple_new(vm, n);
  for (int64_t k = 0, at = start; k < n; ++k, at += step) tuple_init_item(vm, out, k, t->at(at));
  return Value::from_object(out);
}

static int tuple_contains(VM& vm, Value self, Value item) {
  Tuple* t = self.as<Tuple>();
  for (int64_t i = 0; i < t->length; ++i) {
    int eq = equals(vm, t->at(i), item);
    if (eq != 0) return eq;
  }
  return 0;
}

static Value tuple_iter(VM& vm, Value self) { return tuple_iterator_new(vm, self.as<Tuple>()); }

static int tuple_truth(VM& vm, Value self) { return self.as<Tuple>()->length != 0; }

static Value tuple_construct(VM& vm, Type* cls, CallArgs args) {
  if (args.kwnames != nullptr && args.kwnames->length > 0) {
    return raise_type_error(vm, "tuple() takes no keyword arguments");
  }
  if (args.npos > 1) {
    return raise_type_error(vm,
                            "tuple expected at most 1 argument, got " + std::to_string(args.npos));
  }
  Value result =
      args.npos == 0 ? Value::from_object(tuple_empty(vm)) : tuple_from_iterable(vm, args.args[0]);
  if (result.is_null() || cls == vm.types().tuple) return result;
  Tuple* src = result.as<Tuple>();
  auto data_bytes = static_cast<size_t>(src->length) * sizeof(Value);
  auto* t = vm.allocate<Tuple>(cls, data_bytes + attribute_tail_bytes(cls, data_bytes));
  t->length = src->length;
  place_attribute_tail(vm, t, sizeof(Tuple), data_bytes);
  for (int64_t i = 0; i < src->length; ++i) tuple_init_item(vm, t, i, src->at(i));
  return Value::from_object(t);
}

static void tuple_trace(Object* self, Tracer& tracer) {
  auto* t = static_cast<Tuple*>(self);
  for (int64_t i = 0; i < t->length; ++i) tracer.visit(t->at(i));
}

// ---- methods

static Value tuple_count(VM& vm, CallArgs args) {
  Tuple* t = args.args[0].as<Tuple>();
  int64_t n = 0;
  for (int64_t i = 0; i < t->length; ++i) {
    int eq = equals(vm, t->at(i), args.args[1]);
    if (eq < 0) return Value::null();
    n += eq;
  }
  return Value::from_small_int(n);
}

bool read_search_bounds(VM& vm, CallArgs args, size_t first, int64_t length, int64_t* start,
                        int64_t* stop) {
  *start = 0;
  *stop = length;
  Value none = vm.none();
  for (size_t k = 0; k < 2 && first + k < args.npos; ++k) {
    Value v = args.args[first + k];
    int64_t* out = k == 0 ? start : stop;
    if (v == none) continue;
    if (v.is_small_int()) {
      *out = v.small_int();
    } else if (is_int(vm, v) && !int_to_int64(vm, v, out)) {
      *out = int_compare(vm, v, Value::from_small_int(0)) < 0 ? INT64_MIN : INT64_MAX;
    } else if (!index_to_int64(vm, v, out)) {
      return false;
    }
    if (*out < 0) {
      *out += length;
      if (*out < 0) *out = 0;
    }
    if (*out > length) *out = length;
  }
  return true;
}

static Value tuple_index(VM& vm, CallArgs args) {
  Tuple* t = args.args[0].as<Tuple>();
  int64_t start, stop;
  if (!read_search_bounds(vm, args, 2, t->length, &start, &stop)) return Value::null();
  for (int64_t i = start; i < stop && i < t->length; ++i) {
    int eq = equals(vm, t->at(i), args.args[1]);
    if (eq < 0) return Value::null();
    if (eq == 1) return Value::from_small_int(i);
  }
  return raise_value_error(vm, "tuple.index(x): x not in tuple");
}

void init_tuple_type(VM& vm) {
  Type* t = vm.types().tuple;
  t->instance_size = 0;
  t->flags |= kTypeTupleSubclass | kTypeAcceptsSubclasses;
  t->trace = tuple_trace;
  t->repr = tuple_repr;
  t->hash = tuple_hash;
  t->richcompare = tuple_richcompare;
  t->binary = tuple_binary;
  t->length = tuple_length;
  t->getitem = tuple_getitem;
  t->contains = tuple_contains;
  t->iter = tuple_iter;
  t->truth = tuple_truth;
  t->construct = tuple_construct;
  add_method(vm, t, "count", tuple_count, 1, 1, kNativeMethod);
  add_method(vm, t, "index", tuple_index, 1, 3, kNativeMethod);
  add_slot_wrappers(vm, t);
}

}  // namespace pyvm::runtime
