// The native `_struct` module (see runtime/struct_module.h).
//
// A format is parsed once into a list of items (code, repeat count, offset)
// held in malloc'd memory owned by the Struct object. Values are packed into
// a std::string and unpacked from a byte view; integer range checks and
// error texts follow CPython 3.11's. Differences from CPython: no format
// cache, iter_unpack returns a list iterator over the unpacked tuples.
#include "runtime/struct_module.h"

#include <cmath>
#include <cstring>
#include <string>
#include <vector>

#include <gmp.h>

#include "runtime/bytearray.h"
#include "runtime/bytes.h"
#include "runtime/bytes_like.h"
#include "runtime/dict.h"
#include "runtime/exceptions.h"
#include "runtime/float.h"
#include "runtime/function.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/module.h"
#include "runtime/native_args.h"
#include "runtime/native_type.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "vm/vm.h"

namespace pyvm::runtime {
namespace {

struct Item {
  char code;
  int64_t count;   // repeat count, or the length of s / p
  int64_t offset;  // of the first value
  int64_t size;    // of one value
};

struct Layout {
  std::vector<Item> items;
  int64_t size = 0;
  int64_t values = 0;  // number of Python values packed
  bool native = true;  // '@': native sizes and alignment
  bool little = true;
};

struct StructObject : Object {
  Value format;    // the format as given (str or bytes)
  Layout* layout;  // owned; freed by finalize
};

Value raise_struct_error(VM& vm, const std::string& message) {
  return raise(vm, vm.struct_state->error, message);
}

void trace_struct(Object* self, Tracer& tracer) {
  tracer.visit(static_cast<StructObject*>(self)->format);
}

void finalize_struct(Object* self) {
  auto* s = static_cast<StructObject*>(self);
  delete s->layout;
  s->layout = nullptr;
}

// The size of one value of `code`, 0 for a code the mode does not know.
int64_t code_size(char code, bool native) {
  switch (code) {
    case 'x':
    case 'c':
    case 'b':
    case 'B':
    case '?':
    case 's':
    case 'p':
      return 1;
    case 'h':
    case 'H':
    case 'e':
      return 2;
    case 'i':
    case 'I':
    case 'f':
      return 4;
    case 'l':
    case 'L':
      return native ? 8 : 4;
    case 'q':
    case 'Q':
    case 'd':
      return 8;
    case 'n':
    case 'N':
    case 'P':
      return native ? 8 : 0;
    default:
      return 0;
  }
}

bool parse_format(VM& vm, std::string_view fmt, Layout* out) {
  size_t i = 0;
  if (!fmt.empty()) {
    char c = fmt[0];
    if (c == '@' || c == '=' || c == '<' || c == '>' || c == '!') {
      out->native = c == '@';
      out->little = c == '@' || c == '=' || c == '<';
      ++i;
    }
  }
  int64_t offset = 0;
  while (i < fmt.size()) {
    char c = fmt[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f') {
      ++i;
      continue;
    }
    int64_t count = 1;
    if (c >= '0' && c <= '9') {
      count = 0;
      while (i < fmt.size() && fmt[i] >= '0' && fmt[i] <= '9') {
        if (count > (INT64_MAX - 9) / 10) {
          raise_struct_error(vm, "total struct size too long");
          return false;
        }
        count = count * 10 + (fmt[i] - '0');
        ++i;
      }
      if (i >= fmt.size()) {
        raise_struct_error(vm, "repeat count given without format specifier");
        return false;
      }
      c = fmt[i];
    }
    ++i;
    int64_t size = code_size(c, out->native);
    if (size == 0) {
      raise_struct_error(vm, "bad char in struct format");
      return false;
    }
    if (out->native && size > 1 && c != 's' && c != 'p') offset = (offset + size - 1) / size * size;
    Item item{c, count, offset, size};
    if (c == 's' || c == 'p') {
      offset += count;
      out->values += 1;
    } else {
      offset += count * size;
      if (c != 'x') out->values += count;
    }
    if (c != 'x' || count > 0) out->items.push_back(item);
  }
  out->size = offset;
  return true;
}

// The format's text (str or bytes) for parsing.
bool format_text(VM& vm, Value format, std::string* out) {
  if (is_str(vm, format)) {
    *out = str_to_utf8(format.as<Str>());
    return true;
  }
  if (format.is_object() && is_subtype(format.object()->type, vm.types().bytes)) {
    out->assign(format.as<Bytes>()->view());
    return true;
  }
  raise_type_error(
      vm, "Struct() argument 1 must be a str or bytes object, not " + type_name(vm, format));
  return false;
}

StructObject* new_struct(VM& vm, Type* cls, Value format) {
  std::string text;
  if (!format_text(vm, format, &text)) return nullptr;
  auto* layout = new Layout();
  if (!parse_format(vm, text, layout)) {
    delete layout;
    return nullptr;
  }
  auto* s = vm.allocate<StructObject>(cls);
  s->layout = layout;
  Value stored = is_str(vm, format) ? format : Value::from_object(str_from_utf8(vm, text));
  vm.store(s, &s->format, stored);
  return s;
}

// ---- packing

void put_uint(std::string& out, int64_t at, uint64_t v, int64_t size, bool little) {
  for (int64_t k = 0; k < size; ++k) {
    int64_t index = little ? k : size - 1 - k;
    out[static_cast<size_t>(at + index)] = static_cast<char>(v & 0xff);
    v >>= 8;
  }
}

std::string range_message(char code, int64_t size, bool is_signed) {
  {
    switch (code) {
      case 'b':
        return "byte format requires -128 <= number <= 127";
      case 'B':
        return "ubyte format requires 0 <= number <= 255";
      case 'h':
        return "short format requires -32768 <= number <= 32767";
      case 'H':
        return "ushort format requires 0 <= number <= 65535";
      default:
        break;
    }
  }
  std::string c(1, code);
  if (is_signed) {
    // The bounds of a signed `size`-byte integer.
    uint64_t max = (uint64_t{1} << (size * 8 - 1)) - 1;
    return "'" + c + "' format requires " + std::to_string(-static_cast<int64_t>(max) - 1) +
           " <= number <= " + std::to_string(max);
  }
  uint64_t max = size == 8 ? UINT64_MAX : (uint64_t{1} << (size * 8)) - 1;
  return "'" + c + "' format requires 0 <= number <= " + std::to_string(max);
}

bool pack_int(VM& vm, const Layout& layout, const Item& item, Value v, std::string& out,
              int64_t at) {
  char code = item.code;
  bool is_signed =
      code == 'b' || code == 'h' || code == 'i' || code == 'l' || code == 'q' || code == 'n';
  Value index = v;
  if (!v.is_small_int() && !(v.is_object() && is_subtype(v.object()->type, vm.types().int_))) {
    Type* t = type_of(vm, v);
    if (type_lookup(vm, t, vm.intern("__index__")).is_null()) {
      raise_struct_error(vm, "required argument is not an integer");
      return false;
    }
    Value method = get_attr(vm, v, vm.intern("__index__"));
    if (method.is_null()) return false;
    index = call_positional(vm, method, nullptr, 0);
    if (index.is_null()) return false;
  }
  mpz_t z;
  mpz_init(z);
  int_to_mpz(vm, index, z);
  int64_t size = item.size;
  bool fits;
  uint64_t bits = 0;
  if (is_signed) {
    fits = mpz_fits_slong_p(z) != 0;
    if (fits) {
      int64_t n = mpz_get_si(z);
      if (size < 8) {
        int64_t limit = int64_t{1} << (size * 8 - 1);
        fits = n >= -limit && n < limit;
      }
      bits = static_cast<uint64_t>(n);
    }
  } else {
    fits = mpz_sgn(z) >= 0 && mpz_sizeinbase(z, 2) <= static_cast<size_t>(size * 8);
    if (fits) bits = mpz_get_ui(z);
  }
  bool negative_unsigned = !is_signed && mpz_sgn(z) < 0;
  if (!fits && code == 'P' && mpz_fits_slong_p(z) != 0) {  // a pointer may be negative
    fits = true;
    bits = static_cast<uint64_t>(mpz_get_si(z));
  }
  mpz_clear(z);
  if (!fits) {
    bool named = code == 'b' || code == 'B' || code == 'h' || code == 'H';
    if (!named && (size == 8 || negative_unsigned)) {
      raise_struct_error(vm, "argument out of range");
      return false;
    }
    raise_struct_error(vm, range_message(code, size, is_signed));
    return false;
  }
  put_uint(out, at, bits, size, layout.little);
  return true;
}

// IEEE half precision from a double, rounding to nearest even.
bool double_to_half(double x, uint16_t* out) {
  uint16_t sign = std::signbit(x) ? 0x8000 : 0;
  double a = std::fabs(x);
  if (std::isnan(x)) {
    *out = static_cast<uint16_t>(sign | 0x7e00);
    return true;
  }
  if (std::isinf(x)) {
    *out = static_cast<uint16_t>(sign | 0x7c00);
    return true;
  }
  int e;
  double f = std::frexp(a, &e);  // a = f * 2^e, 0.5 <= f < 1
  if (a == 0.0) {
    *out = sign;
    return true;
  }
  // Normal numbers have e - 1 in [-14, 15]; the mantissa keeps 10 bits.
  int exp = e - 1;
  double scaled;
  int biased;
  if (exp < -14) {
    scaled = std::ldexp(a, 24);  // subnormal: units of 2^-24
    biased = 0;
  } else {
    scaled = std::ldexp(f * 2.0 - 1.0, 10);
    biased = exp + 15;
  }
  double rounded = std::nearbyint(scaled);  // default rounding: to nearest even
  auto mant = static_cast<uint32_t>(rounded);
  if (biased == 0) {
    if (mant >= 1024) {  // rounded up to the smallest normal
      biased = 1;
      mant -= 1024;
    }
  } else if (mant >= 1024) {
    mant = 0;
    ++biased;
  }
  if (biased >= 31) return false;
  *out = static_cast<uint16_t>(sign | (biased << 10) | mant);
  return true;
}

double half_to_double(uint16_t h) {
  int exp = (h >> 10) & 0x1f;
  int mant = h & 0x3ff;
  double v;
  if (exp == 0) {
    v = std::ldexp(mant, -24);
  } else if (exp == 31) {
    v = mant == 0 ? INFINITY : NAN;
  } else {
    v = std::ldexp(mant + 1024, exp - 25);
  }
  return (h & 0x8000) ? -v : v;
}

bool pack_float(VM& vm, const Layout& layout, const Item& item, Value v, std::string& out,
                int64_t at) {
  bool is_number =
      v.is_small_int() || (v.is_object() && (is_subtype(v.object()->type, vm.types().float_) ||
                                             is_subtype(v.object()->type, vm.types().int_)));
  if (!is_number) {
    Type* t = type_of(vm, v);
    if (type_lookup(vm, t, vm.intern("__float__")).is_null() &&
        type_lookup(vm, t, vm.intern("__index__")).is_null()) {
      raise_struct_error(vm, "required argument is not a float");
      return false;
    }
  }
  double d;
  if (!is_number && type_lookup(vm, type_of(vm, v), vm.intern("__float__")).is_null()) {
    Value method = get_attr(vm, v, vm.intern("__index__"));
    if (method.is_null()) return false;
    v = call_positional(vm, method, nullptr, 0);
    if (v.is_null()) return false;
  }
  if (!number_to_double(vm, v, &d)) return false;
  if (item.code == 'd') {
    uint64_t bits;
    std::memcpy(&bits, &d, 8);
    put_uint(out, at, bits, 8, layout.little);
  } else if (item.code == 'f') {
    auto f = static_cast<float>(d);
    if (std::isinf(f) && !std::isinf(d)) {
      raise(vm, vm.types().overflow_error, "float too large to pack with f format");
      return false;
    }
    uint32_t bits;
    std::memcpy(&bits, &f, 4);
    put_uint(out, at, bits, 4, layout.little);
  } else {
    uint16_t h;
    if (!double_to_half(d, &h)) {
      raise(vm, vm.types().overflow_error, "float too large to pack with e format");
      return false;
    }
    put_uint(out, at, h, 2, layout.little);
  }
  return true;
}

bool pack_one(VM& vm, const Layout& layout, const Item& item, Value v, std::string& out,
              int64_t at) {
  switch (item.code) {
    case 'c': {
      if (!v.is_object() || !is_subtype(v.object()->type, vm.types().bytes) ||
          v.as<Bytes>()->length != 1) {
        raise_struct_error(vm, "char format requires a bytes object of length 1");
        return false;
      }
      out[static_cast<size_t>(at)] = static_cast<char>(v.as<Bytes>()->data()[0]);
      return true;
    }
    case '?': {
      int t = truth(vm, v);
      if (t < 0) return false;
      out[static_cast<size_t>(at)] = static_cast<char>(t);
      return true;
    }
    case 'e':
    case 'f':
    case 'd':
      return pack_float(vm, layout, item, v, out, at);
    default:
      return pack_int(vm, layout, item, v, out, at);
  }
}

bool pack_string(VM& vm, const Item& item, Value v, std::string& out) {
  std::string_view data;
  if (v.is_object() && is_subtype(v.object()->type, vm.types().bytes)) {
    data = v.as<Bytes>()->view();
  } else if (is_bytearray(vm, v)) {
    data = bytearray_view(v.as<ByteArray>());
  } else {
    raise_struct_error(vm, std::string("argument for '") + item.code + "' must be a bytes object");
    return false;
  }
  auto at = static_cast<size_t>(item.offset);
  auto room = static_cast<size_t>(item.count);
  if (item.code == 's') {
    out.replace(at, std::min(room, data.size()), data.substr(0, std::min(room, data.size())));
    return true;
  }
  if (room == 0) return true;
  size_t n = std::min(data.size(), room - 1);
  out.replace(at + 1, n, data.substr(0, n));
  out[at] = static_cast<char>(std::min<size_t>(n, 255));
  return true;
}

// Packs `values` (count = layout.values) into a new string of layout.size.
bool pack_values(VM& vm, const Layout& layout, const Value* values, std::string* out) {
  out->assign(static_cast<size_t>(layout.size), '\0');
  size_t next = 0;
  for (const Item& item : layout.items) {
    if (item.code == 'x') continue;
    if (item.code == 's' || item.code == 'p') {
      if (!pack_string(vm, item, values[next++], *out)) return false;
      continue;
    }
    for (int64_t k = 0; k < item.count; ++k) {
      if (!pack_one(vm, layout, item, values[next++], *out, item.offset + k * item.size)) {
        return false;
      }
    }
  }
  return true;
}

bool check_pack_count(VM& vm, const Layout& layout, size_t given, const char* what) {
  if (static_cast<int64_t>(given) == layout.values) return true;
  raise_struct_error(vm, std::string(what) + " expected " + std::to_string(layout.values) +
                             " items for packing (got " + std::to_string(given) + ")");
  return false;
}

// ---- unpacking

uint64_t get_uint(std::string_view data, int64_t at, int64_t size, bool little) {
  uint64_t v = 0;
  for (int64_t k = 0; k < size; ++k) {
    int64_t index = little ? size - 1 - k : k;
    v = (v << 8) | static_cast<uint8_t>(data[static_cast<size_t>(at + index)]);
  }
  return v;
}

Value unpack_one(VM& vm, const Layout& layout, const Item& item, std::string_view data,
                 int64_t at) {
  char code = item.code;
  uint64_t bits = get_uint(data, at, item.size, layout.little);
  switch (code) {
    case 'c':
      return Value::from_object(bytes_new(vm, data.substr(static_cast<size_t>(at), 1)));
    case '?':
      return vm.bool_value(bits != 0);
    case 'e':
      return float_new(vm, half_to_double(static_cast<uint16_t>(bits)));
    case 'f': {
      auto b32 = static_cast<uint32_t>(bits);
      float f;
      std::memcpy(&f, &b32, 4);
      return float_new(vm, f);
    }
    case 'd': {
      double d;
      std::memcpy(&d, &bits, 8);
      return float_new(vm, d);
    }
    case 'b':
    case 'h':
    case 'i':
    case 'l':
    case 'q':
    case 'n': {
      int shift = static_cast<int>(64 - item.size * 8);
      auto n = static_cast<int64_t>(bits << shift) >> shift;
      return int_from_int64(vm, n);
    }
    default:
      return int_from_uint64(vm, bits);
  }
}

Value unpack_values(VM& vm, const Layout& layout, std::string_view data) {
  Tuple* result = tuple_new(vm, layout.values);
  int64_t next = 0;
  for (const Item& item : layout.items) {
    if (item.code == 'x') continue;
    if (item.code == 's' || item.code == 'p') {
      std::string_view field =
          data.substr(static_cast<size_t>(item.offset), static_cast<size_t>(item.count));
      if (item.code == 'p' && item.count > 0) {
        size_t n = std::min<size_t>(static_cast<uint8_t>(field[0]), field.size() - 1);
        field = field.substr(1, n);
      } else if (item.code == 'p') {
        field = {};
      }
      tuple_init_item(vm, result, next++, Value::from_object(bytes_new(vm, field)));
      continue;
    }
    for (int64_t k = 0; k < item.count; ++k) {
      Value v = unpack_one(vm, layout, item, data, item.offset + k * item.size);
      if (v.is_null()) return v;
      tuple_init_item(vm, result, next++, v);
    }
  }
  return Value::from_object(result);
}

// ---- Struct methods and module functions over a parsed Struct

StructObject* struct_for(VM& vm, Value format) {
  Type* struct_type = vm.struct_state->struct_type;
  if (format.is_object() && is_subtype(format.object()->type, struct_type)) {
    return format.as<StructObject>();
  }
  return new_struct(vm, struct_type, format);
}

Value do_pack(VM& vm, StructObject* s, const Value* values, size_t count) {
  if (!check_pack_count(vm, *s->layout, count, "pack")) return Value::null();
  std::string out;
  if (!pack_values(vm, *s->layout, values, &out)) return Value::null();
  return Value::from_object(bytes_new(vm, out));
}

Value do_unpack(VM& vm, StructObject* s, Value buffer) {
  std::string storage;
  std::string_view data;
  if (!require_bytes_like(vm, buffer, &storage, &data)) return Value::null();
  if (static_cast<int64_t>(data.size()) != s->layout->size) {
    return raise_struct_error(
        vm, "unpack requires a buffer of " + std::to_string(s->layout->size) + " bytes");
  }
  return unpack_values(vm, *s->layout, data);
}

Value do_unpack_from(VM& vm, StructObject* s, Value buffer, Value offset_value) {
  int64_t offset = 0;
  if (!offset_value.is_null() && !index_to_int64(vm, offset_value, &offset)) return Value::null();
  std::string storage;
  std::string_view data;
  if (!require_bytes_like(vm, buffer, &storage, &data)) return Value::null();
  auto length = static_cast<int64_t>(data.size());
  int64_t size = s->layout->size;
  if (offset < 0) {
    if (offset + length < 0) {
      return raise_struct_error(vm, "offset " + std::to_string(offset) + " out of range for " +
                                        std::to_string(length) + "-byte buffer");
    }
    offset += length;
  }
  if (length - offset < size) {
    return raise_struct_error(
        vm, "unpack_from requires a buffer of at least " + std::to_string(size + offset) +
                " bytes for unpacking " + std::to_string(size) + " bytes at offset " +
                std::to_string(offset) + " (actual buffer size is " + std::to_string(length) + ")");
  }
  return unpack_values(vm, *s->layout, data.substr(static_cast<size_t>(offset)));
}

Value do_pack_into(VM& vm, StructObject* s, const Value* args, size_t count) {
  if (count == 0) return raise_struct_error(vm, "pack_into expected buffer argument");
  if (count == 1) return raise_struct_error(vm, "pack_into expected offset argument");
  if (!check_pack_count(vm, *s->layout, count - 2, "pack_into")) return Value::null();
  Value buffer = args[0];
  if (!is_bytearray(vm, buffer)) {
    std::string storage;
    std::string_view view;
    if (bytes_like_view(vm, buffer, &storage, &view)) {
      return raise_type_error(
          vm, "argument must be read-write bytes-like object, not " + type_name(vm, buffer));
    }
    if (vm.has_exception()) return Value::null();
    return raise_type_error(
        vm, "argument must be read-write bytes-like object, not " + type_name(vm, buffer));
  }
  int64_t offset;
  if (!index_to_int64(vm, args[1], &offset)) return Value::null();
  std::string out;
  if (!pack_values(vm, *s->layout, args + 2, &out)) return Value::null();
  auto* array = buffer.as<ByteArray>();
  int64_t length = array->length;
  int64_t size = s->layout->size;
  if (offset < 0) {
    if (offset + size > 0) {
      return raise_struct_error(vm, "no space to pack " + std::to_string(size) +
                                        " bytes at offset " + std::to_string(offset));
    }
    if (offset + length < 0) {
      return raise_struct_error(vm, "offset " + std::to_string(offset) + " out of range for " +
                                        std::to_string(length) + "-byte buffer");
    }
    offset += length;
  }
  if (length - offset < size) {
    return raise_struct_error(
        vm, "pack_into requires a buffer of at least " + std::to_string(size + offset) +
                " bytes for packing " + std::to_string(size) + " bytes at offset " +
                std::to_string(offset) + " (actual buffer size is " + std::to_string(length) + ")");
  }
  std::memcpy(array->data + offset, out.data(), out.size());
  return vm.none();
}

Value do_iter_unpack(VM& vm, StructObject* s, Value buffer) {
  std::string storage;
  std::string_view data;
  if (!require_bytes_like(vm, buffer, &storage, &data)) return Value::null();
  int64_t size = s->layout->size;
  if (size == 0) {
    return raise_struct_error(vm, "cannot iteratively unpack with a struct of length 0");
  }
  if (static_cast<int64_t>(data.size()) % size != 0) {
    return raise_struct_error(vm, "iterative unpacking requires a buffer of a multiple of " +
                                      std::to_string(size) + " bytes");
  }
  List* items = list_new(vm);
  for (size_t at = 0; at < data.size(); at += static_cast<size_t>(size)) {
    Value t = unpack_values(vm, *s->layout, data.substr(at, static_cast<size_t>(size)));
    if (t.is_null()) return t;
    list_append(vm, items, t);
  }
  return get_iter(vm, Value::from_object(items));
}

StructObject* self_struct(CallArgs args) { return args.args[0].as<StructObject>(); }

Value struct_pack(VM& vm, CallArgs args) {
  return do_pack(vm, self_struct(args), args.args + 1, args.npos - 1);
}
Value struct_unpack(VM& vm, CallArgs args) {
  return do_unpack(vm, self_struct(args), args.args[1]);
}
Value struct_iter_unpack(VM& vm, CallArgs args) {
  return do_iter_unpack(vm, self_struct(args), args.args[1]);
}
Value struct_pack_into(VM& vm, CallArgs args) {
  return do_pack_into(vm, self_struct(args), args.args + 1, args.npos - 1);
}
Value struct_unpack_from(VM& vm, CallArgs args) {
  Value a[3];
  if (!bind_args(vm, args, {"unpack_from", {"self", "buffer", "offset"}, 2}, a)) {
    return Value::null();
  }
  return do_unpack_from(vm, self_struct(args), a[1], a[2]);
}

Value struct_construct(VM& vm, Type* cls, CallArgs args) {
  Value a[1];
  if (!bind_args(vm, args, {"Struct", {"format"}, 1}, a)) return Value::null();
  StructObject* s = new_struct(vm, cls, a[0]);
  return s == nullptr ? Value::null() : Value::from_object(s);
}

Value struct_getattr(VM& vm, Value self, Str* name) {
  auto* s = self.as<StructObject>();
  if (str_equals_ascii(name, "format")) return s->format;
  if (str_equals_ascii(name, "size")) return int_from_int64(vm, s->layout->size);
  Type* type = self.object()->type;
  Value found = type_lookup(vm, type, name);
  if (!found.is_null()) return bind_attribute(vm, found, self, type);
  return raise_attribute_error(vm, self, name);
}

// Module-level functions: the first argument is the format.
StructObject* format_arg(VM& vm, CallArgs args) { return struct_for(vm, args.args[0]); }

Value module_pack(VM& vm, CallArgs args) {
  StructObject* s = format_arg(vm, args);
  return s == nullptr ? Value::null() : do_pack(vm, s, args.args + 1, args.npos - 1);
}
Value module_unpack(VM& vm, CallArgs args) {
  StructObject* s = format_arg(vm, args);
  return s == nullptr ? Value::null() : do_unpack(vm, s, args.args[1]);
}
Value module_iter_unpack(VM& vm, CallArgs args) {
  StructObject* s = format_arg(vm, args);
  return s == nullptr ? Value::null() : do_iter_unpack(vm, s, args.args[1]);
}
Value module_pack_into(VM& vm, CallArgs args) {
  StructObject* s = format_arg(vm, args);
  return s == nullptr ? Value::null() : do_pack_into(vm, s, args.args + 1, args.npos - 1);
}
Value module_unpack_from(VM& vm, CallArgs args) {
  Value a[3];
  if (!bind_args(vm, args, {"unpack_from", {"format", "buffer", "offset"}, 2}, a)) {
    return Value::null();
  }
  StructObject* s = struct_for(vm, a[0]);
  return s == nullptr ? Value::null() : do_unpack_from(vm, s, a[1], a[2]);
}
Value module_calcsize(VM& vm, CallArgs args) {
  StructObject* s = format_arg(vm, args);
  return s == nullptr ? Value::null() : int_from_int64(vm, s->layout->size);
}
Value module_clearcache(VM& vm, CallArgs) { return vm.none(); }

Value struct_calcsize_self(VM& vm, CallArgs args) {
  return int_from_int64(vm, self_struct(args)->layout->size);
}

}  // namespace

Value create_struct_module(VM& vm) {
  destroy_struct_state(vm);  // a re-import after `del sys.modules["_struct"]`
  auto* state = new StructState(vm.heap());
  vm.struct_state = state;
  Module* module = module_new(vm, vm.intern("_struct"));
  Type* error = native_type_new(vm, "error", vm.types().exception, "struct");
  native_type_copy_slots(error, vm.types().exception);
  state->error = error;
  Type* t = native_type_new(vm, "Struct", vm.types().object, "_struct");
  t->instance_size = sizeof(StructObject);
  t->trace = trace_struct;
  t->finalize = finalize_struct;
  t->construct = struct_construct;
  t->getattr = struct_getattr;
  state->struct_type = t;
  struct {
    const char* name;
    NativeFn fn;
    int min, max;
  } methods[] = {
      {"pack", struct_pack, 0, -1},
      {"unpack", struct_unpack, 1, 1},
      {"iter_unpack", struct_iter_unpack, 1, 1},
      {"pack_into", struct_pack_into, 0, -1},
  };
  for (const auto& m : methods) add_method(vm, t, m.name, m.fn, m.min, m.max, kNativeMethod);
  add_method(vm, t, "unpack_from", struct_unpack_from, 1, 2, kNativeMethod | kNativeKeywords);
  (void)struct_calcsize_self;
  struct {
    const char* name;
    NativeFn fn;
    int min, max;
    uint32_t flags;
  } functions[] = {
      {"pack", module_pack, 1, -1, 0},
      {"unpack", module_unpack, 2, 2, 0},
      {"iter_unpack", module_iter_unpack, 2, 2, 0},
      {"pack_into", module_pack_into, 1, -1, 0},
      {"unpack_from", module_unpack_from, 2, 3, kNativeKeywords},
      {"calcsize", module_calcsize, 1, 1, 0},
      {"_clearcache", module_clearcache, 0, 0, 0},
  };
  for (const auto& f : functions) {
    NativeFunction* fn = native_function_new(vm, f.name, f.fn, f.min, f.max, f.flags);
    dict_set_str(vm, module->dict, fn->name, Value::from_object(fn));
  }
  dict_set_str(vm, module->dict, vm.intern("error"), Value::from_object(error));
  dict_set_str(vm, module->dict, vm.intern("Struct"), Value::from_object(t));
  dict_set_str(vm, vm.modules(), module->name, Value::from_object(module));
  return Value::from_object(module);
}

void destroy_struct_state(VM& vm) {
  delete vm.struct_state;
  vm.struct_state = nullptr;
}

}  // namespace pyvm::runtime
