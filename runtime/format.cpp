// format: parses format specs and lays out ints, floats, complexes and strs
// the way CPython 3.11's format() does (fill/align, sign, z, #, 0, width,
// grouping, precision, type), with its error messages.
#include "runtime/format.h"

#include <gmp.h>

#include <charconv>
#include <cmath>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "runtime/complex.h"
#include "runtime/exceptions.h"
#include "runtime/float.h"
#include "runtime/int.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "vm/vm.h"

namespace pyvm::runtime {

namespace {

struct Spec {
  uint32_t fill = ' ';
  char align = 0;  // 0: the type's default
  char sign = 0;   // 0, '+', '-', ' '
  bool no_neg_zero = false;
  bool alt = false;
  bool fill_specified = false;
  int64_t width = -1;
  char grouping = 0;  // 0, ',', '_'
  int64_t precision = -1;
  uint32_t type = 0;  // 0: none
};

void append_utf8(std::string* out, uint32_t cp) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

// A format spec: `length` code points of `s` from `start` (a whole spec str,
// or a field's spec inside a str.format format string, read in place).
struct SpecText {
  const Str* s;
  int64_t start;
  int64_t length;
  uint32_t at(int64_t i) const { return s->at(start + i); }
};

SpecText whole(const Str* spec) { return SpecText{spec, 0, spec->length}; }

bool is_align(uint32_t c) { return c == '<' || c == '>' || c == '=' || c == '^'; }
bool is_digit(uint32_t c) { return c >= '0' && c <= '9'; }

// Reads a run of decimal digits; -2 when there are too many, -1 when none.
int64_t read_number(const SpecText& s, int64_t* i) {
  int64_t n = 0;
  int64_t start = *i;
  while (*i < s.length && is_digit(s.at(*i))) {
    if (n > (INT64_MAX - 9) / 10) return -2;
    n = n * 10 + (s.at(*i) - '0');
    ++*i;
  }
  return *i == start ? -1 : n;
}

bool grouping_allowed(char grouping, uint32_t type) {
  switch (type) {
    case 0:
    case 'd':
    case 'e':
    case 'f':
    case 'g':
    case 'E':
    case 'F':
    case 'G':
    case '%':
      return true;
    case 'b':
    case 'o':
    case 'x':
    case 'X':
      return grouping == '_';
    default:
      return false;
  }
}

std::string type_char_text(uint32_t type) {
  std::string out;
  append_utf8(&out, type);
  return out;
}

bool raise_both_separators(VM& vm) {
  raise_value_error(vm, "Cannot specify both ',' and '_'.");
  return false;
}

// Parses `spec`; `default_align` is '>' for numbers and '<' for str;
// `default_type` names the type in grouping errors ('d', 's', or 0).
bool parse_spec_text(VM& vm, const SpecText& spec, const char* type_name, char default_align,
                     uint32_t default_type, Spec* out) {
  int64_t i = 0, n = spec.length;
  bool align_specified = false;
  if (n >= 2 && is_align(spec.at(1))) {
    out->fill = spec.at(0);
    out->align = static_cast<char>(spec.at(1));
    out->fill_specified = align_specified = true;
    i = 2;
  } else if (n >= 1 && is_align(spec.at(0))) {
    out->align = static_cast<char>(spec.at(0));
    align_specified = true;
    i = 1;
  }
  if (i < n && (spec.at(i) == '+' || spec.at(i) == '-' || spec.at(i) == ' ')) {
    out->sign = static_cast<char>(spec.at(i++));
  }
  if (i < n && spec.at(i) == 'z') {
    out->no_neg_zero = true;
    ++i;
  }
  if (i < n && spec.at(i) == '#') {
    out->alt = true;
    ++i;
  }
  if (i < n && spec.at(i) == '0' && !out->fill_specified) {
    out->fill = '0';
    out->fill_specified = true;
    if (!align_specified && default_align == '>') out->align = '=';
    ++i;
  }
  out->width = read_number(spec, &i);
  if (out->width == -2) {
    raise_value_error(vm, "Too many decimal digits in format string");
    return false;
  }
  // ',' then '_', or '_' then ',', is an error; a second ',' (or '_') is
  // left for the type, which the grouping check then rejects.
  if (i < n && spec.at(i) == ',') {
    out->grouping = ',';
    ++i;
  }
  if (i < n && spec.at(i) == '_') {
    if (out->grouping != 0) return raise_both_separators(vm);
    out->grouping = '_';
    ++i;
  }
  if (i < n && spec.at(i) == ',' && out->grouping == '_') return raise_both_separators(vm);
  if (i < n && spec.at(i) == '.') {
    ++i;
    out->precision = read_number(spec, &i);
    if (out->precision == -2) {
      raise_value_error(vm, "Too many decimal digits in format string");
      return false;
    }
    if (out->precision == -1) {
      raise_value_error(vm, "Format specifier missing precision");
      return false;
    }
  }
  if (n - i > 1) {
    std::string text;
    for (int64_t k = 0; k < n; ++k) append_utf8(&text, spec.at(k));
    raise_value_error(
        vm, "Invalid format specifier '" + text + "' for object of type '" + type_name + "'");
    return false;
  }
  if (i < n) out->type = spec.at(i);
  if (out->grouping != 0) {
    uint32_t t = out->type != 0 ? out->type : default_type;
    if (!grouping_allowed(out->grouping, t)) {
      raise_value_error(vm, std::string("Cannot specify '") + out->grouping + "' with '" +
                                type_char_text(t) + "'.");
      return false;
    }
  }
  return true;
}

// Parsed specs of up to 8 Latin-1 characters, keyed by their content (the
// constant specs of f-strings and format fields repeat): a direct-mapped
// table per thread. Only successful parses are kept, so errors are raised
// by the parser every time.
struct SpecCacheEntry {
  uint64_t text = 0;  // the characters, little-endian, zero-padded
  int64_t length = -1;
  char default_align = 0;
  uint32_t default_type = 0;
  Spec spec;
};

constexpr size_t kSpecCacheSize = 64;
constexpr int64_t kSpecCacheMaxLength = 8;

SpecCacheEntry* spec_cache_slot(uint64_t text, int64_t length, char default_align) {
  static thread_local SpecCacheEntry cache[kSpecCacheSize];
  uint64_t h = (text + static_cast<uint64_t>(length) * 31 + static_cast<uint8_t>(default_align)) *
               0x9E3779B97F4A7C15ull;
  return &cache[h >> 58];
}

bool parse_spec(VM& vm, const SpecText& spec, const char* type_name, char default_align,
                uint32_t default_type, Spec* out) {
  int64_t n = spec.length;
  if (spec.s->kind != 1 || n > kSpecCacheMaxLength) {
    return parse_spec_text(vm, spec, type_name, default_align, default_type, out);
  }
  uint64_t text = 0;
  std::memcpy(&text, spec.s->data1() + spec.start, static_cast<size_t>(n));
  SpecCacheEntry* e = spec_cache_slot(text, n, default_align);
  if (e->text == text && e->length == n && e->default_align == default_align &&
      e->default_type == default_type) {
    *out = e->spec;
    return true;
  }
  if (!parse_spec_text(vm, spec, type_name, default_align, default_type, out)) return false;
  e->text = text;
  e->length = n;
  e->default_align = default_align;
  e->default_type = default_type;
  e->spec = *out;
  return true;
}

Value raise_unknown_code(VM& vm, uint32_t type, const char* type_name) {
  return raise_value_error(vm, "Unknown format code '" + type_char_text(type) +
                                   "' for object of type '" + type_name + "'");
}

// Inserts `sep` every `group` digits from the right; with `min_width`, pads
// with zeros first so the grouped text is at least that long (never starting
// with a separator).
std::string group_digits(const std::string& digits, char sep, int group, int64_t min_width) {
  int64_t k = static_cast<int64_t>(digits.size());
  while (k + (k - 1) / group < min_width) ++k;
  std::string padded = std::string(static_cast<size_t>(k) - digits.size(), '0') + digits;
  std::string out;
  for (int64_t j = 0; j < k; ++j) {
    if (j > 0 && (k - j) % group == 0) out.push_back(sep);
    out.push_back(padded[static_cast<size_t>(j)]);
  }
  return out;
}

// A number's parts: sign + prefix + digits (grouped) + rest.
struct NumberParts {
  std::string_view sign;    // a literal: "", "-", "+", " "
  std::string_view prefix;  // a literal: "", "0x", ...
  std::string digits;
  std::string rest;
};

int64_t cp_length(std::string_view utf8) {
  int64_t n = 0;
  for (char c : utf8) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
  return n;
}

// Appends ASCII or UTF-8 text (UTF-8 only for the rare non-ASCII 'c' result).
void append_text(VM& vm, StrBuilder* out, std::string_view utf8) {
  for (char c : utf8) {
    if (static_cast<unsigned char>(c) >= 0x80) {
      out->append(str_from_utf8(vm, utf8));
      return;
    }
  }
  out->append_ascii(utf8);
}

// Amounts of fill before and after a body of `len` code points.
void pad_amounts(const Spec& spec, int64_t len, char default_align, int64_t* left, int64_t* right) {
  int64_t total = spec.width > len ? spec.width - len : 0;
  char align = spec.align != 0 ? spec.align : default_align;
  *left = align == '>' ? total : align == '^' ? total / 2 : 0;
  *right = total - *left;
}

// Pads ASCII `body` to the spec's width; '=' is handled by the caller.
Value pad_ascii(VM& vm, const Spec& spec, std::string_view body, char default_align) {
  int64_t left, right;
  pad_amounts(spec, static_cast<int64_t>(body.size()), default_align, &left, &right);
  StrBuilder out;
  out.push_repeated(spec.fill, left);
  out.append_ascii(body);
  out.push_repeated(spec.fill, right);
  return Value::from_object(out.finish(vm));
}

bool all_ascii(std::string_view text) {
  for (char c : text) {
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  }
  return true;
}

// The common layout: ASCII fill, no grouping, ASCII parts. Writes the result
// straight into a str of its final size (no builder, no copy).
Value layout_ascii_number(VM& vm, const Spec& spec, const NumberParts& p) {
  auto len =
      static_cast<int64_t>(p.sign.size() + p.prefix.size() + p.digits.size() + p.rest.size());
  int64_t left = 0, middle = 0, right = 0;
  if (spec.align == '=') {
    middle = spec.width > len ? spec.width - len : 0;
  } else {
    pad_amounts(spec, len, '>', &left, &right);
  }
  int64_t total = len + left + middle + right;
  if (total == 1) {
    char c = left + middle + right != 0 ? static_cast<char>(spec.fill)
             : !p.digits.empty()        ? p.digits[0]
             : !p.rest.empty()          ? p.rest[0]
             : !p.sign.empty()          ? p.sign[0]
                                        : p.prefix[0];
    return Value::from_object(str_from_char(vm, static_cast<unsigned char>(c)));
  }
  Str* s = str_alloc(vm, total, 0x7F);
  auto* out = reinterpret_cast<char*>(s + 1);
  auto fill = static_cast<char>(spec.fill);
  auto put = [&out](std::string_view text) {
    if (!text.empty()) std::memcpy(out, text.data(), text.size());
    out += text.size();
  };
  auto pad = [&out, fill](int64_t n) {
    if (n > 0) std::memset(out, fill, static_cast<size_t>(n));
    out += n;
  };
  pad(left);
  put(p.sign);
  put(p.prefix);
  pad(middle);
  put(p.digits);
  put(p.rest);
  pad(right);
  return Value::from_object(s);
}

Value layout_number(VM& vm, const Spec& spec, const NumberParts& p, int group) {
  constexpr int64_t kDirectWidth = 1 << 16;  // wider results take the builder
  if (spec.grouping == 0 && spec.fill < 0x80 && spec.width < kDirectWidth && all_ascii(p.rest)) {
    return layout_ascii_number(vm, spec, p);
  }
  const std::string* digits = &p.digits;
  std::string grouped;
  int64_t fixed = cp_length(p.sign) + cp_length(p.prefix) + cp_length(p.rest);
  char align = spec.align != 0 ? spec.align : '>';
  if (spec.grouping != 0 && !digits->empty()) {
    int64_t min_width = (spec.fill == '0' && align == '=') ? spec.width - fixed : 0;
    grouped = group_digits(*digits, spec.grouping, group, min_width);
    digits = &grouped;
  }
  int64_t len = fixed + static_cast<int64_t>(digits->size());
  int64_t left = 0, middle = 0, right = 0;
  if (align == '=') {
    middle = spec.width > len ? spec.width - len : 0;
  } else {
    pad_amounts(spec, len, '>', &left, &right);
  }
  StrBuilder out;
  out.push_repeated(spec.fill, left);
  out.append_ascii(p.sign);
  out.append_ascii(p.prefix);
  out.push_repeated(spec.fill, middle);
  out.append_ascii(*digits);
  append_text(vm, &out, p.rest);
  out.push_repeated(spec.fill, right);
  return Value::from_object(out.finish(vm));
}

std::string_view sign_text(const Spec& spec, bool negative) {
  if (negative) return "-";
  if (spec.sign == '+') return "+";
  if (spec.sign == ' ') return " ";
  return "";
}

// True when the mantissa digits of a formatted number are all zeros ("0.00",
// "0e+00"); false for "inf" and "nan", which have none.
bool all_zero_digits(std::string_view s) {
  bool any = false;
  for (char c : s) {
    if (c == 'e' || c == 'E') break;
    if (c >= '1' && c <= '9') return false;
    any = any || c == '0';
  }
  return any;
}

// float_parts for what float_to_chars lays out (no '%', no repr with '#'):
// the text split in place, without temporaries. False when not handled.
bool fast_float_parts(double v, const Spec& spec, char mode, int precision, unsigned flags,
                      NumberParts* p) {
  char buf[kFloatCharsBuffer];
  int n = float_to_chars(v, mode, precision, flags, buf);
  if (n < 0) return false;
  std::string_view text(buf, static_cast<size_t>(n));
  bool negative = text[0] == '-';
  if (negative) text.remove_prefix(1);
  if (negative && spec.no_neg_zero && all_zero_digits(text)) negative = false;
  size_t int_end = 0;
  while (int_end < text.size() && text[int_end] >= '0' && text[int_end] <= '9') ++int_end;
  p->sign = sign_text(spec, negative);
  p->digits.assign(text.substr(0, int_end));
  p->rest.assign(text.substr(int_end));
  if (spec.type == 'E' || spec.type == 'F') {
    for (char& c : p->rest) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  }
  return true;
}

// Formats |v| and its sign per type/precision; fills `parts` (ungrouped).
void float_parts(double v, const Spec& spec, uint32_t type, bool complex_part, NumberParts* p) {
  char t = static_cast<char>(type);
  unsigned flags = spec.alt ? static_cast<unsigned>(kFloatAlt) : 0u;
  int precision = static_cast<int>(spec.precision);
  bool percent = t == '%';
  char mode;
  if (t == 0) {
    mode = spec.precision < 0 ? 'r' : 'g';
    if (!complex_part) flags |= kFloatAddDot0;
  } else {
    mode = percent ? 'f' : static_cast<char>(t | 0x20);
    if (mode == 'n') mode = 'g';
    if (precision < 0) precision = 6;
  }
  if (percent) v *= 100;
  if (!percent && !(mode == 'r' && spec.alt) &&
      fast_float_parts(v, spec, mode, precision, flags, p)) {
    return;
  }
  std::string text = float_to_string(v, mode, precision, flags);
  if (mode == 'r' && spec.alt && std::isfinite(v) && text.find('.') == std::string::npos) {
    size_t e = text.find('e');
    text.insert(e == std::string::npos ? text.size() : e, ".");
  }
  bool negative = !text.empty() && text[0] == '-';
  if (negative) text.erase(0, 1);
  if (negative && spec.no_neg_zero && all_zero_digits(text)) negative = false;
  if (t == 'E' || t == 'F' || t == 'G') {
    for (char& c : text) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  }
  if (percent) text += "%";
  size_t int_end = 0;
  while (int_end < text.size() && text[int_end] >= '0' && text[int_end] <= '9') ++int_end;
  p->sign = sign_text(spec, negative);
  p->digits = text.substr(0, int_end);
  p->rest = text.substr(int_end);
}

bool is_float_type(uint32_t t) {
  return t == 'e' || t == 'E' || t == 'f' || t == 'F' || t == 'g' || t == 'G' || t == '%' ||
         t == 'n' || t == 0;
}

Value format_float_spec(VM& vm, double v, const Spec& spec, const char* type_name) {
  if (!is_float_type(spec.type)) return raise_unknown_code(vm, spec.type, type_name);
  NumberParts p;
  float_parts(v, spec, spec.type, false, &p);
  return layout_number(vm, spec, p, 3);
}

Value format_int_char(VM& vm, Value v, const Spec& spec) {
  if (spec.sign != 0) {
    return raise_value_error(vm, "Sign not allowed with integer format specifier 'c'");
  }
  if (spec.alt) {
    return raise_value_error(vm,
                             "Alternate form (#) not allowed with integer format specifier 'c'");
  }
  int64_t code;
  if (!int_to_int64(vm, v, &code)) {
    return raise_overflow_error(vm, "Python int too large to convert to C long");
  }
  if (code < 0 || code >= 0x110000) {
    return raise_overflow_error(vm, "%c arg not in range(0x110000)");
  }
  NumberParts p;
  append_utf8(&p.rest, static_cast<uint32_t>(code));
  return layout_number(vm, spec, p, 3);
}

Value format_int_spec(VM& vm, Value v, const Spec& spec, const char* type_name) {
  uint32_t t = spec.type;
  if (t != 0 && t != 'n' && is_float_type(t)) {
    double d;
    if (!number_to_double(vm, v, &d)) return Value::null();
    return format_float_spec(vm, d, spec, type_name);
  }
  if (t != 0 && t != 'b' && t != 'c' && t != 'd' && t != 'o' && t != 'x' && t != 'X' && t != 'n') {
    return raise_unknown_code(vm, t, type_name);
  }
  if (spec.precision >= 0) {
    return raise_value_error(vm, "Precision not allowed in integer format specifier");
  }
  if (spec.no_neg_zero) {
    return raise_value_error(vm,
                             "Negative zero coercion (z) not allowed in integer format specifier");
  }
  if (t == 'c') return format_int_char(vm, v, spec);
  int base = t == 'b' ? 2 : t == 'o' ? 8 : (t == 'x' || t == 'X') ? 16 : 10;
  NumberParts p;
  std::string digits;
  if (v.is_small_int()) {
    char buf[72];
    auto res = std::to_chars(buf, buf + sizeof buf, v.small_int(), base);
    digits.assign(buf, static_cast<size_t>(res.ptr - buf));
  } else if (base == 10) {
    Value text = int_to_str(vm, v);
    if (text.is_null()) return text;
    digits = str_to_utf8(text.as<Str>());
  } else {
    digits = int_to_base_string(vm, v, base, false);
  }
  bool negative = digits[0] == '-';
  if (negative) digits.erase(0, 1);
  if (t == 'X') {
    for (char& c : digits) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  }
  p.sign = sign_text(spec, negative);
  if (spec.alt && base != 10) {
    p.prefix = t == 'b' ? "0b" : t == 'o' ? "0o" : t == 'x' ? "0x" : "0X";
  }
  p.digits = std::move(digits);
  return layout_number(vm, spec, p, base == 10 ? 3 : 4);
}

Value format_str_spec(VM& vm, Str* s, const Spec& spec, const char* type_name) {
  if (spec.type != 0 && spec.type != 's') return raise_unknown_code(vm, spec.type, type_name);
  if (spec.sign != 0) return raise_value_error(vm, "Sign not allowed in string format specifier");
  if (spec.no_neg_zero) {
    return raise_value_error(vm,
                             "Negative zero coercion (z) not allowed in string format specifier");
  }
  if (spec.alt) {
    return raise_value_error(vm, "Alternate form (#) not allowed in string format specifier");
  }
  if (spec.align == '=') {
    return raise_value_error(vm, "'=' alignment not allowed in string format specifier");
  }
  int64_t len = s->length;
  if (spec.precision >= 0 && spec.precision < len) len = spec.precision;
  if (len == s->length && spec.width <= len) return Value::from_object(s);
  int64_t left, right;
  pad_amounts(spec, len, '<', &left, &right);
  StrBuilder out;
  out.push_repeated(spec.fill, left);
  if (len == s->length) {
    out.append(s);
  } else {
    for (int64_t i = 0; i < len; ++i) out.push(s->at(i));
  }
  out.push_repeated(spec.fill, right);
  return Value::from_object(out.finish(vm));
}

// format(v, spec) for an exact int, float or str `v` and a non-empty spec;
// null without an exception when `v` is of another type.
Value format_exact(VM& vm, Value v, const SpecText& text) {
  Spec spec;
  Type* exact = v.is_small_int() ? vm.types().int_ : v.object()->type;
  if (exact == vm.types().int_) {
    if (!parse_spec(vm, text, "int", '>', 'd', &spec)) return Value::null();
    return format_int_spec(vm, v, spec, "int");
  }
  if (exact == vm.types().float_) {
    if (!parse_spec(vm, text, "float", '>', 0, &spec)) return Value::null();
    return format_float_spec(vm, float_value(v), spec, "float");
  }
  if (exact == vm.types().str) {
    if (!parse_spec(vm, text, "str", '<', 's', &spec)) return Value::null();
    return format_str_spec(vm, v.as<Str>(), spec, "str");
  }
  return Value::null();
}

}  // namespace

Value format_int(VM& vm, Value v, Str* spec_str, const char* type_name) {
  Spec spec;
  if (!parse_spec(vm, whole(spec_str), type_name, '>', 'd', &spec)) return Value::null();
  return format_int_spec(vm, v, spec, type_name);
}

Value format_float(VM& vm, double v, Str* spec_str, const char* type_name) {
  Spec spec;
  if (!parse_spec(vm, whole(spec_str), type_name, '>', 0, &spec)) return Value::null();
  return format_float_spec(vm, v, spec, type_name);
}

Value format_complex(VM& vm, double real, double imag, Str* spec_str, const char* type_name) {
  Spec spec;
  if (!parse_spec(vm, whole(spec_str), type_name, '>', 0, &spec)) return Value::null();
  uint32_t t = spec.type;
  if (t == '%' || !is_float_type(t)) return raise_unknown_code(vm, t, type_name);
  if (spec.fill == '0') {
    return raise_value_error(vm, "Zero padding is not allowed in complex format specifier");
  }
  if (spec.align == '=') {
    return raise_value_error(vm, "'=' alignment flag is not allowed in complex format specifier");
  }
  bool bare = t == 0;
  bool skip_real = bare && real == 0 && !std::signbit(real);
  NumberParts re, im;
  float_parts(real, spec, t, true, &re);
  Spec imag_spec = spec;
  if (!skip_real) imag_spec.sign = '+';
  float_parts(imag, imag_spec, t, true, &im);
  std::string body;
  if (!skip_real) body = std::string(re.sign) + re.digits + re.rest;
  body += std::string(im.sign) + im.digits + im.rest + "j";
  if (bare && !skip_real) body = "(" + body + ")";
  return pad_ascii(vm, spec, body, '>');
}

Value format_str(VM& vm, Str* s, Str* spec_str, const char* type_name) {
  Spec spec;
  if (!parse_spec(vm, whole(spec_str), type_name, '<', 's', &spec)) return Value::null();
  return format_str_spec(vm, s, spec, type_name);
}

bool is_exact_formattable(VM& vm, Value v) {
  if (v.is_small_int()) return true;
  Type* exact = v.object()->type;
  return exact == vm.types().int_ || exact == vm.types().float_ || exact == vm.types().str;
}

Value format_exact_span(VM& vm, Value v, const Str* s, int64_t start, int64_t end) {
  return format_exact(vm, v, SpecText{s, start, end - start});
}

Value format_builtin(VM& vm, Value v, Str* spec) {
  if (spec->length != 0 && is_exact_formattable(vm, v)) {  // no subtype walks
    return format_exact(vm, v, whole(spec));
  }
  Type* t = type_of(vm, v);
  bool known = is_int(vm, v) || is_subtype(t, vm.types().float_) ||
               is_subtype(t, vm.types().complex) || is_subtype(t, vm.types().str);
  if (!known) return vm.not_implemented();
  if (spec->length == 0) return str(vm, v);
  std::string name = type_name_of_type(t);  // bool, or a subclass
  if (is_int(vm, v)) return format_int(vm, v, spec, name.c_str());
  if (is_subtype(t, vm.types().float_)) return format_float(vm, float_value(v), spec, name.c_str());
  if (is_subtype(t, vm.types().complex)) {
    return format_complex(vm, v.as<Complex>()->real, v.as<Complex>()->imag, spec, name.c_str());
  }
  return format_str(vm, v.as<Str>(), spec, name.c_str());
}

}  // namespace pyvm::runtime
