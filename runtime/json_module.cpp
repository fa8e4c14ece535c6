// `_json` (see runtime/json_module.h).
#include "runtime/json_module.h"

#include <cstdio>
#include <string>
#include <vector>

#include "runtime/dict.h"
#include "runtime/exceptions.h"
#include "runtime/function.h"
#include "runtime/int.h"
#include "runtime/module.h"
#include "runtime/native_args.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "vm/import.h"
#include "vm/vm.h"

namespace pyvm::runtime {
namespace {

// Raises json.decoder.JSONDecodeError(message, doc, pos).
Value raise_json_error(VM& vm, const char* message, Value doc, int64_t pos) {
  Value names[1] = {Value::from_object(vm.intern("JSONDecodeError"))};
  Value fromlist = Value::from_object(tuple_from(vm, names, 1));
  Value module = vm::import_module(vm, vm.intern("json.decoder"), fromlist, 0, nullptr);
  if (module.is_null()) return module;
  Value cls = get_attr(vm, module, vm.intern("JSONDecodeError"));
  if (cls.is_null()) return cls;
  Value argv[3] = {Value::from_object(str_from_ascii(vm, message)), doc, int_from_int64(vm, pos)};
  Value exc = call_positional(vm, cls, argv, 3);
  if (exc.is_null()) return exc;
  return raise_value(vm, exc);
}

int hex_digit(uint32_t c) {
  if (c >= '0' && c <= '9') return static_cast<int>(c - '0');
  if (c >= 'a' && c <= 'f') return static_cast<int>(c - 'a' + 10);
  if (c >= 'A' && c <= 'F') return static_cast<int>(c - 'A' + 10);
  return -1;
}

// Four hex digits at s[at..at+4) (the caller checked they exist); -1 if
// one is not a hex digit.
int64_t read_hex4(const Str* s, int64_t at) {
  int64_t value = 0;
  for (int64_t k = at; k < at + 4; ++k) {
    int d = hex_digit(s->at(k));
    if (d < 0) return -1;
    value = value * 16 + d;
  }
  return value;
}

int simple_escape(uint32_t c) {
  switch (c) {
    case '"':
    case '\\':
    case '/':
      return static_cast<int>(c);
    case 'b':
      return '\b';
    case 'f':
      return '\f';
    case 'n':
      return '\n';
    case 'r':
      return '\r';
    case 't':
      return '\t';
    default:
      return -1;
  }
}

// A \uXXXX escape whose 'u' is at s[u]; appends the code point (joining a
// surrogate pair) and sets *end past it. False with the error raised.
bool unicode_escape(VM& vm, Value doc, const Str* s, int64_t u, std::vector<uint32_t>* out,
                    int64_t* end) {
  int64_t len = s->length;
  int64_t next = u + 1;
  *end = next + 4;
  if (*end >= len) return !raise_json_error(vm, "Invalid \\uXXXX escape", doc, next - 1).is_null();
  int64_t c = read_hex4(s, next);
  if (c < 0) return !raise_json_error(vm, "Invalid \\uXXXX escape", doc, *end - 5).is_null();
  if (c >= 0xD800 && c <= 0xDBFF && *end + 6 < len && s->at(*end) == '\\' &&
      s->at(*end + 1) == 'u') {
    *end += 6;
    int64_t c2 = read_hex4(s, *end - 4);
    if (c2 < 0) return !raise_json_error(vm, "Invalid \\uXXXX escape", doc, *end - 5).is_null();
    if (c2 >= 0xDC00 && c2 <= 0xDFFF) {
      c = 0x10000 + ((c - 0xD800) << 10) + (c2 - 0xDC00);
    } else {
      *end -= 6;
    }
  }
  out->push_back(static_cast<uint32_t>(c));
  return true;
}

}  // namespace

// The string whose opening quote precedes doc[end]; *next is the index after
// its closing quote. Null with JSONDecodeError pending.
Value json_scan_string(VM& vm, Value doc, int64_t end, bool strict, int64_t* next_out) {
  const Str* s = doc.as<Str>();
  int64_t len = s->length;
  int64_t begin = end - 1;
  std::vector<uint32_t> out;
  while (true) {
    int64_t next = end;
    uint32_t c = 0;
    for (; next < len; ++next) {
      c = s->at(next);
      if (c == '"' || c == '\\') break;
      if (c <= 0x1F && strict)
        return raise_json_error(vm, "Invalid control character at", doc, next);
      out.push_back(c);
    }
    if (next >= len) return raise_json_error(vm, "Unterminated string starting at", doc, begin);
    if (c == '"') {
      end = next + 1;
      break;
    }
    if (next + 1 == len) return raise_json_error(vm, "Unterminated string starting at", doc, begin);
    uint32_t e = s->at(next + 1);
    if (e == 'u') {
      if (!unicode_escape(vm, doc, s, next + 1, &out, &end)) return Value::null();
      continue;
    }
    end = next + 2;
    int simple = simple_escape(e);
    if (simple < 0) return raise_json_error(vm, "Invalid \\escape", doc, end - 2);
    out.push_back(static_cast<uint32_t>(simple));
  }
  *next_out = end;
  return Value::from_object(str_from_codepoints(vm, out.data(), static_cast<int64_t>(out.size())));
}

Value json_raise_error(VM& vm, const char* message, Value doc, int64_t pos) {
  return raise_json_error(vm, message, doc, pos);
}

namespace {

// scanstring(string, end, strict=True) -> (str, end after the closing quote).
Value scanstring(VM& vm, CallArgs args) {
  Value p[3];
  if (!bind_args(vm, args, ArgSpec{"scanstring", {"string", "end", "strict"}, 2, 3, 3}, p)) {
    return Value::null();
  }
  if (!is_str(vm, p[0])) {
    return raise_type_error(vm, "first argument must be a string, not " + type_name(vm, p[0]));
  }
  int64_t end = 0;
  if (!index_to_int64(vm, p[1], &end)) return Value::null();
  bool strict = true;
  if (!p[2].is_null()) {
    int t = truth(vm, p[2]);
    if (t < 0) return Value::null();
    strict = t != 0;
  }
  if (end < 0 || end > p[0].as<Str>()->length) return raise_value_error(vm, "end is out of bounds");
  int64_t next = 0;
  Value text = json_scan_string(vm, p[0], end, strict, &next);
  if (text.is_null()) return text;
  Value items[2] = {text, int_from_int64(vm, next)};
  return Value::from_object(tuple_from(vm, items, 2));
}

void append_u(std::string* out, uint32_t c) {
  char buf[8];
  std::snprintf(buf, sizeof(buf), "\\u%04x", c);
  *out += buf;
}

// The JSON string literal for `s`; `ascii` escapes everything outside
// printable ASCII, otherwise only '"', '\\' and control characters.
Value encode_basestring_common(VM& vm, Value v, bool ascii) {
  if (!is_str(vm, v)) {
    return raise_type_error(vm, "first argument must be a string, not " + type_name(vm, v));
  }
  const Str* s = v.as<Str>();
  std::vector<uint32_t> out{'"'};
  std::string esc;
  for (int64_t i = 0; i < s->length; ++i) {
    uint32_t c = s->at(i);
    esc.clear();
    if (c == '"' || c == '\\') {
      esc = std::string("\\") + static_cast<char>(c);
    } else if (c == '\n' || c == '\r' || c == '\t' || c == '\b' || c == '\f') {
      esc = c == '\n' ? "\\n" : c == '\r' ? "\\r" : c == '\t' ? "\\t" : c == '\b' ? "\\b" : "\\f";
    } else if (c < 0x20 || (ascii && c >= 0x7F && c < 0x10000)) {
      append_u(&esc, c);
    } else if (ascii && c >= 0x10000) {
      append_u(&esc, 0xD800 + ((c - 0x10000) >> 10));
      append_u(&esc, 0xDC00 + ((c - 0x10000) & 0x3FF));
    } else {
      out.push_back(c);
      continue;
    }
    for (char ch : esc) out.push_back(static_cast<unsigned char>(ch));
  }
  out.push_back('"');
  return Value::from_object(str_from_codepoints(vm, out.data(), static_cast<int64_t>(out.size())));
}

Value encode_basestring_ascii(VM& vm, CallArgs args) {
  return encode_basestring_common(vm, args.args[0], true);
}

Value encode_basestring(VM& vm, CallArgs args) {
  return encode_basestring_common(vm, args.args[0], false);
}

}  // namespace

Value json_encode_basestring(VM& vm, Value s, bool ascii) {
  return encode_basestring_common(vm, s, ascii);
}

void add_json_encoder(VM& vm, Module* module);  // runtime/json_encoder.cpp
void add_json_scanner(VM& vm, Module* module);  // runtime/json_scanner.cpp

Value create_json_module(VM& vm) {
  Module* m = module_new(vm, vm.intern("_json"));
  dict_set_str(vm, vm.modules(), m->name, Value::from_object(m));
  struct Spec {
    const char* name;
    NativeFn fn;
    int min, max;
    uint32_t flags;
  } const kFunctions[] = {
      {"scanstring", scanstring, 0, -1, kNativeKeywords},
      {"encode_basestring_ascii", encode_basestring_ascii, 1, 1, 0},
      {"encode_basestring", encode_basestring, 1, 1, 0},
  };
  for (const Spec& f : kFunctions) {
    NativeFunction* fn = native_function_new(vm, f.name, f.fn, f.min, f.max, f.flags);
    dict_set_str(vm, m->dict, fn->name, Value::from_object(fn));
  }
  add_json_encoder(vm, m);
  add_json_scanner(vm, m);
  return Value::from_object(m);
}

}  // namespace pyvm::runtime
