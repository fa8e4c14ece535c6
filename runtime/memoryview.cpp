// memoryview over bytes and bytearray: length, indexing, slicing (strided
// views), item and slice assignment on writable views, comparison, hashing,
// tolist/tobytes/hex/release and the context-manager protocol.
#include "runtime/memoryview.h"

#include <cstdio>
#include <string>

#include "runtime/bytearray.h"
#include "runtime/bytes.h"
#include "runtime/bytes_like.h"
#include "runtime/exceptions.h"
#include "runtime/function.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/ops.h"
#include "runtime/sequence.h"
#include "runtime/slice.h"
#include "runtime/slot_wrappers.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "vm/vm.h"

namespace pyvm::runtime {

namespace {

MemoryView* view_of(Value v) { return v.as<MemoryView>(); }

// The exporter's current byte buffer.
uint8_t* base_data(VM& vm, MemoryView* m) {
  if (is_bytearray(vm, m->obj)) return m->obj.as<ByteArray>()->data;
  return m->obj.as<Bytes>()->data();
}

bool check_released(VM& vm, MemoryView* m) {
  if (m->released == 0) return true;
  raise_value_error(vm, "operation forbidden on released memoryview object");
  return false;
}

MemoryView* view_new(VM& vm, Value obj, int64_t start, int64_t step, int64_t length) {
  auto* m = vm.allocate<MemoryView>(vm.types().memoryview);
  vm.store(m, &m->obj, obj);
  m->start = start;
  m->step = step;
  m->length = length;
  m->readonly = is_bytearray(vm, obj) ? 0 : 1;
  return m;
}

Value memoryview_construct(VM& vm, Type* cls, CallArgs args) {
  Value p[1];
  if (!parse_args(vm, args, 0, "memoryview", {"object"}, 1, p)) return Value::null();
  Value obj = p[0];
  if (is_memoryview(vm, obj)) {
    MemoryView* src = view_of(obj);
    if (!check_released(vm, src)) return Value::null();
    MemoryView* m = view_new(vm, src->obj, src->start, src->step, src->length);
    return Value::from_object(m);
  }
  if (is_bytes(vm, obj)) {
    return Value::from_object(view_new(vm, obj, 0, 1, obj.as<Bytes>()->length));
  }
  if (is_bytearray(vm, obj)) {
    return Value::from_object(view_new(vm, obj, 0, 1, obj.as<ByteArray>()->length));
  }
  return raise_type_error(
      vm, "memoryview: a bytes-like object is required, not '" + type_name(vm, obj) + "'");
}

Value memoryview_repr(VM& vm, Value self) {
  char buffer[64];
  const char* what = view_of(self)->released != 0 ? "released memory" : "memory";
  std::snprintf(buffer, sizeof(buffer), "<%s at %p>", what, static_cast<void*>(self.object()));
  return Value::from_object(str_from_ascii(vm, buffer));
}

int64_t memoryview_length(VM& vm, Value self) {
  MemoryView* m = view_of(self);
  if (!check_released(vm, m)) return -1;
  return m->length;
}

Value memoryview_getitem(VM& vm, Value self, Value key) {
  MemoryView* m = view_of(self);
  if (!check_released(vm, m)) return Value::null();
  int64_t i = 0;
  int r = read_index_key(vm, key, &i);
  if (r < 0) return Value::null();
  if (r == 1) {
    if (!normalize_index(&i, m->length))
      return raise_index_error(vm, "index out of bounds on dimension 1");
    return Value::from_small_int(base_data(vm, m)[m->start + i * m->step]);
  }
  if (!is_slice(vm, key)) return raise_type_error(vm, "memoryview: invalid slice key");
  int64_t start, stop, step, n;
  if (!slice_indices(vm, key.as<Slice>(), m->length, &start, &stop, &step, &n)) {
    return Value::null();
  }
  MemoryView* sub = view_new(vm, m->obj, m->start + start * m->step, m->step * step, n);
  sub->readonly = m->readonly;
  return Value::from_object(sub);
}

int memoryview_setitem(VM& vm, Value self, Value key, Value value) {
  MemoryView* m = view_of(self);
  if (!check_released(vm, m)) return -1;
  if (m->readonly != 0) {
    raise_type_error(vm, "cannot modify read-only memory");
    return -1;
  }
  if (value.is_null()) {
    raise_type_error(vm, "cannot delete memory");
    return -1;
  }
  int64_t i = 0;
  int r = read_index_key(vm, key, &i);
  if (r < 0) return -1;
  if (r == 1) {
    if (!normalize_index(&i, m->length)) {
      raise_index_error(vm, "index out of bounds on dimension 1");
      return -1;
    }
    int64_t b = -1;
    if (!is_int(vm, value)) {
      raise_type_error(vm, "memoryview: invalid type for format 'B'");
      return -1;
    }
    if (!int_to_int64(vm, value, &b) || b < 0 || b > 255) {
      raise_value_error(vm, "memoryview: invalid value for format 'B'");
      return -1;
    }
    base_data(vm, m)[m->start + i * m->step] = static_cast<uint8_t>(b);
    return 0;
  }
  if (!is_slice(vm, key)) {
    raise_type_error(vm, "memoryview: invalid slice key");
    return -1;
  }
  std::string storage;
  std::string_view src;
  if (!bytes_like_view(vm, value, &storage, &src)) {
    if (!vm.has_exception()) {
      raise_type_error(vm, "a bytes-like object is required, not '" + type_name(vm, value) + "'");
    }
    return -1;
  }
  int64_t start, stop, step, n;
  if (!slice_indices(vm, key.as<Slice>(), m->length, &start, &stop, &step, &n)) return -1;
  if (static_cast<int64_t>(src.size()) != n) {
    raise_value_error(vm, "memoryview assignment: lvalue and rvalue have different structures");
    return -1;
  }
  uint8_t* data = base_data(vm, m);
  for (int64_t k = 0; k < n; ++k) {
    data[m->start + (start + k * step) * m->step] =
        static_cast<uint8_t>(src[static_cast<size_t>(k)]);
  }
  return 0;
}

Value memoryview_richcompare(VM& vm, Value a, Value b, CompareOp op) {
  if (op != CompareOp::kEq && op != CompareOp::kNe) return vm.not_implemented();
  std::string sa, sb;
  std::string_view x, y;
  bool eq;
  if ((is_memoryview(vm, a) && view_of(a)->released != 0) ||
      (is_memoryview(vm, b) && view_of(b)->released != 0)) {
    eq = a == b;
  } else {
    if (!bytes_like_view(vm, a, &sa, &x) || !bytes_like_view(vm, b, &sb, &y)) {
      if (vm.has_exception()) return Value::null();
      return vm.not_implemented();
    }
    eq = x == y;
  }
  return vm.bool_value(op == CompareOp::kEq ? eq : !eq);
}

int64_t memoryview_hash(VM& vm, Value self) {
  MemoryView* m = view_of(self);
  if (!check_released(vm, m)) return -1;
  if (m->readonly == 0) {
    raise_value_error(vm, "cannot hash writable memoryview object");
    return -1;
  }
  std::string contents;
  if (!memoryview_contents(vm, self, &contents)) return -1;
  return hash(vm, Value::from_object(bytes_new(vm, contents)));
}

Value memoryview_iter(VM& vm, Value self) {
  if (!check_released(vm, view_of(self))) return Value::null();
  auto* it = vm.allocate<MemoryIterator>(vm.types().memory_iterator);
  vm.store(it, &it->view, self);
  return Value::from_object(it);
}

Value memory_iterator_next(VM& vm, Value self) {
  auto* it = self.as<MemoryIterator>();
  if (it->view.is_null()) return Value::null();
  MemoryView* m = view_of(it->view);
  if (!check_released(vm, m)) return Value::null();
  if (it->index >= m->length) {
    it->view = Value::null();
    return Value::null();
  }
  int64_t k = it->index++;
  return Value::from_small_int(base_data(vm, m)[m->start + k * m->step]);
}

void memory_iterator_trace(Object* self, Tracer& tracer) {
  tracer.visit(static_cast<MemoryIterator*>(self)->view);
}

void memoryview_trace(Object* self, Tracer& tracer) {
  tracer.visit(static_cast<MemoryView*>(self)->obj);
}

Value getattr_value(VM& vm, MemoryView* m, Str* name, bool* found) {
  *found = true;
  if (str_equals_ascii(name, "obj")) return m->obj;
  if (str_equals_ascii(name, "nbytes")) return Value::from_small_int(m->length);
  if (str_equals_ascii(name, "readonly")) return vm.bool_value(m->readonly != 0);
  if (str_equals_ascii(name, "itemsize")) return Value::from_small_int(1);
  if (str_equals_ascii(name, "format")) return Value::from_object(vm.intern("B"));
  if (str_equals_ascii(name, "ndim")) return Value::from_small_int(1);
  if (str_equals_ascii(name, "shape") || str_equals_ascii(name, "strides")) {
    Value item = Value::from_small_int(str_equals_ascii(name, "shape") ? m->length : m->step);
    return Value::from_object(tuple_from(vm, &item, 1));
  }
  if (str_equals_ascii(name, "contiguous") || str_equals_ascii(name, "c_contiguous")) {
    return vm.bool_value(m->step == 1 || m->length <= 1);
  }
  *found = false;
  return Value::null();
}

Value memoryview_getattr(VM& vm, Value self, Str* name) {
  MemoryView* m = view_of(self);
  if (m->released == 0 || str_equals_ascii(name, "obj")) {
    bool found = false;
    Value v = getattr_value(vm, m, name, &found);
    if (found) return v;
  } else if (str_equals_ascii(name, "nbytes") || str_equals_ascii(name, "readonly") ||
             str_equals_ascii(name, "shape")) {
    check_released(vm, m);
    return Value::null();
  }
  return lookup_type_attr(vm, self, name);
}

Value tolist_method(VM& vm, CallArgs args) {
  std::string contents;
  if (!memoryview_contents(vm, args.args[0], &contents)) return Value::null();
  List* out = list_new(vm, static_cast<int64_t>(contents.size()));
  for (char c : contents) list_append(vm, out, Value::from_small_int(static_cast<uint8_t>(c)));
  return Value::from_object(out);
}

Value tobytes_method(VM& vm, CallArgs args) {
  std::string contents;
  if (!memoryview_contents(vm, args.args[0], &contents)) return Value::null();
  return Value::from_object(bytes_new(vm, contents));
}

Value hex_method(VM& vm, CallArgs args) {
  std::string contents;
  if (!memoryview_contents(vm, args.args[0], &contents)) return Value::null();
  return Value::from_object(str_from_ascii(vm, bytes_to_hex(contents, "", 1)));
}

Value release_method(VM& vm, CallArgs args) {
  view_of(args.args[0])->released = 1;
  return vm.none();
}

Value enter_method(VM& vm, CallArgs args) {
  if (!check_released(vm, view_of(args.args[0]))) return Value::null();
  return args.args[0];
}

Value exit_method(VM& vm, CallArgs args) {
  view_of(args.args[0])->released = 1;
  return vm.false_value();
}

}  // namespace

bool is_memoryview(VM& vm, Value v) {
  return v.is_object() && v.object()->type == vm.types().memoryview;
}

bool memoryview_contents(VM& vm, Value view, std::string* out) {
  MemoryView* m = view_of(view);
  if (!check_released(vm, m)) return false;
  const uint8_t* data = base_data(vm, m);
  out->clear();
  out->reserve(static_cast<size_t>(m->length));
  for (int64_t k = 0; k < m->length; ++k) {
    out->push_back(static_cast<char>(data[m->start + k * m->step]));
  }
  return true;
}

void init_memoryview_type(VM& vm) {
  Type* t = vm.types().memoryview;
  t->instance_size = sizeof(MemoryView);
  t->trace = memoryview_trace;
  t->repr = memoryview_repr;
  t->hash = memoryview_hash;
  t->richcompare = memoryview_richcompare;
  t->length = memoryview_length;
  t->getitem = memoryview_getitem;
  t->setitem = memoryview_setitem;
  t->iter = memoryview_iter;
  t->construct = memoryview_construct;
  t->getattr = memoryview_getattr;
  add_method(vm, t, "tolist", tolist_method, 0, 0, kNativeMethod);
  add_method(vm, t, "tobytes", tobytes_method, 0, 0, kNativeMethod);
  add_method(vm, t, "hex", hex_method, 0, 0, kNativeMethod);
  add_method(vm, t, "release", release_method, 0, 0, kNativeMethod);
  add_method(vm, t, "__enter__", enter_method, 0, 0, kNativeMethod);
  add_method(vm, t, "__exit__", exit_method, 0, -1, kNativeMethod);
  add_slot_wrappers(vm, t);
  Type* it = vm.types().memory_iterator;
  it->instance_size = sizeof(MemoryIterator);
  it->trace = memory_iterator_trace;
  it->iter = [](VM&, Value self) { return self; };
  it->next = memory_iterator_next;
  add_iterator_methods(vm, it);
}

}  // namespace pyvm::runtime
