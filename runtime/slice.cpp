// slice objects and the index clamping that sequences apply to them.
#include "runtime/slice.h"

#include <string>

#include "runtime/exceptions.h"
#include "runtime/function.h"
#include "runtime/int.h"
#include "runtime/ops.h"
#include "runtime/sequence.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "vm/vm.h"

namespace pyvm::runtime {

Value slice_new(VM& vm, Value start, Value stop, Value step) {
  auto* s = vm.allocate<Slice>(vm.types().slice);
  vm.store(s, &s->start, start.is_null() ? vm.none() : start);
  vm.store(s, &s->stop, stop.is_null() ? vm.none() : stop);
  vm.store(s, &s->step, step.is_null() ? vm.none() : step);
  return Value::from_object(s);
}

bool is_slice(VM& vm, Value v) { return v.is_object() && v.object()->type == vm.types().slice; }

// Reads one slice bound: ints clamp to the int64 range (as CPython clamps to
// Py_ssize_t). False with TypeError pending for a non-index value.
static bool slice_bound(VM& vm, Value v, int64_t* out) {
  if (v.is_small_int()) {
    *out = v.small_int();
    return true;
  }
  if (!is_index_like(vm, v)) {
    raise_type_error(vm, "slice indices must be integers or None or have an __index__ method");
    return false;
  }
  if (is_int(vm, v) && !int_to_int64(vm, v, out)) {
    *out = int_compare(vm, v, Value::from_small_int(0)) < 0 ? INT64_MIN : INT64_MAX;
    return true;
  }
  return index_to_int64(vm, v, out);
}

static int64_t clamp_bound(int64_t i, int64_t length, bool negative_step) {
  if (i < 0) {
    i += length;
    if (i < 0) i = negative_step ? -1 : 0;
  } else if (i >= length) {
    i = negative_step ? length - 1 : length;
  }
  return i;
}

bool slice_indices(VM& vm, Slice* slice, int64_t length, int64_t* start, int64_t* stop,
                   int64_t* step, int64_t* slicelength) {
  Value none = vm.none();
  *step = 1;
  if (slice->step != none) {
    if (!slice_bound(vm, slice->step, step)) return false;
    if (*step == 0) {
      raise_value_error(vm, "slice step cannot be zero");
      return false;
    }
    if (*step < -INT64_MAX) *step = -INT64_MAX;
  }
  bool neg = *step < 0;
  if (slice->start == none) {
    *start = neg ? INT64_MAX : 0;
  } else if (!slice_bound(vm, slice->start, start)) {
    return false;
  }
  if (slice->stop == none) {
    *stop = neg ? INT64_MIN : INT64_MAX;
  } else if (!slice_bound(vm, slice->stop, stop)) {
    return false;
  }
  *start = clamp_bound(*start, length, neg);
  *stop = clamp_bound(*stop, length, neg);
  if (neg) {
    *slicelength = *stop < *start ? (*start - *stop - 1) / (-*step) + 1 : 0;
  } else {
    *slicelength = *start < *stop ? (*stop - *start - 1) / *step + 1 : 0;
  }
  return true;
}

static Value slice_repr(VM& vm, Value self) {
  auto* s = self.as<Slice>();
  std::string out = "slice(";
  if (!append_repr(vm, s->start, &out)) return Value::null();
  out += ", ";
  if (!append_repr(vm, s->stop, &out)) return Value::null();
  out += ", ";
  if (!append_repr(vm, s->step, &out)) return Value::null();
  out += ")";
  return Value::from_object(str_from_utf8(vm, out));
}

static Value slice_as_tuple(VM& vm, Slice* s) {
  Value items[3] = {s->start, s->stop, s->step};
  return Value::from_object(tuple_from(vm, items, 3));
}

static Value slice_richcompare(VM& vm, Value a, Value b, CompareOp op) {
  if (!is_slice(vm, a) || !is_slice(vm, b)) return vm.not_implemented();
  return rich_compare(vm, slice_as_tuple(vm, a.as<Slice>()), slice_as_tuple(vm, b.as<Slice>()), op);
}

static Value slice_construct(VM& vm, Type* cls, CallArgs args) {
  if (args.kwnames != nullptr && args.kwnames->length > 0) {
    return raise_type_error(vm, "slice() takes no keyword arguments");
  }
  if (args.npos == 0) return raise_type_error(vm, "slice expected at least 1 argument, got 0");
  if (args.npos > 3) {
    return raise_type_error(vm,
                            "slice expected at most 3 arguments, got " + std::to_string(args.npos));
  }
  if (args.npos == 1) return slice_new(vm, vm.none(), args.args[0], vm.none());
  return slice_new(vm, args.args[0], args.args[1], args.npos == 3 ? args.args[2] : vm.none());
}

static Value slice_getattr(VM& vm, Value self, Str* name) {
  auto* s = self.as<Slice>();
  if (str_equals_ascii(name, "start")) return s->start;
  if (str_equals_ascii(name, "stop")) return s->stop;
  if (str_equals_ascii(name, "step")) return s->step;
  return lookup_type_attr(vm, self, name);
}

static Value slice_indices_method(VM& vm, CallArgs args) {
  int64_t length = 0;
  if (!index_to_int64(vm, args.args[1], &length)) return Value::null();
  if (length < 0) return raise_value_error(vm, "length should not be negative");
  int64_t start, stop, step, n;
  if (!slice_indices(vm, args.args[0].as<Slice>(), length, &start, &stop, &step, &n)) {
    return Value::null();
  }
  Value items[3] = {int_from_int64(vm, start), int_from_int64(vm, stop), int_from_int64(vm, step)};
  return Value::from_object(tuple_from(vm, items, 3));
}

static void slice_trace(Object* self, Tracer& tracer) {
  auto* s = static_cast<Slice*>(self);
  tracer.visit(s->start);
  tracer.visit(s->stop);
  tracer.visit(s->step);
}

void init_slice_type(VM& vm) {
  Type* t = vm.types().slice;
  t->instance_size = sizeof(Slice);
  t->trace = slice_trace;
  t->repr = slice_repr;
  t->hash = nullptr;
  t->richcompare = slice_richcompare;
  t->construct = slice_construct;
  t->getattr = slice_getattr;
  add_method(vm, t, "indices", slice_indices_method, 1, 1, kNativeMethod);
}

}  // namespace pyvm::runtime
