// str_format: printf-style `str % args` and str.format / str.format_map.
//
// Both walk the format string once, appending literal text and formatted
// values to a StrBuilder (which holds code points only, so the values it has
// consumed need no rooting). Values being formatted live in C++ locals or in
// the caller's argument array, both of which the collector scans.
#include "runtime/str_format.h"

#include <cctype>
#include <charconv>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "runtime/builtins.h"
#include "runtime/bytes.h"
#include "runtime/bytes_like.h"
#include "runtime/dict.h"
#include "runtime/exceptions.h"
#include "runtime/float.h"
#include "runtime/format.h"
#include "runtime/function.h"
#include "runtime/int.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "vm/vm.h"

namespace pyvm::runtime {

namespace {

// ---------------------------------------------------------------------------
// printf-style formatting
// ---------------------------------------------------------------------------

enum PercentFlags : unsigned {
  kLeft = 1u << 0,   // '-'
  kSign = 1u << 1,   // '+'
  kBlank = 1u << 2,  // ' '
  kAlt = 1u << 3,    // '#'
  kZero = 1u << 4,   // '0'
};

// One conversion specifier: %[(key)][flags][width][.precision][length]type.
struct PercentSpec {
  unsigned flags = 0;
  int64_t width = -1;
  int64_t precision = -1;
  uint32_t type = 0;
};

// Walks the format string and hands out the arguments.
struct PercentState {
  Str* format = nullptr;
  int64_t pos = 0;
  Value args;
  Value mapping;        // null unless args is a mapping
  int64_t arg_len = 0;  // -1: a single non-tuple argument
  int64_t arg_index = 0;
  bool bytes_mode = false;  // bytes % args: the format is Latin-1, %s takes bytes
};

bool has_method(VM& vm, Value v, const char* name) {
  return !type_lookup(vm, type_of(vm, v), vm.intern(name)).is_null();
}

bool is_mapping(VM& vm, Value v) {
  if (v.is_small_int()) return false;  // the common "%d" % n: no MRO walk
  Type* t = v.object()->type;
  if (t == vm.types().int_ || t == vm.types().float_) return false;
  if (is_tuple(vm, v) || is_str(vm, v)) return false;
  return type_of(vm, v)->getitem != nullptr || has_method(vm, v, "__getitem__");
}

// The next positional argument, or null with TypeError pending.
Value next_arg(VM& vm, PercentState* st) {
  if (st->arg_len < 0) {
    if (st->arg_index == 0) {
      st->arg_index = 1;
      return st->args;
    }
  } else if (st->arg_index < st->arg_len) {
    return st->args.as<Tuple>()->at(st->arg_index++);
  }
  return raise_type_error(vm, "not enough arguments for format string");
}

bool is_digit(uint32_t c) { return c >= '0' && c <= '9'; }

// read_count leaves its output alone when there is no count.
constexpr int64_t kAbsent = INT64_MIN;

// Reads `*` (taking an int argument) or a decimal number; `out` is left
// unchanged if neither is present. Returns false with an exception pending.
bool read_count(VM& vm, PercentState* st, int64_t* out, const char* too_big) {
  Str* f = st->format;
  if (st->pos < f->length && f->at(st->pos) == '*') {
    ++st->pos;
    Value v = next_arg(vm, st);
    if (v.is_null()) return false;
    if (!is_int(vm, v)) {
      raise_type_error(vm, "* wants int");
      return false;
    }
    if (!int_to_int64(vm, v, out) || *out > INT32_MAX || *out < -INT32_MAX) {
      raise_overflow_error(vm, "Python int too large to convert to C int");
      return false;
    }
    return true;
  }
  if (st->pos >= f->length || !is_digit(f->at(st->pos))) return true;
  int64_t n = 0;
  while (st->pos < f->length && is_digit(f->at(st->pos))) {
    n = n * 10 + (f->at(st->pos++) - '0');
    if (n > INT32_MAX) {
      raise_value_error(vm, too_big);
      return false;
    }
  }
  *out = n;
  return true;
}

// Parses "(key)" after '%' and replaces the argument source with the value.
bool read_mapping_key(VM& vm, PercentState* st) {
  Str* f = st->format;
  if (st->mapping.is_null()) {
    raise_type_error(vm, "format requires a mapping");
    return false;
  }
  int64_t start = ++st->pos;
  int depth = 1;
  while (st->pos < f->length) {
    uint32_t c = f->at(st->pos);
    if (c == ')' && --depth == 0) break;
    if (c == '(') ++depth;
    ++st->pos;
  }
  if (depth > 0) {
    raise_value_error(vm, "incomplete format key");
    return false;
  }
  Value key = Value::from_object(str_substring(vm, f, start, st->pos));
  if (st->bytes_mode) key = str_encode(vm, key.as<Str>(), "latin-1", "strict");
  ++st->pos;
  Value v = get_item(vm, st->mapping, key);
  if (v.is_null()) return false;
  st->args = v;
  st->arg_len = -1;
  st->arg_index = 0;
  return true;
}

unsigned flag_of(uint32_t c) {
  switch (c) {
    case '-':
      return kLeft;
    case '+':
      return kSign;
    case ' ':
      return kBlank;
    case '#':
      return kAlt;
    case '0':
      return kZero;
    default:
      return 0;
  }
}

// Parses flags, width, precision and length modifiers; leaves pos at the type.
bool read_spec(VM& vm, PercentState* st, PercentSpec* spec) {
  Str* f = st->format;
  while (st->pos < f->length && flag_of(f->at(st->pos)) != 0)
    spec->flags |= flag_of(f->at(st->pos++));
  spec->width = kAbsent;
  if (!read_count(vm, st, &spec->width, "width too big")) return false;
  if (spec->width == kAbsent) {
    spec->width = -1;
  } else if (spec->width < 0) {
    spec->flags |= kLeft;
    spec->width = -spec->width;
  }
  if (st->pos < f->length && f->at(st->pos) == '.') {
    ++st->pos;
    spec->precision = 0;
    if (!read_count(vm, st, &spec->precision, "precision too big")) return false;
    if (spec->precision < 0) spec->precision = 0;
  }
  while (st->pos < f->length &&
         (f->at(st->pos) == 'h' || f->at(st->pos) == 'l' || f->at(st->pos) == 'L')) {
    ++st->pos;
  }
  if (st->pos >= f->length) {
    raise_value_error(vm, "incomplete format");
    return false;
  }
  spec->type = f->at(st->pos++);
  return true;
}

// Appends `body` padded to the spec's width (never zero-padded).
void emit_padded(StrBuilder* out, const PercentSpec& spec, const Str* body) {
  int64_t pad = spec.width > body->length ? spec.width - body->length : 0;
  if ((spec.flags & kLeft) == 0) out->push_repeated(' ', pad);
  out->append(body);
  if ((spec.flags & kLeft) != 0) out->push_repeated(' ', pad);
}

// Appends ASCII number text ("-12", "1.5e+00", "inf") with sign handling,
// padding and '0' padding after the sign and `prefix`.
void emit_number(StrBuilder* out, const PercentSpec& spec, std::string_view text,
                 std::string_view prefix) {
  std::string_view sign;
  if (!text.empty() && text[0] == '-') {
    sign = "-";
    text.remove_prefix(1);
  } else if ((spec.flags & kSign) != 0) {
    sign = "+";
  } else if ((spec.flags & kBlank) != 0) {
    sign = " ";
  }
  auto len = static_cast<int64_t>(sign.size() + prefix.size() + text.size());
  int64_t pad = spec.width > len ? spec.width - len : 0;
  bool left = (spec.flags & kLeft) != 0;
  bool zero = (spec.flags & kZero) != 0 && !left;
  if (!left && !zero) out->push_repeated(' ', pad);
  out->append_ascii(sign);
  out->append_ascii(prefix);
  if (zero) out->push_repeated('0', pad);
  out->append_ascii(text);
  if (left) out->push_repeated(' ', pad);
}

std::string type_char(uint32_t c) {
  std::string s;
  s.push_back(static_cast<char>(c));
  return s;
}

bool is_number_like(VM& vm, Value v) {
  Type* t = type_of(vm, v);
  return is_int(vm, v) || is_subtype(t, vm.types().float_) || is_subtype(t, vm.types().complex) ||
         has_method(vm, v, "__index__") || has_method(vm, v, "__int__") ||
         has_method(vm, v, "__float__");
}

// The int a %d/%x/%o conversion formats, or null with TypeError pending.
Value integer_arg(VM& vm, Value v, uint32_t type) {
  if (is_int(vm, v)) return v;
  bool index_only = type == 'o' || type == 'x' || type == 'X';
  std::string wrong = "%" + type_char(type) +
                      (index_only ? " format: an integer is required, not "
                                  : " format: a real number is required, not ") +
                      type_name(vm, v);
  if (!is_number_like(vm, v)) return raise_type_error(vm, wrong);
  if (index_only) {
    if (!has_method(vm, v, "__index__")) return raise_type_error(vm, wrong);
    Value method = get_attr(vm, v, vm.intern("__index__"));
    if (method.is_null()) return method;
    return call_positional(vm, method, nullptr, 0);
  }
  if (is_subtype(type_of(vm, v), vm.types().complex)) return raise_type_error(vm, wrong);
  Value int_type = Value::from_object(vm.types().int_);
  return call_positional(vm, int_type, &v, 1);
}

// %d/%i/%u/%x/%X/%o of a small int without precision: the digits in a
// stack buffer (no std::string).
void format_small_integer(StrBuilder* out, const PercentSpec& spec, int64_t v) {
  char buf[72];
  int base = spec.type == 'o' ? 8 : (spec.type == 'x' || spec.type == 'X') ? 16 : 10;
  auto res = std::to_chars(buf, buf + sizeof buf, v, base);
  if (spec.type == 'X') {
    for (char* c = buf; c != res.ptr; ++c) {
      *c = static_cast<char>(std::toupper(static_cast<unsigned char>(*c)));
    }
  }
  const char* prefix = "";
  if ((spec.flags & kAlt) != 0 && spec.type != 'd' && spec.type != 'i' && spec.type != 'u') {
    prefix = spec.type == 'o' ? "0o" : spec.type == 'x' ? "0x" : "0X";
  }
  emit_number(out, spec, std::string_view(buf, static_cast<size_t>(res.ptr - buf)), prefix);
}

bool format_integer(VM& vm, StrBuilder* out, const PercentSpec& spec, Value arg) {
  if (arg.is_small_int() && spec.precision < 0) {
    format_small_integer(out, spec, arg.small_int());
    return true;
  }
  Value v = integer_arg(vm, arg, spec.type);
  if (v.is_null()) return false;
  std::string digits;
  if (v.is_small_int()) {
    char buf[72];
    int base = spec.type == 'o' ? 8 : (spec.type == 'x' || spec.type == 'X') ? 16 : 10;
    auto res = std::to_chars(buf, buf + sizeof buf, v.small_int(), base);
    digits.assign(buf, static_cast<size_t>(res.ptr - buf));
  } else if (spec.type == 'o' || spec.type == 'x' || spec.type == 'X') {
    digits = int_to_base_string(vm, v, spec.type == 'o' ? 8 : 16, false);
  } else {
    Value text = int_to_str(vm, v);
    if (text.is_null()) return false;
    digits = str_to_utf8(text.as<Str>());
  }
  bool negative = digits[0] == '-';
  if (negative) digits.erase(0, 1);
  if (spec.type == 'X') {
    for (char& c : digits) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  }
  if (spec.precision > static_cast<int64_t>(digits.size())) {
    digits.insert(0, static_cast<size_t>(spec.precision) - digits.size(), '0');
  }
  const char* prefix = "";
  if ((spec.flags & kAlt) != 0 && spec.type != 'd' && spec.type != 'i' && spec.type != 'u') {
    prefix = spec.type == 'o' ? "0o" : spec.type == 'x' ? "0x" : "0X";
  }
  if (negative) digits.insert(0, 1, '-');
  emit_number(out, spec, digits, prefix);
  return true;
}

bool float_arg(VM& vm, Value v, double* out) {
  if (is_int(vm, v) || is_subtype(type_of(vm, v), vm.types().float_)) {
    return number_to_double(vm, v, out);
  }
  if (!has_method(vm, v, "__float__") && !has_method(vm, v, "__index__")) {
    raise_type_error(vm, "must be real number, not " + type_name(vm, v));
    return false;
  }
  Value float_type = Value::from_object(vm.types().float_);
  Value f = call_positional(vm, float_type, &v, 1);
  if (f.is_null()) return false;
  *out = float_value(f);
  return true;
}

bool format_floating(VM& vm, StrBuilder* out, const PercentSpec& spec, Value arg) {
  double d;
  if (!float_arg(vm, arg, &d)) return false;
  int precision = spec.precision < 0 ? 6 : static_cast<int>(spec.precision);
  char mode = static_cast<char>(spec.type | 0x20);
  unsigned flags = (spec.flags & kAlt) != 0 ? static_cast<unsigned>(kFloatAlt) : 0u;
  char buf[kFloatCharsBuffer];
  std::string slow;
  int n = float_to_chars(d, mode, precision, flags, buf);
  char* text = buf;
  if (n < 0) {
    slow = float_to_string(d, mode, precision, flags);
    text = slow.data();
    n = static_cast<int>(slow.size());
  }
  if (spec.type == 'E' || spec.type == 'F' || spec.type == 'G') {
    for (int i = 0; i < n; ++i) {
      text[i] = static_cast<char>(std::toupper(static_cast<unsigned char>(text[i])));
    }
  }
  emit_number(out, spec, std::string_view(text, static_cast<size_t>(n)), "");
  return true;
}

bool format_char(VM& vm, StrBuilder* out, const PercentSpec& spec, Value arg) {
  uint32_t code;
  if (is_str(vm, arg) && arg.as<Str>()->length == 1) {
    code = arg.as<Str>()->at(0);
  } else if (is_int(vm, arg)) {
    int64_t n;
    if (!int_to_int64(vm, arg, &n) || n < 0 || n >= 0x110000) {
      raise_overflow_error(vm, "%c arg not in range(0x110000)");
      return false;
    }
    code = static_cast<uint32_t>(n);
  } else {
    raise_type_error(vm, "%c requires int or char");
    return false;
  }
  emit_padded(out, spec, str_from_char(vm, code));
  return true;
}

bool format_text(VM& vm, StrBuilder* out, const PercentSpec& spec, Value arg) {
  Value text = spec.type == 's' ? str(vm, arg) : spec.type == 'r' ? repr(vm, arg) : ascii(vm, arg);
  if (text.is_null()) return false;
  Str* s = text.as<Str>();
  if (spec.precision >= 0 && spec.precision < s->length) {
    s = str_substring(vm, s, 0, spec.precision);
  }
  emit_padded(out, spec, s);
  return true;
}

// bytes %s / %b: a bytes-like argument or one with __bytes__, as Latin-1.
bool format_bytes_text(VM& vm, StrBuilder* out, const PercentSpec& spec, Value arg) {
  std::string storage;
  std::string_view data;
  Value converted;
  if (!bytes_like_view(vm, arg, &storage, &data)) {
    if (vm.has_exception()) return false;
    Value method = type_lookup(vm, type_of(vm, arg), vm.intern("__bytes__"));
    if (method.is_null()) {
      raise_type_error(vm,
                       "%b requires a bytes-like object, or an object that implements "
                       "__bytes__, not '" +
                           type_name(vm, arg) + "'");
      return false;
    }
    converted = call_positional(vm, method, &arg, 1);
    if (converted.is_null()) return false;
    if (!is_bytes(vm, converted)) {
      raise_type_error(vm, "__bytes__ returned non-bytes (type " + type_name(vm, converted) + ")");
      return false;
    }
    data = converted.as<Bytes>()->view();
  }
  if (spec.precision >= 0 && spec.precision < static_cast<int64_t>(data.size())) {
    data = data.substr(0, static_cast<size_t>(spec.precision));
  }
  emit_padded(out, spec, str_from_latin1(vm, data));
  return true;
}

// bytes %c: an int in range(256) or a single byte.
bool format_byte_char(VM& vm, StrBuilder* out, const PercentSpec& spec, Value arg) {
  int64_t code = -1;
  std::string storage;
  std::string_view data;
  if (is_int(vm, arg)) {
    if (!int_to_int64(vm, arg, &code) || code < 0 || code > 255) {
      raise_overflow_error(vm, "%c arg not in range(256)");
      return false;
    }
  } else if (bytes_like_view(vm, arg, &storage, &data) && data.size() == 1) {
    code = static_cast<unsigned char>(data[0]);
  } else {
    if (!vm.has_exception()) {
      raise_type_error(vm, "%c requires an integer in range(256) or a single byte");
    }
    return false;
  }
  emit_padded(out, spec, str_from_char(vm, static_cast<uint32_t>(code)));
  return true;
}

bool raise_unsupported_char(VM& vm, uint32_t c, int64_t index) {
  char buffer[96];
  char shown = (c >= 32 && c <= 126) ? static_cast<char>(c) : '?';
  std::snprintf(buffer, sizeof(buffer), "unsupported format character '%c' (0x%x) at index %lld",
                shown, c, static_cast<long long>(index));
  raise_value_error(vm, buffer);
  return false;
}

// Handles one conversion; pos is just past the '%'.
bool format_one(VM& vm, PercentState* st, StrBuilder* out) {
  Str* f = st->format;
  if (st->pos < f->length && f->at(st->pos) == '%') {
    ++st->pos;
    out->push('%');
    return true;
  }
  if (st->pos < f->length && f->at(st->pos) == '(' && !read_mapping_key(vm, st)) return false;
  PercentSpec spec;
  if (!read_spec(vm, st, &spec)) return false;
  Value arg = next_arg(vm, st);
  if (arg.is_null()) return false;
  if (st->bytes_mode) {
    if (spec.type == 's' || spec.type == 'b') return format_bytes_text(vm, out, spec, arg);
    if (spec.type == 'r') spec.type = 'a';
    if (spec.type == 'c') return format_byte_char(vm, out, spec, arg);
  }
  switch (spec.type) {
    case 's':
    case 'r':
    case 'a':
      return format_text(vm, out, spec, arg);
    case 'd':
    case 'i':
    case 'u':
    case 'o':
    case 'x':
    case 'X':
      return format_integer(vm, out, spec, arg);
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
      return format_floating(vm, out, spec, arg);
    case 'c':
      return format_char(vm, out, spec, arg);
    default:
      return raise_unsupported_char(vm, spec.type, st->pos - 1);
  }
}

// ---------------------------------------------------------------------------
// str.format / str.format_map
// ---------------------------------------------------------------------------

enum class Numbering { kNone, kAuto, kManual };

// The arguments of one format call and the numbering state shared by nested
// replacement fields.
struct FormatContext {
  const Value* positional = nullptr;  // null for format_map
  int64_t npos = 0;
  const Value* kw_values = nullptr;  // format: keyword values, in kwnames order
  Tuple* kwnames = nullptr;
  Value mapping;  // format_map's argument, or null
  Numbering numbering = Numbering::kNone;
  int64_t next_auto = 0;
};

// A [start, end) slice of the format string.
struct Span {
  int64_t start;
  int64_t end;
};

// Parses decimal digits of s[span]; -1 when empty or not all digits.
bool span_integer(VM& vm, Str* s, Span span, int64_t* out) {
  *out = -1;
  if (span.start >= span.end) return true;
  int64_t n = 0;
  for (int64_t i = span.start; i < span.end; ++i) {
    uint32_t c = s->at(i);
    if (!is_digit(c)) return true;
    if (n > (INT64_MAX - 9) / 10) {
      raise_value_error(vm, "Too many decimal digits in format string");
      return false;
    }
    n = n * 10 + (c - '0');
  }
  *out = n;
  return true;
}

bool check_numbering(VM& vm, FormatContext* ctx, Numbering wanted) {
  if (ctx->numbering == Numbering::kNone) ctx->numbering = wanted;
  if (ctx->numbering == wanted) return true;
  raise_value_error(vm, wanted == Numbering::kAuto
                            ? "cannot switch from manual field specification to automatic "
                              "field numbering"
                            : "cannot switch from automatic field numbering to manual field "
                              "specification");
  return false;
}

Value lookup_keyword(VM& vm, FormatContext* ctx, Str* key) {
  if (!ctx->mapping.is_null()) return get_item(vm, ctx->mapping, Value::from_object(key));
  if (ctx->kwnames != nullptr) {
    for (int64_t i = 0; i < ctx->kwnames->length; ++i) {
      if (str_equal(ctx->kwnames->at(i).as<Str>(), key)) return ctx->kw_values[i];
    }
  }
  return raise_key_error(vm, Value::from_object(key));
}

Value lookup_positional(VM& vm, FormatContext* ctx, int64_t index) {
  if (ctx->positional == nullptr && !ctx->mapping.is_null()) {
    return raise_value_error(vm, "Format string contains positional fields");
  }
  if (index >= ctx->npos) {
    return raise_index_error(vm, "Replacement index " + std::to_string(index) +
                                     " out of range for positional args tuple");
  }
  return ctx->positional[index];
}

// The object the first part of a field name ("", "0", "name") refers to.
Value field_first(VM& vm, FormatContext* ctx, Str* s, Span first) {
  int64_t index;
  if (!span_integer(vm, s, first, &index)) return Value::null();
  if (index < 0 && first.start == first.end) {
    if (!check_numbering(vm, ctx, Numbering::kAuto)) return Value::null();
    index = ctx->next_auto++;
  } else if (index >= 0 && !check_numbering(vm, ctx, Numbering::kManual)) {
    return Value::null();
  }
  if (index >= 0) return lookup_positional(vm, ctx, index);
  return lookup_keyword(vm, ctx, str_substring(vm, s, first.start, first.end));
}

Value raise_empty_attribute(VM& vm) {
  return raise_value_error(vm, "Empty attribute in format string");
}

// Applies one ".name" or "[key]" accessor starting at *i; advances *i.
Value field_accessor(VM& vm, Str* s, int64_t* i, int64_t end, Value obj) {
  uint32_t c = s->at((*i)++);
  int64_t start = *i;
  if (c == '.') {
    while (*i < end && s->at(*i) != '.' && s->at(*i) != '[') ++*i;
    if (*i == start) return raise_empty_attribute(vm);
    return get_attr(vm, obj, vm.intern(str_to_utf8(str_substring(vm, s, start, *i))));
  }
  if (c != '[') {
    return raise_value_error(vm, "Only '.' or '[' may follow ']' in format field specifier");
  }
  while (*i < end && s->at(*i) != ']') ++*i;
  if (*i >= end) return raise_value_error(vm, "Missing ']' in format string");
  Span key_span{start, (*i)++};
  if (key_span.start == key_span.end) return raise_empty_attribute(vm);
  if (*i < end && s->at(*i) != '.' && s->at(*i) != '[') {
    return raise_value_error(vm, "Only '.' or '[' may follow ']' in format field specifier");
  }
  int64_t index;
  if (!span_integer(vm, s, key_span, &index)) return Value::null();
  Value key = index >= 0 ? int_from_int64(vm, index)
                         : Value::from_object(str_substring(vm, s, key_span.start, key_span.end));
  return get_item(vm, obj, key);
}

Value resolve_field(VM& vm, FormatContext* ctx, Str* s, Span name) {
  int64_t i = name.start;
  while (i < name.end && s->at(i) != '.' && s->at(i) != '[') ++i;
  Value obj = field_first(vm, ctx, s, Span{name.start, i});
  while (!obj.is_null() && i < name.end) obj = field_accessor(vm, s, &i, name.end, obj);
  return obj;
}

// A parsed replacement field.
struct Field {
  Span name{0, 0};
  uint32_t conversion = 0;
  Span spec{0, 0};
  bool spec_nested = false;
};

// Parses a field starting just after '{'; leaves *i just past its '}'.
bool parse_field(VM& vm, Str* s, int64_t* i, Field* field) {
  int64_t n = s->length;
  field->name.start = *i;
  uint32_t c = 0;
  while (*i < n) {
    c = s->at((*i)++);
    if (c == '{') {
      raise_value_error(vm, "unexpected '{' in field name");
      return false;
    }
    if (c == '[') {
      while (*i < n && s->at(*i) != ']') ++*i;
      continue;
    }
    if (c == '}' || c == ':' || c == '!') break;
  }
  field->name.end = *i - 1;
  if (c == '}') return true;
  if (c != '!' && c != ':') {
    raise_value_error(vm, "expected '}' before end of string");
    return false;
  }
  if (c == '!') {
    if (*i >= n) {
      raise_value_error(vm, "end of string while looking for conversion specifier");
      return false;
    }
    field->conversion = s->at((*i)++);
    if (*i < n) {
      uint32_t next = s->at((*i)++);
      if (next == '}') return true;
      if (next != ':') {
        raise_value_error(vm, "expected ':' after conversion specifier");
        return false;
      }
    }
  }
  field->spec.start = *i;
  int depth = 1;
  while (*i < n) {
    c = s->at((*i)++);
    if (c == '{') {
      field->spec_nested = true;
      ++depth;
    } else if (c == '}' && --depth == 0) {
      field->spec.end = *i - 1;
      return true;
    }
  }
  raise_value_error(vm, "unmatched '{' in format spec");
  return false;
}

Value convert(VM& vm, Value obj, uint32_t conversion) {
  switch (conversion) {
    case 0:
      return obj;
    case 'r':
      return repr(vm, obj);
    case 's':
      return str(vm, obj);
    case 'a':
      return ascii(vm, obj);
    default: {
      char buffer[64];
      if (conversion > 32 && conversion < 127) {
        std::snprintf(buffer, sizeof(buffer), "Unknown conversion specifier %c",
                      static_cast<char>(conversion));
      } else {
        std::snprintf(buffer, sizeof(buffer), "Unknown conversion specifier \\x%x", conversion);
      }
      return raise_value_error(vm, buffer);
    }
  }
}

bool build_string(VM& vm, FormatContext* ctx, Str* s, Span span, int depth, StrBuilder* out);

bool render_field(VM& vm, FormatContext* ctx, Str* s, const Field& field, int depth,
                  StrBuilder* out) {
  Value obj = resolve_field(vm, ctx, s, field.name);
  if (obj.is_null()) return false;
  obj = convert(vm, obj, field.conversion);
  if (obj.is_null()) return false;
  Str* spec;
  if (field.spec_nested) {
    StrBuilder nested;
    if (!build_string(vm, ctx, s, field.spec, depth - 1, &nested)) return false;
    spec = nested.finish(vm);
  } else if (field.spec.end <= field.spec.start) {
    if (obj.is_object() && obj.object()->type == vm.types().str) {  // format(s, "") is s
      out->append(obj.as<Str>());
      return true;
    }
    spec = vm.intern("");                      // no spec: nothing to allocate
  } else if (is_exact_formattable(vm, obj)) {  // format() would not look for __format__
    Value text = format_exact_span(vm, obj, s, field.spec.start, field.spec.end);
    if (text.is_null()) return false;
    out->append(text.as<Str>());
    return true;
  } else {
    spec = str_substring(vm, s, field.spec.start, field.spec.end);
  }
  Value text = format(vm, obj, spec);
  if (text.is_null()) return false;
  out->append(text.as<Str>());
  return true;
}

bool build_string(VM& vm, FormatContext* ctx, Str* s, Span span, int depth, StrBuilder* out) {
  if (depth <= 0) {
    raise_value_error(vm, "Max string recursion exceeded");
    return false;
  }
  // Parsing works on the whole string; a nested spec is copied out first so
  // its end is the string's end.
  if (span.start != 0 || span.end != s->length) {
    s = str_substring(vm, s, span.start, span.end);
  }
  int64_t i = 0, n = s->length;
  while (i < n) {
    if (s->kind == 1) {  // copy the literal run up to the next brace at once
      const char* base = reinterpret_cast<const char*>(s->data1());
      int64_t stop = i;
      while (stop < n && base[stop] != '{' && base[stop] != '}') ++stop;
      out->append_latin1(std::string_view(base + i, static_cast<size_t>(stop - i)));
      i = stop;
      if (i >= n) break;
    }
    uint32_t c = s->at(i++);
    if (c != '{' && c != '}') {
      out->push(c);
      continue;
    }
    bool doubled = i < n && s->at(i) == c;
    if (c == '}' && !doubled) {
      raise_value_error(vm, "Single '}' encountered in format string");
      return false;
    }
    if (c == '{' && i >= n) {
      raise_value_error(vm, "Single '{' encountered in format string");
      return false;
    }
    if (doubled) {
      out->push(c);
      ++i;
      continue;
    }
    Field field;
    if (!parse_field(vm, s, &i, &field)) return false;
    if (!render_field(vm, ctx, s, field, depth, out)) return false;
  }
  return true;
}

Value run_format(VM& vm, Str* s, FormatContext* ctx) {
  StrBuilder out;
  if (!build_string(vm, ctx, s, Span{0, s->length}, 2, &out)) return Value::null();
  return Value::from_object(out.finish(vm));
}

Value check_receiver(VM& vm, Value self, const char* method) {
  if (is_str(vm, self)) return self;
  return raise_type_error(vm, std::string("descriptor '") + method +
                                  "' for 'str' objects doesn't apply to a '" + type_name(vm, self) +
                                  "' object");
}

Value str_format_method(VM& vm, CallArgs args) {
  if (check_receiver(vm, args.args[0], "format").is_null()) return Value::null();
  FormatContext ctx;
  ctx.positional = args.args + 1;
  ctx.npos = static_cast<int64_t>(args.npos) - 1;
  ctx.kwnames = args.kwnames;
  ctx.kw_values = args.args + args.npos;
  return run_format(vm, args.args[0].as<Str>(), &ctx);
}

Value str_format_map_method(VM& vm, CallArgs args) {
  if (check_receiver(vm, args.args[0], "format_map").is_null()) return Value::null();
  FormatContext ctx;
  ctx.mapping = args.args[1];
  return run_format(vm, args.args[0].as<Str>(), &ctx);
}

}  // namespace

namespace {

Value percent_format(VM& vm, Str* format, Value args, bool bytes_mode) {
  PercentState st;
  st.bytes_mode = bytes_mode;
  st.format = format;
  st.args = args;
  if (is_tuple(vm, args)) {
    st.arg_len = args.as<Tuple>()->length;
  } else {
    st.arg_len = -1;
  }
  if (is_mapping(vm, args)) st.mapping = args;
  StrBuilder out;
  int64_t n = format->length;
  while (st.pos < n) {
    if (format->kind == 1) {  // copy the literal run up to the next '%' at once
      const char* base = reinterpret_cast<const char*>(format->data1());
      const void* hit = std::memchr(base + st.pos, '%', static_cast<size_t>(n - st.pos));
      int64_t stop = hit == nullptr ? n : static_cast<const char*>(hit) - base;
      out.append_latin1(std::string_view(base + st.pos, static_cast<size_t>(stop - st.pos)));
      st.pos = stop;
      if (st.pos >= n) break;
    }
    uint32_t c = format->at(st.pos++);
    if (c != '%') {
      out.push(c);
      continue;
    }
    if (!format_one(vm, &st, &out)) return Value::null();
  }
  bool all_used = st.arg_len < 0 ? st.arg_index == 1 : st.arg_index >= st.arg_len;
  // A mapping argument may go unused: "abc" % {} is fine.
  if (!all_used && st.mapping.is_null()) {
    return raise_type_error(vm, bytes_mode
                                    ? "not all arguments converted during bytes formatting"
                                    : "not all arguments converted during string formatting");
  }
  return Value::from_object(out.finish(vm));
}

}  // namespace

Value str_percent_format(VM& vm, Str* format, Value args) {
  return percent_format(vm, format, args, false);
}

Value bytes_percent_format(VM& vm, std::string_view format, Value args) {
  Value r = percent_format(vm, str_from_latin1(vm, format), args, true);
  if (r.is_null()) return r;
  return str_encode(vm, r.as<Str>(), "latin-1", "strict");
}

void init_str_format(VM& vm) {
  Type* t = vm.types().str;
  add_method(vm, t, "format", str_format_method, 0, -1, kNativeMethod | kNativeKeywords);
  add_method(vm, t, "format_map", str_format_map_method, 1, 1, kNativeMethod);
}

}  // namespace pyvm::runtime
