// The escape codecs (unicode_escape, raw_unicode_escape, and the bytes
// escape_encode/escape_decode that pickle and string literals use) and the
// charmap codec that the single-byte encodings in Lib/encodings use (see
// runtime/codecs.h). Error ranges and reasons follow CPython 3.11.
#include <algorithm>
#include <cstdio>
#include <string>

#include "runtime/bytes.h"
#include "runtime/codecs.h"
#include "runtime/exceptions.h"
#include "runtime/int.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "runtime/unicodedata_module.h"
#include "vm/import.h"
#include "vm/vm.h"

namespace pyvm::runtime {
namespace {

int hex_value(unsigned char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

void append_hex(std::string* out, const char* format, uint32_t c) {
  char buf[16];
  std::snprintf(buf, sizeof(buf), format, c);
  *out += buf;
}

// The single-character escapes of unicode_escape and escape_decode.
int simple_escape(unsigned char c) {
  switch (c) {
    case '\\':
      return '\\';
    case '\'':
      return '\'';
    case '"':
      return '"';
    case 'b':
      return '\b';
    case 'f':
      return '\f';
    case 't':
      return '\t';
    case 'n':
      return '\n';
    case 'r':
      return '\r';
    case 'v':
      return '\v';
    case 'a':
      return '\a';
    default:
      return -1;
  }
}

struct EscapeDecoder {
  CodecErrorContext& ctx;
  std::vector<uint32_t> out;
  int64_t n;
  bool final;
  bool raw;
  std::string first_invalid;  // the DeprecationWarning for the first invalid escape
  unsigned char byte(int64_t i) const { return static_cast<unsigned char>(ctx.data[i]); }
};

// "invalid escape sequence '\q'" / "invalid octal escape sequence '\777'".
std::string invalid_escape_message(std::string_view escape, bool octal) {
  std::string out = octal ? "invalid octal escape sequence '\\" : "invalid escape sequence '\\";
  for (char c : escape) {
    auto u = static_cast<unsigned char>(c);
    str_append_utf8(&out, u);  // the byte as the code point U+00XX
  }
  return out + "'";
}

// warnings.warn(message, DeprecationWarning): CPython's warning for the
// first invalid escape a decoder met. False when the warning raised.
bool warn_invalid_escape(VM& vm, const std::string& message) {
  if (message.empty()) return true;
  Value warnings = vm::import_module(vm, vm.intern("warnings"), vm.none(), 0, nullptr);
  if (warnings.is_null()) return false;
  Value warn = get_attr(vm, warnings, vm.intern("warn"));
  if (warn.is_null()) return false;
  Value argv[2] = {Value::from_object(str_from_utf8(vm, message)),
                   Value::from_object(vm.types().deprecation_warning)};
  return !call_positional(vm, warn, argv, 2).is_null();
}

// Reads a \x, \u or \U escape's digits after the letter at j. Returns 1 when
// decoded (or handled), 0 to stop before incomplete non-final input, -1 on
// an exception.
int hex_escape(EscapeDecoder& d, int64_t* i, int64_t j, int digits) {
  uint32_t value = 0;
  int64_t k = 0;
  for (; k < digits && j + k < d.n; ++k) {
    int h = hex_value(d.byte(j + k));
    if (h < 0) break;
    value = value * 16 + static_cast<uint32_t>(h);
  }
  if (k < digits) {
    if (!d.final && j + k >= d.n) return 0;
    const char* reason = digits == 2   ? "truncated \\xXX escape"
                         : digits == 4 ? "truncated \\uXXXX escape"
                                       : "truncated \\UXXXXXXXX escape";
    return handle_decode_error(d.ctx, *i, j + k, reason, &d.out, i) ? 1 : -1;
  }
  if (value > 0x10FFFF) {
    const char* reason = d.raw ? "\\Uxxxxxxxx out of range" : "illegal Unicode character";
    return handle_decode_error(d.ctx, *i, j + k, reason, &d.out, i) ? 1 : -1;
  }
  d.out.push_back(value);
  *i = j + k;
  return 1;
}

// Reads a \N{NAME} escape whose brace should be at j. Returns as
// hex_escape does.
int name_escape(EscapeDecoder& d, int64_t* i, int64_t j) {
  int64_t close = j;
  if (j >= d.n && !d.final) return 0;
  if (j < d.n && d.byte(j) == '{') {
    close = j + 1;
    while (close < d.n && d.byte(close) != '}') ++close;
    if (close >= d.n && !d.final) return 0;
  }
  if (j >= d.n || d.byte(j) != '{' || close >= d.n || close == j + 1) {
    int64_t end = j < d.n && d.byte(j) == '{' ? std::min(close, d.n) : j;
    if (close == j + 1) end = j + 1;
    return handle_decode_error(d.ctx, *i, end, "malformed \\N character escape", &d.out, i) ? 1
                                                                                            : -1;
  }
  int64_t code = unicode_code_of_name(d.ctx.data.substr(j + 1, close - j - 1));
  if (code < 0) {
    return handle_decode_error(d.ctx, *i, close + 1, "unknown Unicode character name", &d.out, i)
               ? 1
               : -1;
  }
  d.out.push_back(static_cast<uint32_t>(code));
  *i = close + 1;
  return 1;
}

// One unicode_escape escape at *i (a backslash).
int unicode_escape_step(EscapeDecoder& d, int64_t* i) {
  int64_t j = *i + 1;
  if (j >= d.n) {
    if (!d.final) return 0;
    return handle_decode_error(d.ctx, *i, d.n, "\\ at end of string", &d.out, i) ? 1 : -1;
  }
  unsigned char c = d.byte(j);
  int simple = simple_escape(c);
  if (c == '\n') {
    *i = j + 1;
  } else if (simple >= 0) {
    d.out.push_back(static_cast<uint32_t>(simple));
    *i = j + 1;
  } else if (c >= '0' && c <= '7') {
    uint32_t value = 0;
    int64_t k = j;
    for (; k < d.n && k < j + 3 && d.byte(k) >= '0' && d.byte(k) <= '7'; ++k) {
      value = value * 8 + (d.byte(k) - '0');
    }
    if (value > 0377 && d.first_invalid.empty()) {
      d.first_invalid = invalid_escape_message(d.ctx.data.substr(j, 3), true);
    }
    d.out.push_back(value);
    *i = k;
  } else if (c == 'x' || c == 'u' || c == 'U') {
    return hex_escape(d, i, j + 1, c == 'x' ? 2 : c == 'u' ? 4 : 8);
  } else if (c == 'N') {
    return name_escape(d, i, j + 1);
  } else {
    if (d.first_invalid.empty()) {
      d.first_invalid = invalid_escape_message(d.ctx.data.substr(j, 1), false);
    }
    d.out.push_back('\\');
    d.out.push_back(c);
    *i = j + 1;
  }
  return 1;
}

// One raw_unicode_escape backslash at *i: only \u and \U after an odd run of
// backslashes are escapes.
int raw_escape_step(EscapeDecoder& d, int64_t* i) {
  int64_t j = *i;
  while (j < d.n && d.byte(j) == '\\') ++j;
  int64_t run = j - *i;
  for (int64_t k = 0; k + 1 < run; ++k) d.out.push_back('\\');
  *i = j - 1;  // the last backslash of the run
  if (run % 2 == 0) {
    d.out.push_back('\\');
    *i = j;
    return 1;
  }
  if (j >= d.n) {
    if (!d.final) return 0;
    d.out.push_back('\\');
    *i = j;
    return 1;
  }
  unsigned char c = d.byte(j);
  if (c != 'u' && c != 'U') {
    d.out.push_back('\\');
    *i = j;
    return 1;
  }
  return hex_escape(d, i, j + 1, c == 'u' ? 4 : 8);
}

// Looks `key` up in a charmap mapping: the item, or null with no exception
// when the mapping has none (LookupError), or null with an exception.
Value mapping_get(VM& vm, Value mapping, uint32_t key) {
  Value item = get_item(vm, mapping, int_from_int64(vm, key));
  if (item.is_null() && exception_matches(vm, vm.types().lookup_error)) vm.clear_exception();
  return item;
}

// Appends the charmap decoding of byte `b`; 1 decoded, 0 undefined, -1 error.
int charmap_decode_byte(VM& vm, Value mapping, unsigned char b, std::vector<uint32_t>* out) {
  if (is_str(vm, mapping)) {
    auto* table = mapping.as<Str>();
    if (b >= table->length || table->at(b) == 0xFFFE) return 0;
    out->push_back(table->at(b));
    return 1;
  }
  Value item = mapping_get(vm, mapping, b);
  if (item.is_null()) return vm.has_exception() ? -1 : 0;
  if (item == vm.none()) return 0;
  if (is_int(vm, item)) {
    int64_t v = -1;
    if (!int_to_int64(vm, item, &v)) vm.clear_exception();
    if (v < 0 || v > 0x10FFFF) {
      raise_type_error(vm, "character mapping must be in range(0x110000)");
      return -1;
    }
    out->push_back(static_cast<uint32_t>(v));
    return 1;
  }
  if (is_str(vm, item)) {
    auto* s = item.as<Str>();
    if (s->length == 1 && s->at(0) == 0xFFFE) return 0;
    for (int64_t k = 0; k < s->length; ++k) out->push_back(s->at(k));
    return 1;
  }
  raise_type_error(vm, "character mapping must return integer, None or str");
  return -1;
}

// Appends the charmap encoding of `c`; 1 encoded, 0 unmapped, -1 error.
int charmap_encode_char(VM& vm, Value mapping, uint32_t c, std::string* out) {
  Value item = mapping_get(vm, mapping, c);
  if (item.is_null()) return vm.has_exception() ? -1 : 0;
  if (item == vm.none()) return 0;
  if (is_int(vm, item)) {
    int64_t v = -1;
    if (!int_to_int64(vm, item, &v)) vm.clear_exception();
    if (v < 0 || v > 255) {
      raise_type_error(vm, "character mapping must be in range(256)");
      return -1;
    }
    out->push_back(static_cast<char>(v));
    return 1;
  }
  if (is_bytes(vm, item)) {
    *out += item.as<Bytes>()->view();
    return 1;
  }
  raise_type_error(
      vm, "character mapping must return integer, bytes or None, not " + type_name(vm, item));
  return -1;
}

}  // namespace

Value escape_encode_native(VM& vm, NativeCodec codec, Str* s, std::string_view) {
  std::string out;
  bool raw = codec == NativeCodec::kRawUnicodeEscape;
  for (int64_t i = 0; i < s->length; ++i) {
    uint32_t c = s->at(i);
    if (c >= 0x10000) {
      append_hex(&out, "\\U%08x", c);
    } else if (c >= 0x100 || (!raw && c >= 0x7F)) {
      append_hex(&out, c >= 0x100 ? "\\u%04x" : "\\x%02x", c);
    } else if (raw) {
      out.push_back(static_cast<char>(c));
    } else if (c == '\\') {
      out += "\\\\";
    } else if (c == '\t' || c == '\n' || c == '\r') {
      out += c == '\t' ? "\\t" : c == '\n' ? "\\n" : "\\r";
    } else if (c < ' ') {
      append_hex(&out, "\\x%02x", c);
    } else {
      out.push_back(static_cast<char>(c));
    }
  }
  return Value::from_object(bytes_new(vm, out));
}

Value escape_decode_native(CodecErrorContext& ctx, bool final, int64_t* consumed) {
  EscapeDecoder d{ctx,
                  {},
                  static_cast<int64_t>(ctx.data.size()),
                  final,
                  ctx.codec == NativeCodec::kRawUnicodeEscape,
                  {}};
  int64_t i = 0;
  while (i < d.n) {
    if (d.byte(i) != '\\') {
      d.out.push_back(d.byte(i++));
      continue;
    }
    int step = d.raw ? raw_escape_step(d, &i) : unicode_escape_step(d, &i);
    if (step < 0) return Value::null();
    if (step == 0) break;
  }
  *consumed = i < d.n ? i : d.n;
  if (!warn_invalid_escape(ctx.vm, d.first_invalid)) return Value::null();
  return Value::from_object(
      str_from_codepoints(ctx.vm, d.out.data(), static_cast<int64_t>(d.out.size())));
}

Value bytes_escape_decode(VM& vm, std::string_view data, std::string_view errors) {
  std::string out;
  std::string first_invalid;
  auto byte = [&](size_t k) { return static_cast<unsigned char>(data[k]); };
  for (size_t i = 0; i < data.size();) {
    if (byte(i) != '\\') {
      out.push_back(data[i++]);
      continue;
    }
    size_t j = i + 1;
    if (j >= data.size()) return raise_value_error(vm, "Trailing \\ in string");
    unsigned char c = byte(j);
    int simple = simple_escape(c);
    if (c == '\n') {
      i = j + 1;
    } else if (simple >= 0) {
      out.push_back(static_cast<char>(simple));
      i = j + 1;
    } else if (c >= '0' && c <= '7') {
      unsigned value = 0;
      size_t k = j;
      for (; k < data.size() && k < j + 3 && byte(k) >= '0' && byte(k) <= '7'; ++k) {
        value = value * 8 + (byte(k) - '0');
      }
      if (value > 0377 && first_invalid.empty()) {
        first_invalid = invalid_escape_message(data.substr(j, 3), true);
      }
      out.push_back(static_cast<char>(value & 0xFF));
      i = k;
    } else if (c == 'x') {
      int hi = j + 1 < data.size() ? hex_value(byte(j + 1)) : -1;
      int lo = j + 2 < data.size() ? hex_value(byte(j + 2)) : -1;
      if (hi >= 0 && lo >= 0) {
        out.push_back(static_cast<char>(hi * 16 + lo));
        i = j + 3;
        continue;
      }
      if (errors == "strict" || errors.empty()) {
        return raise_value_error(vm, "invalid \\x escape at position " + std::to_string(i));
      }
      if (errors == "replace") {
        out.push_back('?');
      } else if (errors != "ignore") {
        return raise_value_error(
            vm, "decoding error; unknown error handling code: " + std::string(errors));
      }
      i = j + 1 + (hi >= 0 ? 1 : 0);
    } else {
      if (first_invalid.empty()) first_invalid = invalid_escape_message(data.substr(j, 1), false);
      out.push_back('\\');
      out.push_back(static_cast<char>(c));
      i = j + 1;
    }
  }
  if (!warn_invalid_escape(vm, first_invalid)) return Value::null();
  return Value::from_object(bytes_new(vm, out));
}

std::string bytes_escape_encode(std::string_view data) {
  std::string out;
  for (char ch : data) {
    auto c = static_cast<unsigned char>(ch);
    if (c == '\\' || c == '\'') {
      out.push_back('\\');
      out.push_back(static_cast<char>(c));
    } else if (c == '\t' || c == '\n' || c == '\r') {
      out += c == '\t' ? "\\t" : c == '\n' ? "\\n" : "\\r";
    } else if (c < ' ' || c >= 0x7F) {
      append_hex(&out, "\\x%02x", c);
    } else {
      out.push_back(static_cast<char>(c));
    }
  }
  return out;
}

Value charmap_decode(VM& vm, Value source, std::string_view data, std::string_view errors,
                     Value mapping) {
  int64_t consumed = 0;
  if (mapping.is_null() || mapping == vm.none()) {
    return native_decode(vm, NativeCodec::kLatin1, source, data, errors, true, &consumed);
  }
  CodecErrorContext ctx{vm, NativeCodec::kCharmap, "charmap", errors, source, data};
  std::vector<uint32_t> out;
  auto n = static_cast<int64_t>(data.size());
  for (int64_t i = 0; i < n;) {
    int r = charmap_decode_byte(vm, mapping, static_cast<unsigned char>(data[i]), &out);
    if (r < 0) return Value::null();
    if (r > 0) {
      ++i;
    } else if (!handle_decode_error(ctx, i, i + 1, "character maps to <undefined>", &out, &i)) {
      return Value::null();
    }
  }
  return Value::from_object(str_from_codepoints(vm, out.data(), static_cast<int64_t>(out.size())));
}

Value charmap_encode(VM& vm, Value s, std::string_view errors, Value mapping) {
  if (mapping.is_null() || mapping == vm.none()) {
    return native_encode(vm, NativeCodec::kLatin1, s, errors);
  }
  CodecErrorContext ctx{vm, NativeCodec::kCharmap, "charmap", errors, s, {}};
  auto* str = s.as<Str>();
  std::string out;
  const char* reason = "character maps to <undefined>";
  for (int64_t i = 0; i < str->length;) {
    int r = charmap_encode_char(vm, mapping, str->at(i), &out);
    if (r < 0) return Value::null();
    if (r > 0) {
      ++i;
      continue;
    }
    int64_t end = i + 1;
    std::string probe;
    for (; end < str->length; ++end) {
      int rr = charmap_encode_char(vm, mapping, str->at(end), &probe);
      if (rr < 0) return Value::null();
      if (rr > 0) break;
    }
    EncodeReplacement rep;
    if (!handle_encode_error(ctx, i, end, reason, &rep)) return Value::null();
    if (rep.is_bytes) out += rep.bytes;
    for (uint32_t c : rep.chars) {
      int rr = charmap_encode_char(vm, mapping, c, &out);
      if (rr < 0) return Value::null();
      if (rr == 0) return raise_encode_error(ctx, i, end, reason);
    }
    i = rep.next;
  }
  return Value::from_object(bytes_new(vm, out));
}

}  // namespace pyvm::runtime
