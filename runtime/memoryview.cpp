// memoryview over bytes and bytearray: length, indexing, slicing (strided
// views), item and slice assignment on writable views, comparison, hashing,
// tolist/tobytes/hex/release, cast() to native integer formats and the
// context-manager protocol.
#include "runtime/memoryview.h"

#include <cstdio>
#include <cstring>
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
  m->itemsize = 1;
  m->format = 'B';
  return m;
}

// MemoryView::format holds the format character, plus kAtPrefix when cast()
// was given it as "@X" (the format attribute keeps the spelling).
constexpr int64_t kAtPrefix = 0x100;
int64_t format_of(const MemoryView* m) { return m->format & 0xff; }

// A view with the item format of `like`.
MemoryView* view_like(VM& vm, MemoryView* like, int64_t start, int64_t step, int64_t length) {
  MemoryView* m = view_new(vm, like->obj, start, step, length);
  m->itemsize = like->itemsize;
  m->format = like->format;
  return m;
}

// Bytes per item of a native integer struct format, or 0 if unsupported.
int64_t format_itemsize(uint32_t c) {
  switch (c) {
    case 'B':
    case 'b':
    case 'c':
    case '?':
      return 1;
    case 'H':
    case 'h':
      return 2;
    case 'I':
    case 'i':
      return 4;
    case 'L':
    case 'l':
    case 'Q':
    case 'q':
    case 'N':
    case 'n':
      return 8;
    default:
      return 0;
  }
}

bool is_signed_format(int64_t c) {
  return c == 'b' || c == 'h' || c == 'i' || c == 'l' || c == 'q' || c == 'n';
}

// Item k of the view as a Python value.
Value read_item(VM& vm, MemoryView* m, int64_t k) {
  const uint8_t* p = base_data(vm, m) + m->start + k * m->step;
  if (format_of(m) == 'B') return Value::from_small_int(p[0]);
  if (format_of(m) == 'c')
    return Value::from_object(bytes_new(vm, std::string(1, static_cast<char>(p[0]))));
  uint64_t bits = 0;
  std::memcpy(&bits, p, static_cast<size_t>(m->itemsize));  // little-endian host
  if (format_of(m) == '?') return vm.bool_value(bits != 0);
  if (is_signed_format(format_of(m))) {
    int shift = static_cast<int>(64 - 8 * m->itemsize);
    auto value = static_cast<int64_t>(bits << shift) >> shift;
    return int_from_int64(vm, value);
  }
  return int_from_uint64(vm, bits);
}

Value memoryview_construct(VM& vm, Type* cls, CallArgs args) {
  Value p[1];
  if (!parse_args(vm, args, 0, "memoryview", {"object"}, 1, p)) return Value::null();
  Value obj = p[0];
  if (is_memoryview(vm, obj)) {
    MemoryView* src = view_of(obj);
    if (!check_released(vm, src)) return Value::null();
    return Value::from_object(view_like(vm, src, src->start, src->step, src->length));
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
    return read_item(vm, m, i);
  }
  if (!is_slice(vm, key)) return raise_type_error(vm, "memoryview: invalid slice key");
  int64_t start, stop, step, n;
  if (!slice_indices(vm, key.as<Slice>(), m->length, &start, &stop, &step, &n)) {
    return Value::null();
  }
  MemoryView* sub = view_like(vm, m, m->start + start * m->step, m->step * step, n);
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
  if (format_of(m) != 'B') {
    raise(vm, vm.types().not_implemented_error,
          "pyvm does not support assigning to memoryview items of format '" +
              std::string(1, static_cast<char>(format_of(m))) + "'");
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

bool is_cast_view(VM& vm, Value v) { return is_memoryview(vm, v) && format_of(view_of(v)) != 'B'; }

// The items of a memoryview or the bytes of a bytes-like object as a list,
// or null (without an exception) when `v` is neither.
Value item_list(VM& vm, Value v) {
  if (is_memoryview(vm, v)) {
    MemoryView* m = view_of(v);
    List* out = list_new(vm, m->length);
    for (int64_t k = 0; k < m->length; ++k) list_append(vm, out, read_item(vm, m, k));
    return Value::from_object(out);
  }
  std::string storage;
  std::string_view view;
  if (!bytes_like_view(vm, v, &storage, &view)) return Value::null();
  List* out = list_new(vm, static_cast<int64_t>(view.size()));
  for (char c : view) list_append(vm, out, Value::from_small_int(static_cast<uint8_t>(c)));
  return Value::from_object(out);
}

Value memoryview_richcompare(VM& vm, Value a, Value b, CompareOp op) {
  if (op != CompareOp::kEq && op != CompareOp::kNe) return vm.not_implemented();
  bool released = (is_memoryview(vm, a) && view_of(a)->released != 0) ||
                  (is_memoryview(vm, b) && view_of(b)->released != 0);
  if (!released && (is_cast_view(vm, a) || is_cast_view(vm, b))) {
    Value x = item_list(vm, a);
    Value y = x.is_null() ? x : item_list(vm, b);
    if (y.is_null()) return vm.has_exception() ? Value::null() : vm.not_implemented();
    int equal = rich_compare_bool(vm, x, y, CompareOp::kEq);
    if (equal < 0) return Value::null();
    return vm.bool_value(op == CompareOp::kEq ? equal != 0 : equal == 0);
  }
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
  if (format_of(m) != 'B' && format_of(m) != 'b' && format_of(m) != 'c') {
    raise_value_error(vm, "memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
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
  return read_item(vm, m, k);
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
  if (str_equals_ascii(name, "nbytes")) return Value::from_small_int(m->length * m->itemsize);
  if (str_equals_ascii(name, "readonly")) return vm.bool_value(m->readonly != 0);
  if (str_equals_ascii(name, "itemsize")) return Value::from_small_int(m->itemsize);
  if (str_equals_ascii(name, "format")) {
    std::string text = (m->format & kAtPrefix) != 0 ? "@" : "";
    return Value::from_object(str_from_ascii(vm, text + static_cast<char>(format_of(m))));
  }
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
  MemoryView* m = view_of(args.args[0]);
  if (!check_released(vm, m)) return Value::null();
  List* out = list_new(vm, m->length);
  for (int64_t k = 0; k < m->length; ++k) list_append(vm, out, read_item(vm, m, k));
  return Value::from_object(out);
}

// memoryview.cast(format): a one-dimensional view of a C-contiguous view's
// bytes with another native integer item format (one side must be bytes).
Value cast_method(VM& vm, CallArgs args) {
  MemoryView* m = view_of(args.args[0]);
  if (!check_released(vm, m)) return Value::null();
  Value format = args.args[1];
  if (!is_str(vm, format))
    return raise_type_error(vm, "memoryview: format argument must be a string");
  if (args.npos > 2) {
    return raise(vm, vm.types().not_implemented_error,
                 "pyvm does not support memoryview.cast() with a shape");
  }
  std::string text = str_to_utf8(format.as<Str>());
  bool at_prefix = text.size() == 2 && text[0] == '@';
  if (at_prefix) text.erase(0, 1);
  int64_t size = text.size() == 1 ? format_itemsize(static_cast<uint8_t>(text[0])) : 0;
  if (size == 0) {
    return raise_value_error(vm,
                             "memoryview: destination format must be a native single character "
                             "format prefixed with an optional '@'");
  }
  auto target = static_cast<int64_t>(static_cast<uint8_t>(text[0]));
  bool byte_source = format_of(m) == 'B' || format_of(m) == 'b' || format_of(m) == 'c';
  bool byte_target = target == 'B' || target == 'b' || target == 'c';
  if (!byte_source && !byte_target) {
    return raise_type_error(vm, "memoryview: cannot cast between two non-byte formats");
  }
  if (m->length > 1 && m->step != m->itemsize) {
    return raise_type_error(vm, "memoryview: casts are restricted to C-contiguous views");
  }
  int64_t nbytes = m->length * m->itemsize;
  if (nbytes % size != 0) {
    return raise_type_error(vm, "memoryview: length is not a multiple of itemsize");
  }
  MemoryView* out = view_like(vm, m, m->start, size, nbytes / size);
  out->readonly = m->readonly;
  out->itemsize = size;
  out->format = target | (at_prefix ? kAtPrefix : 0);
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
  out->reserve(static_cast<size_t>(m->length * m->itemsize));
  for (int64_t k = 0; k < m->length; ++k) {
    const uint8_t* item = data + m->start + k * m->step;
    out->append(reinterpret_cast<const char*>(item), static_cast<size_t>(m->itemsize));
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
  add_method(vm, t, "cast", cast_method, 1, 2, kNativeMethod);
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
