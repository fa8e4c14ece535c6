// The methods bytes and bytearray share (searching, splitting, stripping,
// ASCII case mapping and predicates, padding, hex, decode, translate). Each
// reads the receiver's bytes and returns results of the receiver's kind.
#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "runtime/array_module.h"
#include "runtime/bytearray.h"
#include "runtime/bytes.h"
#include "runtime/bytes_like.h"
#include "runtime/collections_module.h"
#include "runtime/dict.h"
#include "runtime/exceptions.h"
#include "runtime/function.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/memoryview.h"
#include "runtime/ops.h"
#include "runtime/sequence.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "vm/vm.h"

namespace pyvm::runtime {

bool bytes_like_view(VM& vm, Value v, std::string* storage, std::string_view* out) {
  if (is_bytes(vm, v)) {
    *out = v.as<Bytes>()->view();
    return true;
  }
  if (is_bytearray(vm, v)) {
    *storage = std::string(bytearray_view(v.as<ByteArray>()));
    *out = *storage;
    return true;
  }
  if (is_memoryview(vm, v)) {
    if (!memoryview_contents(vm, v, storage)) return false;
    *out = *storage;
    return true;
  }
  if (std::string_view raw; array_contents(vm, v, &raw)) {  // array.array's buffer
    *storage = std::string(raw);
    *out = *storage;
    return true;
  }
  return false;
}

Value bytes_like_result(VM& vm, Value self, std::string_view data) {
  if (is_bytearray(vm, self)) return Value::from_object(bytearray_new(vm, data));
  return Value::from_object(bytes_new(vm, data));
}

std::string bytes_to_hex(std::string_view data, std::string_view sep, int64_t group) {
  static const char kHex[] = "0123456789abcdef";
  std::string out;
  int64_t n = static_cast<int64_t>(data.size());
  int64_t g = group < 0 ? -group : group;
  for (int64_t i = 0; i < n; ++i) {
    if (i > 0 && !sep.empty() && g > 0) {
      bool boundary = group > 0 ? (n - i) % g == 0 : i % g == 0;
      if (boundary) out += sep;
    }
    auto c = static_cast<unsigned char>(data[static_cast<size_t>(i)]);
    out.push_back(kHex[c >> 4]);
    out.push_back(kHex[c & 15]);
  }
  return out;
}

namespace {

bool is_ascii_space(unsigned char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\x0b' || c == '\x0c';
}
bool is_ascii_lower(unsigned char c) { return c >= 'a' && c <= 'z'; }
bool is_ascii_upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
bool is_ascii_alpha(unsigned char c) { return is_ascii_lower(c) || is_ascii_upper(c); }
bool is_ascii_digit(unsigned char c) { return c >= '0' && c <= '9'; }
char to_upper(unsigned char c) { return static_cast<char>(is_ascii_lower(c) ? c - 32 : c); }
char to_lower(unsigned char c) { return static_cast<char>(is_ascii_upper(c) ? c + 32 : c); }

// The receiver's bytes (copied for a bytearray, which Python code could resize).
struct Self {
  std::string storage;
  std::string_view data;
};

bool read_self(VM& vm, Value self, Self* out) {
  if (bytes_like_view(vm, self, &out->storage, &out->data)) return true;
  if (!vm.has_exception()) raise_type_error(vm, "descriptor requires a bytes-like object");
  return false;
}

Value result(VM& vm, CallArgs args, std::string_view data) {
  return bytes_like_result(vm, args.args[0], data);
}

// The `sub` of find/count/index: bytes-like or an int in range(256).
bool sub_arg(VM& vm, Value v, std::string* storage, std::string_view* out) {
  if (bytes_like_view(vm, v, storage, out)) return true;
  if (vm.has_exception()) return false;
  if (!is_index_like(vm, v)) {
    raise_type_error(
        vm, "argument should be integer or bytes-like object, not '" + type_name(vm, v) + "'");
    return false;
  }
  int64_t c = 0;
  if (!index_to_int64(vm, v, &c)) return false;
  if (c < 0 || c > 255) {
    raise_value_error(vm, "byte must be in range(0, 256)");
    return false;
  }
  *storage = std::string(1, static_cast<char>(c));
  *out = *storage;
  return true;
}

// CPython's ADJUST_INDICES for optional start/end at args[first..first+2).
bool search_bounds(VM& vm, CallArgs args, size_t first, int64_t length, int64_t* start,
                   int64_t* end) {
  *start = 0;
  *end = length;
  for (size_t k = 0; k < 2 && first + k < args.npos; ++k) {
    Value v = args.args[first + k];
    if (v == vm.none()) continue;
    int64_t x = 0;
    if (is_int(vm, v) && !int_to_int64(vm, v, &x)) {
      x = int_compare(vm, v, Value::from_small_int(0)) < 0 ? INT64_MIN / 2 : INT64_MAX / 2;
    } else if (!is_index_like(vm, v)) {
      raise_type_error(vm, "slice indices must be integers or None or have an __index__ method");
      return false;
    } else if (!index_to_int64(vm, v, &x)) {
      return false;
    }
    if (x < 0) x = std::max<int64_t>(x + length, 0);
    if (k == 0) {
      *start = x;
    } else {
      *end = std::min(x, length);
    }
  }
  return true;
}

// find/rfind/index/rindex/count core. mode: 0 find, 1 rfind, 2 count.
// Returns the index, -1 when absent, -2 with an exception pending.
int64_t search(VM& vm, CallArgs args, int mode) {
  Self s;
  std::string sub_storage;
  std::string_view sub;
  if (!read_self(vm, args.args[0], &s) || !sub_arg(vm, args.args[1], &sub_storage, &sub)) {
    return -2;
  }
  int64_t n = static_cast<int64_t>(s.data.size());
  int64_t start, end;
  if (!search_bounds(vm, args, 2, n, &start, &end)) return -2;
  int64_t m = static_cast<int64_t>(sub.size());
  if (mode == 2) {
    if (start > n || end - start < m) return 0;
    if (m == 0) return end - start + 1;
    int64_t count = 0;
    for (int64_t i = start; i + m <= end;) {
      if (s.data.compare(static_cast<size_t>(i), static_cast<size_t>(m), sub) == 0) {
        ++count;
        i += m;
      } else {
        ++i;
      }
    }
    return count;
  }
  if (start > n || end - start < m) return -1;
  std::string_view window =
      s.data.substr(static_cast<size_t>(start), static_cast<size_t>(end - start));
  size_t at = mode == 0 ? window.find(sub) : window.rfind(sub);
  return at == std::string_view::npos ? -1 : start + static_cast<int64_t>(at);
}

Value find_method(VM& vm, CallArgs args) {
  int64_t r = search(vm, args, 0);
  return r == -2 ? Value::null() : Value::from_small_int(r);
}
Value rfind_method(VM& vm, CallArgs args) {
  int64_t r = search(vm, args, 1);
  return r == -2 ? Value::null() : Value::from_small_int(r);
}
Value index_method(VM& vm, CallArgs args) {
  int64_t r = search(vm, args, 0);
  if (r == -1) return raise_value_error(vm, "subsection not found");
  return r == -2 ? Value::null() : Value::from_small_int(r);
}
Value rindex_method(VM& vm, CallArgs args) {
  int64_t r = search(vm, args, 1);
  if (r == -1) return raise_value_error(vm, "subsection not found");
  return r == -2 ? Value::null() : Value::from_small_int(r);
}
Value count_method(VM& vm, CallArgs args) {
  int64_t r = search(vm, args, 2);
  return r == -2 ? Value::null() : Value::from_small_int(r);
}

// startswith/endswith with a bytes-like prefix or a tuple of them.
Value affix_method(VM& vm, CallArgs args, bool ends) {
  Self s;
  if (!read_self(vm, args.args[0], &s)) return Value::null();
  int64_t n = static_cast<int64_t>(s.data.size());
  int64_t start, end;
  if (!search_bounds(vm, args, 2, n, &start, &end)) return Value::null();
  Value arg = args.args[1];
  bool is_tup = is_tuple(vm, arg);
  int64_t count = is_tup ? arg.as<Tuple>()->length : 1;
  for (int64_t k = 0; k < count; ++k) {
    Value item = is_tup ? arg.as<Tuple>()->at(k) : arg;
    std::string storage;
    std::string_view affix;
    if (!bytes_like_view(vm, item, &storage, &affix)) {
      if (vm.has_exception()) return Value::null();
      const char* name = ends ? "endswith" : "startswith";
      return raise_type_error(vm, std::string(name) + " first arg must be bytes or a tuple of " +
                                      "bytes, not " + type_name(vm, item));
    }
    int64_t m = static_cast<int64_t>(affix.size());
    if (start > n || end - start < m) continue;
    int64_t at = ends ? end - m : start;
    if (s.data.compare(static_cast<size_t>(at), static_cast<size_t>(m), affix) == 0) {
      return vm.true_value();
    }
  }
  return vm.false_value();
}
Value startswith_method(VM& vm, CallArgs args) { return affix_method(vm, args, false); }
Value endswith_method(VM& vm, CallArgs args) { return affix_method(vm, args, true); }

Value list_of_parts(VM& vm, CallArgs args, const std::vector<std::string_view>& parts) {
  List* out = list_new(vm, 0);
  for (std::string_view p : parts) {
    Value item = result(vm, args, p);
    list_append(vm, out, item);
  }
  return Value::from_object(out);
}

// Reads split's sep (null: whitespace) and maxsplit; false on error.
bool split_args(VM& vm, CallArgs args, const char* name, std::string* storage,
                std::string_view* sep, bool* whitespace, int64_t* maxsplit) {
  Value p[2];
  if (!parse_args(vm, args, 1, name, {"sep", "maxsplit"}, 0, p)) return false;
  *whitespace = p[0].is_null() || p[0] == vm.none();
  if (!*whitespace) {
    if (!require_bytes_like(vm, p[0], storage, sep)) return false;
    if (sep->empty()) {
      raise_value_error(vm, "empty separator");
      return false;
    }
  }
  *maxsplit = -1;
  if (!p[1].is_null() && !index_to_int64(vm, p[1], maxsplit)) return false;
  if (*maxsplit < 0) *maxsplit = INT64_MAX;
  return true;
}

std::vector<std::string_view> split_whitespace(std::string_view d, int64_t maxsplit) {
  std::vector<std::string_view> parts;
  size_t i = 0, n = d.size();
  while (true) {
    while (i < n && is_ascii_space(static_cast<unsigned char>(d[i]))) ++i;
    if (i == n) break;
    if (static_cast<int64_t>(parts.size()) == maxsplit) {
      size_t e = n;
      while (e > i && is_ascii_space(static_cast<unsigned char>(d[e - 1]))) --e;
      parts.push_back(d.substr(i, e - i));
      break;
    }
    size_t j = i;
    while (j < n && !is_ascii_space(static_cast<unsigned char>(d[j]))) ++j;
    parts.push_back(d.substr(i, j - i));
    i = j;
  }
  return parts;
}

std::vector<std::string_view> rsplit_whitespace(std::string_view d, int64_t maxsplit) {
  std::vector<std::string_view> parts;
  size_t e = d.size();
  while (true) {
    while (e > 0 && is_ascii_space(static_cast<unsigned char>(d[e - 1]))) --e;
    if (e == 0) break;
    if (static_cast<int64_t>(parts.size()) == maxsplit) {
      size_t b = 0;
      while (b < e && is_ascii_space(static_cast<unsigned char>(d[b]))) ++b;
      parts.push_back(d.substr(b, e - b));
      break;
    }
    size_t j = e;
    while (j > 0 && !is_ascii_space(static_cast<unsigned char>(d[j - 1]))) --j;
    parts.push_back(d.substr(j, e - j));
    e = j;
  }
  std::reverse(parts.begin(), parts.end());
  return parts;
}

Value split_method(VM& vm, CallArgs args) {
  Self s;
  std::string storage;
  std::string_view sep;
  bool ws;
  int64_t maxsplit;
  if (!read_self(vm, args.args[0], &s) ||
      !split_args(vm, args, "split", &storage, &sep, &ws, &maxsplit)) {
    return Value::null();
  }
  if (ws) return list_of_parts(vm, args, split_whitespace(s.data, maxsplit));
  std::vector<std::string_view> parts;
  size_t i = 0;
  while (static_cast<int64_t>(parts.size()) < maxsplit) {
    size_t at = s.data.find(sep, i);
    if (at == std::string_view::npos) break;
    parts.push_back(s.data.substr(i, at - i));
    i = at + sep.size();
  }
  parts.push_back(s.data.substr(i));
  return list_of_parts(vm, args, parts);
}

Value rsplit_method(VM& vm, CallArgs args) {
  Self s;
  std::string storage;
  std::string_view sep;
  bool ws;
  int64_t maxsplit;
  if (!read_self(vm, args.args[0], &s) ||
      !split_args(vm, args, "rsplit", &storage, &sep, &ws, &maxsplit)) {
    return Value::null();
  }
  if (ws) return list_of_parts(vm, args, rsplit_whitespace(s.data, maxsplit));
  std::vector<std::string_view> parts;
  size_t end = s.data.size();
  while (static_cast<int64_t>(parts.size()) < maxsplit && end >= sep.size()) {
    size_t at = s.data.substr(0, end).rfind(sep);
    if (at == std::string_view::npos) break;
    parts.push_back(s.data.substr(at + sep.size(), end - at - sep.size()));
    end = at;
  }
  parts.push_back(s.data.substr(0, end));
  std::reverse(parts.begin(), parts.end());
  return list_of_parts(vm, args, parts);
}

Value partition_impl(VM& vm, CallArgs args, bool reverse) {
  Self s;
  std::string storage;
  std::string_view sep;
  if (!read_self(vm, args.args[0], &s) || !require_bytes_like(vm, args.args[1], &storage, &sep)) {
    return Value::null();
  }
  if (sep.empty()) return raise_value_error(vm, "empty separator");
  size_t at = reverse ? s.data.rfind(sep) : s.data.find(sep);
  Value items[3];
  if (at == std::string_view::npos) {
    items[0] = result(vm, args, reverse ? "" : s.data);
    items[1] = result(vm, args, "");
    items[2] = result(vm, args, reverse ? s.data : "");
  } else {
    items[0] = result(vm, args, s.data.substr(0, at));
    items[1] = result(vm, args, sep);
    items[2] = result(vm, args, s.data.substr(at + sep.size()));
  }
  return Value::from_object(tuple_from(vm, items, 3));
}
Value partition_method(VM& vm, CallArgs args) { return partition_impl(vm, args, false); }
Value rpartition_method(VM& vm, CallArgs args) { return partition_impl(vm, args, true); }

Value replace_method(VM& vm, CallArgs args) {
  Self s;
  std::string old_storage, new_storage;
  std::string_view old_sub, new_sub;
  if (!read_self(vm, args.args[0], &s) ||
      !require_bytes_like(vm, args.args[1], &old_storage, &old_sub) ||
      !require_bytes_like(vm, args.args[2], &new_storage, &new_sub)) {
    return Value::null();
  }
  int64_t count = -1;
  if (args.npos > 3 && !index_to_int64(vm, args.args[3], &count)) return Value::null();
  if (count < 0) count = INT64_MAX;
  std::string out;
  size_t i = 0;
  int64_t done = 0;
  if (old_sub.empty()) {
    for (; i < s.data.size() && done < count; ++i, ++done) {
      out += new_sub;
      out.push_back(s.data[i]);
    }
    if (done < count) out += new_sub;
    out += s.data.substr(i);
    return result(vm, args, out);
  }
  while (done < count) {
    size_t at = s.data.find(old_sub, i);
    if (at == std::string_view::npos) break;
    out += s.data.substr(i, at - i);
    out += new_sub;
    i = at + old_sub.size();
    ++done;
  }
  out += s.data.substr(i);
  return result(vm, args, out);
}

// strip/lstrip/rstrip: which = 1 left, 2 right, 3 both.
Value strip_impl(VM& vm, CallArgs args, int which) {
  Self s;
  if (!read_self(vm, args.args[0], &s)) return Value::null();
  std::string storage;
  std::string_view chars;
  bool ws = args.npos < 2 || args.args[1] == vm.none();
  if (!ws && !require_bytes_like(vm, args.args[1], &storage, &chars)) return Value::null();
  auto strip_this = [&](char c) {
    return ws ? is_ascii_space(static_cast<unsigned char>(c)) : chars.find(c) != chars.npos;
  };
  size_t b = 0, e = s.data.size();
  if ((which & 1) != 0) {
    while (b < e && strip_this(s.data[b])) ++b;
  }
  if ((which & 2) != 0) {
    while (e > b && strip_this(s.data[e - 1])) --e;
  }
  return result(vm, args, s.data.substr(b, e - b));
}
Value strip_method(VM& vm, CallArgs args) { return strip_impl(vm, args, 3); }
Value lstrip_method(VM& vm, CallArgs args) { return strip_impl(vm, args, 1); }
Value rstrip_method(VM& vm, CallArgs args) { return strip_impl(vm, args, 2); }

Value join_method(VM& vm, CallArgs args) {
  Self s;
  if (!read_self(vm, args.args[0], &s)) return Value::null();
  std::string out;
  int64_t index = 0;
  int r = for_each_item(vm, args.args[1], [&](Value item) {
    std::string storage;
    std::string_view part;
    if (!bytes_like_view(vm, item, &storage, &part)) {
      if (!vm.has_exception()) {
        raise_type_error(vm, "sequence item " + std::to_string(index) +
                                 ": expected a bytes-like object, " + type_name(vm, item) +
                                 " found");
      }
      return -1;
    }
    if (index++ > 0) out += s.data;
    out += part;
    return 0;
  });
  if (r < 0) return Value::null();
  return result(vm, args, out);
}

template <char (*F)(unsigned char)>
Value map_bytes(VM& vm, CallArgs args) {
  Self s;
  if (!read_self(vm, args.args[0], &s)) return Value::null();
  std::string out(s.data);
  for (char& c : out) c = F(static_cast<unsigned char>(c));
  return result(vm, args, out);
}

char swap_case(unsigned char c) {
  return is_ascii_upper(c) ? to_lower(c) : is_ascii_lower(c) ? to_upper(c) : static_cast<char>(c);
}

Value title_method(VM& vm, CallArgs args) {
  Self s;
  if (!read_self(vm, args.args[0], &s)) return Value::null();
  std::string out(s.data);
  bool prev_cased = false;
  for (char& c : out) {
    auto u = static_cast<unsigned char>(c);
    c = prev_cased ? to_lower(u) : to_upper(u);
    prev_cased = is_ascii_alpha(u);
  }
  return result(vm, args, out);
}

Value capitalize_method(VM& vm, CallArgs args) {
  Self s;
  if (!read_self(vm, args.args[0], &s)) return Value::null();
  std::string out(s.data);
  for (size_t i = 0; i < out.size(); ++i) {
    auto u = static_cast<unsigned char>(out[i]);
    out[i] = i == 0 ? to_upper(u) : to_lower(u);
  }
  return result(vm, args, out);
}

// is* predicates: every byte satisfies F (and the data is not empty).
template <bool (*F)(unsigned char)>
Value all_bytes(VM& vm, CallArgs args) {
  Self s;
  if (!read_self(vm, args.args[0], &s)) return Value::null();
  if (s.data.empty()) return vm.false_value();
  for (char c : s.data) {
    if (!F(static_cast<unsigned char>(c))) return vm.false_value();
  }
  return vm.true_value();
}
bool is_alnum(unsigned char c) { return is_ascii_alpha(c) || is_ascii_digit(c); }

Value isascii_method(VM& vm, CallArgs args) {
  Self s;
  if (!read_self(vm, args.args[0], &s)) return Value::null();
  for (char c : s.data) {
    if (static_cast<unsigned char>(c) >= 0x80) return vm.false_value();
  }
  return vm.true_value();
}

// isupper/islower: some cased byte and none of the other case.
Value case_predicate(VM& vm, CallArgs args, bool upper) {
  Self s;
  if (!read_self(vm, args.args[0], &s)) return Value::null();
  bool cased = false;
  for (char ch : s.data) {
    auto c = static_cast<unsigned char>(ch);
    if (upper ? is_ascii_lower(c) : is_ascii_upper(c)) return vm.false_value();
    if (upper ? is_ascii_upper(c) : is_ascii_lower(c)) cased = true;
  }
  return vm.bool_value(cased);
}
Value isupper_method(VM& vm, CallArgs args) { return case_predicate(vm, args, true); }
Value islower_method(VM& vm, CallArgs args) { return case_predicate(vm, args, false); }

Value istitle_method(VM& vm, CallArgs args) {
  Self s;
  if (!read_self(vm, args.args[0], &s)) return Value::null();
  bool cased = false, prev_cased = false;
  for (char ch : s.data) {
    auto c = static_cast<unsigned char>(ch);
    if (is_ascii_upper(c)) {
      if (prev_cased) return vm.false_value();
      prev_cased = cased = true;
    } else if (is_ascii_lower(c)) {
      if (!prev_cased) return vm.false_value();
      prev_cased = cased = true;
    } else {
      prev_cased = false;
    }
  }
  return vm.bool_value(cased);
}

// center/ljust/rjust: align 0 left (ljust), 1 right (rjust), 2 center.
Value pad_impl(VM& vm, CallArgs args, int align, const char* name) {
  Self s;
  if (!read_self(vm, args.args[0], &s)) return Value::null();
  int64_t width = 0;
  if (!index_to_int64(vm, args.args[1], &width)) return Value::null();
  char fill = ' ';
  if (args.npos > 2) {
    std::string storage;
    std::string_view f;
    bool ok = bytes_like_view(vm, args.args[2], &storage, &f) && f.size() == 1 &&
              !is_memoryview(vm, args.args[2]);
    if (!ok) {
      if (vm.has_exception()) return Value::null();
      return raise_type_error(vm, std::string(name) +
                                      "() argument 2 must be a byte string of length 1, not " +
                                      type_name(vm, args.args[2]));
    }
    fill = f[0];
  }
  int64_t n = static_cast<int64_t>(s.data.size());
  if (width <= n) return result(vm, args, s.data);
  int64_t total = width - n;
  int64_t left = align == 0 ? 0 : align == 1 ? total : total / 2 + (total & width & 1);
  std::string out(static_cast<size_t>(left), fill);
  out += s.data;
  out.append(static_cast<size_t>(total - left), fill);
  return result(vm, args, out);
}
Value ljust_method(VM& vm, CallArgs args) { return pad_impl(vm, args, 0, "ljust"); }
Value rjust_method(VM& vm, CallArgs args) { return pad_impl(vm, args, 1, "rjust"); }
Value center_method(VM& vm, CallArgs args) { return pad_impl(vm, args, 2, "center"); }

Value zfill_method(VM& vm, CallArgs args) {
  Self s;
  if (!read_self(vm, args.args[0], &s)) return Value::null();
  int64_t width = 0;
  if (!index_to_int64(vm, args.args[1], &width)) return Value::null();
  int64_t n = static_cast<int64_t>(s.data.size());
  if (width <= n) return result(vm, args, s.data);
  std::string out(static_cast<size_t>(width - n), '0');
  out += s.data;
  size_t pad = static_cast<size_t>(width - n);
  if (n > 0 && (s.data[0] == '+' || s.data[0] == '-')) {
    out[0] = s.data[0];
    out[pad] = '0';
  }
  return result(vm, args, out);
}

Value expandtabs_method(VM& vm, CallArgs args) {
  Self s;
  Value p[1];
  if (!read_self(vm, args.args[0], &s) ||
      !parse_args(vm, args, 1, "expandtabs", {"tabsize"}, 0, p)) {
    return Value::null();
  }
  int64_t tab = 8;
  if (!p[0].is_null() && !index_to_int64(vm, p[0], &tab)) return Value::null();
  std::string out;
  int64_t column = 0;
  for (char c : s.data) {
    if (c == '\t') {
      if (tab > 0) {
        int64_t spaces = tab - column % tab;
        out.append(static_cast<size_t>(spaces), ' ');
        column += spaces;
      }
    } else {
      out.push_back(c);
      column = (c == '\n' || c == '\r') ? 0 : column + 1;
    }
  }
  return result(vm, args, out);
}

Value splitlines_method(VM& vm, CallArgs args) {
  Self s;
  Value p[1];
  if (!read_self(vm, args.args[0], &s) ||
      !parse_args(vm, args, 1, "splitlines", {"keepends"}, 0, p)) {
    return Value::null();
  }
  int keep = p[0].is_null() ? 0 : truth(vm, p[0]);
  if (keep < 0) return Value::null();
  std::vector<std::string_view> parts;
  size_t i = 0, n = s.data.size();
  while (i < n) {
    size_t j = i;
    while (j < n && s.data[j] != '\n' && s.data[j] != '\r') ++j;
    size_t eol = j;
    if (j < n) {
      eol = (s.data[j] == '\r' && j + 1 < n && s.data[j + 1] == '\n') ? j + 2 : j + 1;
    }
    parts.push_back(s.data.substr(i, (keep != 0 ? eol : j) - i));
    i = eol;
  }
  return list_of_parts(vm, args, parts);
}

Value hex_method(VM& vm, CallArgs args) {
  Self s;
  Value p[2];
  if (!read_self(vm, args.args[0], &s) ||
      !parse_args(vm, args, 1, "hex", {"sep", "bytes_per_sep"}, 0, p)) {
    return Value::null();
  }
  std::string sep;
  if (!p[0].is_null()) {
    std::string storage;
    std::string_view sv;
    if (is_str(vm, p[0])) {
      sep = str_to_utf8(p[0].as<Str>());
    } else if (bytes_like_view(vm, p[0], &storage, &sv)) {
      sep = std::string(sv);
    } else {
      return raise_type_error(vm, "sep must be str or bytes.");
    }
    if (sep.size() != 1) return raise_value_error(vm, "sep must be length 1.");
  }
  int64_t group = 1;
  if (!p[1].is_null() && !index_to_int64(vm, p[1], &group)) return Value::null();
  return Value::from_object(str_from_ascii(vm, bytes_to_hex(s.data, sep, group)));
}

Value decode_method(VM& vm, CallArgs args) {
  Self s;
  Value p[2];
  if (!read_self(vm, args.args[0], &s) ||
      !parse_args(vm, args, 1, "decode", {"encoding", "errors"}, 0, p)) {
    return Value::null();
  }
  std::string enc = "utf-8", err = "strict";
  for (int k = 0; k < 2; ++k) {
    if (p[k].is_null()) continue;
    if (!is_str(vm, p[k])) {
      return raise_type_error(vm, std::string("decode() argument '") +
                                      (k == 0 ? "encoding" : "errors") + "' must be str, not " +
                                      type_name(vm, p[k]));
    }
    (k == 0 ? enc : err) = str_to_utf8(p[k].as<Str>());
  }
  return bytes_decode(vm, s.data, enc, err);
}

Value affix_remove(VM& vm, CallArgs args, bool suffix) {
  Self s;
  std::string storage;
  std::string_view affix;
  if (!read_self(vm, args.args[0], &s) || !require_bytes_like(vm, args.args[1], &storage, &affix)) {
    return Value::null();
  }
  std::string_view out = s.data;
  if (!suffix && out.substr(0, affix.size()) == affix) out.remove_prefix(affix.size());
  if (suffix && !affix.empty() && out.size() >= affix.size() &&
      out.substr(out.size() - affix.size()) == affix) {
    out.remove_suffix(affix.size());
  }
  return result(vm, args, out);
}
Value removeprefix_method(VM& vm, CallArgs args) { return affix_remove(vm, args, false); }
Value removesuffix_method(VM& vm, CallArgs args) { return affix_remove(vm, args, true); }

Value translate_method(VM& vm, CallArgs args) {
  Self s;
  Value p[2];
  if (!read_self(vm, args.args[0], &s) ||
      !parse_args(vm, args, 1, "translate", {"table", "delete"}, 1, p)) {
    return Value::null();
  }
  std::string table_storage, delete_storage;
  std::string_view table, drop;
  bool has_table = p[0] != vm.none();
  if (has_table && !require_bytes_like(vm, p[0], &table_storage, &table)) return Value::null();
  if (has_table && table.size() != 256) {
    return raise_value_error(vm, "translation table must be 256 characters long");
  }
  if (!p[1].is_null() && !require_bytes_like(vm, p[1], &delete_storage, &drop))
    return Value::null();
  std::string out;
  for (char c : s.data) {
    if (drop.find(c) != std::string_view::npos) continue;
    out.push_back(has_table ? table[static_cast<unsigned char>(c)] : c);
  }
  return result(vm, args, out);
}

Value maketrans_fn(VM& vm, CallArgs args) {
  std::string fs, ts;
  std::string_view from, to;
  if (!require_bytes_like(vm, args.args[0], &fs, &from) ||
      !require_bytes_like(vm, args.args[1], &ts, &to)) {
    return Value::null();
  }
  if (from.size() != to.size()) {
    return raise_value_error(vm, "maketrans arguments must have same length");
  }
  std::string table(256, '\0');
  for (int i = 0; i < 256; ++i) table[static_cast<size_t>(i)] = static_cast<char>(i);
  for (size_t i = 0; i < from.size(); ++i) table[static_cast<unsigned char>(from[i])] = to[i];
  return Value::from_object(bytes_new(vm, table));
}

int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Parses fromhex text; false with ValueError raised.
bool parse_hex(VM& vm, Value arg, std::string* out) {
  if (!is_str(vm, arg)) {
    raise_type_error(vm, "fromhex() argument must be str, not " + type_name(vm, arg));
    return false;
  }
  Str* s = arg.as<Str>();
  for (int64_t i = 0; i < s->length;) {
    uint32_t c = s->at(i);
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\x0b' || c == '\x0c') {
      ++i;
      continue;
    }
    int hi = c < 0x80 ? hex_digit(static_cast<char>(c)) : -1;
    int lo = -1;
    if (hi >= 0 && i + 1 < s->length && s->at(i + 1) < 0x80) {
      lo = hex_digit(static_cast<char>(s->at(i + 1)));
    }
    if (hi < 0 || lo < 0) {
      int64_t at = hi < 0 ? i : i + 1;
      raise_value_error(
          vm, "non-hexadecimal number found in fromhex() arg at position " + std::to_string(at));
      return false;
    }
    out->push_back(static_cast<char>(hi * 16 + lo));
    i += 2;
  }
  return true;
}

// bytes.fromhex / bytearray.fromhex, classmethods: a subclass gets
// cls(result), as CPython.
Value fromhex_classmethod(VM& vm, CallArgs args) {
  if (args.npos != 2 || (args.kwnames != nullptr && args.kwnames->length > 0)) {
    std::string owner = args.npos > 0 && args.args[0].is_object() &&
                                is_subtype(args.args[0].object()->type, vm.types().type) &&
                                is_subtype(args.args[0].as<Type>(), vm.types().bytearray)
                            ? "bytearray"
                            : "bytes";
    return raise_type_error(vm, owner + ".fromhex() takes exactly one argument (" +
                                    std::to_string(args.npos == 0 ? 0 : args.npos - 1) + " given)");
  }
  std::string out;
  if (!parse_hex(vm, args.args[1], &out)) return Value::null();
  Value cls = args.args[0];
  bool bytearray = cls.is_object() && is_subtype(cls.object()->type, vm.types().type) &&
                   is_subtype(cls.as<Type>(), vm.types().bytearray);
  Value result = bytearray ? Value::from_object(bytearray_new(vm, out))
                           : Value::from_object(bytes_new(vm, out));
  if (cls == Value::from_object(vm.types().bytes) ||
      cls == Value::from_object(vm.types().bytearray)) {
    return result;
  }
  return call_positional(vm, cls, &result, 1);
}

void add_plain_function(VM& vm, Type* t, const char* name, NativeFn fn, int min_args,
                        int max_args) {
  NativeFunction* f = native_function_new(vm, name, fn, min_args, max_args, 0);
  dict_set_str(vm, t->dict, f->name, Value::from_object(f));
}

}  // namespace

bool require_bytes_like(VM& vm, Value v, std::string* storage, std::string_view* out) {
  if (bytes_like_view(vm, v, storage, out)) return true;
  if (!vm.has_exception()) {
    raise_type_error(vm, "a bytes-like object is required, not '" + type_name(vm, v) + "'");
  }
  return false;
}

void add_bytes_fromhex(VM& vm, Type* t) {
  NativeFunction* f =
      native_function_new(vm, "fromhex", fromhex_classmethod, 0, -1, kNativeKeywords);
  dict_set_str(vm, t->dict, f->name,
               wrap_native(vm, vm.types().classmethod, Value::from_object(f)));
}

void add_bytes_methods(VM& vm, Type* t) {
  constexpr uint32_t kM = kNativeMethod;
  constexpr uint32_t kMK = kNativeMethod | kNativeKeywords;
  constexpr uint32_t kMT = kNativeMethod | kNativeTakesStyle;
  constexpr uint32_t kMKT = kMK | kNativeTakesStyle;
  add_method(vm, t, "find", find_method, 1, 3, kMT);
  add_method(vm, t, "rfind", rfind_method, 1, 3, kMT);
  add_method(vm, t, "index", index_method, 1, 3, kMT);
  add_method(vm, t, "rindex", rindex_method, 1, 3, kMT);
  add_method(vm, t, "count", count_method, 1, 3, kMT);
  add_method(vm, t, "startswith", startswith_method, 1, 3, kMT);
  add_method(vm, t, "endswith", endswith_method, 1, 3, kMT);
  add_method(vm, t, "split", split_method, 0, 2, kMKT);
  add_method(vm, t, "rsplit", rsplit_method, 0, 2, kMKT);
  add_method(vm, t, "partition", partition_method, 1, 1, kM);
  add_method(vm, t, "rpartition", rpartition_method, 1, 1, kM);
  add_method(vm, t, "replace", replace_method, 2, 3, kM);
  add_method(vm, t, "strip", strip_method, 0, 1, kM);
  add_method(vm, t, "lstrip", lstrip_method, 0, 1, kM);
  add_method(vm, t, "rstrip", rstrip_method, 0, 1, kM);
  add_method(vm, t, "join", join_method, 1, 1, kM);
  add_method(vm, t, "upper", map_bytes<to_upper>, 0, 0, kM);
  add_method(vm, t, "lower", map_bytes<to_lower>, 0, 0, kM);
  add_method(vm, t, "swapcase", map_bytes<swap_case>, 0, 0, kM);
  add_method(vm, t, "title", title_method, 0, 0, kM);
  add_method(vm, t, "capitalize", capitalize_method, 0, 0, kM);
  add_method(vm, t, "isalpha", all_bytes<is_ascii_alpha>, 0, 0, kM);
  add_method(vm, t, "isdigit", all_bytes<is_ascii_digit>, 0, 0, kM);
  add_method(vm, t, "isalnum", all_bytes<is_alnum>, 0, 0, kM);
  add_method(vm, t, "isspace", all_bytes<is_ascii_space>, 0, 0, kM);
  add_method(vm, t, "isascii", isascii_method, 0, 0, kM);
  add_method(vm, t, "isupper", isupper_method, 0, 0, kM);
  add_method(vm, t, "islower", islower_method, 0, 0, kM);
  add_method(vm, t, "istitle", istitle_method, 0, 0, kM);
  add_method(vm, t, "center", center_method, 1, 2, kM);
  add_method(vm, t, "ljust", ljust_method, 1, 2, kM);
  add_method(vm, t, "rjust", rjust_method, 1, 2, kM);
  add_method(vm, t, "zfill", zfill_method, 1, 1, kM);
  add_method(vm, t, "expandtabs", expandtabs_method, 0, 1, kMKT);
  add_method(vm, t, "splitlines", splitlines_method, 0, 1, kMKT);
  add_method(vm, t, "hex", hex_method, 0, 2, kMK);
  add_method(vm, t, "decode", decode_method, 0, 2, kMK);
  add_method(vm, t, "removeprefix", removeprefix_method, 1, 1, kM);
  add_method(vm, t, "removesuffix", removesuffix_method, 1, 1, kM);
  add_method(vm, t, "translate", translate_method, 1, 2, kMK);
  add_plain_function(vm, t, "maketrans", maketrans_fn, 2, 2);
  add_bytes_fromhex(vm, t);
}

}  // namespace pyvm::runtime
