// str's methods: searching, splitting, joining, stripping, padding, case
// mapping (utf8proc tables plus the few full mappings that expand) and the
// character-class predicates.
#include <utf8proc.h>

#include <algorithm>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "runtime/bytes.h"
#include "runtime/exceptions.h"
#include "runtime/function.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/ops.h"
#include "runtime/sequence.h"
#include "runtime/str.h"
#include "runtime/str_join.h"
#include "runtime/tuple.h"
#include "runtime/unicode_tables.h"
#include "vm/vm.h"

namespace pyvm::runtime {

namespace {

using Codepoints = std::u32string;

Codepoints codepoints(const Str* s) {
  Codepoints out(static_cast<size_t>(s->length), 0);
  for (int64_t i = 0; i < s->length; ++i) out[static_cast<size_t>(i)] = s->at(i);
  return out;
}

Value make_str(VM& vm, const Codepoints& cps) {
  return Value::from_object(str_from_codepoints(vm, reinterpret_cast<const uint32_t*>(cps.data()),
                                                static_cast<int64_t>(cps.size())));
}

Str* self_str(CallArgs args) { return args.args[0].as<Str>(); }

Value raise_must_be_str(VM& vm, Value v) {
  return raise_type_error(vm, "must be str, not " + type_name(vm, v));
}

// ---- character classes

namespace ut = unicode_tables;

// The general category as of python3.11's Unicode version: code points that
// utf8proc's newer tables assign but 3.11 does not are unassigned (Cn).
utf8proc_category_t category(uint32_t c) {
  if (c > 0x10FFFF || ut::in_table(ut::kUnassigned, c)) return UTF8PROC_CATEGORY_CN;
  return utf8proc_category(static_cast<utf8proc_int32_t>(c));
}

bool is_alpha(uint32_t c) {
  if (c < 0x80) return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
  auto k = category(c);
  return k == UTF8PROC_CATEGORY_LU || k == UTF8PROC_CATEGORY_LL || k == UTF8PROC_CATEGORY_LT ||
         k == UTF8PROC_CATEGORY_LM || k == UTF8PROC_CATEGORY_LO;
}

bool is_decimal(uint32_t c) {
  if (c < 0x80) return c >= '0' && c <= '9';
  return category(c) == UTF8PROC_CATEGORY_ND;
}

// Digits outside Nd that carry a digit value (superscripts, circled digits...).
bool is_digit(uint32_t c) {
  return is_decimal(c) || (c >= 0xB2 && ut::in_table(ut::kDigitExtra, c));
}

bool is_numeric(uint32_t c) {
  if (is_digit(c)) return true;
  if (c < 0x80) return false;
  auto k = category(c);
  return k == UTF8PROC_CATEGORY_NL || k == UTF8PROC_CATEGORY_NO ||
         ut::in_table(ut::kNumericExtra, c);
}

// The Lowercase / Uppercase derived properties (Ll / Lu plus Other_*).
bool is_lower(uint32_t c) {
  if (c < 0x80) return c >= 'a' && c <= 'z';
  return ut::in_table(ut::kLowercase, c);
}

bool is_upper(uint32_t c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  return ut::in_table(ut::kUppercase, c);
}

bool is_title(uint32_t c) { return c >= 0x80 && category(c) == UTF8PROC_CATEGORY_LT; }

bool is_cased(uint32_t c) { return is_lower(c) || is_upper(c) || is_title(c); }

// XID_Start plus '_' / XID_Continue, as str.isidentifier() uses them.
bool is_id_start(uint32_t c) {
  if (c < 0x80) return c == '_' || is_alpha(c);
  return ut::in_table(ut::kIdStart, c);
}

bool is_id_continue(uint32_t c) {
  if (c < 0x80) return c == '_' || is_alpha(c) || (c >= '0' && c <= '9');
  return ut::in_table(ut::kIdContinue, c);
}

bool is_linebreak(uint32_t c) {
  return c == '\n' || c == '\r' || c == 0x0B || c == 0x0C || c == 0x1C || c == 0x1D || c == 0x1E ||
         c == 0x85 || c == 0x2028 || c == 0x2029;
}

// ---- case mapping

bool is_case_ignorable(uint32_t c) { return ut::in_table(ut::kCaseIgnorable, c); }

// Unicode's Final_Sigma condition for the capital sigma at s[i]: a cased
// letter before it and none after it, skipping case-ignorable characters.
bool is_final_sigma(const Codepoints& s, size_t i) {
  size_t j = i;
  while (j > 0 && is_case_ignorable(s[j - 1])) --j;
  if (j == 0 || !is_cased(s[j - 1])) return false;
  size_t k = i + 1;
  while (k < s.size() && is_case_ignorable(s[k])) ++k;
  return k == s.size() || !is_cased(s[k]);
}

// The full-mapping entry for `c`, or nullptr when its mappings are 1:1.
const ut::SpecialCase* special_case(uint32_t c) {
  const auto* begin = std::begin(ut::kSpecialCases);
  const auto* end = std::end(ut::kSpecialCases);
  const auto* it = std::lower_bound(
      begin, end, c, [](const ut::SpecialCase& e, uint32_t key) { return e.code < key; });
  return it != end && it->code == c ? it : nullptr;
}

void push_mapping(Codepoints* out, const uint32_t (&mapping)[3]) {
  for (uint32_t m : mapping) {
    if (m != 0) out->push_back(m);
  }
}

void push_upper(Codepoints* out, uint32_t c) {
  if (c < 0x80) {
    out->push_back(c >= 'a' && c <= 'z' ? c - 32 : c);
  } else if (const ut::SpecialCase* sc = special_case(c)) {
    push_mapping(out, sc->upper);
  } else {
    out->push_back(static_cast<uint32_t>(utf8proc_toupper(static_cast<utf8proc_int32_t>(c))));
  }
}

void push_title(Codepoints* out, uint32_t c) {
  if (c < 0x80) {
    out->push_back(c >= 'a' && c <= 'z' ? c - 32 : c);
  } else if (const ut::SpecialCase* sc = special_case(c)) {
    push_mapping(out, sc->title);
  } else {
    out->push_back(static_cast<uint32_t>(utf8proc_totitle(static_cast<utf8proc_int32_t>(c))));
  }
}

// Lowercases s[i], applying the final-sigma rule.
void push_lower(Codepoints* out, const Codepoints& s, size_t i) {
  uint32_t c = s[i];
  if (c < 0x80) {
    out->push_back(c >= 'A' && c <= 'Z' ? c + 32 : c);
    return;
  }
  if (c == 0x3A3) {
    out->push_back(is_final_sigma(s, i) ? 0x3C2 : 0x3C3);
    return;
  }
  if (const ut::SpecialCase* sc = special_case(c)) {
    push_mapping(out, sc->lower);
    return;
  }
  out->push_back(static_cast<uint32_t>(utf8proc_tolower(static_cast<utf8proc_int32_t>(c))));
}

// ASCII case mapping, for the ASCII fast paths of lower, upper and
// capitalize (ASCII letters map within ASCII, with no special cases).
enum class AsciiCase { kLower, kUpper, kCapitalize };

Value ascii_case_map(VM& vm, const Str* s, AsciiCase mode) {
  int64_t n = s->length;
  Str* r = str_alloc(vm, n, 0x7F);
  auto* out = reinterpret_cast<uint8_t*>(r + 1);
  const uint8_t* in = s->data1();
  // Branch-free per byte: flip bit 5 of letters in the source case's range.
  auto map_range = [in, out](int64_t from, int64_t to, uint8_t first) {
    for (int64_t i = from; i < to; ++i) {
      uint8_t c = in[i];
      out[i] = static_cast<uint8_t>(c ^ ((static_cast<uint8_t>(c - first) < 26) << 5));
    }
  };
  if (mode == AsciiCase::kUpper) {
    map_range(0, n, 'a');
  } else if (mode == AsciiCase::kLower) {
    map_range(0, n, 'A');
  } else if (n > 0) {
    map_range(0, 1, 'a');
    map_range(1, n, 'A');
  }
  // One character: the shared one-character str, as str_from_codepoints gives.
  if (n == 1) return Value::from_object(str_from_char(vm, out[0]));
  return Value::from_object(r);
}

Value str_lower(VM& vm, CallArgs args) {
  Str* s = self_str(args);
  if (s->is_ascii && s->kind == 1) return ascii_case_map(vm, s, AsciiCase::kLower);
  Codepoints cps = codepoints(s), out;
  for (size_t i = 0; i < cps.size(); ++i) push_lower(&out, cps, i);
  return make_str(vm, out);
}

Value str_upper(VM& vm, CallArgs args) {
  if (self_str(args)->is_ascii && self_str(args)->kind == 1) {
    return ascii_case_map(vm, self_str(args), AsciiCase::kUpper);
  }
  Codepoints out;
  for (uint32_t c : codepoints(self_str(args))) push_upper(&out, c);
  return make_str(vm, out);
}

Value str_swapcase(VM& vm, CallArgs args) {
  Codepoints cps = codepoints(self_str(args)), out;
  for (size_t i = 0; i < cps.size(); ++i) {
    if (is_upper(cps[i])) {
      push_lower(&out, cps, i);
    } else if (is_lower(cps[i])) {
      push_upper(&out, cps[i]);
    } else {
      out.push_back(cps[i]);
    }
  }
  return make_str(vm, out);
}

Value str_capitalize(VM& vm, CallArgs args) {
  if (self_str(args)->is_ascii && self_str(args)->kind == 1) {
    return ascii_case_map(vm, self_str(args), AsciiCase::kCapitalize);
  }
  Codepoints cps = codepoints(self_str(args)), out;
  for (size_t i = 0; i < cps.size(); ++i) {
    if (i == 0) {
      push_title(&out, cps[i]);
    } else {
      push_lower(&out, cps, i);
    }
  }
  return make_str(vm, out);
}

Value str_title(VM& vm, CallArgs args) {
  Codepoints cps = codepoints(self_str(args)), out;
  bool previous_cased = false;
  for (size_t i = 0; i < cps.size(); ++i) {
    if (previous_cased) {
      push_lower(&out, cps, i);
    } else {
      push_title(&out, cps[i]);
    }
    previous_cased = is_cased(cps[i]);
  }
  return make_str(vm, out);
}

Value str_casefold(VM& vm, CallArgs args) {
  Codepoints cps = codepoints(self_str(args)), out;
  for (uint32_t c : cps) {
    if (const ut::SpecialCase* sc = special_case(c)) {
      push_mapping(&out, sc->fold);
    } else if (c < 0x80) {
      out.push_back(c >= 'A' && c <= 'Z' ? c + 32 : c);
    } else {
      out.push_back(static_cast<uint32_t>(utf8proc_tolower(static_cast<utf8proc_int32_t>(c))));
    }
  }
  return make_str(vm, out);
}

// ---- predicates

// Character classes of the ASCII code points, for the predicates' ASCII
// fast path (each bit agrees with the Unicode predicate below 0x80).
enum AsciiClass : uint8_t { kClassSpace = 1, kClassAlpha = 2, kClassDigit = 4 };

struct AsciiClassTable {
  uint8_t bits[128] = {};
  constexpr AsciiClassTable() {
    for (uint32_t c = 0; c < 128; ++c) {
      bool space = (c >= 9 && c <= 13) || (c >= 0x1C && c <= 0x20);
      bool alpha = (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
      bool digit = c >= '0' && c <= '9';
      bits[c] = static_cast<uint8_t>((space ? kClassSpace : 0) | (alpha ? kClassAlpha : 0) |
                                     (digit ? kClassDigit : 0));
    }
  }
};
constexpr AsciiClassTable kAsciiClasses;

// str.isX(): true when the string is non-empty and every code point
// satisfies Pred; ASCII code points of a one-byte string are looked up in
// kAsciiClasses (`mask`: the class bits meaning "satisfies Pred").
template <bool (*Pred)(uint32_t), uint8_t mask>
Value all_chars(VM& vm, CallArgs args) {
  Str* s = self_str(args);
  if (s->length == 0) return vm.false_value();
  if (s->kind == 1) {
    const uint8_t* p = s->data1();
    for (int64_t i = 0; i < s->length; ++i) {
      uint8_t c = p[i];
      if (c < 0x80 ? (kAsciiClasses.bits[c] & mask) == 0 : !Pred(c)) return vm.false_value();
    }
    return vm.true_value();
  }
  for (int64_t i = 0; i < s->length; ++i) {
    if (!Pred(s->at(i))) return vm.false_value();
  }
  return vm.true_value();
}

bool is_alnum(uint32_t c) { return is_alpha(c) || is_numeric(c); }

Value str_isupper(VM& vm, CallArgs args) {
  Str* s = self_str(args);
  bool cased = false;
  for (int64_t i = 0; i < s->length; ++i) {
    uint32_t c = s->at(i);
    if (is_lower(c) || is_title(c)) return vm.false_value();
    cased |= is_upper(c);
  }
  return vm.bool_value(cased);
}

Value str_islower(VM& vm, CallArgs args) {
  Str* s = self_str(args);
  bool cased = false;
  for (int64_t i = 0; i < s->length; ++i) {
    uint32_t c = s->at(i);
    if (is_upper(c) || is_title(c)) return vm.false_value();
    cased |= is_lower(c);
  }
  return vm.bool_value(cased);
}

Value str_istitle(VM& vm, CallArgs args) {
  Str* s = self_str(args);
  bool cased = false, previous_cased = false;
  for (int64_t i = 0; i < s->length; ++i) {
    uint32_t c = s->at(i);
    if (is_upper(c) || is_title(c)) {
      if (previous_cased) return vm.false_value();
      previous_cased = cased = true;
    } else if (is_lower(c)) {
      if (!previous_cased) return vm.false_value();
      previous_cased = cased = true;
    } else {
      previous_cased = false;
    }
  }
  return vm.bool_value(cased);
}

Value str_isidentifier(VM& vm, CallArgs args) {
  Str* s = self_str(args);
  if (s->length == 0 || !is_id_start(s->at(0))) return vm.false_value();
  for (int64_t i = 1; i < s->length; ++i) {
    if (!is_id_continue(s->at(i))) return vm.false_value();
  }
  return vm.true_value();
}

Value str_isprintable(VM& vm, CallArgs args) {
  Str* s = self_str(args);
  for (int64_t i = 0; i < s->length; ++i) {
    if (!unicode_is_printable(s->at(i))) return vm.false_value();
  }
  return vm.true_value();
}

Value str_isascii(VM& vm, CallArgs args) { return vm.bool_value(self_str(args)->is_ascii); }

}  // namespace

// Implemented in the second half of this file.
void init_str_methods_part2(VM& vm);
// runtime/str_translate.cpp
void init_str_translate(VM& vm);

void init_str_methods(VM& vm) {
  Type* t = vm.types().str;
  add_method(vm, t, "lower", str_lower, 0, 0, kNativeMethod);
  add_method(vm, t, "upper", str_upper, 0, 0, kNativeMethod);
  add_method(vm, t, "swapcase", str_swapcase, 0, 0, kNativeMethod);
  add_method(vm, t, "capitalize", str_capitalize, 0, 0, kNativeMethod);
  add_method(vm, t, "title", str_title, 0, 0, kNativeMethod);
  add_method(vm, t, "casefold", str_casefold, 0, 0, kNativeMethod);
  add_method(vm, t, "isalpha", all_chars<is_alpha, kClassAlpha>, 0, 0, kNativeMethod);
  add_method(vm, t, "isdecimal", all_chars<is_decimal, kClassDigit>, 0, 0, kNativeMethod);
  add_method(vm, t, "isdigit", all_chars<is_digit, kClassDigit>, 0, 0, kNativeMethod);
  add_method(vm, t, "isnumeric", all_chars<is_numeric, kClassDigit>, 0, 0, kNativeMethod);
  add_method(vm, t, "isalnum", all_chars<is_alnum, kClassAlpha | kClassDigit>, 0, 0, kNativeMethod);
  add_method(vm, t, "isspace", all_chars<unicode_is_space, kClassSpace>, 0, 0, kNativeMethod);
  add_method(vm, t, "isupper", str_isupper, 0, 0, kNativeMethod);
  add_method(vm, t, "islower", str_islower, 0, 0, kNativeMethod);
  add_method(vm, t, "istitle", str_istitle, 0, 0, kNativeMethod);
  add_method(vm, t, "isidentifier", str_isidentifier, 0, 0, kNativeMethod);
  add_method(vm, t, "isprintable", str_isprintable, 0, 0, kNativeMethod);
  add_method(vm, t, "isascii", str_isascii, 0, 0, kNativeMethod);
  init_str_methods_part2(vm);
  init_str_translate(vm);
}

}  // namespace pyvm::runtime

namespace pyvm::runtime {

namespace {

Value substr(VM& vm, Str* s, int64_t start, int64_t end) {
  if (end <= start) return Value::from_object(vm.intern(""));
  return Value::from_object(str_substring(vm, s, start, end));
}

// Optional str argument (null or None: absent). False with TypeError raised.
bool optional_str(VM& vm, Value v, Str** out, const std::string& message) {
  *out = nullptr;
  if (v.is_null() || v == vm.none()) return true;
  if (!is_str(vm, v)) {
    raise_type_error(vm, message + type_name(vm, v));
    return false;
  }
  *out = v.as<Str>();
  return true;
}

// CPython's ADJUST_INDICES for the start/end arguments of find and friends.
// Start is not clamped to the length (find('', 10) on 'abc' is -1).
bool search_bounds(VM& vm, CallArgs args, size_t first, int64_t length, int64_t* start,
                   int64_t* end) {
  *start = 0;
  *end = length;
  for (size_t k = 0; k < 2 && first + k < args.npos; ++k) {
    Value v = args.args[first + k];
    if (v == vm.none()) continue;
    int64_t x = 0;
    if (v.is_small_int()) {
      x = v.small_int();
    } else if (is_int(vm, v) && !int_to_int64(vm, v, &x)) {
      x = int_compare(vm, v, Value::from_small_int(0)) < 0 ? INT64_MIN / 2 : INT64_MAX / 2;
    } else if (!is_index_like(vm, v)) {
      raise_type_error(vm, "slice indices must be integers or None or have an __index__ method");
      return false;
    } else if (!index_to_int64(vm, v, &x)) {
      return false;
    }
    if (x < 0) {
      x += length;
      if (x < 0) x = 0;
    }
    if (k == 0) {
      *start = x;
    } else {
      *end = std::min(x, length);
    }
  }
  return true;
}

// find/rfind core: index or -1; -2 with an exception pending.
int64_t find_impl(VM& vm, CallArgs args, bool reverse) {
  Str* s = self_str(args);
  if (!is_str(vm, args.args[1])) {
    raise_must_be_str(vm, args.args[1]);
    return -2;
  }
  int64_t start, end;
  if (!search_bounds(vm, args, 2, s->length, &start, &end)) return -2;
  if (start > s->length || end - start < args.args[1].as<Str>()->length) return -1;
  return str_find(s, args.args[1].as<Str>(), start, end, reverse);
}

Value str_find_method(VM& vm, CallArgs args) {
  int64_t i = find_impl(vm, args, false);
  return i == -2 ? Value::null() : Value::from_small_int(i);
}

Value str_rfind_method(VM& vm, CallArgs args) {
  int64_t i = find_impl(vm, args, true);
  return i == -2 ? Value::null() : Value::from_small_int(i);
}

Value str_index_method(VM& vm, CallArgs args) {
  int64_t i = find_impl(vm, args, false);
  if (i == -2) return Value::null();
  if (i == -1) return raise_value_error(vm, "substring not found");
  return Value::from_small_int(i);
}

Value str_rindex_method(VM& vm, CallArgs args) {
  int64_t i = find_impl(vm, args, true);
  if (i == -2) return Value::null();
  if (i == -1) return raise_value_error(vm, "substring not found");
  return Value::from_small_int(i);
}

Value str_count_method(VM& vm, CallArgs args) {
  Str* s = self_str(args);
  if (!is_str(vm, args.args[1])) return raise_must_be_str(vm, args.args[1]);
  Str* sub = args.args[1].as<Str>();
  int64_t start, end;
  if (!search_bounds(vm, args, 2, s->length, &start, &end)) return Value::null();
  if (start > s->length || end < start) return Value::from_small_int(0);
  if (sub->length == 0) return Value::from_small_int(end - start + 1);
  if (sub->length == 1 && s->kind == 1 && sub->kind == 1) {  // count bytes
    const uint8_t* begin = s->data1() + start;
    return Value::from_small_int(
        std::count(begin, s->data1() + std::max(start, end), sub->data1()[0]));
  }
  int64_t n = 0;
  for (int64_t at = start;;) {
    int64_t i = str_find(s, sub, at, end, false);
    if (i < 0) break;
    ++n;
    at = i + sub->length;
  }
  return Value::from_small_int(n);
}

// startswith / endswith with one prefix: CPython's tailmatch.
bool tail_match(Str* s, Str* sub, int64_t start, int64_t end, bool at_end) {
  if (end - start < sub->length) return false;
  if (sub->length == 0) return true;
  int64_t at = at_end ? end - sub->length : start;
  for (int64_t j = 0; j < sub->length; ++j) {
    if (s->at(at + j) != sub->at(j)) return false;
  }
  return true;
}

Value affix_match(VM& vm, CallArgs args, bool at_end) {
  const char* name = at_end ? "endswith" : "startswith";
  Str* s = self_str(args);
  int64_t start, end;
  if (!search_bounds(vm, args, 2, s->length, &start, &end)) return Value::null();
  Value arg = args.args[1];
  if (is_tuple(vm, arg)) {
    Tuple* t = arg.as<Tuple>();
    for (int64_t i = 0; i < t->length; ++i) {
      if (!is_str(vm, t->at(i))) {
        return raise_type_error(vm, std::string("tuple for ") + name +
                                        " must only contain str, not " + type_name(vm, t->at(i)));
      }
      if (tail_match(s, t->at(i).as<Str>(), start, end, at_end)) return vm.true_value();
    }
    return vm.false_value();
  }
  if (!is_str(vm, arg)) {
    return raise_type_error(
        vm,
        std::string(name) + " first arg must be str or a tuple of str, not " + type_name(vm, arg));
  }
  return vm.bool_value(tail_match(s, arg.as<Str>(), start, end, at_end));
}

Value str_startswith(VM& vm, CallArgs args) { return affix_match(vm, args, false); }
Value str_endswith(VM& vm, CallArgs args) { return affix_match(vm, args, true); }

Value str_join(VM& vm, CallArgs args) {
  Str* sep = self_str(args);
  Value iterable = args.args[1];
  Type* t = type_of(vm, iterable);
  if (t->iter == nullptr && t->getitem == nullptr) {
    return raise_type_error(vm, "can only join an iterable");
  }
  // An exact list or tuple is joined in place: nothing below runs Python
  // code, so it cannot change while it is read.
  const Value* parts;
  int64_t n;
  if (t == vm.types().list) {
    parts = iterable.as<List>()->items;
    n = iterable.as<List>()->length;
  } else if (t == vm.types().tuple) {
    parts = iterable.as<Tuple>()->items();
    n = iterable.as<Tuple>()->length;
  } else {
    List* items = list_from_iterable(vm, iterable);
    if (items == nullptr) return Value::null();
    parts = items->items;
    n = items->length;
  }
  if (n == 1 && type_of(vm, parts[0]) == vm.types().str) return parts[0];
  Type* str_type = vm.types().str;
  for (int64_t i = 0; i < n; ++i) {
    Value item = parts[i];
    if (item.is_object() && item.object()->type == str_type) continue;  // the common case inline
    if (!is_str(vm, item)) {
      return raise_type_error(vm, "sequence item " + std::to_string(i) +
                                      ": expected str instance, " + type_name(vm, item) + " found");
    }
  }
  return Value::from_object(str_join_array(vm, sep, parts, n));
}

// Reads split's (sep, maxsplit) arguments.
bool split_args(VM& vm, CallArgs args, const char* name, Str** sep, int64_t* maxsplit) {
  Value p[2];
  if (!parse_args(vm, args, 1, name, {"sep", "maxsplit"}, 0, p)) return false;
  if (!optional_str(vm, p[0], sep, "must be str or None, not ")) return false;
  *maxsplit = -1;
  if (!p[1].is_null() && !index_to_int64(vm, p[1], maxsplit)) return false;
  if (*maxsplit < 0) *maxsplit = INT64_MAX;
  if (*sep != nullptr && (*sep)->length == 0) {
    raise_value_error(vm, "empty separator");
    return false;
  }
  return true;
}

// The Latin-1 whitespace (str.isspace()): 9-13, 0x1C-0x20, 0x85, 0xA0.
struct Latin1SpaceTable {
  bool space[256] = {};
  constexpr Latin1SpaceTable() {
    for (uint32_t c = 0; c < 128; ++c) space[c] = (kAsciiClasses.bits[c] & kClassSpace) != 0;
    space[0x85] = space[0xA0] = true;
  }
};
constexpr Latin1SpaceTable kLatin1Space;

// s.split() of a one-byte str without maxsplit: one scan records the words
// (up to kWords of them; a longer text is scanned again), then the list is
// allocated once at its final size.
List* split_latin1_whitespace(VM& vm, Str* s) {
  constexpr int64_t kWords = 64;
  const uint8_t* p = s->data1();
  int64_t n = s->length;
  int64_t starts[kWords], ends[kWords];
  int64_t words = 0;
  for (int64_t i = 0; i < n;) {
    while (i < n && kLatin1Space.space[p[i]]) ++i;
    if (i == n) break;
    int64_t j = i;
    while (i < n && !kLatin1Space.space[p[i]]) ++i;
    if (words < kWords) {
      starts[words] = j;
      ends[words] = i;
    }
    ++words;
  }
  List* out = list_new(vm, words);
  if (words <= kWords) {
    // substr gives the str itself when it is one word.
    for (int64_t w = 0; w < words; ++w) list_append(vm, out, substr(vm, s, starts[w], ends[w]));
    return out;
  }
  for (int64_t i = 0; i < n;) {
    while (i < n && kLatin1Space.space[p[i]]) ++i;
    if (i == n) break;
    int64_t j = i;
    while (i < n && !kLatin1Space.space[p[i]]) ++i;
    list_append(vm, out, substr(vm, s, j, i));
  }
  return out;
}

Value str_split(VM& vm, CallArgs args) {
  Str* sep;
  int64_t maxsplit;
  if (!split_args(vm, args, "split", &sep, &maxsplit)) return Value::null();
  Str* s = self_str(args);
  int64_t n = s->length;
  if (sep == nullptr && s->kind == 1 && maxsplit == INT64_MAX) {
    return Value::from_object(split_latin1_whitespace(vm, s));
  }
  List* out = list_new(vm);
  if (sep == nullptr) {
    auto space_at = [s](int64_t i) {
      uint32_t c = s->kind == 1 ? s->data1()[i] : s->at(i);
      return c <= 0x20 ? (c >= 9 && c <= 13) || c >= 0x1C : c >= 0x80 && unicode_is_space(c);
    };
    int64_t i = 0, j = 0;
    while (maxsplit-- > 0) {
      while (i < n && space_at(i)) ++i;
      if (i == n) break;
      j = i++;
      while (i < n && !space_at(i)) ++i;
      list_append(vm, out, substr(vm, s, j, i));
    }
    if (i < n) {
      while (i < n && space_at(i)) ++i;
      if (i != n) list_append(vm, out, substr(vm, s, i, n));
    }
    return Value::from_object(out);
  }
  int64_t at = 0;
  while (maxsplit-- > 0) {
    int64_t i = str_find(s, sep, at, n, false);
    if (i < 0) break;
    list_append(vm, out, substr(vm, s, at, i));
    at = i + sep->length;
  }
  list_append(vm, out, at == 0 ? Value::from_object(s) : substr(vm, s, at, n));
  return Value::from_object(out);
}

// Reverses in place; the list's young items may move out of its remembered
// index range, so it is remembered whole (gc/heap.h items_moved).
void reverse_list(VM& vm, List* l) {
  vm.heap().items_moved(l);
  std::reverse(l->items, l->items + l->length);
}

Value str_rsplit(VM& vm, CallArgs args) {
  Str* sep;
  int64_t maxsplit;
  if (!split_args(vm, args, "rsplit", &sep, &maxsplit)) return Value::null();
  Str* s = self_str(args);
  List* out = list_new(vm);
  int64_t n = s->length;
  if (sep == nullptr) {
    int64_t i = n - 1, j = n - 1;
    while (maxsplit-- > 0) {
      while (i >= 0 && unicode_is_space(s->at(i))) --i;
      if (i < 0) break;
      j = i--;
      while (i >= 0 && !unicode_is_space(s->at(i))) --i;
      list_append(vm, out, substr(vm, s, i + 1, j + 1));
    }
    if (i >= 0) {
      while (i >= 0 && unicode_is_space(s->at(i))) --i;
      if (i >= 0) list_append(vm, out, substr(vm, s, 0, i + 1));
    }
    reverse_list(vm, out);
    return Value::from_object(out);
  }
  int64_t end = n;
  while (maxsplit-- > 0) {
    int64_t i = str_find(s, sep, 0, end, true);
    if (i < 0) break;
    list_append(vm, out, substr(vm, s, i + sep->length, end));
    end = i;
  }
  list_append(vm, out, end == n ? Value::from_object(s) : substr(vm, s, 0, end));
  reverse_list(vm, out);
  return Value::from_object(out);
}

Value strip_impl(VM& vm, CallArgs args, const char* name, bool left, bool right) {
  Str* s = self_str(args);
  Str* chars = nullptr;
  if (args.npos > 1 &&
      !optional_str(vm, args.args[1], &chars, std::string(name) + " arg must be None or str")) {
    vm.clear_exception();
    return raise_type_error(vm, std::string(name) + " arg must be None or str");
  }
  auto strip_it = [&](uint32_t c) {
    if (chars == nullptr) return unicode_is_space(c);
    for (int64_t k = 0; k < chars->length; ++k) {
      if (chars->at(k) == c) return true;
    }
    return false;
  };
  int64_t i = 0, j = s->length;
  if (left) {
    while (i < j && strip_it(s->at(i))) ++i;
  }
  if (right) {
    while (j > i && strip_it(s->at(j - 1))) --j;
  }
  if (i == 0 && j == s->length && s->type == vm.types().str) return args.args[0];
  return substr(vm, s, i, j);
}

Value str_strip(VM& vm, CallArgs args) { return strip_impl(vm, args, "strip", true, true); }
Value str_lstrip(VM& vm, CallArgs args) { return strip_impl(vm, args, "lstrip", true, false); }
Value str_rstrip(VM& vm, CallArgs args) { return strip_impl(vm, args, "rstrip", false, true); }

// replace()'s result when nothing is replaced: `self`, or an exact str copy
// of a subclass instance.
Value unchanged(VM& vm, Value self) {
  Str* s = self.as<Str>();
  if (s->type == vm.types().str) return self;
  return Value::from_object(str_substring(vm, s, 0, s->length));
}

// replace() of one Latin-1 code point by another in a Latin-1 str: a copy
// with bytes swapped. Returns `self` itself when nothing is replaced.
Value replace_byte(VM& vm, Value self, uint8_t from, uint8_t to, int64_t count) {
  Str* s = self.as<Str>();
  auto n = static_cast<size_t>(s->length);
  const void* first = std::memchr(s->data1(), from, n);
  if (first == nullptr || count <= 0) return unchanged(vm, self);
  size_t at = static_cast<size_t>(static_cast<const uint8_t*>(first) - s->data1());
  if (n == 1) return Value::from_object(str_from_char(vm, to));
  // The result is ASCII unless `to` or some kept byte is not.
  uint32_t max_char = s->is_ascii && to < 0x80 ? 0x7F : 0xFF;
  Str* r = str_alloc(vm, s->length, max_char);
  auto* out = reinterpret_cast<uint8_t*>(r + 1);
  std::memcpy(out, s->data1(), n);
  for (size_t i = at; i < n && count > 0; ++i) {
    if (out[i] == from) {
      out[i] = to;
      --count;
    }
  }
  if (max_char == 0xFF) {  // recompute exactly: replacing may remove the only non-ASCII bytes
    uint32_t bits = 0;
    for (size_t i = 0; i < n; ++i) bits |= out[i];
    r->is_ascii = bits < 0x80;
  }
  return Value::from_object(r);
}

Value str_replace(VM& vm, CallArgs args) {
  Str* s = self_str(args);
  for (int k = 1; k <= 2; ++k) {
    if (!is_str(vm, args.args[k])) {
      return raise_type_error(vm, "replace() argument " + std::to_string(k) + " must be str, not " +
                                      type_name(vm, args.args[k]));
    }
  }
  Str* old_s = args.args[1].as<Str>();
  Str* new_s = args.args[2].as<Str>();
  int64_t count = -1;
  if (args.npos > 3 && !index_to_int64(vm, args.args[3], &count)) return Value::null();
  if (count < 0) count = INT64_MAX;
  StrBuilder b;
  if (old_s->length == 0) {
    int64_t i = 0;
    for (; i <= s->length; ++i) {
      if (count-- > 0) b.append(new_s);
      if (i < s->length) b.push(s->at(i));
    }
    return Value::from_object(b.finish(vm));
  }
  if (old_s->length == 1 && new_s->length == 1 && s->kind == 1 && new_s->kind == 1) {
    return replace_byte(vm, args.args[0], old_s->data1()[0], new_s->data1()[0], count);
  }
  // Appends s[from:to] to b.
  auto copy_run = [s, &b](int64_t from, int64_t to) {
    if (s->kind == 1) {
      b.append_latin1(std::string_view(reinterpret_cast<const char*>(s->data1()) + from,
                                       static_cast<size_t>(to - from)));
      return;
    }
    for (int64_t k = from; k < to; ++k) b.push(s->at(k));
  };
  int64_t at = 0;
  bool replaced = false;
  while (count-- > 0) {
    int64_t i = str_find(s, old_s, at, s->length, false);
    if (i < 0) break;
    copy_run(at, i);
    b.append(new_s);
    at = i + old_s->length;
    replaced = true;
  }
  if (!replaced) return unchanged(vm, args.args[0]);
  copy_run(at, s->length);
  return Value::from_object(b.finish(vm));
}

// Reads (width[, fillchar]) of center/ljust/rjust.
bool pad_args(VM& vm, CallArgs args, int64_t* width, uint32_t* fill) {
  if (!index_to_int64(vm, args.args[1], width)) return false;
  *fill = ' ';
  if (args.npos > 2) {
    Value f = args.args[2];
    if (!is_str(vm, f)) {
      raise_type_error(vm,
                       "The fill character must be a unicode character, not " + type_name(vm, f));
      return false;
    }
    if (f.as<Str>()->length != 1) {
      raise_type_error(vm, "The fill character must be exactly one character long");
      return false;
    }
    *fill = f.as<Str>()->at(0);
  }
  return true;
}

Value pad(VM& vm, Value self, int64_t left, int64_t right, uint32_t fill) {
  Str* s = self.as<Str>();
  if (left <= 0 && right <= 0 && s->type == vm.types().str) return self;
  StrBuilder b;
  for (int64_t i = 0; i < left; ++i) b.push(fill);
  b.append(s);
  for (int64_t i = 0; i < right; ++i) b.push(fill);
  return Value::from_object(b.finish(vm));
}

Value str_center(VM& vm, CallArgs args) {
  int64_t width;
  uint32_t fill;
  if (!pad_args(vm, args, &width, &fill)) return Value::null();
  int64_t marg = width - self_str(args)->length;
  if (marg <= 0) return pad(vm, args.args[0], 0, 0, fill);
  int64_t left = marg / 2 + (marg & width & 1);
  return pad(vm, args.args[0], left, marg - left, fill);
}

Value str_ljust(VM& vm, CallArgs args) {
  int64_t width;
  uint32_t fill;
  if (!pad_args(vm, args, &width, &fill)) return Value::null();
  return pad(vm, args.args[0], 0, width - self_str(args)->length, fill);
}

Value str_rjust(VM& vm, CallArgs args) {
  int64_t width;
  uint32_t fill;
  if (!pad_args(vm, args, &width, &fill)) return Value::null();
  return pad(vm, args.args[0], width - self_str(args)->length, 0, fill);
}

Value str_zfill(VM& vm, CallArgs args) {
  Str* s = self_str(args);
  int64_t width;
  if (!index_to_int64(vm, args.args[1], &width)) return Value::null();
  int64_t fill = width - s->length;
  if (fill <= 0) return pad(vm, args.args[0], 0, 0, ' ');
  Codepoints cps = codepoints(s);
  Codepoints out(static_cast<size_t>(fill), '0');
  out += cps;
  if (!cps.empty() && (cps[0] == '+' || cps[0] == '-')) {
    out[0] = cps[0];
    out[static_cast<size_t>(fill)] = '0';
  }
  return make_str(vm, out);
}

Value partition_impl(VM& vm, CallArgs args, bool reverse) {
  Str* s = self_str(args);
  if (!is_str(vm, args.args[1])) return raise_must_be_str(vm, args.args[1]);
  Str* sep = args.args[1].as<Str>();
  if (sep->length == 0) return raise_value_error(vm, "empty separator");
  int64_t i = str_find(s, sep, 0, s->length, reverse);
  Value empty = Value::from_object(vm.intern(""));
  Value parts[3];
  if (i < 0) {
    parts[0] = reverse ? empty : args.args[0];
    parts[1] = empty;
    parts[2] = reverse ? args.args[0] : empty;
  } else {
    parts[0] = substr(vm, s, 0, i);
    parts[1] = args.args[1];
    parts[2] = substr(vm, s, i + sep->length, s->length);
  }
  return Value::from_object(tuple_from(vm, parts, 3));
}

Value str_partition(VM& vm, CallArgs args) { return partition_impl(vm, args, false); }
Value str_rpartition(VM& vm, CallArgs args) { return partition_impl(vm, args, true); }

Value str_splitlines(VM& vm, CallArgs args) {
  Value p[1];
  if (!parse_args(vm, args, 1, "splitlines", {"keepends"}, 0, p)) return Value::null();
  bool keep = false;
  if (!p[0].is_null()) {
    int t = truth(vm, p[0]);
    if (t < 0) return Value::null();
    keep = t == 1;
  }
  Str* s = self_str(args);
  List* out = list_new(vm);
  int64_t n = s->length;
  for (int64_t i = 0; i < n;) {
    int64_t j = i;
    while (j < n && !is_linebreak(s->at(j))) ++j;
    int64_t eol = j;
    if (j < n) {
      j += (s->at(j) == '\r' && j + 1 < n && s->at(j + 1) == '\n') ? 2 : 1;
      if (keep) eol = j;
    }
    list_append(vm, out, substr(vm, s, i, eol));
    i = j;
  }
  return Value::from_object(out);
}

Value str_encode_method(VM& vm, CallArgs args) {
  Value p[2];
  if (!parse_args(vm, args, 1, "encode", {"encoding", "errors"}, 0, p)) return Value::null();
  std::string enc = "utf-8", err = "strict";
  for (int k = 0; k < 2; ++k) {
    if (p[k].is_null()) continue;
    if (!is_str(vm, p[k])) {
      return raise_type_error(vm, std::string("encode() argument '") +
                                      (k == 0 ? "encoding" : "errors") + "' must be str, not " +
                                      type_name(vm, p[k]));
    }
    (k == 0 ? enc : err) = str_to_utf8(p[k].as<Str>());
  }
  return str_encode(vm, self_str(args), enc, err);
}

Value affix_remove(VM& vm, CallArgs args, bool suffix) {
  Str* s = self_str(args);
  if (!is_str(vm, args.args[1])) {
    return raise_type_error(vm, std::string(suffix ? "removesuffix" : "removeprefix") +
                                    "() argument must be str, not " + type_name(vm, args.args[1]));
  }
  Str* a = args.args[1].as<Str>();
  if (a->length == 0 || !tail_match(s, a, 0, s->length, suffix)) {
    return pad(vm, args.args[0], 0, 0, ' ');
  }
  return suffix ? substr(vm, s, 0, s->length - a->length) : substr(vm, s, a->length, s->length);
}

Value str_removeprefix(VM& vm, CallArgs args) { return affix_remove(vm, args, false); }
Value str_removesuffix(VM& vm, CallArgs args) { return affix_remove(vm, args, true); }

Value str_expandtabs(VM& vm, CallArgs args) {
  Value p[1];
  if (!parse_args(vm, args, 1, "expandtabs", {"tabsize"}, 0, p)) return Value::null();
  int64_t tabsize = 8;
  if (!p[0].is_null() && !index_to_int64(vm, p[0], &tabsize)) return Value::null();
  Str* s = self_str(args);
  StrBuilder b;
  int64_t column = 0;
  for (int64_t i = 0; i < s->length; ++i) {
    uint32_t c = s->at(i);
    if (c == '\t') {
      if (tabsize > 0) {
        int64_t spaces = tabsize - column % tabsize;
        for (int64_t k = 0; k < spaces; ++k) b.push(' ');
        column += spaces;
      }
    } else {
      b.push(c);
      column = (c == '\n' || c == '\r') ? 0 : column + 1;
    }
  }
  return Value::from_object(b.finish(vm));
}

}  // namespace

void init_str_methods_part2(VM& vm) {
  Type* t = vm.types().str;
  constexpr uint32_t kM = kNativeMethod;
  constexpr uint32_t kMK = kNativeMethod | kNativeKeywords;
  constexpr uint32_t kMT = kNativeMethod | kNativeTakesStyle;
  constexpr uint32_t kMKT = kMK | kNativeTakesStyle;
  add_method(vm, t, "find", str_find_method, 1, 3, kMT);
  add_method(vm, t, "rfind", str_rfind_method, 1, 3, kMT);
  add_method(vm, t, "index", str_index_method, 1, 3, kMT);
  add_method(vm, t, "rindex", str_rindex_method, 1, 3, kMT);
  add_method(vm, t, "count", str_count_method, 1, 3, kMT);
  add_method(vm, t, "startswith", str_startswith, 1, 3, kMT);
  add_method(vm, t, "endswith", str_endswith, 1, 3, kMT);
  add_method(vm, t, "join", str_join, 1, 1, kM);
  add_method(vm, t, "split", str_split, 0, 2, kMKT);
  add_method(vm, t, "rsplit", str_rsplit, 0, 2, kMKT);
  add_method(vm, t, "strip", str_strip, 0, 1, kM);
  add_method(vm, t, "lstrip", str_lstrip, 0, 1, kM);
  add_method(vm, t, "rstrip", str_rstrip, 0, 1, kM);
  add_method(vm, t, "replace", str_replace, 2, 3, kM);
  add_method(vm, t, "center", str_center, 1, 2, kM);
  add_method(vm, t, "ljust", str_ljust, 1, 2, kM);
  add_method(vm, t, "rjust", str_rjust, 1, 2, kM);
  add_method(vm, t, "zfill", str_zfill, 1, 1, kM);
  add_method(vm, t, "partition", str_partition, 1, 1, kM);
  add_method(vm, t, "rpartition", str_rpartition, 1, 1, kM);
  add_method(vm, t, "splitlines", str_splitlines, 0, 1, kMKT);
  add_method(vm, t, "encode", str_encode_method, 0, 2, kMKT);
  add_method(vm, t, "removeprefix", str_removeprefix, 1, 1, kM);
  add_method(vm, t, "removesuffix", str_removesuffix, 1, 1, kM);
  add_method(vm, t, "expandtabs", str_expandtabs, 0, 1, kMKT);
}

}  // namespace pyvm::runtime

namespace pyvm::runtime {
namespace {

// The largest code point of `s` (0x7F, a bound, for an ASCII str: all that
// str_alloc needs to choose the same representation).
uint32_t max_char_of(const Str* s) {
  if (s->is_ascii) return 0x7F;
  if (s->kind == 1) return 0xFF;  // not ASCII: some code point is >= 0x80
  uint32_t m = 0;
  for (int64_t i = 0; i < s->length; ++i) m = std::max(m, s->at(i));
  return m;
}

}  // namespace

// str_join_array when the separator and every part are one-byte strs:
// one pass sizes the result, one copies (null when some part is wider).
Str* join_latin1(VM& vm, const Str* sep, const Value* parts, int64_t n) {
  int64_t total = sep != nullptr && n > 1 ? sep->length * (n - 1) : 0;
  bool ascii = sep == nullptr || n < 2 || sep->is_ascii;
  for (int64_t i = 0; i < n; ++i) {
    const Str* part = parts[i].as<Str>();
    if (part->kind != 1) return nullptr;
    total += part->length;
    ascii = ascii && part->is_ascii;
  }
  Str* r = str_alloc(vm, total, ascii ? 0x7F : 0xFF);
  auto* out = reinterpret_cast<uint8_t*>(r + 1);
  const uint8_t* sep_data = sep != nullptr ? sep->data1() : nullptr;
  auto sep_len = static_cast<size_t>(sep != nullptr ? sep->length : 0);
  for (int64_t i = 0; i < n; ++i) {
    if (i > 0 && sep_len != 0) {
      if (sep_len == 1) {
        *out++ = sep_data[0];
      } else {
        std::memcpy(out, sep_data, sep_len);
        out += sep_len;
      }
    }
    const Str* part = parts[i].as<Str>();
    std::memcpy(out, part->data1(), static_cast<size_t>(part->length));
    out += part->length;
  }
  // Every byte below 0x80 makes an ASCII str even when a part was not
  // marked so; recompute the flag exactly for the non-ASCII bound.
  if (!ascii) {
    uint32_t bits = 0;
    const uint8_t* data = r->data1();
    for (int64_t i = 0; i < total; ++i) bits |= data[i];
    r->is_ascii = bits < 0x80;
  }
  return r;
}

Str* str_join_array(VM& vm, const Str* sep, const Value* parts, int64_t n) {
  if (sep == nullptr || sep->kind == 1) {
    Str* r = join_latin1(vm, sep, parts, n);
    if (r != nullptr) {
      // One Latin-1 character: the shared one-character str, as elsewhere.
      if (r->length == 1) return str_from_char(vm, r->data1()[0]);
      return r;
    }
  }
  int64_t total = 0;
  uint32_t max_char = 0;
  if (sep != nullptr && n > 1) {
    total = sep->length * (n - 1);
    max_char = max_char_of(sep);
  }
  for (int64_t i = 0; i < n; ++i) {
    const Str* part = parts[i].as<Str>();
    total += part->length;
    max_char = std::max(max_char, max_char_of(part));
  }
  Str* r = str_alloc(vm, total, max_char);
  auto* out = reinterpret_cast<uint8_t*>(r + 1);
  int64_t at = 0;
  auto copy = [&](const Str* part) {
    if (part->kind == r->kind) {
      std::memcpy(out + at * r->kind, part + 1, static_cast<size_t>(part->length * part->kind));
    } else {
      for (int64_t i = 0; i < part->length; ++i) str_write(r, at + i, part->at(i));
    }
    at += part->length;
  };
  for (int64_t i = 0; i < n; ++i) {
    if (i > 0 && sep != nullptr) copy(sep);
    copy(parts[i].as<Str>());
  }
  // One Latin-1 character: the shared one-character str, as elsewhere.
  if (total == 1 && max_char < 0x100) return str_from_char(vm, r->at(0));
  return r;
}

}  // namespace pyvm::runtime
