// The native `binascii` module, created on first import: hexlify/b2a_hex
// (with sep and bytes_per_sep), unhexlify/a2b_hex, b2a_base64, a2b_base64
// (with strict_mode), crc32 and crc_hqx, and the exceptions Error (a
// ValueError) and Incomplete, with CPython's messages. The uu and
// quoted-printable codecs are not provided (quopri falls back to its own
// Python code; `binascii.b2a_uu` is an AttributeError). base64, secrets and
// the email package run over it.
#include "runtime/binascii_module.h"

#include <cstdint>
#include <string>
#include <string_view>

#include "runtime/bytes.h"
#include "runtime/bytes_like.h"
#include "runtime/dict.h"
#include "runtime/exceptions.h"
#include "runtime/function.h"
#include "runtime/int.h"
#include "runtime/module.h"
#include "runtime/native_args.h"
#include "runtime/native_type.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "vm/vm.h"

namespace pyvm::runtime {
namespace {

Value raise_binascii_error(VM& vm, const std::string& message) {
  Value error = module_attribute(vm, "binascii", "Error");
  if (error.is_null()) return raise_value_error(vm, message);
  return raise(vm, error.as<Type>(), message);
}

// Bytes-like data (the b2a_* functions).
bool binary_arg(VM& vm, Value v, std::string* storage, std::string_view* out) {
  if (bytes_like_view(vm, v, storage, out)) return true;
  if (!vm.has_exception()) {
    raise_type_error(vm, "a bytes-like object is required, not '" + type_name(vm, v) + "'");
  }
  return false;
}

// Bytes-like data or an ASCII-only str (the a2b_* functions).
bool ascii_arg(VM& vm, Value v, std::string* storage, std::string_view* out) {
  if (is_str(vm, v)) {
    *storage = str_to_utf8(v.as<Str>());
    for (unsigned char c : *storage) {
      if (c >= 0x80) {
        raise_value_error(vm, "string argument should contain only ASCII characters");
        return false;
      }
    }
    *out = *storage;
    return true;
  }
  if (!bytes_like_view(vm, v, storage, out)) {
    if (vm.has_exception()) return false;
    raise_type_error(
        vm, "argument should be bytes, buffer or ASCII string, not '" + type_name(vm, v) + "'");
    return false;
  }
  return true;
}

Value bytes_value(VM& vm, std::string_view data) { return Value::from_object(bytes_new(vm, data)); }

// ---- hex ----

Value hexlify_impl(VM& vm, CallArgs args, const char* function) {
  Value p[3];
  if (!bind_args(vm, args, ArgSpec{function, {"data", "sep", "bytes_per_sep"}, 1}, p)) {
    return Value::null();
  }
  std::string storage;
  std::string_view data;
  if (!binary_arg(vm, p[0], &storage, &data)) return Value::null();
  std::string sep;
  if (!p[1].is_null()) {
    std::string sep_storage;
    std::string_view sep_view;
    if (is_str(vm, p[1])) {
      sep_storage = str_to_utf8(p[1].as<Str>());
      sep_view = sep_storage;
    } else if (!binary_arg(vm, p[1], &sep_storage, &sep_view)) {
      return Value::null();
    }
    if (sep_view.size() != 1) return raise_value_error(vm, "sep must be length 1.");
    if (static_cast<unsigned char>(sep_view[0]) >= 0x80) {
      return raise_value_error(vm, "sep must be ASCII.");
    }
    sep = std::string(sep_view);
  }
  int64_t per = 1;
  if (!p[2].is_null() && !index_to_int64(vm, p[2], &per)) return Value::null();
  static const char kDigits[] = "0123456789abcdef";
  std::string out;
  size_t n = data.size();
  size_t group = per < 0 ? static_cast<size_t>(-per) : static_cast<size_t>(per);
  for (size_t i = 0; i < n; ++i) {
    if (!sep.empty() && group > 0 && i > 0) {
      // Groups counted from the right for a positive bytes_per_sep, from
      // the left for a negative one.
      bool boundary = per > 0 ? (n - i) % group == 0 : i % group == 0;
      if (boundary) out += sep;
    }
    unsigned char c = static_cast<unsigned char>(data[i]);
    out.push_back(kDigits[c >> 4]);
    out.push_back(kDigits[c & 15]);
  }
  return bytes_value(vm, out);
}

Value binascii_hexlify(VM& vm, CallArgs args) { return hexlify_impl(vm, args, "hexlify"); }
Value binascii_b2a_hex(VM& vm, CallArgs args) { return hexlify_impl(vm, args, "b2a_hex"); }

int hex_value(unsigned char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

Value binascii_unhexlify(VM& vm, CallArgs args) {
  std::string storage;
  std::string_view data;
  if (!ascii_arg(vm, args.args[0], &storage, &data)) return Value::null();
  if (data.size() % 2 != 0) return raise_binascii_error(vm, "Odd-length string");
  std::string out;
  out.reserve(data.size() / 2);
  for (size_t i = 0; i < data.size(); i += 2) {
    int hi = hex_value(static_cast<unsigned char>(data[i]));
    int lo = hex_value(static_cast<unsigned char>(data[i + 1]));
    if (hi < 0 || lo < 0) return raise_binascii_error(vm, "Non-hexadecimal digit found");
    out.push_back(static_cast<char>(hi * 16 + lo));
  }
  return bytes_value(vm, out);
}

// ---- base64 ----

constexpr char kBase64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

int base64_value(unsigned char c) {
  if (c >= 'A' && c <= 'Z') return c - 'A';
  if (c >= 'a' && c <= 'z') return c - 'a' + 26;
  if (c >= '0' && c <= '9') return c - '0' + 52;
  if (c == '+') return 62;
  if (c == '/') return 63;
  return -1;
}

Value binascii_b2a_base64(VM& vm, CallArgs args) {
  Value p[2];
  if (!bind_args(vm, args, ArgSpec{"b2a_base64", {"data", "newline"}, 1, 1, 1}, p)) {
    return Value::null();
  }
  std::string storage;
  std::string_view data;
  if (!binary_arg(vm, p[0], &storage, &data)) return Value::null();
  bool newline = true;
  if (!p[1].is_null()) {
    int t = truth(vm, p[1]);
    if (t < 0) return Value::null();
    newline = t != 0;
  }
  std::string out;
  size_t i = 0;
  for (; i + 3 <= data.size(); i += 3) {
    uint32_t v = (static_cast<unsigned char>(data[i]) << 16) |
                 (static_cast<unsigned char>(data[i + 1]) << 8) |
                 static_cast<unsigned char>(data[i + 2]);
    out.push_back(kBase64[(v >> 18) & 63]);
    out.push_back(kBase64[(v >> 12) & 63]);
    out.push_back(kBase64[(v >> 6) & 63]);
    out.push_back(kBase64[v & 63]);
  }
  size_t rest = data.size() - i;
  if (rest > 0) {
    uint32_t v = static_cast<unsigned char>(data[i]) << 16;
    if (rest == 2) v |= static_cast<unsigned char>(data[i + 1]) << 8;
    out.push_back(kBase64[(v >> 18) & 63]);
    out.push_back(kBase64[(v >> 12) & 63]);
    out.push_back(rest == 2 ? kBase64[(v >> 6) & 63] : '=');
    out.push_back('=');
  }
  if (newline) out.push_back('\n');
  return bytes_value(vm, out);
}

Value binascii_a2b_base64(VM& vm, CallArgs args) {
  Value p[2];
  if (!bind_args(vm, args, ArgSpec{"a2b_base64", {"data", "strict_mode"}, 1, 1, 1}, p)) {
    return Value::null();
  }
  std::string storage;
  std::string_view data;
  if (!ascii_arg(vm, p[0], &storage, &data)) return Value::null();
  bool strict = false;
  if (!p[1].is_null()) {
    int t = truth(vm, p[1]);
    if (t < 0) return Value::null();
    strict = t != 0;
  }
  if (strict && !data.empty() && data[0] == '=') {
    return raise_binascii_error(vm, "Leading padding not allowed");
  }
  std::string out;
  int quad = 0;
  int pads = 0;
  bool padding_started = false;
  uint32_t left = 0;
  int64_t data_chars = 0;
  for (size_t i = 0; i < data.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(data[i]);
    if (c == '=') {
      padding_started = true;
      if (quad >= 2 && quad + ++pads >= 4) {
        if (strict && i + 1 < data.size()) {
          return raise_binascii_error(vm, "Excess data after padding");
        }
        return bytes_value(vm, out);
      }
      continue;
    }
    int v = base64_value(c);
    if (v < 0) {
      if (strict) return raise_binascii_error(vm, "Only base64 data is allowed");
      continue;
    }
    if (strict && padding_started) {
      return raise_binascii_error(vm, "Discontinuous padding not allowed");
    }
    pads = 0;
    ++data_chars;
    switch (quad) {
      case 0:
        left = static_cast<uint32_t>(v);
        quad = 1;
        break;
      case 1:
        out.push_back(static_cast<char>((left << 2) | (static_cast<uint32_t>(v) >> 4)));
        left = static_cast<uint32_t>(v) & 0x0f;
        quad = 2;
        break;
      case 2:
        out.push_back(static_cast<char>((left << 4) | (static_cast<uint32_t>(v) >> 2)));
        left = static_cast<uint32_t>(v) & 0x03;
        quad = 3;
        break;
      default:
        out.push_back(static_cast<char>((left << 6) | static_cast<uint32_t>(v)));
        left = 0;
        quad = 0;
        break;
    }
  }
  if (quad == 1) {
    return raise_binascii_error(vm, "Invalid base64-encoded string: number of data characters (" +
                                        std::to_string(data_chars) +
                                        ") cannot be 1 more than a multiple of 4");
  }
  if (quad != 0) return raise_binascii_error(vm, "Incorrect padding");
  return bytes_value(vm, out);
}

// ---- checksums ----

bool crc_start(VM& vm, CallArgs args, const char* function, std::string* storage,
               std::string_view* data, uint32_t* crc) {
  if (!check_positional(vm, args, function, 1, 2)) return false;
  if (!binary_arg(vm, args.args[0], storage, data)) return false;
  *crc = 0;
  if (args.npos > 1) {
    // Any int, reduced modulo 2**32 as CPython's unsigned conversion does.
    Value mask = int_from_uint64(vm, 0xffffffffu);
    Value reduced = binary_op(vm, BinaryOp::kAnd, args.args[1], mask);
    if (reduced.is_null()) return false;
    int64_t v;
    if (!index_to_int64(vm, reduced, &v)) return false;
    *crc = static_cast<uint32_t>(v);
  }
  return true;
}

Value binascii_crc32(VM& vm, CallArgs args) {
  std::string storage;
  std::string_view data;
  uint32_t crc;
  if (!crc_start(vm, args, "crc32", &storage, &data, &crc)) return Value::null();
  crc = ~crc;
  for (unsigned char c : data) {
    crc ^= c;
    for (int k = 0; k < 8; ++k) crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
  }
  return int_from_uint64(vm, ~crc);
}

Value binascii_crc_hqx(VM& vm, CallArgs args) {
  std::string storage;
  std::string_view data;
  uint32_t crc;
  if (!crc_start(vm, args, "crc_hqx", &storage, &data, &crc)) return Value::null();
  crc &= 0xffff;
  for (unsigned char c : data) {
    crc ^= static_cast<uint32_t>(c) << 8;
    for (int k = 0; k < 8; ++k) {
      crc = (crc & 0x8000) != 0 ? ((crc << 1) ^ 0x1021) : (crc << 1);
      crc &= 0xffff;
    }
  }
  return Value::from_small_int(crc);
}

Type* exception_class(VM& vm, const char* name, Type* base) {
  Type* t = native_type_new(vm, name, base, "binascii");
  native_type_copy_slots(t, base);
  return t;
}

}  // namespace

Value create_binascii_module(VM& vm) {
  Module* module = module_new(vm, vm.intern("binascii"));
  dict_set_str(vm, module->dict, vm.intern("Error"),
               Value::from_object(exception_class(vm, "Error", vm.types().value_error)));
  dict_set_str(vm, module->dict, vm.intern("Incomplete"),
               Value::from_object(exception_class(vm, "Incomplete", vm.types().exception)));
  struct {
    const char* name;
    NativeFn fn;
    int min, max;
    uint32_t flags;
  } functions[] = {
      {"hexlify", binascii_hexlify, 0, -1, kNativeKeywords},
      {"b2a_hex", binascii_b2a_hex, 0, -1, kNativeKeywords},
      {"unhexlify", binascii_unhexlify, 1, 1, 0},
      {"a2b_hex", binascii_unhexlify, 1, 1, 0},
      {"b2a_base64", binascii_b2a_base64, 0, -1, kNativeKeywords},
      {"a2b_base64", binascii_a2b_base64, 0, -1, kNativeKeywords},
      {"crc32", binascii_crc32, 0, -1, 0},
      {"crc_hqx", binascii_crc_hqx, 0, -1, 0},
  };
  for (const auto& f : functions) {
    NativeFunction* native = native_function_new(vm, f.name, f.fn, f.min, f.max, f.flags);
    dict_set_str(vm, module->dict, native->name, Value::from_object(native));
  }
  dict_set_str(vm, vm.modules(), module->name, Value::from_object(module));
  return Value::from_object(module);
}

}  // namespace pyvm::runtime
