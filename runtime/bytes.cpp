// bytes: creation, the bytes Type's slots, decoding to str and str.encode's
// codecs (UTF-8, ASCII, Latin-1).
#include "runtime/bytes.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstring>
#include <new>
#include <string>

#include "runtime/bytearray.h"
#include "runtime/bytes_like.h"
#include "runtime/codecs.h"
#include "runtime/exceptions.h"
#include "runtime/function.h"
#include "runtime/int.h"
#include "runtime/iterators.h"
#include "runtime/memoryview.h"
#include "runtime/ops.h"
#include "runtime/sequence.h"
#include "runtime/slice.h"
#include "runtime/slot_wrappers.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/user_class.h"
#include "vm/vm.h"

namespace pyvm::runtime {

Bytes* bytes_new(VM& vm, std::string_view contents) {
  auto* b = vm.allocate_with_raw_payload<Bytes>(vm.types().bytes, contents.size() + 1);
  b->length = static_cast<int64_t>(contents.size());
  b->hash = -1;
  if (!contents.empty()) std::memcpy(b->data(), contents.data(), contents.size());
  b->data()[contents.size()] = 0;
  return b;
}

bool is_bytes(VM& vm, Value v) {
  if (!v.is_object()) return false;
  Type* t = v.object()->type;
  return t == vm.types().bytes || is_subtype(t, vm.types().bytes);
}

// ---- codecs (runtime/codecs_unicode.cpp: native fast paths, else the
// codec registry)

Value bytes_decode(VM& vm, std::string_view data, std::string_view encoding,
                   std::string_view errors) {
  return codecs_decode_bytes(vm, Value::null(), data, encoding, errors);
}

Value str_encode(VM& vm, const Str* s, std::string_view encoding, std::string_view errors) {
  return codecs_encode_str(vm, Value::from_object(const_cast<Str*>(s)), encoding, errors);
}

// ---- slots

namespace {}  // namespace

std::string bytes_literal(std::string_view v) {
  bool has_single = v.find('\'') != std::string_view::npos;
  bool has_double = v.find('"') != std::string_view::npos;
  char quote = has_single && !has_double ? '"' : '\'';
  static const char kHex[] = "0123456789abcdef";
  std::string out = "b";
  out.push_back(quote);
  for (char ch : v) {
    auto c = static_cast<unsigned char>(ch);
    if (c == static_cast<unsigned char>(quote) || c == '\\') {
      out.push_back('\\');
      out.push_back(ch);
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c < 0x20 || c >= 0x7F) {
      out += "\\x";
      out.push_back(kHex[c >> 4]);
      out.push_back(kHex[c & 15]);
    } else {
      out.push_back(ch);
    }
  }
  out.push_back(quote);
  return out;
}

namespace {

Value bytes_repr(VM& vm, Value self) {
  return Value::from_object(str_from_ascii(vm, bytes_literal(self.as<Bytes>()->view())));
}

// Same function as str_hash over code points, so hash(b'a') == hash('a').
int64_t bytes_hash(VM& vm, Value self) {
  auto* b = self.as<Bytes>();
  if (b->hash != -1) return b->hash;
  Str* s = str_from_latin1(vm, b->view());
  b->hash = str_hash(s);
  return b->hash;
}

Value bytes_richcompare(VM& vm, Value a, Value b, CompareOp op) {
  if (!is_bytes(vm, a) && !is_bytearray(vm, a)) return vm.not_implemented();
  if (!is_bytes(vm, b) && !is_bytearray(vm, b)) return vm.not_implemented();
  std::string sa, sb;
  std::string_view x, y;
  if (!bytes_like_view(vm, a, &sa, &x) || !bytes_like_view(vm, b, &sb, &y)) {
    return vm.not_implemented();
  }
  int c = x.compare(y);
  bool r = false;
  switch (op) {
    case CompareOp::kLt:
      r = c < 0;
      break;
    case CompareOp::kLe:
      r = c <= 0;
      break;
    case CompareOp::kEq:
      r = c == 0;
      break;
    case CompareOp::kNe:
      r = c != 0;
      break;
    case CompareOp::kGt:
      r = c > 0;
      break;
    case CompareOp::kGe:
      r = c >= 0;
      break;
  }
  return vm.bool_value(r);
}

Value bytes_binary(VM& vm, BinaryOp op, Value a, Value b) {
  if (op == BinaryOp::kAdd) {
    if (!is_bytes(vm, a)) return vm.not_implemented();
    std::string storage;
    std::string_view other;
    if (!bytes_like_view(vm, b, &storage, &other)) {
      if (vm.has_exception()) return Value::null();
      return raise_type_error(vm, "can't concat " + type_name(vm, b) + " to " + type_name(vm, a));
    }
    std::string joined(a.as<Bytes>()->view());
    joined += other;
    return Value::from_object(bytes_new(vm, joined));
  }
  if (op == BinaryOp::kMod) {
    if (!is_bytes(vm, a)) return vm.not_implemented();
    return bytes_percent_format(vm, a.as<Bytes>()->view(), b);
  }
  if (op == BinaryOp::kMul) {
    bool self_left = is_bytes(vm, a);
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
    std::string_view v = (self_left ? a : b).as<Bytes>()->view();
    if (!v.empty() && n > INT64_MAX / static_cast<int64_t>(v.size())) {
      return raise_overflow_error(vm, "repeated bytes are too long");
    }
    if (!v.empty() && n > INT64_MAX / 4 / static_cast<int64_t>(v.size())) {
      return raise_memory_error(vm);
    }
    std::string out;
    out.reserve(v.size() * static_cast<size_t>(n));
    for (int64_t k = 0; k < n; ++k) out += v;
    return Value::from_object(bytes_new(vm, out));
  }
  return vm.not_implemented();
}

int64_t bytes_length(VM& vm, Value self) { return self.as<Bytes>()->length; }

Value bytes_getitem(VM& vm, Value self, Value key) {
  auto* b = self.as<Bytes>();
  int64_t i = 0;
  int r = read_index_key(vm, key, &i);
  if (r < 0) return Value::null();
  if (r == 1) {
    if (!normalize_index(&i, b->length)) return raise_index_error(vm, "index out of range");
    return Value::from_small_int(b->data()[i]);
  }
  if (!is_slice(vm, key)) {
    return raise_type_error(vm,
                            "byte indices must be integers or slices, not " + type_name(vm, key));
  }
  int64_t start, stop, step, n;
  if (!slice_indices(vm, key.as<Slice>(), b->length, &start, &stop, &step, &n)) {
    return Value::null();
  }
  std::string out;
  for (int64_t k = 0, at = start; k < n; ++k, at += step) {
    out.push_back(static_cast<char>(b->data()[at]));
  }
  return Value::from_object(bytes_new(vm, out));
}

int bytes_contains(VM& vm, Value self, Value item) {
  std::string_view v = self.as<Bytes>()->view();
  std::string storage;
  std::string_view sub;
  if (bytes_like_view(vm, item, &storage, &sub)) return v.find(sub) != std::string_view::npos;
  if (vm.has_exception()) return -1;
  if (!is_index_like(vm, item)) {
    raise_type_error(vm, "a bytes-like object is required, not '" + type_name(vm, item) + "'");
    return -1;
  }
  int64_t c = 0;
  if (!index_to_int64(vm, item, &c)) {
    if (!exception_matches(vm, vm.types().overflow_error)) return -1;
    vm.clear_exception();
    c = -1;
  }
  if (c < 0 || c > 255) {
    raise_value_error(vm, "byte must be in range(0, 256)");
    return -1;
  }
  return v.find(static_cast<char>(c)) != std::string_view::npos;
}

Value bytes_iter(VM& vm, Value self) { return bytes_iterator_new(vm, self.as<Bytes>()); }

int bytes_truth(VM& vm, Value self) { return self.as<Bytes>()->length != 0; }

void bytes_trace(Object* self, Tracer& tracer) {}  // no references

// bytes(iterable of ints).
Value bytes_from_iterable(VM& vm, Value iterable) {
  std::string out;
  int r = for_each_item(vm, iterable, [&](Value item) {
    if (!is_index_like(vm, item)) {
      raise_type_error(vm,
                       "'" + type_name(vm, item) + "' object cannot be interpreted as an integer");
      return -1;
    }
    int64_t c = 0;
    if (!index_to_int64(vm, item, &c)) return -1;
    if (c < 0 || c > 255) {
      raise_value_error(vm, "bytes must be in range(0, 256)");
      return -1;
    }
    out.push_back(static_cast<char>(c));
    return 0;
  });
  if (r < 0) return Value::null();
  return Value::from_object(bytes_new(vm, out));
}

std::string_view str_arg(VM& vm, Value v, std::string* storage) {
  *storage = str_to_utf8(v.as<Str>());
  return *storage;
}

Value bytes_construct_plain(VM& vm, Type* cls, CallArgs args) {
  Value p[3];
  if (!parse_args(vm, args, 0, "bytes", {"source", "encoding", "errors"}, 0, p)) {
    return Value::null();
  }
  Value source = p[0];
  if (source.is_null()) {
    if (!p[1].is_null() || !p[2].is_null()) {
      return raise_type_error(vm, "encoding or errors without sequence argument");
    }
    return Value::from_object(bytes_new(vm, ""));
  }
  if (is_str(vm, source)) {
    if (p[1].is_null()) return raise_type_error(vm, "string argument without an encoding");
    std::string enc, err = "strict";
    if (!is_str(vm, p[1])) {
      return raise_type_error(
          vm, "bytes() argument 'encoding' must be str, not " + type_name(vm, p[1]));
    }
    str_arg(vm, p[1], &enc);
    if (!p[2].is_null() && is_str(vm, p[2])) str_arg(vm, p[2], &err);
    return str_encode(vm, source.as<Str>(), enc, err);
  }
  if (!p[1].is_null()) return raise_type_error(vm, "encoding without a string argument");
  if (is_bytes(vm, source) && cls == vm.types().bytes) {
    if (type_of(vm, source) == vm.types().bytes) return source;
    return Value::from_object(bytes_new(vm, source.as<Bytes>()->view()));
  }
  std::string storage;
  std::string_view view;
  if (bytes_like_view(vm, source, &storage, &view)) return Value::from_object(bytes_new(vm, view));
  if (vm.has_exception()) return Value::null();
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
    return Value::from_object(bytes_new(vm, zeros));
  }
  Type* t = type_of(vm, source);
  if (t->iter == nullptr && t->getitem == nullptr) {
    return raise_type_error(vm, "cannot convert '" + type_name(vm, source) + "' object to bytes");
  }
  return bytes_from_iterable(vm, source);
}

// bytes(...) for bytes and its subclasses: a subclass's instance is a copy of
// the plain result with the class's attributes after the data.
Value bytes_construct(VM& vm, Type* cls, CallArgs args) {
  Value result = bytes_construct_plain(vm, cls, args);
  if (result.is_null() || cls == vm.types().bytes) return result;
  std::string_view data = result.as<Bytes>()->view();
  size_t data_bytes = data.size() + 1;
  Bytes* copy = vm.allocate<Bytes>(cls, data_bytes + attribute_tail_bytes(cls, data_bytes));
  place_attribute_tail(vm, copy, sizeof(Bytes), data_bytes);
  copy->length = static_cast<int64_t>(data.size());
  copy->hash = -1;
  data = result.as<Bytes>()->view();
  if (!data.empty()) std::memcpy(copy->data(), data.data(), data.size());
  return Value::from_object(copy);
}

}  // namespace

void init_bytes_type(VM& vm) {
  Type* t = vm.types().bytes;
  t->instance_size = 0;
  t->flags |= kTypeAcceptsSubclasses;
  t->trace = bytes_trace;
  t->flags |= kTypeNoReferences;
  t->repr = bytes_repr;
  t->hash = bytes_hash;
  t->richcompare = bytes_richcompare;
  t->binary = bytes_binary;
  t->length = bytes_length;
  t->getitem = bytes_getitem;
  t->contains = bytes_contains;
  t->iter = bytes_iter;
  t->truth = bytes_truth;
  t->construct = bytes_construct;
  add_bytes_methods(vm, t);
  add_slot_wrappers(vm, t);
  init_bytearray_type(vm);
  init_memoryview_type(vm);
}

}  // namespace pyvm::runtime
