// bytearray: creation, growth, the Type's slots (item and slice assignment,
// concatenation, in-place ops) and the mutating methods. The methods shared
// with bytes live in runtime/bytes_methods.cpp.
#include "runtime/bytearray.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <new>
#include <string>
#include <vector>

#include "runtime/bytes.h"
#include "runtime/bytes_like.h"
#include "runtime/exceptions.h"
#include "runtime/function.h"
#include "runtime/int.h"
#include "runtime/ops.h"
#include "runtime/sequence.h"
#include "runtime/slice.h"
#include "runtime/slot_wrappers.h"
#include "runtime/str.h"
#include "vm/vm.h"

namespace pyvm::runtime {

namespace {

// Makes room for `needed` bytes, over-allocating like CPython (about 1/8th).
void reserve(ByteArray* a, int64_t needed) {
  if (needed <= a->capacity) return;
  int64_t cap = needed + (needed >> 3) + (needed < 9 ? 3 : 6);
  auto* p = static_cast<uint8_t*>(std::realloc(a->data, static_cast<size_t>(cap)));
  if (p == nullptr) {
    std::fputs("pyvm: out of memory\n", stderr);
    std::abort();
  }
  a->data = p;
  a->capacity = cap;
}

// Replaces bytes [start, start + old_len) with `repl`.
void splice(ByteArray* a, int64_t start, int64_t old_len, std::string_view repl) {
  int64_t new_len = a->length - old_len + static_cast<int64_t>(repl.size());
  reserve(a, new_len);
  int64_t tail = a->length - start - old_len;
  if (tail > 0) {
    std::memmove(a->data + start + static_cast<int64_t>(repl.size()), a->data + start + old_len,
                 static_cast<size_t>(tail));
  }
  if (!repl.empty()) std::memcpy(a->data + start, repl.data(), repl.size());
  a->length = new_len;
}

ByteArray* self_of(Value v) { return v.as<ByteArray>(); }

// Reads one byte value (an int in range(256)); false with an exception.
bool byte_value(VM& vm, Value v, uint8_t* out) {
  if (!is_index_like(vm, v)) {
    raise_type_error(vm, "'" + type_name(vm, v) + "' object cannot be interpreted as an integer");
    return false;
  }
  int64_t c = 0;
  if (!index_to_int64(vm, v, &c)) {
    if (!exception_matches(vm, vm.types().overflow_error)) return false;
    vm.clear_exception();
    c = -1;
  }
  if (c < 0 || c > 255) {
    raise_value_error(vm, "byte must be in range(0, 256)");
    return false;
  }
  *out = static_cast<uint8_t>(c);
  return true;
}

// The bytes of a bytes-like object or an iterable of ints (not str, not int).
bool bytes_of_iterable(VM& vm, Value v, std::string* out) {
  std::string storage;
  std::string_view view;
  if (bytes_like_view(vm, v, &storage, &view)) {
    *out = std::string(view);
    return true;
  }
  if (vm.has_exception()) return false;
  int r = for_each_item(vm, v, [&](Value item) {
    uint8_t b = 0;
    if (!byte_value(vm, item, &b)) return -1;
    out->push_back(static_cast<char>(b));
    return 0;
  });
  return r == 0;
}

Value bytearray_repr(VM& vm, Value self) {
  std::string text = type_name(vm, self) + "(" + bytes_literal(bytearray_view(self_of(self))) + ")";
  return Value::from_object(str_from_ascii(vm, text));
}

Value bytearray_richcompare(VM& vm, Value a, Value b, CompareOp op) {
  if (!is_bytearray(vm, a) && !is_bytes(vm, a)) return vm.not_implemented();
  if (!is_bytearray(vm, b) && !is_bytes(vm, b)) return vm.not_implemented();
  std::string sa, sb;
  std::string_view x, y;
  if (!bytes_like_view(vm, a, &sa, &x) || !bytes_like_view(vm, b, &sb, &y)) {
    return vm.not_implemented();
  }
  int c = x.compare(y);
  bool r = op == CompareOp::kLt   ? c < 0
           : op == CompareOp::kLe ? c <= 0
           : op == CompareOp::kEq ? c == 0
           : op == CompareOp::kNe ? c != 0
           : op == CompareOp::kGt ? c > 0
                                  : c >= 0;
  return vm.bool_value(r);
}

Value repeat(VM& vm, Value seq, Value count, bool self_left) {
  int64_t n = 0;
  int r = sequence_repeat_count(vm, count, &n);
  if (r < 0) return Value::null();
  if (r == 0) return self_left ? raise_cant_multiply(vm, count) : vm.not_implemented();
  std::string_view v = bytearray_view(self_of(seq));
  if (!v.empty() && n > INT64_MAX / 4 / static_cast<int64_t>(v.size())) {
    return raise_memory_error(vm);
  }
  std::string out;
  for (int64_t k = 0; k < n; ++k) out += v;
  return Value::from_object(bytearray_new(vm, out));
}

Value bytearray_binary(VM& vm, BinaryOp op, Value a, Value b) {
  if (op == BinaryOp::kAdd) {
    if (!is_bytearray(vm, a)) return vm.not_implemented();
    std::string storage;
    std::string_view other;
    if (!bytes_like_view(vm, b, &storage, &other)) {
      if (vm.has_exception()) return Value::null();
      return raise_type_error(vm, "can't concat " + type_name(vm, b) + " to " + type_name(vm, a));
    }
    std::string joined(bytearray_view(self_of(a)));
    joined += other;
    return Value::from_object(bytearray_new(vm, joined));
  }
  if (op == BinaryOp::kMul) {
    bool self_left = is_bytearray(vm, a);
    return repeat(vm, self_left ? a : b, self_left ? b : a, self_left);
  }
  if (op == BinaryOp::kMod && is_bytearray(vm, a)) {
    Value r = bytes_percent_format(vm, bytearray_view(self_of(a)), b);
    if (r.is_null()) return r;
    return Value::from_object(bytearray_new(vm, r.as<Bytes>()->view()));
  }
  return vm.not_implemented();
}

Value bytearray_inplace(VM& vm, BinaryOp op, Value a, Value b) {
  if (!is_bytearray(vm, a)) return vm.not_implemented();
  ByteArray* self = self_of(a);
  if (op == BinaryOp::kAdd) {
    std::string storage;
    std::string_view other;
    if (!bytes_like_view(vm, b, &storage, &other)) {
      if (vm.has_exception()) return Value::null();
      return raise_type_error(vm, "can't concat " + type_name(vm, b) + " to " + type_name(vm, a));
    }
    std::string copy(other);
    splice(self, self->length, 0, copy);
    return a;
  }
  if (op == BinaryOp::kMul) {
    int64_t n = 0;
    int r = sequence_repeat_count(vm, b, &n);
    if (r < 0) return Value::null();
    if (r == 0) return raise_cant_multiply(vm, b);
    std::string v(bytearray_view(self));
    if (!v.empty() && n > INT64_MAX / 4 / static_cast<int64_t>(v.size())) {
      return raise_memory_error(vm);
    }
    std::string out;
    for (int64_t k = 0; k < n; ++k) out += v;
    splice(self, 0, self->length, out);
    return a;
  }
  return bytearray_binary(vm, op, a, b);
}

int64_t bytearray_length(VM& vm, Value self) { return self_of(self)->length; }

Value bytearray_getitem(VM& vm, Value self, Value key) {
  ByteArray* a = self_of(self);
  int64_t i = 0;
  int r = read_index_key(vm, key, &i);
  if (r < 0) return Value::null();
  if (r == 1) {
    if (!normalize_index(&i, a->length))
      return raise_index_error(vm, "bytearray index out of range");
    return Value::from_small_int(a->data[i]);
  }
  if (!is_slice(vm, key)) {
    return raise_type_error(
        vm, "bytearray indices must be integers or slices, not " + type_name(vm, key));
  }
  int64_t start, stop, step, n;
  if (!slice_indices(vm, key.as<Slice>(), a->length, &start, &stop, &step, &n)) {
    return Value::null();
  }
  std::string out;
  for (int64_t k = 0, at = start; k < n; ++k, at += step)
    out.push_back(static_cast<char>(a->data[at]));
  return Value::from_object(bytearray_new(vm, out));
}

int set_index(VM& vm, ByteArray* a, int64_t i, Value value) {
  if (!normalize_index(&i, a->length)) {
    raise_index_error(vm, "bytearray index out of range");
    return -1;
  }
  if (value.is_null()) {
    splice(a, i, 1, "");
    return 0;
  }
  uint8_t b = 0;
  if (!byte_value(vm, value, &b)) return -1;
  a->data[i] = b;
  return 0;
}

int delete_extended(ByteArray* a, int64_t start, int64_t step, int64_t n) {
  std::vector<bool> drop(static_cast<size_t>(a->length), false);
  for (int64_t k = 0, at = start; k < n; ++k, at += step) drop[static_cast<size_t>(at)] = true;
  int64_t w = 0;
  for (int64_t r = 0; r < a->length; ++r) {
    if (!drop[static_cast<size_t>(r)]) a->data[w++] = a->data[r];
  }
  a->length = w;
  return 0;
}

int set_slice(VM& vm, ByteArray* a, Slice* slice, Value value) {
  std::string repl;
  if (!value.is_null()) {
    if (is_index_like(vm, value) || is_str(vm, value)) {
      raise_type_error(vm, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
      return -1;
    }
    if (!bytes_of_iterable(vm, value, &repl)) return -1;
  }
  int64_t start, stop, step, n;
  if (!slice_indices(vm, slice, a->length, &start, &stop, &step, &n)) return -1;
  if (step == 1) {
    splice(a, start, n, repl);
    return 0;
  }
  if (value.is_null()) {
    if (step < 0) {
      start += (n - 1) * step;
      step = -step;
    }
    return delete_extended(a, start, step, n);
  }
  if (static_cast<int64_t>(repl.size()) != n) {
    raise_value_error(vm, "attempt to assign bytes of size " + std::to_string(repl.size()) +
                              " to extended slice of size " + std::to_string(n));
    return -1;
  }
  for (int64_t k = 0, at = start; k < n; ++k, at += step) {
    a->data[at] = static_cast<uint8_t>(repl[static_cast<size_t>(k)]);
  }
  return 0;
}

int bytearray_setitem(VM& vm, Value self, Value key, Value value) {
  ByteArray* a = self_of(self);
  int64_t i = 0;
  int r = read_index_key(vm, key, &i);
  if (r < 0) return -1;
  if (r == 1) return set_index(vm, a, i, value);
  if (!is_slice(vm, key)) {
    raise_type_error(vm, "bytearray indices must be integers or slices, not " + type_name(vm, key));
    return -1;
  }
  return set_slice(vm, a, key.as<Slice>(), value);
}

int bytearray_contains(VM& vm, Value self, Value item) {
  std::string copy(bytearray_view(self_of(self)));
  std::string storage;
  std::string_view sub;
  if (bytes_like_view(vm, item, &storage, &sub)) return copy.find(sub) != std::string::npos;
  if (vm.has_exception()) return -1;
  if (!is_index_like(vm, item)) {
    raise_type_error(vm, "a bytes-like object is required, not '" + type_name(vm, item) + "'");
    return -1;
  }
  uint8_t b = 0;
  if (!byte_value(vm, item, &b)) return -1;
  return copy.find(static_cast<char>(b)) != std::string::npos;
}

Value bytearray_iter(VM& vm, Value self) {
  auto* it = vm.allocate<ByteArrayIterator>(vm.types().bytearray_iterator);
  vm.store(it, &it->array, self);
  return Value::from_object(it);
}

Value bytearray_iterator_next(VM& vm, Value self) {
  auto* it = self.as<ByteArrayIterator>();
  if (it->array.is_null()) return Value::null();
  ByteArray* a = it->array.as<ByteArray>();
  if (it->index >= a->length) {
    it->array = Value::null();
    return Value::null();
  }
  return Value::from_small_int(a->data[it->index++]);
}

void bytearray_iterator_trace(Object* self, Tracer& tracer) {
  tracer.visit(static_cast<ByteArrayIterator*>(self)->array);
}

int bytearray_truth(VM& vm, Value self) { return self_of(self)->length != 0; }
void bytearray_trace(Object* self, Tracer& tracer) {}  // no references
void bytearray_finalize(Object* self) {
  auto* a = static_cast<ByteArray*>(self);
  std::free(a->data);
  a->data = nullptr;
}

Value bytearray_construct(VM& vm, Type* cls, CallArgs args) {
  Value p[3];
  if (!parse_args(vm, args, 0, "bytearray", {"source", "encoding", "errors"}, 0, p)) {
    return Value::null();
  }
  auto* a = static_cast<ByteArray*>(vm.allocate(cls, cls->instance_size));
  Value result = Value::from_object(a);
  Value source = p[0];
  if (source.is_null()) {
    if (!p[1].is_null() || !p[2].is_null()) {
      return raise_type_error(vm, "encoding or errors without sequence argument");
    }
    return result;
  }
  if (is_str(vm, source)) {
    if (p[1].is_null()) return raise_type_error(vm, "string argument without an encoding");
    if (!is_str(vm, p[1])) {
      return raise_type_error(
          vm, "bytearray() argument 'encoding' must be str, not " + type_name(vm, p[1]));
    }
    std::string err = !p[2].is_null() && is_str(vm, p[2]) ? str_to_utf8(p[2].as<Str>()) : "strict";
    Value encoded = str_encode(vm, source.as<Str>(), str_to_utf8(p[1].as<Str>()), err);
    if (encoded.is_null()) return encoded;
    splice(a, 0, 0, encoded.as<Bytes>()->view());
    return result;
  }
  if (!p[1].is_null()) return raise_type_error(vm, "encoding without a string argument");
  if (is_index_like(vm, source)) {
    int64_t n = 0;
    if (!index_to_int64(vm, source, &n)) return Value::null();
    if (n < 0) return raise_value_error(vm, "negative count");
    std::string zeros;
    try {
      zeros.assign(static_cast<size_t>(n), '\0');
    } catch (const std::bad_alloc&) {
      return raise_memory_error(vm);
    }
    splice(a, 0, 0, zeros);
    return result;
  }
  Type* t = type_of(vm, source);
  std::string storage;
  std::string_view view;
  if (!bytes_like_view(vm, source, &storage, &view) && t->iter == nullptr &&
      t->getitem == nullptr) {
    if (vm.has_exception()) return Value::null();
    return raise_type_error(vm,
                            "cannot convert '" + type_name(vm, source) + "' object to bytearray");
  }
  std::string contents;
  if (!bytes_of_iterable(vm, source, &contents)) return Value::null();
  splice(a, 0, 0, contents);
  return result;
}

// ---- mutating methods

// bytearray.__init__(self, source=..., encoding=..., errors=...): refills
// self (subclasses reach it through super().__init__).
Value init_method(VM& vm, CallArgs args) {
  if (args.npos == 0 || !is_bytearray(vm, args.args[0])) {
    return raise_type_error(vm, "descriptor '__init__' requires a 'bytearray' object");
  }
  Value made = bytearray_construct(vm, vm.types().bytearray,
                                   CallArgs{args.args + 1, args.npos - 1, args.kwnames});
  if (made.is_null()) return made;
  ByteArray* a = self_of(args.args[0]);
  splice(a, 0, a->length, bytearray_view(self_of(made)));
  return vm.none();
}

Value append_method(VM& vm, CallArgs args) {
  uint8_t b = 0;
  if (!byte_value(vm, args.args[1], &b)) return Value::null();
  ByteArray* a = self_of(args.args[0]);
  splice(a, a->length, 0, std::string_view(reinterpret_cast<const char*>(&b), 1));
  return vm.none();
}

Value extend_method(VM& vm, CallArgs args) {
  std::string more;
  if (is_index_like(vm, args.args[1]) && !is_bytearray(vm, args.args[1])) {
    return raise_type_error(vm, "can't extend bytearray with " + type_name(vm, args.args[1]));
  }
  if (!bytes_of_iterable(vm, args.args[1], &more)) return Value::null();
  ByteArray* a = self_of(args.args[0]);
  splice(a, a->length, 0, more);
  return vm.none();
}

Value insert_method(VM& vm, CallArgs args) {
  ByteArray* a = self_of(args.args[0]);
  int64_t i = 0;
  if (!index_to_int64(vm, args.args[1], &i)) return Value::null();
  uint8_t b = 0;
  if (!byte_value(vm, args.args[2], &b)) return Value::null();
  if (i < 0) i = std::max<int64_t>(i + a->length, 0);
  if (i > a->length) i = a->length;
  splice(a, i, 0, std::string_view(reinterpret_cast<const char*>(&b), 1));
  return vm.none();
}

Value pop_method(VM& vm, CallArgs args) {
  ByteArray* a = self_of(args.args[0]);
  int64_t i = -1;
  if (args.npos > 1 && !index_to_int64(vm, args.args[1], &i)) return Value::null();
  if (a->length == 0) return raise_index_error(vm, "pop from empty bytearray");
  if (!normalize_index(&i, a->length)) return raise_index_error(vm, "pop index out of range");
  int64_t b = a->data[i];
  splice(a, i, 1, "");
  return Value::from_small_int(b);
}

Value remove_method(VM& vm, CallArgs args) {
  ByteArray* a = self_of(args.args[0]);
  uint8_t b = 0;
  if (!byte_value(vm, args.args[1], &b)) return Value::null();
  for (int64_t i = 0; i < a->length; ++i) {
    if (a->data[i] == b) {
      splice(a, i, 1, "");
      return vm.none();
    }
  }
  return raise_value_error(vm, "value not found in bytearray");
}

Value reverse_method(VM& vm, CallArgs args) {
  ByteArray* a = self_of(args.args[0]);
  for (int64_t i = 0, j = a->length - 1; i < j; ++i, --j) std::swap(a->data[i], a->data[j]);
  return vm.none();
}

Value clear_method(VM& vm, CallArgs args) {
  self_of(args.args[0])->length = 0;
  return vm.none();
}

Value copy_method(VM& vm, CallArgs args) {
  return Value::from_object(bytearray_new(vm, bytearray_view(self_of(args.args[0]))));
}

}  // namespace

ByteArray* bytearray_new(VM& vm, std::string_view contents) {
  auto* a = vm.allocate<ByteArray>(vm.types().bytearray);
  splice(a, 0, 0, contents);
  return a;
}

bool is_bytearray(VM& vm, Value v) {
  if (!v.is_object()) return false;
  Type* t = v.object()->type;
  return t == vm.types().bytearray || is_subtype(t, vm.types().bytearray);
}

void init_bytearray_type(VM& vm) {
  Type* t = vm.types().bytearray;
  t->instance_size = sizeof(ByteArray);
  t->flags |= kTypeAcceptsSubclasses | kTypeAttributeTail;
  t->trace = bytearray_trace;
  t->finalize = bytearray_finalize;
  t->repr = bytearray_repr;
  t->hash = nullptr;
  t->richcompare = bytearray_richcompare;
  t->binary = bytearray_binary;
  t->inplace = bytearray_inplace;
  t->length = bytearray_length;
  t->getitem = bytearray_getitem;
  t->setitem = bytearray_setitem;
  t->contains = bytearray_contains;
  t->iter = bytearray_iter;
  t->truth = bytearray_truth;
  t->construct = bytearray_construct;
  add_bytes_methods(vm, t);
  add_method(vm, t, "__init__", init_method, 0, -1, kNativeMethod | kNativeKeywords);
  add_method(vm, t, "append", append_method, 1, 1, kNativeMethod);
  add_method(vm, t, "extend", extend_method, 1, 1, kNativeMethod);
  add_method(vm, t, "insert", insert_method, 2, 2, kNativeMethod);
  add_method(vm, t, "pop", pop_method, 0, 1, kNativeMethod);
  add_method(vm, t, "remove", remove_method, 1, 1, kNativeMethod);
  add_method(vm, t, "reverse", reverse_method, 0, 0, kNativeMethod);
  add_method(vm, t, "clear", clear_method, 0, 0, kNativeMethod);
  add_method(vm, t, "copy", copy_method, 0, 0, kNativeMethod);
  add_slot_wrappers(vm, t);
  Type* it = vm.types().bytearray_iterator;
  it->instance_size = sizeof(ByteArrayIterator);
  it->trace = bytearray_iterator_trace;
  it->iter = [](VM&, Value self) { return self; };
  it->next = bytearray_iterator_next;
  add_iterator_methods(vm, it);
}

}  // namespace pyvm::runtime
