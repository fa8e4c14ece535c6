// range objects and their iterator. Ranges whose items all fit int64 take the
// fast paths (O(1) len, index and membership, RangeIterator); others compute
// with Python ints through the object protocol.
#include "runtime/range.h"

#include <string>

#include "runtime/exceptions.h"
#include "runtime/function.h"
#include "runtime/int.h"
#include "runtime/longrange_iterator.h"
#include "runtime/ops.h"
#include "runtime/sequence.h"
#include "runtime/slice.h"
#include "runtime/slot_wrappers.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "vm/vm.h"

namespace pyvm::runtime {

namespace {

bool to_int64(VM& vm, Value v, int64_t* out) {
  if (v.is_small_int()) {
    *out = v.small_int();
    return true;
  }
  return int_to_int64(vm, v, out);
}

// Item count of a range of int64 bounds; -1 if it does not fit int64.
int64_t small_length(int64_t start, int64_t stop, int64_t step) {
  __int128 n = 0;
  if (step > 0 && start < stop) n = ((__int128)stop - start - 1) / step + 1;
  if (step < 0 && start > stop) n = ((__int128)start - stop - 1) / (-(__int128)step) + 1;
  return n > INT64_MAX ? -1 : static_cast<int64_t>(n);
}

Value to_int(VM& vm, Value v) {
  if (v.is_small_int() || is_int(vm, v)) {
    if (v.is_object() && type_of(vm, v) == vm.types().bool_) {
      return Value::from_small_int(v.as<Bool>()->value);
    }
    return v;
  }
  if (!is_index_like(vm, v)) {
    return raise_type_error(
        vm, "'" + type_name(vm, v) + "' object cannot be interpreted as an integer");
  }
  int64_t i = 0;
  if (!index_to_int64(vm, v, &i)) return Value::null();
  return int_from_int64(vm, i);
}

// Length of a general range as a Python int.
Value big_length(VM& vm, Value start, Value stop, Value step) {
  Value zero = Value::from_small_int(0);
  bool positive = int_compare(vm, step, zero) > 0;
  Value lo = positive ? start : stop;
  Value hi = positive ? stop : start;
  if (int_compare(vm, lo, hi) >= 0) return zero;
  Value abs_step = positive ? step : binary_op(vm, BinaryOp::kSub, zero, step);
  Value diff = binary_op(vm, BinaryOp::kSub, hi, lo);
  Value m1 = binary_op(vm, BinaryOp::kSub, diff, Value::from_small_int(1));
  Value q = binary_op(vm, BinaryOp::kFloorDiv, m1, abs_step);
  return binary_op(vm, BinaryOp::kAdd, q, Value::from_small_int(1));
}

Range* make_range(VM& vm, Value start, Value stop, Value step) {
  auto* r = vm.allocate<Range>(vm.types().range);
  vm.store(r, &r->start, start);
  vm.store(r, &r->stop, stop);
  vm.store(r, &r->step, step);
  int64_t a, b, c;
  if (to_int64(vm, start, &a) && to_int64(vm, stop, &b) && to_int64(vm, step, &c)) {
    r->length = small_length(a, b, c);
    __int128 last = a + (r->length > 0 ? (r->length - 1) * (__int128)c : 0);
    bool last_fits = last >= Value::kSmallIntMin && last <= Value::kSmallIntMax;
    r->is_small = r->length >= 0 && start.is_small_int() && step.is_small_int() && last_fits;
  } else {
    Value n = big_length(vm, start, stop, step);
    int64_t len = -1;
    r->length = to_int64(vm, n, &len) ? len : -1;
    r->is_small = 0;
  }
  return r;
}

// The i-th item (0 <= i < length) as a Python int.
Value range_item(VM& vm, Range* r, Value i) {
  if (r->is_small) {
    return int_from_int64(vm, r->start.small_int() + i.small_int() * r->step.small_int());
  }
  Value off = binary_op(vm, BinaryOp::kMul, i, r->step);
  if (off.is_null()) return off;
  return binary_op(vm, BinaryOp::kAdd, r->start, off);
}

Value range_length_value(VM& vm, Range* r) {
  if (r->length >= 0) return int_from_int64(vm, r->length);
  return big_length(vm, r->start, r->stop, r->step);
}

}  // namespace

Value range_new(VM& vm, Value start, Value stop, Value step) {
  start = to_int(vm, start);
  if (start.is_null()) return start;
  stop = to_int(vm, stop);
  if (stop.is_null()) return stop;
  step = to_int(vm, step);
  if (step.is_null()) return step;
  if (step == Value::from_small_int(0))
    return raise_value_error(vm, "range() arg 3 must not be zero");
  return Value::from_object(make_range(vm, start, stop, step));
}

Value range_new_small(VM& vm, int64_t start, int64_t stop, int64_t step) {
  return Value::from_object(make_range(vm, int_from_int64(vm, start), int_from_int64(vm, stop),
                                       int_from_int64(vm, step)));
}

namespace {

Value range_repr(VM& vm, Value self) {
  auto* r = self.as<Range>();
  std::string out = "range(";
  if (!append_repr(vm, r->start, &out)) return Value::null();
  out += ", ";
  if (!append_repr(vm, r->stop, &out)) return Value::null();
  if (r->step != Value::from_small_int(1)) {
    out += ", ";
    if (!append_repr(vm, r->step, &out)) return Value::null();
  }
  out += ")";
  return Value::from_object(str_from_utf8(vm, out));
}

int64_t range_length(VM& vm, Value self) {
  auto* r = self.as<Range>();
  if (r->length < 0) {
    raise_overflow_error(vm, "Python int too large to convert to C ssize_t");
    return -1;
  }
  return r->length;
}

int range_truth(VM& vm, Value self) {
  auto* r = self.as<Range>();
  return r->length != 0;
}

// One bound of a slice over `length` items, with Python ints (CPython's
// _PySlice_GetLongIndices): None takes `dflt`; negatives count from the end;
// the result is clamped to [lower, upper].
Value slice_bound(VM& vm, Value v, Value length, Value dflt, Value lower, Value upper) {
  if (v == vm.none()) return dflt;
  Value i = to_int(vm, v);
  if (i.is_null()) return i;
  if (int_compare(vm, i, Value::from_small_int(0)) < 0) {
    i = binary_op(vm, BinaryOp::kAdd, i, length);
    if (i.is_null()) return i;
    return int_compare(vm, i, lower) < 0 ? lower : i;
  }
  return int_compare(vm, i, upper) > 0 ? upper : i;
}

// r[slice]: the range of the selected items, computed with Python ints so
// huge ranges slice too. Bounds become items: start + index * step.
Value range_slice(VM& vm, Range* r, Slice* slice) {
  Value step = slice->step == vm.none() ? Value::from_small_int(1) : to_int(vm, slice->step);
  if (step.is_null()) return step;
  Value zero = Value::from_small_int(0);
  if (step == zero) return raise_value_error(vm, "slice step cannot be zero");
  bool negative = int_compare(vm, step, zero) < 0;
  Value length = range_length_value(vm, r);
  if (length.is_null()) return length;
  Value lower = negative ? Value::from_small_int(-1) : zero;
  Value upper = negative ? binary_op(vm, BinaryOp::kSub, length, Value::from_small_int(1)) : length;
  if (upper.is_null()) return upper;
  Value start = slice_bound(vm, slice->start, length, negative ? upper : lower, lower, upper);
  if (start.is_null()) return start;
  Value stop = slice_bound(vm, slice->stop, length, negative ? lower : upper, lower, upper);
  if (stop.is_null()) return stop;
  Value new_start = range_item(vm, r, start);
  if (new_start.is_null()) return new_start;
  Value new_stop = range_item(vm, r, stop);
  if (new_stop.is_null()) return new_stop;
  Value new_step = binary_op(vm, BinaryOp::kMul, r->step, step);
  if (new_step.is_null()) return new_step;
  return Value::from_object(make_range(vm, new_start, new_stop, new_step));
}

// r[i] for a range whose length does not fit int64.
Value big_range_getitem(VM& vm, Range* r, Value key) {
  Value i = to_int(vm, key);
  if (i.is_null()) return i;
  Value length = range_length_value(vm, r);
  if (length.is_null()) return length;
  if (int_compare(vm, i, Value::from_small_int(0)) < 0) {
    i = binary_op(vm, BinaryOp::kAdd, i, length);
    if (i.is_null()) return i;
  }
  if (int_compare(vm, i, Value::from_small_int(0)) < 0 || int_compare(vm, i, length) >= 0) {
    return raise_index_error(vm, "range object index out of range");
  }
  return range_item(vm, r, i);
}

Value range_getitem(VM& vm, Value self, Value key) {
  auto* r = self.as<Range>();
  if (is_slice(vm, key)) return range_slice(vm, r, key.as<Slice>());
  int64_t small = 0;
  if (is_int(vm, key) && (r->length < 0 || !to_int64(vm, key, &small))) {
    return big_range_getitem(vm, r, key);
  }
  int64_t i = 0;
  int k = read_index_key(vm, key, &i);
  if (k < 0 && is_int(vm, key) && exception_matches(vm, vm.types().overflow_error)) {
    vm.clear_exception();
    return big_range_getitem(vm, r, key);
  }
  if (k < 0) return Value::null();
  if (k == 0) {
    return raise_type_error(vm,
                            "range indices must be integers or slices, not " + type_name(vm, key));
  }
  if (r->length < 0) return big_range_getitem(vm, r, key);
  if (!normalize_index(&i, r->length))
    return raise_index_error(vm, "range object index out of range");
  return range_item(vm, r, Value::from_small_int(i));
}

// Membership of an int: O(1) arithmetic.
int range_contains_int(VM& vm, Range* r, Value v) {
  Value zero = Value::from_small_int(0);
  bool positive = int_compare(vm, r->step, zero) > 0;
  if (positive) {
    if (int_compare(vm, v, r->start) < 0 || int_compare(vm, v, r->stop) >= 0) return 0;
  } else {
    if (int_compare(vm, v, r->start) > 0 || int_compare(vm, v, r->stop) <= 0) return 0;
  }
  Value diff = binary_op(vm, BinaryOp::kSub, v, r->start);
  if (diff.is_null()) return -1;
  Value rem = binary_op(vm, BinaryOp::kMod, diff, r->step);
  if (rem.is_null()) return -1;
  return rem == zero ? 1 : 0;
}

int range_contains(VM& vm, Value self, Value item) {
  auto* r = self.as<Range>();
  if (item.is_small_int() || is_int(vm, item)) {
    if (item.is_object() && type_of(vm, item) == vm.types().bool_) {
      item = Value::from_small_int(item.as<Bool>()->value);
    }
    return range_contains_int(vm, r, item);
  }
  Value it = get_iter(vm, self);
  if (it.is_null()) return -1;
  for (;;) {
    Value x = iter_next(vm, it);
    if (x.is_null()) return vm.has_exception() ? -1 : 0;
    int eq = equals(vm, x, item);
    if (eq != 0) return eq;
  }
}

Value range_iter(VM& vm, Value self) {
  auto* r = self.as<Range>();
  if (!r->is_small) return longrange_iterator_new(vm, r->start, r->stop, r->step);
  auto* it = vm.allocate<RangeIterator>(vm.types().range_iterator);
  it->next = r->start.small_int();
  it->step = r->step.small_int();
  it->remaining = r->length;
  return Value::from_object(it);
}

Value range_iterator_next(VM& vm, Value self) {
  auto* it = self.as<RangeIterator>();
  if (it->remaining <= 0) return Value::null();
  int64_t v = it->next;
  --it->remaining;
  if (it->remaining > 0) it->next += it->step;
  return Value::from_small_int(v);
}

Value iterator_self(VM& vm, Value self) { return self; }

// 1 equal, 0 not, -1 error: equal ranges have the same items.
int range_equal(VM& vm, Range* a, Range* b) {
  if (a == b) return 1;
  Value la = range_length_value(vm, a);
  Value lb = range_length_value(vm, b);
  if (la.is_null() || lb.is_null()) return -1;
  if (int_compare(vm, la, lb) != 0) return 0;
  if (la == Value::from_small_int(0)) return 1;
  if (int_compare(vm, a->start, b->start) != 0) return 0;
  if (la == Value::from_small_int(1)) return 1;
  return int_compare(vm, a->step, b->step) == 0 ? 1 : 0;
}

Value range_richcompare(VM& vm, Value a, Value b, CompareOp op) {
  if (!a.is_object() || !b.is_object() || type_of(vm, a) != vm.types().range ||
      type_of(vm, b) != vm.types().range || (op != CompareOp::kEq && op != CompareOp::kNe)) {
    return vm.not_implemented();
  }
  int eq = range_equal(vm, a.as<Range>(), b.as<Range>());
  if (eq < 0) return Value::null();
  return vm.bool_value((eq == 1) == (op == CompareOp::kEq));
}

int64_t range_hash(VM& vm, Value self) {
  auto* r = self.as<Range>();
  Value len = range_length_value(vm, r);
  if (len.is_null()) return -1;
  Value items[3] = {len, r->start, r->step};
  if (len == Value::from_small_int(0)) {
    items[1] = items[2] = vm.none();
  } else if (len == Value::from_small_int(1)) {
    items[2] = vm.none();
  }
  return hash(vm, Value::from_object(tuple_from(vm, items, 3)));
}

Value range_construct(VM& vm, Type* cls, CallArgs args) {
  if (args.kwnames != nullptr && args.kwnames->length > 0) {
    return raise_type_error(vm, "range() takes no keyword arguments");
  }
  if (args.npos == 0) return raise_type_error(vm, "range expected at least 1 argument, got 0");
  if (args.npos > 3) {
    return raise_type_error(vm,
                            "range expected at most 3 arguments, got " + std::to_string(args.npos));
  }
  if (args.npos == 1) {
    return range_new(vm, Value::from_small_int(0), args.args[0], Value::from_small_int(1));
  }
  return range_new(vm, args.args[0], args.args[1],
                   args.npos == 3 ? args.args[2] : Value::from_small_int(1));
}

Value range_getattr(VM& vm, Value self, Str* name) {
  auto* r = self.as<Range>();
  if (str_equals_ascii(name, "start")) return r->start;
  if (str_equals_ascii(name, "stop")) return r->stop;
  if (str_equals_ascii(name, "step")) return r->step;
  return lookup_type_attr(vm, self, name);
}

Value range_count_method(VM& vm, CallArgs args) {
  int c = range_contains(vm, args.args[0], args.args[1]);
  if (c < 0) return Value::null();
  return Value::from_small_int(c);
}

Value range_index_method(VM& vm, CallArgs args) {
  auto* r = args.args[0].as<Range>();
  Value v = args.args[1];
  int c = range_contains(vm, args.args[0], v);
  if (c < 0) return Value::null();
  if (c == 0) {
    Value rep = repr(vm, v);
    if (rep.is_null()) return rep;
    return raise_value_error(vm, str_to_utf8(rep.as<Str>()) + " is not in range");
  }
  if (!(v.is_small_int() || is_int(vm, v))) {
    // Linear search for equal non-int values (e.g. 2.0).
    Value it = get_iter(vm, args.args[0]);
    for (int64_t i = 0;; ++i) {
      Value x = iter_next(vm, it);
      if (x.is_null()) return Value::null();
      int eq = equals(vm, x, v);
      if (eq != 0) return eq < 0 ? Value::null() : Value::from_small_int(i);
    }
  }
  Value diff = binary_op(vm, BinaryOp::kSub, v, r->start);
  if (diff.is_null()) return diff;
  return binary_op(vm, BinaryOp::kFloorDiv, diff, r->step);
}

void range_trace(Object* self, Tracer& tracer) {
  auto* r = static_cast<Range*>(self);
  tracer.visit(r->start);
  tracer.visit(r->stop);
  tracer.visit(r->step);
}

void range_iterator_trace(Object* self, Tracer& tracer) {}  // no references

}  // namespace

void init_range_type(VM& vm) {
  Type* t = vm.types().range;
  t->instance_size = sizeof(Range);
  t->trace = range_trace;
  t->repr = range_repr;
  t->hash = range_hash;
  t->richcompare = range_richcompare;
  t->length = range_length;
  t->truth = range_truth;
  t->getitem = range_getitem;
  t->contains = range_contains;
  t->iter = range_iter;
  t->construct = range_construct;
  t->getattr = range_getattr;
  add_method(vm, t, "count", range_count_method, 1, 1, kNativeMethod);
  add_method(vm, t, "index", range_index_method, 1, 1, kNativeMethod);
  add_slot_wrappers(vm, t);
  Type* it = vm.types().range_iterator;
  it->instance_size = sizeof(RangeIterator);
  it->trace = range_iterator_trace;
  it->iter = iterator_self;
  it->next = range_iterator_next;
  init_longrange_iterator_type(vm);
  add_iterator_methods(vm, it);
}

}  // namespace pyvm::runtime
