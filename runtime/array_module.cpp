// The native `array` module, created on first import: array.array, a
// sequence of machine numbers of one type code (b B u h H i I l L q Q f d)
// stored in a malloc'd buffer the object's finalizer frees (noted to the
// collector as external memory). Items are checked with CPython's range
// messages; indexing, slicing (extended slices too), the list-like methods,
// tobytes/frombytes, byteswap, +, *, comparisons and repr behave as CPython's.
// Not provided: the buffer protocol beyond tobytes (memoryview(array) and
// bytes(array) go through tobytes only where noted), pickling.
#include "runtime/array_module.h"

#include <gmp.h>

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>

#include "runtime/bytes.h"
#include "runtime/bytes_like.h"
#include "runtime/collections_module.h"
#include "runtime/dict.h"
#include "runtime/exceptions.h"
#include "runtime/float.h"
#include "runtime/function.h"
#include "runtime/instance.h"
#include "runtime/int.h"
#include "runtime/iterators.h"
#include "runtime/list.h"
#include "runtime/module.h"
#include "runtime/native_args.h"
#include "runtime/native_type.h"
#include "runtime/ops.h"
#include "runtime/slice.h"
#include "runtime/slot_wrappers.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/user_class.h"
#include "vm/vm.h"

namespace pyvm::runtime {
namespace {

struct ArrayObject : Object {
  char* data;  // malloc'd, owned; freed by the finalizer
  int64_t length;
  int64_t capacity;
  char typecode;
  uint8_t itemsize;
};

constexpr std::string_view kTypecodes = "bBuhHiIlLqQfd";

int itemsize_of(char code) {
  switch (code) {
    case 'b':
    case 'B':
      return 1;
    case 'h':
    case 'H':
      return 2;
    case 'u':
    case 'i':
    case 'I':
    case 'f':
      return 4;
    default:
      return 8;
  }
}

Type* array_type(VM& vm) {
  Value t = module_attribute(vm, "array", "array");
  return t.is_null() ? nullptr : t.as<Type>();
}

bool is_array(VM& vm, Value v) {
  Type* t = array_type(vm);
  return t != nullptr && v.is_object() && is_subtype(v.object()->type, t);
}

ArrayObject* as_array(Value v) { return v.as<ArrayObject>(); }

void finalize_array(Object* self) {
  std::free(static_cast<ArrayObject*>(self)->data);
  static_cast<ArrayObject*>(self)->data = nullptr;
}

void trace_array(Object*, Tracer&) {}  // only numbers, in malloc'd memory

// Makes room for `n` items; raises MemoryError and returns false on failure.
bool reserve(VM& vm, ArrayObject* a, int64_t n) {
  if (n <= a->capacity) return true;
  int64_t cap = std::max<int64_t>(n, a->capacity + a->capacity / 2 + 4);
  if (cap > (INT64_MAX >> 4)) {
    raise_memory_error(vm);
    return false;
  }
  void* p = std::realloc(a->data, static_cast<size_t>(cap) * a->itemsize);
  if (p == nullptr) {
    raise_memory_error(vm);
    return false;
  }
  vm.heap().note_external_allocation(a, static_cast<size_t>(cap - a->capacity) * a->itemsize);
  a->data = static_cast<char*>(p);
  a->capacity = cap;
  return true;
}

ArrayObject* array_alloc(VM& vm, Type* cls, char code) {
  auto* a = static_cast<ArrayObject*>(vm.allocate(cls, cls->instance_size));
  a->typecode = code;
  a->itemsize = static_cast<uint8_t>(itemsize_of(code));
  if (UserType* user = as_user_type(cls)) {  // a subclass: its attributes follow
    if (Attributes* attributes = attributes_of(a)) {
      attributes_init(vm, a, attributes, user->initial_shape);
    }
  }
  return a;
}

char* item_ptr(ArrayObject* a, int64_t i) { return a->data + i * a->itemsize; }

// ---- item conversion ----

Value get_item_value(VM& vm, ArrayObject* a, int64_t i) {
  const char* p = item_ptr(a, i);
  auto load = [p](auto zero) {
    decltype(zero) v;
    std::memcpy(&v, p, sizeof v);
    return v;
  };
  switch (a->typecode) {
    case 'b':
      return Value::from_small_int(load(int8_t{}));
    case 'B':
      return Value::from_small_int(load(uint8_t{}));
    case 'h':
      return Value::from_small_int(load(int16_t{}));
    case 'H':
      return Value::from_small_int(load(uint16_t{}));
    case 'i':
      return Value::from_small_int(load(int32_t{}));
    case 'I':
      return Value::from_small_int(load(uint32_t{}));
    case 'l':
    case 'q':
      return int_from_int64(vm, load(int64_t{}));
    case 'L':
    case 'Q':
      return int_from_uint64(vm, load(uint64_t{}));
    case 'f':
      return float_new(vm, load(float{}));
    case 'd':
      return float_new(vm, load(double{}));
    default: {
      uint32_t c = load(uint32_t{});
      if (c > 0x10FFFF)
        return raise_value_error(
            vm, "character U+" + std::to_string(c) + " is not in range [U+0000; U+10ffff]");
      return Value::from_object(str_from_char(vm, c));
    }
  }
}

// The integer value of an item as an mpz (ints, or __index__ of others).
bool integer_of(VM& vm, Value v, mpz_t out) {
  if (is_int(vm, v)) {
    int_to_mpz(vm, v, out);
    return true;
  }
  int64_t i = 0;
  if (!index_to_int64(vm, v, &i)) return false;
  mpz_set_si(out, i);
  return true;
}

bool overflow(VM& vm, const char* message) {
  raise_overflow_error(vm, message);
  return false;
}

// Checks an integer against the type code's range with CPython's messages.
bool check_integer(VM& vm, char code, const mpz_t v, unsigned char* buffer) {
  bool negative = mpz_sgn(v) < 0;
  if (code == 'Q' || code == 'L' || code == 'I') {
    if (negative) {
      return overflow(vm, code == 'Q' ? "can't convert negative int to unsigned"
                                      : "can't convert negative value to unsigned int");
    }
    if (mpz_sizeinbase(v, 2) > 64) {
      return overflow(vm, code == 'Q' ? "int too big to convert"
                                      : "Python int too large to convert to C unsigned long");
    }
    uint64_t u = 0;
    mpz_export(&u, nullptr, -1, sizeof u, 0, 0, v);
    if (code == 'I') {
      if (u > UINT32_MAX) return overflow(vm, "unsigned int is greater than maximum");
      auto x = static_cast<uint32_t>(u);
      std::memcpy(buffer, &x, sizeof x);
    } else {
      std::memcpy(buffer, &u, sizeof u);
    }
    return true;
  }
  if (!mpz_fits_slong_p(v)) {
    return overflow(
        vm, code == 'q' ? "int too big to convert" : "Python int too large to convert to C long");
  }
  int64_t x = mpz_get_si(v);
  struct Range {
    char code;
    int64_t min, max;
    const char* name;
  } const kRanges[] = {
      {'b', INT8_MIN, INT8_MAX, "signed char"},
      {'B', 0, UINT8_MAX, "unsigned byte integer"},
      {'h', INT16_MIN, INT16_MAX, "signed short integer"},
      {'H', 0, UINT16_MAX, "unsigned short"},
      {'i', INT32_MIN, INT32_MAX, "signed integer"},
  };
  for (const Range& r : kRanges) {
    if (r.code != code) continue;
    if (x < r.min) {
      raise_overflow_error(vm, std::string(r.name) + " is less than minimum");
      return false;
    }
    if (x > r.max) {
      raise_overflow_error(vm, std::string(r.name) + " is greater than maximum");
      return false;
    }
  }
  switch (itemsize_of(code)) {
    case 1: {
      auto y = static_cast<uint8_t>(x);
      std::memcpy(buffer, &y, 1);
      break;
    }
    case 2: {
      auto y = static_cast<uint16_t>(x);
      std::memcpy(buffer, &y, 2);
      break;
    }
    case 4: {
      auto y = static_cast<uint32_t>(x);
      std::memcpy(buffer, &y, 4);
      break;
    }
    default:
      std::memcpy(buffer, &x, 8);
  }
  return true;
}

// Converts `v` to the raw item bytes of `code` in `buffer` (8 bytes).
bool convert_item(VM& vm, char code, Value v, unsigned char* buffer) {
  if (code == 'f' || code == 'd') {
    double d = 0;
    if (!number_to_double(vm, v, &d)) return false;
    if (code == 'f') {
      auto f = static_cast<float>(d);
      std::memcpy(buffer, &f, sizeof f);
    } else {
      std::memcpy(buffer, &d, sizeof d);
    }
    return true;
  }
  if (code == 'u') {
    if (!is_str(vm, v) || v.as<Str>()->length != 1) {
      raise_type_error(vm, "array item must be unicode character");
      return false;
    }
    uint32_t c = v.as<Str>()->at(0);
    std::memcpy(buffer, &c, sizeof c);
    return true;
  }
  if (v.is_small_int()) {
    mpz_t m;
    mpz_init_set_si(m, v.small_int());
    bool ok = check_integer(vm, code, m, buffer);
    mpz_clear(m);
    return ok;
  }
  if (type_of(vm, v) == vm.types().float_) {
    raise_type_error(vm, "'float' object cannot be interpreted as an integer");
    return false;
  }
  mpz_t m;
  mpz_init(m);
  bool ok = integer_of(vm, v, m) && check_integer(vm, code, m, buffer);
  mpz_clear(m);
  return ok;
}

bool append_value(VM& vm, ArrayObject* a, Value v) {
  unsigned char buffer[8];
  if (!convert_item(vm, a->typecode, v, buffer)) return false;
  if (!reserve(vm, a, a->length + 1)) return false;
  std::memcpy(item_ptr(a, a->length), buffer, a->itemsize);
  a->length++;
  return true;
}

bool append_raw(VM& vm, ArrayObject* a, const char* data, int64_t count) {
  if (count == 0) return true;
  if (!reserve(vm, a, a->length + count)) return false;
  std::memmove(item_ptr(a, a->length), data, static_cast<size_t>(count) * a->itemsize);
  a->length += count;
  return true;
}

bool extend_from_iterable(VM& vm, ArrayObject* a, Value iterable) {
  Value it = get_iter(vm, iterable);
  if (it.is_null()) return false;
  for (;;) {
    Value item = iter_next(vm, it);
    if (item.is_null()) return !vm.has_exception();
    if (!append_value(vm, a, item)) return false;
  }
}

bool frombytes_impl(VM& vm, ArrayObject* a, std::string_view data) {
  if (data.size() % a->itemsize != 0) {
    raise_value_error(vm, "bytes length not a multiple of item size");
    return false;
  }
  return append_raw(vm, a, data.data(), static_cast<int64_t>(data.size() / a->itemsize));
}

bool fromunicode_impl(VM& vm, ArrayObject* a, Str* s) {
  if (!reserve(vm, a, a->length + s->length)) return false;
  for (int64_t i = 0; i < s->length; i++) {
    uint32_t c = s->at(i);
    std::memcpy(item_ptr(a, a->length + i), &c, 4);
  }
  a->length += s->length;
  return true;
}

// ---- construction ----

Value array_construct(VM& vm, Type* cls, CallArgs args) {
  if (args.kwnames != nullptr && args.kwnames->length > 0 && cls == array_type(vm)) {
    return raise_type_error(vm, "array.array() takes no keyword arguments");
  }
  if (args.npos < 1) {
    return raise_type_error(vm, "array() takes at least 1 argument (0 given)");
  }
  if (args.npos > 2) {
    return raise_type_error(
        vm, "array() takes at most 2 arguments (" + std::to_string(args.npos) + " given)");
  }
  Value code_value = args.args[0];
  if (!is_str(vm, code_value) || code_value.as<Str>()->length != 1) {
    return raise_type_error(
        vm, "array() argument 1 must be a unicode character, not " + type_name(vm, code_value));
  }
  uint32_t c = code_value.as<Str>()->at(0);
  if (c >= 0x80 || kTypecodes.find(static_cast<char>(c)) == std::string_view::npos) {
    return raise_value_error(vm, "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)");
  }
  char code = static_cast<char>(c);
  ArrayObject* a = array_alloc(vm, cls, code);
  Value self = Value::from_object(a);
  if (args.npos < 2) return self;
  Value init = args.args[1];
  if (is_str(vm, init)) {
    if (code != 'u') {
      return raise_type_error(
          vm, std::string("cannot use a str to initialize an array with typecode '") + code + "'");
    }
    if (!fromunicode_impl(vm, a, init.as<Str>())) return Value::null();
    return self;
  }
  if (is_array(vm, init)) {
    ArrayObject* other = as_array(init);
    if (other->typecode == 'u' && code != 'u') {
      return raise_type_error(
          vm, std::string("cannot use a unicode array to initialize an array with typecode '") +
                  code + "'");
    }
    if (other->typecode == code) {
      if (!append_raw(vm, a, other->data, other->length)) return Value::null();
      return self;
    }
  }
  if (init.is_object() &&
      (init.object()->type == vm.types().bytes || init.object()->type == vm.types().bytearray)) {
    std::string storage;
    std::string_view data;
    if (!bytes_like_view(vm, init, &storage, &data)) return Value::null();
    if (!frombytes_impl(vm, a, data)) return Value::null();
    return self;
  }
  if (!extend_from_iterable(vm, a, init)) return Value::null();
  return self;
}

// ---- sequence slots ----

int64_t array_length(VM&, Value self) { return as_array(self)->length; }

Value new_like(VM& vm, ArrayObject* a) {
  return Value::from_object(array_alloc(vm, array_type(vm), a->typecode));
}

bool normalize_index(VM& vm, Value key, int64_t length, int64_t* out) {
  if (!index_to_int64(vm, key, out)) {
    if (vm.has_exception() && exception_matches(vm, vm.types().type_error)) {
      vm.clear_exception();
      raise_type_error(vm, "array indices must be integers");
    }
    return false;
  }
  if (*out < 0) *out += length;
  return true;
}

Value array_getitem(VM& vm, Value self, Value key) {
  ArrayObject* a = as_array(self);
  if (is_slice(vm, key)) {
    int64_t start, stop, step, n;
    if (!slice_indices(vm, key.as<Slice>(), a->length, &start, &stop, &step, &n)) {
      return Value::null();
    }
    Value result = new_like(vm, a);
    ArrayObject* r = as_array(result);
    if (!reserve(vm, r, n)) return Value::null();
    for (int64_t k = 0; k < n; k++) {
      std::memcpy(item_ptr(r, k), item_ptr(a, start + k * step), a->itemsize);
    }
    r->length = n;
    return result;
  }
  int64_t i = 0;
  if (!normalize_index(vm, key, a->length, &i)) return Value::null();
  if (i < 0 || i >= a->length) return raise_index_error(vm, "array index out of range");
  return get_item_value(vm, a, i);
}

void delete_range(ArrayObject* a, int64_t start, int64_t stop) {
  std::memmove(item_ptr(a, start), item_ptr(a, stop),
               static_cast<size_t>(a->length - stop) * a->itemsize);
  a->length -= stop - start;
}

int delete_slice(ArrayObject* a, int64_t start, int64_t step, int64_t n) {
  if (n == 0) return 0;
  if (step < 0) {
    start = start + (n - 1) * step;
    step = -step;
  }
  if (step == 1) {
    delete_range(a, start, start + n);
    return 0;
  }
  int64_t write = start;
  int64_t next_deleted = start;
  int64_t deleted = 0;
  for (int64_t read = start; read < a->length; read++) {
    if (deleted < n && read == next_deleted) {
      deleted++;
      next_deleted += step;
      continue;
    }
    std::memmove(item_ptr(a, write), item_ptr(a, read), a->itemsize);
    write++;
  }
  a->length = write;
  return 0;
}

int assign_slice(VM& vm, ArrayObject* a, Value key, Value value) {
  int64_t start, stop, step, n;
  if (!slice_indices(vm, key.as<Slice>(), a->length, &start, &stop, &step, &n)) return -1;
  if (value.is_null()) return delete_slice(a, start, step, n);
  if (!is_array(vm, value)) {
    raise_type_error(vm,
                     "can only assign array (not \"" + type_name(vm, value) + "\") to array slice");
    return -1;
  }
  ArrayObject* v = as_array(value);
  if (v->typecode != a->typecode) {
    raise_type_error(vm, "bad argument type for built-in operation");
    return -1;
  }
  std::string copy(v->data == nullptr ? "" : std::string(v->data, v->length * v->itemsize));
  int64_t m = v->length;
  if (step == 1) {
    if (stop < start) stop = start;
    int64_t old = stop - start;
    if (m > old && !reserve(vm, a, a->length + m - old)) return -1;
    std::memmove(item_ptr(a, start + m), item_ptr(a, stop),
                 static_cast<size_t>(a->length - stop) * a->itemsize);
    if (m > 0) std::memcpy(item_ptr(a, start), copy.data(), copy.size());
    a->length += m - old;
    return 0;
  }
  if (m != n) {
    raise_value_error(vm, "attempt to assign array of size " + std::to_string(m) +
                              " to extended slice of size " + std::to_string(n));
    return -1;
  }
  for (int64_t k = 0; k < n; k++) {
    std::memcpy(item_ptr(a, start + k * step), copy.data() + k * a->itemsize, a->itemsize);
  }
  return 0;
}

int array_setitem(VM& vm, Value self, Value key, Value value) {
  ArrayObject* a = as_array(self);
  if (is_slice(vm, key)) return assign_slice(vm, a, key, value);
  int64_t i = 0;
  if (!normalize_index(vm, key, a->length, &i)) return -1;
  if (i < 0 || i >= a->length) {
    raise_index_error(vm, "array assignment index out of range");
    return -1;
  }
  if (value.is_null()) {
    delete_range(a, i, i + 1);
    return 0;
  }
  unsigned char buffer[8];
  if (!convert_item(vm, a->typecode, value, buffer)) return -1;
  std::memcpy(item_ptr(a, i), buffer, a->itemsize);
  return 0;
}

// Index of the first item equal to `v` in [start, stop), -1 when none, -2 on error.
int64_t find_item(VM& vm, ArrayObject* a, Value v, int64_t start, int64_t stop) {
  for (int64_t i = start; i < std::min(stop, a->length); i++) {
    Value item = get_item_value(vm, a, i);
    if (item.is_null()) return -2;
    int eq = equals(vm, item, v);
    if (eq < 0) return -2;
    if (eq > 0) return i;
  }
  return -1;
}

int array_contains(VM& vm, Value self, Value item) {
  int64_t i = find_item(vm, as_array(self), item, 0, INT64_MAX);
  return i == -2 ? -1 : i >= 0 ? 1 : 0;
}

Value array_iter(VM& vm, Value self) { return seq_iterator_new(vm, self); }

Value array_repr(VM& vm, Value self) {
  ArrayObject* a = as_array(self);
  std::string name = type_name(vm, self);
  std::string text = name + "('" + a->typecode + "'";
  if (a->length > 0) {
    Value inner;
    if (a->typecode == 'u') {
      std::string utf8;
      for (int64_t i = 0; i < a->length; i++) {
        uint32_t c = 0;
        std::memcpy(&c, item_ptr(a, i), 4);
        str_append_utf8(&utf8, c);
      }
      inner = repr(vm, Value::from_object(str_from_utf8(vm, utf8)));
    } else {
      List* l = list_new(vm, a->length);
      for (int64_t i = 0; i < a->length; i++) {
        Value item = get_item_value(vm, a, i);
        if (item.is_null()) return item;
        list_append(vm, l, item);
      }
      inner = repr(vm, Value::from_object(l));
    }
    if (inner.is_null()) return inner;
    text += ", " + str_to_utf8(inner.as<Str>());
  }
  text += ")";
  return Value::from_object(str_from_utf8(vm, text));
}

Value array_richcompare(VM& vm, Value a_value, Value b_value, CompareOp op) {
  if (!is_array(vm, a_value) || !is_array(vm, b_value)) return vm.not_implemented();
  ArrayObject* a = as_array(a_value);
  ArrayObject* b = as_array(b_value);
  if ((op == CompareOp::kEq || op == CompareOp::kNe) && a->length != b->length) {
    return vm.bool_value(op != CompareOp::kEq);
  }
  int64_t n = std::min(a->length, b->length);
  for (int64_t i = 0; i < n; i++) {
    Value x = get_item_value(vm, a, i);
    if (x.is_null()) return x;
    Value y = get_item_value(vm, b, i);
    if (y.is_null()) return y;
    int eq = equals(vm, x, y);
    if (eq < 0) return Value::null();
    if (eq == 0) {
      if (op == CompareOp::kEq) return vm.false_value();
      if (op == CompareOp::kNe) return vm.true_value();
      return rich_compare(vm, x, y, op);
    }
  }
  int64_t la = a->length;
  int64_t lb = b->length;
  bool r = false;
  switch (op) {
    case CompareOp::kLt:
      r = la < lb;
      break;
    case CompareOp::kLe:
      r = la <= lb;
      break;
    case CompareOp::kEq:
      r = la == lb;
      break;
    case CompareOp::kNe:
      r = la != lb;
      break;
    case CompareOp::kGt:
      r = la > lb;
      break;
    case CompareOp::kGe:
      r = la >= lb;
      break;
  }
  return vm.bool_value(r);
}

Value repeat(VM& vm, ArrayObject* a, Value count_value, ArrayObject* into) {
  int64_t count = 0;
  if (!index_to_int64(vm, count_value, &count)) return Value::null();
  if (count < 0) count = 0;
  std::string copy(a->data == nullptr ? "" : std::string(a->data, a->length * a->itemsize));
  int64_t n = a->length;
  if (into == a) a->length = 0;
  if (n > 0 && count > (INT64_MAX >> 4) / n) return raise_memory_error(vm);
  if (!reserve(vm, into, into->length + n * count)) return Value::null();
  for (int64_t k = 0; k < count; k++) {
    if (!append_raw(vm, into, copy.data(), n)) return Value::null();
  }
  return Value::from_object(into);
}

Value array_binary_impl(VM& vm, BinaryOp op, Value a, Value b, bool inplace) {
  if (op == BinaryOp::kAdd) {
    if (!is_array(vm, a)) return vm.not_implemented();
    if (!is_array(vm, b)) {
      if (inplace) {
        return raise_type_error(
            vm, "can only extend array with array (not \"" + type_name(vm, b) + "\")");
      }
      return raise_type_error(vm,
                              "can only append array (not \"" + type_name(vm, b) + "\") to array");
    }
    ArrayObject* x = as_array(a);
    ArrayObject* y = as_array(b);
    if (x->typecode != y->typecode) {
      if (inplace) return raise_type_error(vm, "can only extend with array of same kind");
      return raise_type_error(vm, "bad argument type for built-in operation");
    }
    ArrayObject* target = inplace ? x : as_array(new_like(vm, x));
    if (!inplace && !append_raw(vm, target, x->data, x->length)) return Value::null();
    std::string copy(y->data == nullptr ? "" : std::string(y->data, y->length * y->itemsize));
    if (!append_raw(vm, target, copy.data(), y->length)) return Value::null();
    return Value::from_object(target);
  }
  if (op == BinaryOp::kMul) {
    Value seq = is_array(vm, a) ? a : b;
    Value count = is_array(vm, a) ? b : a;
    if (!is_int(vm, count) &&
        type_lookup(vm, type_of(vm, count), vm.intern("__index__")).is_null()) {
      if (is_array(vm, count)) return vm.not_implemented();
      return raise_type_error(
          vm, "can't multiply sequence by non-int of type '" + type_name(vm, count) + "'");
    }
    ArrayObject* x = as_array(seq);
    ArrayObject* target = inplace ? x : as_array(new_like(vm, x));
    return repeat(vm, x, count, target);
  }
  return vm.not_implemented();
}

Value array_binary(VM& vm, BinaryOp op, Value a, Value b) {
  return array_binary_impl(vm, op, a, b, false);
}

Value array_inplace(VM& vm, BinaryOp op, Value a, Value b) {
  if (op == BinaryOp::kAdd || op == BinaryOp::kMul) return array_binary_impl(vm, op, a, b, true);
  return vm.not_implemented();
}

// ---- methods ----

// The operator methods (a.__add__(b), a.__imul__(n)...), through the slots.
Value array_add_method(VM& vm, CallArgs args) {
  return array_binary_impl(vm, BinaryOp::kAdd, args.args[0], args.args[1], false);
}
Value array_mul_method(VM& vm, CallArgs args) {
  return array_binary_impl(vm, BinaryOp::kMul, args.args[0], args.args[1], false);
}
Value array_iadd_method(VM& vm, CallArgs args) {
  return array_binary_impl(vm, BinaryOp::kAdd, args.args[0], args.args[1], true);
}
Value array_imul_method(VM& vm, CallArgs args) {
  return array_binary_impl(vm, BinaryOp::kMul, args.args[0], args.args[1], true);
}

ArrayObject* self_array(CallArgs args) { return as_array(args.args[0]); }

Value array_append(VM& vm, CallArgs args) {
  if (!append_value(vm, self_array(args), args.args[1])) return Value::null();
  return vm.none();
}

Value array_extend(VM& vm, CallArgs args) {
  ArrayObject* a = self_array(args);
  Value other = args.args[1];
  if (is_array(vm, other)) {
    ArrayObject* b = as_array(other);
    if (b->typecode != a->typecode) {
      return raise_type_error(vm, "can only extend with array of same kind");
    }
    std::string copy(b->data == nullptr ? "" : std::string(b->data, b->length * b->itemsize));
    if (!append_raw(vm, a, copy.data(), b->length)) return Value::null();
    return vm.none();
  }
  if (!extend_from_iterable(vm, a, other)) return Value::null();
  return vm.none();
}

Value array_insert(VM& vm, CallArgs args) {
  ArrayObject* a = self_array(args);
  int64_t i = 0;
  if (!index_to_int64(vm, args.args[1], &i)) return Value::null();
  if (i < 0) i = std::max<int64_t>(0, i + a->length);
  if (i > a->length) i = a->length;
  unsigned char buffer[8];
  if (!convert_item(vm, a->typecode, args.args[2], buffer)) return Value::null();
  if (!reserve(vm, a, a->length + 1)) return Value::null();
  std::memmove(item_ptr(a, i + 1), item_ptr(a, i),
               static_cast<size_t>(a->length - i) * a->itemsize);
  std::memcpy(item_ptr(a, i), buffer, a->itemsize);
  a->length++;
  return vm.none();
}

Value array_pop(VM& vm, CallArgs args) {
  ArrayObject* a = self_array(args);
  int64_t i = -1;
  if (args.npos > 1 && !index_to_int64(vm, args.args[1], &i)) return Value::null();
  if (a->length == 0) return raise_index_error(vm, "pop from empty array");
  if (i < 0) i += a->length;
  if (i < 0 || i >= a->length) return raise_index_error(vm, "pop index out of range");
  Value item = get_item_value(vm, a, i);
  if (item.is_null()) return item;
  delete_range(a, i, i + 1);
  return item;
}

Value array_remove(VM& vm, CallArgs args) {
  ArrayObject* a = self_array(args);
  int64_t i = find_item(vm, a, args.args[1], 0, INT64_MAX);
  if (i == -2) return Value::null();
  if (i < 0) return raise_value_error(vm, "array.remove(x): x not in array");
  delete_range(a, i, i + 1);
  return vm.none();
}

Value array_index(VM& vm, CallArgs args) {
  ArrayObject* a = self_array(args);
  int64_t start = 0;
  int64_t stop = INT64_MAX;
  if (args.npos > 2 && !index_to_int64(vm, args.args[2], &start)) return Value::null();
  if (args.npos > 3 && !index_to_int64(vm, args.args[3], &stop)) return Value::null();
  if (start < 0) start = std::max<int64_t>(0, start + a->length);
  if (stop < 0) stop = std::max<int64_t>(0, stop + a->length);
  int64_t i = find_item(vm, a, args.args[1], start, stop);
  if (i == -2) return Value::null();
  if (i < 0) return raise_value_error(vm, "array.index(x): x not in array");
  return Value::from_small_int(i);
}

Value array_count(VM& vm, CallArgs args) {
  ArrayObject* a = self_array(args);
  int64_t count = 0;
  for (int64_t i = 0; i < a->length; i++) {
    Value item = get_item_value(vm, a, i);
    if (item.is_null()) return item;
    int eq = equals(vm, item, args.args[1]);
    if (eq < 0) return Value::null();
    count += eq;
  }
  return Value::from_small_int(count);
}

Value array_reverse(VM& vm, CallArgs args) {
  ArrayObject* a = self_array(args);
  char tmp[8];
  for (int64_t i = 0, j = a->length - 1; i < j; i++, j--) {
    std::memcpy(tmp, item_ptr(a, i), a->itemsize);
    std::memcpy(item_ptr(a, i), item_ptr(a, j), a->itemsize);
    std::memcpy(item_ptr(a, j), tmp, a->itemsize);
  }
  return vm.none();
}

Value array_tolist(VM& vm, CallArgs args) {
  ArrayObject* a = self_array(args);
  List* l = list_new(vm, a->length);
  for (int64_t i = 0; i < a->length; i++) {
    Value item = get_item_value(vm, a, i);
    if (item.is_null()) return item;
    list_append(vm, l, item);
  }
  return Value::from_object(l);
}

Value array_tobytes(VM& vm, CallArgs args) {
  ArrayObject* a = self_array(args);
  return Value::from_object(
      bytes_new(vm, std::string_view(a->data == nullptr ? "" : a->data,
                                     static_cast<size_t>(a->length) * a->itemsize)));
}

Value array_frombytes(VM& vm, CallArgs args) {
  std::string storage;
  std::string_view data;
  if (!require_bytes_like(vm, args.args[1], &storage, &data)) return Value::null();
  std::string copy(data);
  if (!frombytes_impl(vm, self_array(args), copy)) return Value::null();
  return vm.none();
}

Value array_fromlist(VM& vm, CallArgs args) {
  if (!is_list(vm, args.args[1])) return raise_type_error(vm, "arg must be list");
  ArrayObject* a = self_array(args);
  int64_t old = a->length;
  if (!extend_from_iterable(vm, a, args.args[1])) {
    a->length = old;
    return Value::null();
  }
  return vm.none();
}

Value array_fromunicode(VM& vm, CallArgs args) {
  ArrayObject* a = self_array(args);
  if (!is_str(vm, args.args[1])) {
    return raise_type_error(
        vm, "fromunicode() argument must be str, not " + type_name(vm, args.args[1]));
  }
  if (a->typecode != 'u') {
    return raise_value_error(vm, "fromunicode() may only be called on unicode type arrays");
  }
  if (!fromunicode_impl(vm, a, args.args[1].as<Str>())) return Value::null();
  return vm.none();
}

Value array_tounicode(VM& vm, CallArgs args) {
  ArrayObject* a = self_array(args);
  if (a->typecode != 'u') {
    return raise_value_error(vm, "tounicode() may only be called on unicode type arrays");
  }
  std::string utf8;
  for (int64_t i = 0; i < a->length; i++) {
    uint32_t c = 0;
    std::memcpy(&c, item_ptr(a, i), 4);
    str_append_utf8(&utf8, c);
  }
  return Value::from_object(str_from_utf8(vm, utf8));
}

Value array_byteswap(VM& vm, CallArgs args) {
  ArrayObject* a = self_array(args);
  for (int64_t i = 0; i < a->length; i++) std::reverse(item_ptr(a, i), item_ptr(a, i + 1));
  return vm.none();
}

Value array_buffer_info(VM& vm, CallArgs args) {
  ArrayObject* a = self_array(args);
  Value items[2] = {int_from_uint64(vm, reinterpret_cast<uintptr_t>(a->data)),
                    Value::from_small_int(a->length)};
  return Value::from_object(tuple_from(vm, items, 2));
}

Value array_copy(VM& vm, CallArgs args) {
  ArrayObject* a = self_array(args);
  Value r = new_like(vm, a);
  if (!append_raw(vm, as_array(r), a->data, a->length)) return Value::null();
  return r;
}

Value array_deepcopy(VM& vm, CallArgs args) {
  return array_copy(vm, CallArgs{args.args, 1, nullptr});
}

Value array_getattr(VM& vm, Value self, Str* name) {
  ArrayObject* a = as_array(self);
  if (str_equals_ascii(name, "typecode"))
    return Value::from_object(str_from_char(vm, static_cast<uint32_t>(a->typecode)));
  if (str_equals_ascii(name, "itemsize")) return Value::from_small_int(a->itemsize);
  Type* type = self.object()->type;
  if (is_user_class(type)) return generic_getattribute(vm, self, name);
  Value found = type_lookup(vm, type, name);
  if (!found.is_null()) return bind_attribute(vm, found, self, type);
  return raise_attribute_error(vm, self, name);
}

// array.__new__(cls, typecode[, initializer]) for subclasses.
Value array_new(VM& vm, CallArgs args) {
  Type* base = array_type(vm);
  if (args.npos == 0 || !args.args[0].is_object() ||
      !is_subtype(args.args[0].object()->type, vm.types().type) || base == nullptr ||
      !is_subtype(args.args[0].as<Type>(), base)) {
    return raise_type_error(vm, "array.__new__(X): X is not a subtype of array.array");
  }
  return array_construct(vm, args.args[0].as<Type>(),
                         CallArgs{args.args + 1, args.npos - 1, args.kwnames});
}

void put(VM& vm, Module* m, const char* name, Value v) {
  dict_set_str(vm, m->dict, vm.intern(name), v);
}

Type* create_array_type(VM& vm) {
  Type* t = native_type_new(vm, "array", vm.types().object, "array");
  t->instance_size = sizeof(ArrayObject);
  t->flags |= kTypeAcceptsSubclasses | kTypeAttributeTail;
  t->trace = trace_array;
  t->finalize = finalize_array;
  t->construct = array_construct;
  t->repr = array_repr;
  t->richcompare = array_richcompare;
  t->binary = array_binary;
  t->inplace = array_inplace;
  t->length = array_length;
  t->getitem = array_getitem;
  t->setitem = array_setitem;
  t->contains = array_contains;
  t->iter = array_iter;
  t->getattr = array_getattr;
  struct Spec {
    const char* name;
    NativeFn fn;
    int min_args, max_args;
  } const kMethods[] = {
      {"append", array_append, 1, 1},
      {"extend", array_extend, 1, 1},
      {"insert", array_insert, 2, 2},
      {"pop", array_pop, 0, 1},
      {"remove", array_remove, 1, 1},
      {"index", array_index, 1, 3},
      {"count", array_count, 1, 1},
      {"reverse", array_reverse, 0, 0},
      {"tolist", array_tolist, 0, 0},
      {"tobytes", array_tobytes, 0, 0},
      {"frombytes", array_frombytes, 1, 1},
      {"fromlist", array_fromlist, 1, 1},
      {"fromunicode", array_fromunicode, 1, 1},
      {"tounicode", array_tounicode, 0, 0},
      {"byteswap", array_byteswap, 0, 0},
      {"buffer_info", array_buffer_info, 0, 0},
      {"__copy__", array_copy, 0, 0},
      {"__add__", array_add_method, 1, 1},
      {"__mul__", array_mul_method, 1, 1},
      {"__rmul__", array_mul_method, 1, 1},
      {"__iadd__", array_iadd_method, 1, 1},
      {"__imul__", array_imul_method, 1, 1},
      {"__deepcopy__", array_deepcopy, 1, 1},
  };
  for (const Spec& m : kMethods) add_method(vm, t, m.name, m.fn, m.min_args, m.max_args);
  add_slot_wrappers(vm, t);
  NativeFunction* new_fn = native_function_new(vm, "__new__", array_new, 1, -1, kNativeKeywords);
  dict_set_str(vm, t->dict, vm.intern("__new__"),
               wrap_native(vm, vm.types().staticmethod, Value::from_object(new_fn)));
  return t;
}

}  // namespace

bool array_contents(VM& vm, Value v, std::string_view* out) {
  if (!is_array(vm, v)) return false;
  ArrayObject* a = as_array(v);
  *out = std::string_view(a->data == nullptr ? "" : a->data,
                          static_cast<size_t>(a->length) * a->itemsize);
  return true;
}

Value create_array_module(VM& vm) {
  Module* m = module_new(vm, vm.intern("array"));
  dict_set_str(vm, vm.modules(), m->name, Value::from_object(m));
  Type* t = create_array_type(vm);
  put(vm, m, "array", Value::from_object(t));
  put(vm, m, "ArrayType", Value::from_object(t));
  put(vm, m, "typecodes", Value::from_object(vm.intern("bBuhHiIlLqQfd")));
  return Value::from_object(m);
}

}  // namespace pyvm::runtime
