// The native `unicodedata` module (see runtime/unicodedata_module.h).
#include "runtime/unicodedata_module.h"

#include <utf8proc.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "runtime/bytes_like.h"
#include "runtime/dict.h"
#include "runtime/exceptions.h"
#include "runtime/float.h"
#include "runtime/function.h"
#include "runtime/int.h"
#include "runtime/module.h"
#include "runtime/native_args.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/unicodedata_tables.h"
#include "vm/vm.h"

namespace pyvm::runtime {
namespace {

namespace ud = unicodedata_tables;

// ---- argument checks

// Checks a positional-only signature, with the keyword message of
// unicodedata's functions ("unicodedata.name() takes no keyword arguments").
bool check_args(VM& vm, CallArgs args, const char* function, int64_t min, int64_t max) {
  if (args.kwnames != nullptr && args.kwnames->length > 0) {
    raise_type_error(vm, std::string("unicodedata.") + function + "() takes no keyword arguments");
    return false;
  }
  return check_positional(vm, args, function, min, max);
}

// The one character of a one-character str argument, or false after raising
// "NAME() argument [N ]must be a unicode character, not TYPE".
bool char_arg(VM& vm, Value v, const char* function, bool numbered, uint32_t* out) {
  if (is_str(vm, v) && v.as<Str>()->length == 1) {
    *out = v.as<Str>()->at(0);
    return true;
  }
  raise_type_error(vm, std::string(function) + "() argument " + (numbered ? "1 " : "") +
                           "must be a unicode character, not " + type_name(vm, v));
  return false;
}

// The single character argument of category() and its kind (one positional
// argument: "unicodedata.category() takes exactly one argument (0 given)").
bool single_char(VM& vm, CallArgs args, const char* function, uint32_t* out) {
  if (args.kwnames != nullptr && args.kwnames->length > 0) {
    raise_type_error(vm, std::string("unicodedata.") + function + "() takes no keyword arguments");
    return false;
  }
  if (args.npos != 1) {
    raise_type_error(vm, std::string("unicodedata.") + function +
                             "() takes exactly one argument (" + std::to_string(args.npos) +
                             " given)");
    return false;
  }
  return char_arg(vm, args.args[0], function, false, out);
}

// ---- properties

const ud::Properties& properties_of(uint32_t c) {
  const auto* end = std::end(ud::kPropertyRuns);
  const auto* it =
      std::upper_bound(std::begin(ud::kPropertyRuns), end, c,
                       [](uint32_t code, const ud::PropertyRun& run) { return code < run.first; });
  return ud::kProperties[(it - 1)->properties];
}

Value ud_category(VM& vm, CallArgs args) {
  uint32_t c;
  if (!single_char(vm, args, "category", &c)) return Value::null();
  return Value::from_object(str_from_ascii(vm, properties_of(c).category));
}

Value ud_bidirectional(VM& vm, CallArgs args) {
  uint32_t c;
  if (!single_char(vm, args, "bidirectional", &c)) return Value::null();
  return Value::from_object(str_from_ascii(vm, properties_of(c).bidirectional));
}

Value ud_combining(VM& vm, CallArgs args) {
  uint32_t c;
  if (!single_char(vm, args, "combining", &c)) return Value::null();
  return Value::from_small_int(properties_of(c).combining);
}

Value ud_east_asian_width(VM& vm, CallArgs args) {
  uint32_t c;
  if (!single_char(vm, args, "east_asian_width", &c)) return Value::null();
  return Value::from_object(str_from_ascii(vm, properties_of(c).east_asian_width));
}

Value ud_mirrored(VM& vm, CallArgs args) {
  uint32_t c;
  if (!single_char(vm, args, "mirrored", &c)) return Value::null();
  return Value::from_small_int(properties_of(c).mirrored ? 1 : 0);
}

template <typename Entry, size_t N>
const Entry* find_code(const Entry (&table)[N], uint32_t c) {
  const Entry* it = std::lower_bound(std::begin(table), std::end(table), c,
                                     [](const Entry& e, uint32_t code) { return e.code < code; });
  return it != std::end(table) && it->code == c ? it : nullptr;
}

Value ud_decomposition(VM& vm, CallArgs args) {
  uint32_t c;
  if (!single_char(vm, args, "decomposition", &c)) return Value::null();
  const ud::Decomposition* d = find_code(ud::kDecompositions, c);
  return Value::from_object(str_from_ascii(vm, d == nullptr ? "" : d->text));
}

enum class NumericKind { kDecimal, kDigit, kNumeric };

// decimal(), digit() and numeric(): the value, else the default, else
// ValueError.
Value numeric_value(VM& vm, CallArgs args, const char* function, NumericKind kind) {
  uint32_t c;
  if (!check_args(vm, args, function, 1, 2) || !char_arg(vm, args.args[0], function, true, &c)) {
    return Value::null();
  }
  const ud::Numeric* n = find_code(ud::kNumerics, c);
  if (n != nullptr) {
    if (kind == NumericKind::kNumeric) return float_new(vm, n->numeric);
    int value = kind == NumericKind::kDecimal ? n->decimal : n->digit;
    if (value >= 0) return Value::from_small_int(value);
  }
  if (args.npos > 1) return args.args[1];
  const char* message = kind == NumericKind::kDecimal ? "not a decimal"
                        : kind == NumericKind::kDigit ? "not a digit"
                                                      : "not a numeric character";
  return raise_value_error(vm, message);
}

Value ud_decimal(VM& vm, CallArgs args) {
  return numeric_value(vm, args, "decimal", NumericKind::kDecimal);
}

Value ud_digit(VM& vm, CallArgs args) {
  return numeric_value(vm, args, "digit", NumericKind::kDigit);
}

Value ud_numeric(VM& vm, CallArgs args) {
  return numeric_value(vm, args, "numeric", NumericKind::kNumeric);
}

// ---- names

constexpr uint32_t kHangulFirst = 0xAC00;
constexpr uint32_t kHangulCount = 11172;
constexpr const char* kHangulPrefix = "HANGUL SYLLABLE ";
constexpr const char* kUnifiedPrefix = "CJK UNIFIED IDEOGRAPH-";
// The jamo short names of the leading consonants, vowels and trailing
// consonants a Hangul syllable's name is made of (Unicode's Jamo.txt).
constexpr const char* kJamoL[] = {"G",  "GG", "N", "D",  "DD", "R", "M", "B", "BB", "S",
                                  "SS", "",   "J", "JJ", "C",  "K", "T", "P", "H"};
constexpr const char* kJamoV[] = {"A",   "AE", "YA", "YAE", "EO", "E",  "YEO",
                                  "YE",  "O",  "WA", "WAE", "OE", "YO", "U",
                                  "WEO", "WE", "WI", "YU",  "EU", "YI", "I"};
constexpr const char* kJamoT[] = {"",   "G",  "GG", "GS", "N",  "NJ", "NH", "D", "L",  "LG",
                                  "LM", "LB", "LS", "LT", "LP", "LH", "M",  "B", "BS", "S",
                                  "SS", "NG", "J",  "C",  "K",  "T",  "P",  "H"};

// The decoded name table: built on first use.
struct NameIndex {
  std::vector<std::string_view> words;
  std::vector<uint32_t> offsets;                    // into kNames, one per named code point
  std::vector<uint32_t> run_starts;                 // index of each kNameRuns entry's first name
  std::unordered_map<std::string, uint32_t> codes;  // name -> code point
};

int alphabet_value(char ch) {
  return static_cast<int>(std::strchr(ud::kNameAlphabet, ch) - ud::kNameAlphabet);
}

// Decodes the name starting at kNames[offset].
std::string decode_name(const NameIndex& index, uint32_t offset) {
  constexpr int kBase = sizeof(ud::kNameAlphabet) - 1;
  std::string out;
  const char* p = ud::kNames + offset;
  while (*p != ' ') {
    int word = alphabet_value(*p++);
    if (word >= ud::kNameOneCharWords + ud::kNameTwoCharLeads) {
      int high = word - ud::kNameOneCharWords - ud::kNameTwoCharLeads;
      int mid = alphabet_value(*p++);
      word = ud::kNameOneCharWords + ud::kNameTwoCharLeads * kBase + (high * kBase + mid) * kBase +
             alphabet_value(*p++);
    } else if (word >= ud::kNameOneCharWords) {
      word = ud::kNameOneCharWords + (word - ud::kNameOneCharWords) * kBase + alphabet_value(*p++);
    }
    if (!out.empty()) out.push_back(' ');
    out.append(index.words[word]);
  }
  return out;
}

const NameIndex& name_index() {
  static const NameIndex* index = [] {
    auto* built = new NameIndex();
    std::string_view words(ud::kNameWords);
    for (size_t start = 0; start < words.size();) {
      size_t end = words.find(' ', start);
      built->words.push_back(words.substr(start, end - start));
      start = end + 1;
    }
    for (uint32_t offset = 0; ud::kNames[offset] != '\0';) {
      built->offsets.push_back(offset);
      offset = static_cast<uint32_t>(std::strchr(ud::kNames + offset, ' ') - ud::kNames) + 1;
    }
    uint32_t next = 0;
    for (const ud::NameRun& run : ud::kNameRuns) {
      built->run_starts.push_back(next);
      for (uint32_t i = 0; i < run.count; ++i) {
        built->codes.emplace(decode_name(*built, built->offsets[next + i]), run.first + i);
      }
      next += run.count;
    }
    return built;
  }();
  return *index;
}

std::string hex_code(uint32_t c) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04X", c);
  return buffer;
}

// The name of code point `c`, or "" when it has none.
std::string name_of(uint32_t c) {
  if (c >= kHangulFirst && c < kHangulFirst + kHangulCount) {
    uint32_t s = c - kHangulFirst;
    return std::string(kHangulPrefix) + kJamoL[s / 588] + kJamoV[(s % 588) / 28] + kJamoT[s % 28];
  }
  for (const ud::NameRange& range : ud::kNameRangePrefixes) {
    if (c >= range.first && c <= range.last) return range.prefix + hex_code(c);
  }
  const auto* end = std::end(ud::kNameRuns);
  const auto* it =
      std::upper_bound(std::begin(ud::kNameRuns), end, c,
                       [](uint32_t code, const ud::NameRun& run) { return code < run.first; });
  if (it == std::begin(ud::kNameRuns) || c >= (it - 1)->first + (it - 1)->count) return "";
  const NameIndex& index = name_index();
  size_t run = static_cast<size_t>(it - 1 - std::begin(ud::kNameRuns));
  return decode_name(index, index.offsets[index.run_starts[run] + (c - (it - 1)->first)]);
}

Value ud_name(VM& vm, CallArgs args) {
  uint32_t c;
  if (!check_args(vm, args, "name", 1, 2) || !char_arg(vm, args.args[0], "name", true, &c)) {
    return Value::null();
  }
  std::string name = name_of(c);
  if (!name.empty()) return Value::from_object(str_from_ascii(vm, name));
  if (args.npos > 1) return args.args[1];
  return raise_value_error(vm, "no such name");
}

// The longest of `table`'s names that starts `text` at `*pos` (advancing
// `*pos` past it), or -1.
template <size_t N>
int longest_jamo(const char* const (&table)[N], std::string_view text, size_t* pos) {
  int best = -1;
  size_t best_length = 0;
  for (size_t i = 0; i < N; ++i) {
    size_t length = std::strlen(table[i]);
    if ((best < 0 || length > best_length) && text.substr(*pos, length) == table[i]) {
      best = static_cast<int>(i);
      best_length = length;
    }
  }
  *pos += best_length;
  return best;
}

// A Hangul syllable's code point from its name, or -1.
int64_t hangul_code(std::string_view name) {
  std::string_view prefix(kHangulPrefix);
  if (name.substr(0, prefix.size()) != prefix) return -1;
  size_t pos = prefix.size();
  int l = longest_jamo(kJamoL, name, &pos);
  int v = longest_jamo(kJamoV, name, &pos);
  int t = longest_jamo(kJamoT, name, &pos);
  if (l < 0 || v < 0 || t < 0 || pos != name.size()) return -1;
  return kHangulFirst + (l * 21 + v) * 28 + t;
}

// The code point of a name PREFIX-HEX of one of the ranges named so, or -1.
// CJK unified ideographs are matched case-sensitively with 4 or 5 hex digits,
// the other ranges (which CPython lists name by name) ignoring case.
int64_t prefixed_code(std::string_view name, std::string_view upper) {
  for (const ud::NameRange& range : ud::kNameRangePrefixes) {
    std::string_view prefix(range.prefix);
    bool unified = prefix == kUnifiedPrefix;
    std::string_view text = unified ? name : upper;
    if (text.substr(0, prefix.size()) != prefix) continue;
    std::string_view digits = text.substr(prefix.size());
    if (digits.size() < 4 || digits.size() > 5) return -1;
    uint32_t code = 0;
    for (char ch : digits) {
      if (ch >= '0' && ch <= '9') {
        code = code * 16 + static_cast<uint32_t>(ch - '0');
      } else if (ch >= 'A' && ch <= 'F') {
        code = code * 16 + static_cast<uint32_t>(ch - 'A' + 10);
      } else {
        return -1;
      }
    }
    if (!unified && hex_code(code) != digits) return -1;
    for (const ud::NameRange& r : ud::kNameRangePrefixes) {
      if (code >= r.first && code <= r.last && std::string_view(r.prefix) == prefix) return code;
    }
    return -1;
  }
  return -1;
}

// The code point or named sequence called `name`: false when there is none.
bool lookup_name(std::string_view name, bool sequences, std::vector<uint32_t>* out) {
  std::string upper(name);
  for (char& ch : upper) {
    if (ch >= 'a' && ch <= 'z') ch = static_cast<char>(ch - 'a' + 'A');
  }
  int64_t code = hangul_code(name);
  if (code < 0) code = prefixed_code(name, upper);
  if (code < 0) {
    const NameIndex& index = name_index();
    auto it = index.codes.find(upper);
    if (it != index.codes.end()) code = it->second;
  }
  if (code >= 0) {
    out->push_back(static_cast<uint32_t>(code));
    return true;
  }
  for (const ud::NameAlias& alias : ud::kNameAliases) {
    if (upper == alias.name && (sequences || alias.length == 1)) {
      out->assign(alias.code, alias.code + alias.length);
      return true;
    }
  }
  return false;
}

Value ud_lookup(VM& vm, CallArgs args) {
  if (!check_args(vm, args, "lookup", 1, 1)) return Value::null();
  std::string name;
  if (is_str(vm, args.args[0])) {
    name = str_to_utf8(args.args[0].as<Str>());
  } else {
    std::string storage;
    std::string_view view;
    if (!bytes_like_view(vm, args.args[0], &storage, &view)) {
      if (vm.has_exception()) return Value::null();
      return raise_type_error(
          vm, "a bytes-like object is required, not '" + type_name(vm, args.args[0]) + "'");
    }
    name = std::string(view);
  }
  if (name.size() > 256) {
    return raise_key_error(vm, Value::from_object(str_from_ascii(vm, "name too long")));
  }
  std::vector<uint32_t> codes;
  if (lookup_name(name, true, &codes)) {
    return Value::from_object(
        str_from_codepoints(vm, codes.data(), static_cast<int64_t>(codes.size())));
  }
  std::string message = "undefined character name '" + name + "'";
  return raise_key_error(vm, Value::from_object(str_from_utf8(vm, message)));
}

// ---- normalization

// utf8proc's options for a form name, or false after raising.
bool normalization_options(VM& vm, CallArgs args, const char* function, int* options) {
  if (!check_args(vm, args, function, 2, 2)) return false;
  for (size_t i = 0; i < 2; ++i) {
    if (!is_str(vm, args.args[i])) {
      raise_type_error(vm, std::string(function) + "() argument " + std::to_string(i + 1) +
                               " must be str, not " + type_name(vm, args.args[i]));
      return false;
    }
  }
  Str* form = args.args[0].as<Str>();
  int base = UTF8PROC_STABLE;
  if (str_equals_ascii(form, "NFC")) {
    *options = base | UTF8PROC_COMPOSE;
  } else if (str_equals_ascii(form, "NFD")) {
    *options = base | UTF8PROC_DECOMPOSE;
  } else if (str_equals_ascii(form, "NFKC")) {
    *options = base | UTF8PROC_COMPOSE | UTF8PROC_COMPAT;
  } else if (str_equals_ascii(form, "NFKD")) {
    *options = base | UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT;
  } else {
    raise_value_error(vm, "invalid normalization form");
    return false;
  }
  return true;
}

// Normalizes the code points [begin, end) of `s` (no surrogates) onto `out`.
void normalize_segment(const Str* s, int64_t begin, int64_t end, int options, std::string* out) {
  std::string utf8;
  for (int64_t i = begin; i < end; ++i) str_append_utf8(&utf8, s->at(i));
  utf8proc_uint8_t* result = nullptr;
  utf8proc_ssize_t n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(utf8.data()),
                                    static_cast<utf8proc_ssize_t>(utf8.size()), &result,
                                    static_cast<utf8proc_option_t>(options));
  if (n < 0) {
    out->append(utf8);  // not expected: the input is valid UTF-8
  } else {
    out->append(reinterpret_cast<const char*>(result), static_cast<size_t>(n));
  }
  std::free(result);
}

// True for the code points normalization leaves alone and that block
// composition across them: lone surrogates, and code points unassigned in
// Unicode 14.0 (which utf8proc's newer tables may decompose or reorder).
bool passes_unchanged(uint32_t c) {
  if (c >= 0xD800 && c <= 0xDFFF) return true;
  if (c < 0x300) return false;
  const char* category = properties_of(c).category;
  return category[0] == 'C' && category[1] == 'n';
}

// The normalized text of `s` in UTF-8: segments between the code points that
// pass unchanged go through utf8proc.
std::string normalized_utf8(const Str* s, int options) {
  std::string out;
  int64_t begin = 0;
  for (int64_t i = 0; i <= s->length; ++i) {
    bool unchanged = i < s->length && passes_unchanged(s->at(i));
    if (i < s->length && !unchanged) continue;
    normalize_segment(s, begin, i, options, &out);
    if (unchanged) str_append_utf8(&out, s->at(i));
    begin = i + 1;
  }
  return out;
}

Value ud_normalize(VM& vm, CallArgs args) {
  int options;
  if (!normalization_options(vm, args, "normalize", &options)) return Value::null();
  Str* s = args.args[1].as<Str>();
  if (s->is_ascii) return args.args[1];
  std::string out = normalized_utf8(s, options);
  if (out == str_to_utf8(s)) return args.args[1];
  return Value::from_object(str_from_utf8(vm, out));
}

Value ud_is_normalized(VM& vm, CallArgs args) {
  int options;
  if (!normalization_options(vm, args, "is_normalized", &options)) return Value::null();
  Str* s = args.args[1].as<Str>();
  if (s->is_ascii) return vm.bool_value(true);
  return vm.bool_value(normalized_utf8(s, options) == str_to_utf8(s));
}

}  // namespace

int64_t unicode_code_of_name(std::string_view name) {
  std::vector<uint32_t> codes;
  if (name.size() > 256 || !lookup_name(name, false, &codes)) return -1;
  return codes[0];
}

Value create_unicodedata_module(VM& vm) {
  Module* module = module_new(vm, vm.intern("unicodedata"));
  struct {
    const char* name;
    NativeFn fn;
  } functions[] = {
      {"category", ud_category},
      {"bidirectional", ud_bidirectional},
      {"combining", ud_combining},
      {"east_asian_width", ud_east_asian_width},
      {"mirrored", ud_mirrored},
      {"decomposition", ud_decomposition},
      {"decimal", ud_decimal},
      {"digit", ud_digit},
      {"numeric", ud_numeric},
      {"name", ud_name},
      {"lookup", ud_lookup},
      {"normalize", ud_normalize},
      {"is_normalized", ud_is_normalized},
  };
  for (const auto& f : functions) {
    NativeFunction* native = native_function_new(vm, f.name, f.fn, 0, -1, kNativeKeywords);
    dict_set_str(vm, module->dict, native->name, Value::from_object(native));
  }
  dict_set_str(vm, module->dict, vm.intern("unidata_version"),
               Value::from_object(str_from_ascii(vm, ud::kUnidataVersion)));
  dict_set_str(vm, vm.modules(), module->name, Value::from_object(module));
  return Value::from_object(module);
}

}  // namespace pyvm::runtime
