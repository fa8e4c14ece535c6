// str: creation, UTF-8 conversion, equality, hashing, repr, the intern table
// and the str Type's slots. Methods live in runtime/str_methods.cpp.
#include "runtime/str.h"

#include <utf8proc.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <vector>

#include "runtime/bytes.h"
#include "runtime/exceptions.h"
#include "runtime/function.h"
#include "runtime/int.h"
#include "runtime/iterators.h"
#include "runtime/ops.h"
#include "runtime/sequence.h"
#include "runtime/slice.h"
#include "runtime/slot_wrappers.h"
#include "runtime/str_format.h"
#include "runtime/tuple.h"
#include "runtime/unicode_tables.h"
#include "runtime/user_class.h"
#include "vm/vm.h"

namespace pyvm::runtime {

// ---------------------------------------------------------------------------
// Creation

static uint8_t kind_for(uint32_t max_char) {
  return max_char < 0x100 ? 1 : max_char < 0x10000 ? 2 : 4;
}

Str* str_alloc(VM& vm, int64_t length, uint32_t max_char) {
  uint8_t kind = kind_for(max_char);
  // The characters are the caller's to write; only the terminator is set here.
  Str* s =
      vm.allocate_with_raw_payload<Str>(vm.types().str, static_cast<size_t>((length + 1) * kind));
  s->length = length;
  s->hash = -1;
  s->kind = kind;
  s->is_ascii = max_char < 0x80;
  std::memset(reinterpret_cast<char*>(s + 1) + length * kind, 0, kind);
  return s;
}

void str_write(Str* s, int64_t i, uint32_t c) {
  void* base = s + 1;
  switch (s->kind) {
    case 1:
      static_cast<uint8_t*>(base)[i] = static_cast<uint8_t>(c);
      break;
    case 2:
      static_cast<uint16_t*>(base)[i] = static_cast<uint16_t>(c);
      break;
    default:
      static_cast<uint32_t*>(base)[i] = c;
      break;
  }
}

Str* str_from_codepoints(VM& vm, const uint32_t* codepoints, int64_t count) {
  uint32_t max_char = 0;
  for (int64_t i = 0; i < count; ++i) max_char = std::max(max_char, codepoints[i]);
  if (count == 1 && max_char < 0x100) return str_from_char(vm, max_char);
  Str* s = str_alloc(vm, count, max_char);
  if (s->kind == 1) {
    auto* out = reinterpret_cast<uint8_t*>(s + 1);
    for (int64_t i = 0; i < count; ++i) out[i] = static_cast<uint8_t>(codepoints[i]);
    return s;
  }
  for (int64_t i = 0; i < count; ++i) str_write(s, i, codepoints[i]);
  return s;
}

Str* str_from_latin1(VM& vm, std::string_view latin1) {
  uint32_t max_char = 0;
  for (unsigned char c : latin1) max_char = std::max<uint32_t>(max_char, c);
  Str* s = str_alloc(vm, static_cast<int64_t>(latin1.size()), max_char);
  std::memcpy(s + 1, latin1.data(), latin1.size());
  return s;
}

Str* str_from_ascii(VM& vm, std::string_view ascii) { return str_from_latin1(vm, ascii); }

// Decodes one UTF-8 sequence at `p`; accepts encoded surrogates. Invalid
// bytes decode as U+FFFD.
static uint32_t decode_utf8_one(const unsigned char* p, size_t avail, size_t* used) {
  unsigned char b0 = p[0];
  *used = 1;
  if (b0 < 0x80) return b0;
  int extra = (b0 & 0xE0) == 0xC0 ? 1 : (b0 & 0xF0) == 0xE0 ? 2 : (b0 & 0xF8) == 0xF0 ? 3 : -1;
  if (extra < 0 || static_cast<size_t>(extra) >= avail) return 0xFFFD;
  uint32_t c = b0 & (0x3F >> extra);
  for (int i = 1; i <= extra; ++i) {
    if ((p[i] & 0xC0) != 0x80) return 0xFFFD;
    c = (c << 6) | (p[i] & 0x3F);
  }
  *used = static_cast<size_t>(extra) + 1;
  return c;
}

Str* str_from_utf8(VM& vm, std::string_view utf8) {
  bool ascii = std::all_of(utf8.begin(), utf8.end(),
                           [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  if (ascii) {
    if (utf8.size() == 1) return str_from_char(vm, static_cast<unsigned char>(utf8[0]));
    return str_from_latin1(vm, utf8);
  }
  std::vector<uint32_t> cps;
  cps.reserve(utf8.size());
  const auto* p = reinterpret_cast<const unsigned char*>(utf8.data());
  size_t n = utf8.size();
  for (size_t i = 0; i < n;) {
    size_t used = 1;
    cps.push_back(decode_utf8_one(p + i, n - i, &used));
    i += used;
  }
  return str_from_codepoints(vm, cps.data(), static_cast<int64_t>(cps.size()));
}

static void append_utf8(std::string* out, uint32_t c) {
  if (c < 0x80) {
    out->push_back(static_cast<char>(c));
  } else if (c < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (c >> 6)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else if (c < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (c >> 12)));
    out->push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (c >> 18)));
    out->push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  }
}

void str_append_utf8(std::string* out, uint32_t c) { append_utf8(out, c); }

std::string str_to_utf8(const Str* s) {
  std::string out;
  if (s->is_ascii) return std::string(reinterpret_cast<const char*>(s->data1()), s->length);
  out.reserve(static_cast<size_t>(s->length) * 2);
  for (int64_t i = 0; i < s->length; ++i) append_utf8(&out, s->at(i));
  return out;
}

Str* str_from_char(VM& vm, uint32_t c) {
  if (c < 0x100) return vm.intern_table().latin1_char(vm, c);
  Str* s = str_alloc(vm, 1, c);
  str_write(s, 0, c);
  return s;
}

Str* str_substring(VM& vm, Str* s, int64_t start, int64_t end) {
  int64_t n = end - start;
  if (n == s->length && s->type == vm.types().str) return s;  // never a subclass instance
  if (n == 1) return str_from_char(vm, s->at(start));
  uint32_t max_char = 0;
  if (!s->is_ascii) {
    for (int64_t i = start; i < end; ++i) max_char = std::max(max_char, s->at(i));
  }
  Str* r = str_alloc(vm, n, max_char);
  if (r->kind == s->kind) {
    std::memcpy(r + 1, reinterpret_cast<const char*>(s + 1) + start * s->kind,
                static_cast<size_t>(n * s->kind));
  } else {
    for (int64_t i = 0; i < n; ++i) str_write(r, i, s->at(start + i));
  }
  return r;
}

void InlineBytes::grow(size_t need) {
  size_t capacity = std::max(need, capacity_ * 2);
  char* fresh;
  if (data_ == inline_) {
    fresh = static_cast<char*>(std::malloc(capacity));
    if (fresh != nullptr) std::memcpy(fresh, inline_, size_);
  } else {
    fresh = static_cast<char*>(std::realloc(data_, capacity));
  }
  if (fresh == nullptr) {
    std::fputs("pyvm: out of memory\n", stderr);
    std::exit(1);
  }
  data_ = fresh;
  capacity_ = capacity;
}

void StrBuilder::widen() {
  codepoints_.reserve(bytes_.size() + 16);
  for (char c : bytes_) codepoints_.push_back(static_cast<unsigned char>(c));
  max_char_ = bits_;
  bytes_.clear();
  wide_ = true;
}

void StrBuilder::push_wide(uint32_t c) {
  if (!wide_) widen();
  codepoints_.push_back(c);
  if (c > max_char_) max_char_ = c;
}

void StrBuilder::push_repeated(uint32_t c, int64_t count) {
  if (count <= 0) return;
  if (c < 0x100 && !wide_) {
    bytes_.append(static_cast<size_t>(count), static_cast<char>(c));
    bits_ |= c;
    return;
  }
  for (int64_t i = 0; i < count; ++i) push_wide(c);
}

void StrBuilder::append(const Str* s) {
  if (!wide_ && s->kind == 1) {
    bytes_.append(reinterpret_cast<const char*>(s->data1()), static_cast<size_t>(s->length));
    bits_ |= s->is_ascii ? 0 : 0x80;
    return;
  }
  if (!wide_) widen();
  size_t old = codepoints_.size();
  codepoints_.resize(old + static_cast<size_t>(s->length));
  uint32_t* out = codepoints_.data() + old;
  uint32_t m = 0;
  if (s->kind == 1) {
    const uint8_t* in = s->data1();
    for (int64_t i = 0; i < s->length; ++i) out[i] = in[i];
    m = s->is_ascii ? 0x7F : 0xFF;  // a bound is enough: finish() recomputes
  } else {
    for (int64_t i = 0; i < s->length; ++i) m = std::max(m, out[i] = s->at(i));
  }
  max_char_ = std::max(max_char_, m);
}

Str* StrBuilder::finish(VM& vm) const {
  if (wide_) return str_from_codepoints(vm, codepoints_.data(), size());
  int64_t n = size();
  if (n == 1) return str_from_char(vm, static_cast<unsigned char>(bytes_[0]));
  // bits_ < 0x80 exactly when every code point is ASCII; any value below
  // 0x100 gives kind 1.
  Str* s = str_alloc(vm, n, bits_);
  std::memcpy(s + 1, bytes_.data(), bytes_.size());
  return s;
}

// ---------------------------------------------------------------------------
// Equality, ordering, hashing

bool str_equal(const Str* a, const Str* b) {
  if (a == b) return true;
  if (a->length != b->length || a->kind != b->kind) return false;
  if (a->hash != -1 && b->hash != -1 && a->hash != b->hash) return false;
  return std::memcmp(a + 1, b + 1, static_cast<size_t>(a->length * a->kind)) == 0;
}

bool str_equals_ascii(const Str* s, std::string_view ascii) {
  if (s->kind != 1 || s->length != static_cast<int64_t>(ascii.size())) return false;
  return std::memcmp(s + 1, ascii.data(), ascii.size()) == 0;
}

int str_compare(const Str* a, const Str* b) {
  int64_t n = std::min(a->length, b->length);
  if (a->kind == 1 && b->kind == 1) {
    int c = std::memcmp(a->data1(), b->data1(), static_cast<size_t>(n));
    if (c != 0) return c < 0 ? -1 : 1;
  } else {
    for (int64_t i = 0; i < n; ++i) {
      uint32_t x = a->at(i), y = b->at(i);
      if (x != y) return x < y ? -1 : 1;
    }
  }
  return a->length < b->length ? -1 : a->length > b->length ? 1 : 0;
}

// SipHash-1-3 with an all-zero key, the function CPython 3.11 uses for str and
// bytes when PYTHONHASHSEED=0. Matching it makes the iteration order of sets
// of strings (and of their reprs) the same as CPython's under that setting.
namespace {

constexpr uint64_t rotl64(uint64_t x, int b) { return (x << b) | (x >> (64 - b)); }

struct SipState {
  uint64_t v0 = 0x736f6d6570736575ull;
  uint64_t v1 = 0x646f72616e646f6dull;
  uint64_t v2 = 0x6c7967656e657261ull;
  uint64_t v3 = 0x7465646279746573ull;

  void round() {
    v0 += v1;
    v1 = rotl64(v1, 13) ^ v0;
    v0 = rotl64(v0, 32);
    v2 += v3;
    v3 = rotl64(v3, 16) ^ v2;
    v0 += v3;
    v3 = rotl64(v3, 21) ^ v0;
    v2 += v1;
    v1 = rotl64(v1, 17) ^ v2;
    v2 = rotl64(v2, 32);
  }
  void absorb(uint64_t m) {
    v3 ^= m;
    round();
    v0 ^= m;
  }
};

uint64_t load_le(const uint8_t* p, size_t n) {
  uint64_t m = 0;
  for (size_t i = 0; i < n; ++i) m |= static_cast<uint64_t>(p[i]) << (8 * i);
  return m;
}

int64_t siphash13_zero_key(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  SipState st;
  size_t full = size & ~static_cast<size_t>(7);
  for (size_t i = 0; i < full; i += 8) st.absorb(load_le(data + i, 8));
  st.absorb(load_le(data + full, size - full) | (static_cast<uint64_t>(size) << 56));
  st.v2 ^= 0xff;
  st.round();
  st.round();
  st.round();
  auto result = static_cast<int64_t>(st.v0 ^ st.v1 ^ st.v2 ^ st.v3);
  return result == -1 ? -2 : result;
}

}  // namespace

// Hashes the bytes of the narrowest representation (1, 2 or 4 bytes per code
// point, little-endian), as CPython does; a str stored wider than needed is
// narrowed first.
int64_t str_hash(Str* s) {
  if (s->hash != -1) return s->hash;
  uint32_t max_char = 0;
  if (s->kind != 1) {
    for (int64_t i = 0; i < s->length; ++i) max_char = std::max(max_char, s->at(i));
  }
  uint8_t kind = max_char < 0x100 ? 1 : max_char < 0x10000 ? 2 : 4;
  auto n = static_cast<size_t>(s->length);
  if (kind == s->kind) {
    s->hash = siphash13_zero_key(reinterpret_cast<const uint8_t*>(s + 1), n * kind);
    return s->hash;
  }
  std::vector<uint8_t> buf(n * kind);
  for (size_t i = 0; i < n; ++i) {
    uint32_t c = s->at(static_cast<int64_t>(i));
    for (uint8_t b = 0; b < kind; ++b) buf[i * kind + b] = static_cast<uint8_t>(c >> (8 * b));
  }
  s->hash = siphash13_zero_key(buf.data(), buf.size());
  return s->hash;
}

bool is_str(VM& vm, Value v) {
  if (!v.is_object()) return false;
  Type* t = v.object()->type;
  return t == vm.types().str || is_subtype(t, vm.types().str);
}

int64_t str_find(const Str* s, const Str* needle, int64_t start, int64_t end, bool reverse) {
  int64_t n = needle->length;
  if (end - start < n) return -1;
  if (s->kind == 1 && needle->kind == 1) {
    std::string_view hay(reinterpret_cast<const char*>(s->data1()) + start,
                         static_cast<size_t>(end - start));
    std::string_view nd(reinterpret_cast<const char*>(needle->data1()), static_cast<size_t>(n));
    size_t pos = reverse ? hay.rfind(nd) : hay.find(nd);
    return pos == std::string_view::npos ? -1 : start + static_cast<int64_t>(pos);
  }
  auto matches = [&](int64_t at) {
    for (int64_t j = 0; j < n; ++j) {
      if (s->at(at + j) != needle->at(j)) return false;
    }
    return true;
  };
  if (reverse) {
    for (int64_t i = end - n; i >= start; --i) {
      if (matches(i)) return i;
    }
  } else {
    for (int64_t i = start; i + n <= end; ++i) {
      if (matches(i)) return i;
    }
  }
  return -1;
}

// ---------------------------------------------------------------------------
// repr

bool unicode_is_printable(uint32_t c) {
  if (c < 0x80) return c >= 0x20 && c < 0x7F;
  if (c > 0x10FFFF || unicode_tables::in_table(unicode_tables::kUnassigned, c)) return false;
  switch (utf8proc_category(static_cast<utf8proc_int32_t>(c))) {
    case UTF8PROC_CATEGORY_CC:
    case UTF8PROC_CATEGORY_CF:
    case UTF8PROC_CATEGORY_CS:
    case UTF8PROC_CATEGORY_CO:
    case UTF8PROC_CATEGORY_CN:
    case UTF8PROC_CATEGORY_ZL:
    case UTF8PROC_CATEGORY_ZP:
    case UTF8PROC_CATEGORY_ZS:
      return false;
    default:
      return true;
  }
}

bool unicode_is_space(uint32_t c) {
  if (c < 0x80) return (c >= 9 && c <= 13) || (c >= 0x1C && c <= 0x20);
  switch (c) {
    case 0x85:
    case 0xA0:
    case 0x1680:
    case 0x2028:
    case 0x2029:
    case 0x202F:
    case 0x205F:
    case 0x3000:
      return true;
    default:
      return c >= 0x2000 && c <= 0x200A;
  }
}

static void push_hex(StrBuilder* b, char prefix, uint32_t c, int digits) {
  static const char kHex[] = "0123456789abcdef";
  b->push('\\');
  b->push(static_cast<unsigned char>(prefix));
  for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) b->push(kHex[(c >> shift) & 0xF]);
}

Str* str_repr(VM& vm, Str* s) {
  bool has_single = false, has_double = false;
  for (int64_t i = 0; i < s->length; ++i) {
    uint32_t c = s->at(i);
    has_single |= c == '\'';
    has_double |= c == '"';
  }
  uint32_t quote = has_single && !has_double ? '"' : '\'';
  StrBuilder b;
  b.push(quote);
  for (int64_t i = 0; i < s->length; ++i) {
    uint32_t c = s->at(i);
    if (c == quote || c == '\\') {
      b.push('\\');
      b.push(c);
    } else if (c == '\t') {
      b.append_ascii("\\t");
    } else if (c == '\n') {
      b.append_ascii("\\n");
    } else if (c == '\r') {
      b.append_ascii("\\r");
    } else if (unicode_is_printable(c)) {
      b.push(c);
    } else if (c < 0x100) {
      push_hex(&b, 'x', c, 2);
    } else if (c < 0x10000) {
      push_hex(&b, 'u', c, 4);
    } else {
      push_hex(&b, 'U', c, 8);
    }
  }
  b.push(quote);
  return b.finish(vm);
}

Str* str_concat(VM& vm, Str* a, Str* b) {
  if (a->length == 0) return b;
  if (b->length == 0) return a;
  // The result's width is the wider operand's: a canonical str of kind 2
  // (4) holds a code point of at least 0x100 (0x10000), a non-ASCII one of
  // kind 1 one of at least 0x80, so a representative of each class is enough.
  uint32_t max_char = 0x7F;
  if (!(a->is_ascii && b->is_ascii)) {
    uint8_t kind = std::max(a->kind, b->kind);
    max_char = kind == 1 ? 0xFF : kind == 2 ? 0xFFFF : 0x10FFFF;
  }
  Str* r = str_alloc(vm, a->length + b->length, max_char);
  if (r->kind == a->kind && r->kind == b->kind) {
    std::memcpy(r + 1, a + 1, static_cast<size_t>(a->length * a->kind));
    std::memcpy(reinterpret_cast<char*>(r + 1) + a->length * a->kind, b + 1,
                static_cast<size_t>(b->length * b->kind));
  } else {
    for (int64_t i = 0; i < a->length; ++i) str_write(r, i, a->at(i));
    for (int64_t i = 0; i < b->length; ++i) str_write(r, a->length + i, b->at(i));
  }
  return r;
}

// ---------------------------------------------------------------------------
// InternTable: open addressing with linear probing over Str* slots.

InternTable::InternTable() = default;

InternTable::~InternTable() { delete[] slots_; }

void InternTable::grow() {
  size_t new_capacity = capacity_ == 0 ? 1024 : capacity_ * 2;
  Str** fresh = new Str*[new_capacity]();
  for (size_t i = 0; i < capacity_; ++i) {
    Str* s = slots_[i];
    if (s == nullptr) continue;
    size_t j = static_cast<uint64_t>(str_hash(s)) & (new_capacity - 1);
    while (fresh[j] != nullptr) j = (j + 1) & (new_capacity - 1);
    fresh[j] = s;
  }
  delete[] slots_;
  slots_ = fresh;
  capacity_ = new_capacity;
}

Str* InternTable::intern(VM& vm, Str* s) {
  if (s->is_interned) return s;
  if ((count_ + 1) * 2 > capacity_) grow();
  size_t j = static_cast<uint64_t>(str_hash(s)) & (capacity_ - 1);
  while (slots_[j] != nullptr) {
    if (str_equal(slots_[j], s)) return slots_[j];
    j = (j + 1) & (capacity_ - 1);
  }
  if (s->type != vm.types().str) s = str_substring(vm, s, 0, s->length);  // exact str copy
  s->is_interned = 1;
  slots_[j] = s;
  ++count_;
  return s;
}

// The interned str equal to the ASCII `ascii`, or null; allocates nothing
// (an ASCII str's hash is the hash of its bytes, as str_hash computes it).
Str* InternTable::lookup_ascii(std::string_view ascii) {
  if (capacity_ == 0) return nullptr;
  const auto* bytes = reinterpret_cast<const uint8_t*>(ascii.data());
  int64_t hash = siphash13_zero_key(bytes, ascii.size());
  for (size_t j = static_cast<uint64_t>(hash) & (capacity_ - 1); slots_[j] != nullptr;
       j = (j + 1) & (capacity_ - 1)) {
    Str* s = slots_[j];
    if (str_hash(s) == hash && s->kind == 1 && s->length == static_cast<int64_t>(ascii.size()) &&
        std::memcmp(s->data1(), bytes, ascii.size()) == 0) {
      return s;
    }
  }
  return nullptr;
}

Str* InternTable::intern(VM& vm, std::string_view utf8) {
  auto slot = (reinterpret_cast<uintptr_t>(utf8.data()) >> 3) % kLiteralCacheSize;
  LiteralEntry& entry = literal_cache_[slot];
  if (entry.chars == utf8.data() && entry.size == utf8.size() &&
      std::memcmp(entry.str->data1(), utf8.data(), utf8.size()) == 0) {
    return entry.str;
  }
  bool ascii = true;
  for (char c : utf8) ascii = ascii && static_cast<unsigned char>(c) < 0x80;
  Str* s = ascii ? lookup_ascii(utf8) : nullptr;
  if (s == nullptr) s = intern(vm, str_from_utf8(vm, utf8));
  if (ascii && s->kind == 1) entry = LiteralEntry{utf8.data(), utf8.size(), s};
  return s;
}

Str* InternTable::latin1_char(VM& vm, uint32_t c) {
  Str*& slot = latin1_[c];
  if (slot == nullptr) {
    Str* s = str_alloc(vm, 1, c);
    str_write(s, 0, c);
    slot = intern(vm, s);
  }
  return slot;
}

void InternTable::trace(Tracer& tracer) {
  for (size_t i = 0; i < capacity_; ++i) tracer.visit(slots_[i]);
  for (Str* s : latin1_) tracer.visit(s);
  tracer.visit(empty_tuple_);
}

// ---------------------------------------------------------------------------
// Slots

static Value str_repr_slot(VM& vm, Value self) {
  return Value::from_object(str_repr(vm, self.as<Str>()));
}

static Value str_str_slot(VM& vm, Value self) {
  Str* s = self.as<Str>();
  if (s->type == vm.types().str) return self;
  return Value::from_object(str_substring(vm, s, 0, s->length));
}

static int64_t str_hash_slot(VM& vm, Value self) { return str_hash(self.as<Str>()); }

// str.__str__: str has its own (unlike int), which enum's StrEnum relies on.
static Value str_dunder_str(VM& vm, CallArgs args) { return str_str_slot(vm, args.args[0]); }

static Value str_richcompare(VM& vm, Value a, Value b, CompareOp op) {
  if (!is_str(vm, a) || !is_str(vm, b)) return vm.not_implemented();
  const Str* x = a.as<Str>();
  const Str* y = b.as<Str>();
  if (op == CompareOp::kEq) return vm.bool_value(str_equal(x, y));
  if (op == CompareOp::kNe) return vm.bool_value(!str_equal(x, y));
  int c = str_compare(x, y);
  switch (op) {
    case CompareOp::kLt:
      return vm.bool_value(c < 0);
    case CompareOp::kLe:
      return vm.bool_value(c <= 0);
    case CompareOp::kGt:
      return vm.bool_value(c > 0);
    default:
      return vm.bool_value(c >= 0);
  }
}

static Value str_repeat(VM& vm, Str* s, int64_t n) {
  if (n <= 0 || s->length == 0) return Value::from_object(vm.intern(""));
  if (n == 1 && s->type == vm.types().str) return Value::from_object(s);
  if (s->length > INT64_MAX / n) return raise_overflow_error(vm, "repeated string is too long");
  if (s->length > INT64_MAX / 8 / n) return raise_memory_error(vm);
  uint32_t max_char = 0;
  for (int64_t i = 0; i < s->length; ++i) max_char = std::max(max_char, s->at(i));
  Str* r = str_alloc(vm, s->length * n, max_char);
  size_t chunk = static_cast<size_t>(s->length * s->kind);
  for (int64_t k = 0; k < n; ++k) {
    std::memcpy(reinterpret_cast<char*>(r + 1) + k * chunk, s + 1, chunk);
  }
  return Value::from_object(r);
}

static Value str_binary(VM& vm, BinaryOp op, Value a, Value b) {
  if (op == BinaryOp::kMod && is_str(vm, a)) return str_percent_format(vm, a.as<Str>(), b);
  if (op == BinaryOp::kAdd) {
    if (!is_str(vm, a)) return vm.not_implemented();
    if (!is_str(vm, b)) {
      return raise_type_error(vm,
                              "can only concatenate str (not \"" + type_name(vm, b) + "\") to str");
    }
    return Value::from_object(str_concat(vm, a.as<Str>(), b.as<Str>()));
  }
  if (op == BinaryOp::kMul) {
    bool self_left = is_str(vm, a);
    Value count = self_left ? b : a;
    int64_t n = 0;
    int r = sequence_repeat_count(vm, count, &n);
    if (r < 0) return Value::null();
    if (r == 0) {
      if (!self_left || count.is_small_int() || type_of(vm, count)->binary == nullptr ||
          (type_of(vm, count)->flags & kTypeUserClass) == 0) {
        return raise_cant_multiply(vm, count);
      }
      return vm.not_implemented();
    }
    return str_repeat(vm, (self_left ? a : b).as<Str>(), n);
  }
  return vm.not_implemented();
}

static int64_t str_length_slot(VM& vm, Value self) { return self.as<Str>()->length; }

static Value str_slice(VM& vm, Str* s, Slice* slice) {
  int64_t start, stop, step, n;
  if (!slice_indices(vm, slice, s->length, &start, &stop, &step, &n)) return Value::null();
  return Value::from_object(str_slice_at(vm, s, start, step, n));
}

Str* str_slice_at(VM& vm, Str* s, int64_t start, int64_t step, int64_t n) {
  if (step == 1) {
    if (n <= 0) return vm.intern("");
    return str_substring(vm, s, start, start + n);
  }
  if (n <= 0) return vm.intern("");
  if (s->kind == 1 && n > 1) {  // one byte per code point: gather directly
    const uint8_t* in = s->data1();
    uint32_t max_char = 0x7F;
    if (!s->is_ascii) {
      max_char = 0;
      for (int64_t i = 0, at = start; i < n; ++i, at += step) max_char |= in[at];
    }
    Str* r = str_alloc(vm, n, max_char);
    auto* out = reinterpret_cast<uint8_t*>(r + 1);
    for (int64_t i = 0, at = start; i < n; ++i, at += step) out[i] = in[at];
    return r;
  }
  StrBuilder b;
  for (int64_t i = 0, at = start; i < n; ++i, at += step) b.push(s->at(at));
  return b.finish(vm);
}

static Value str_getitem(VM& vm, Value self, Value key) {
  Str* s = self.as<Str>();
  int64_t i = 0;
  int r = read_index_key(vm, key, &i);
  if (r < 0) return Value::null();
  if (r == 1) {
    if (!normalize_index(&i, s->length)) return raise_index_error(vm, "string index out of range");
    return Value::from_object(str_from_char(vm, s->at(i)));
  }
  if (is_slice(vm, key)) return str_slice(vm, s, key.as<Slice>());
  return raise_type_error(vm, "string indices must be integers, not '" + type_name(vm, key) + "'");
}

static int str_contains(VM& vm, Value self, Value item) {
  if (!is_str(vm, item)) {
    raise_type_error(vm,
                     "'in <string>' requires string as left operand, not " + type_name(vm, item));
    return -1;
  }
  Str* s = self.as<Str>();
  Str* needle = item.as<Str>();
  return str_find(s, needle, 0, s->length, false) >= 0 ? 1 : 0;
}

static Value str_iter(VM& vm, Value self) { return str_iterator_new(vm, self.as<Str>()); }

static int str_truth(VM& vm, Value self) { return self.as<Str>()->length != 0; }

static void str_trace(Object* self, Tracer& tracer) {}  // no references

// str(b, encoding[, errors]): decodes bytes as UTF-8.
static Value str_decode_args(VM& vm, const Value* params) {
  if (!params[0].is_object() || type_of(vm, params[0]) != vm.types().bytes) {
    return raise_type_error(
        vm, "decoding to str: need a bytes-like object, " + type_name(vm, params[0]) + " found");
  }
  Value decode = get_attr(vm, params[0], vm.intern("decode"));
  if (decode.is_null()) return Value::null();
  Value args[2] = {params[1].is_null() ? Value::from_object(vm.intern("utf-8")) : params[1],
                   params[2].is_null() ? Value::from_object(vm.intern("strict")) : params[2]};
  return call_positional(vm, decode, args, 2);
}

static Value str_construct(VM& vm, Type* cls, CallArgs args) {
  // str(x): the common call, without the argument parser.
  if (cls == vm.types().str && args.npos == 1 &&
      (args.kwnames == nullptr || args.kwnames->length == 0)) {
    return str(vm, args.args[0]);
  }
  Value params[3];
  if (!parse_args(vm, args, 0, "str", {"object", "encoding", "errors"}, 0, params)) {
    return Value::null();
  }
  Value result;
  if (params[0].is_null()) {
    result = Value::from_object(vm.intern(""));
  } else if (!params[1].is_null() || !params[2].is_null()) {
    result = str_decode_args(vm, params);
  } else {
    result = str(vm, params[0]);
  }
  if (result.is_null() || cls == vm.types().str) return result;
  Str* s = result.as<Str>();
  auto data_bytes = static_cast<size_t>((s->length + 1) * s->kind);
  Str* copy = vm.allocate<Str>(cls, data_bytes + attribute_tail_bytes(cls, data_bytes));
  place_attribute_tail(vm, copy, sizeof(Str), data_bytes);
  std::memcpy(reinterpret_cast<char*>(copy) + sizeof(Object),
              reinterpret_cast<char*>(s) + sizeof(Object),
              sizeof(Str) - sizeof(Object) + static_cast<size_t>(s->length * s->kind));
  copy->is_interned = 0;
  return Value::from_object(copy);
}

namespace {

// The decimal digit value of a Unicode Nd code point: Nd digits come in runs
// of ten starting at zero, so the value is the offset within the run.
uint32_t nd_digit_value(uint32_t c) {
  uint32_t start = c;
  while (start > 0 &&
         utf8proc_category(static_cast<utf8proc_int32_t>(start - 1)) == UTF8PROC_CATEGORY_ND) {
    --start;
  }
  return (c - start) % 10;
}

}  // namespace

std::string str_numeric_text(const Str* s) {
  if (s->is_ascii != 0) return str_to_utf8(s);
  std::string out;
  for (int64_t i = 0; i < s->length; ++i) {
    uint32_t c = s->at(i);
    if (c < 0x80) {
      out.push_back(static_cast<char>(c));
    } else if (unicode_is_space(c)) {
      out.push_back(' ');
    } else if (utf8proc_category(static_cast<utf8proc_int32_t>(c)) == UTF8PROC_CATEGORY_ND) {
      out.push_back(static_cast<char>('0' + nd_digit_value(c)));
    } else {
      out.push_back('\x01');  // never a valid digit
    }
  }
  return out;
}

void init_str_type(VM& vm) {
  Type* t = vm.types().str;
  t->instance_size = 0;
  t->flags |= kTypeStrSubclass | kTypeAcceptsSubclasses;
  t->trace = str_trace;
  t->flags |= kTypeNoReferences;
  t->repr = str_repr_slot;
  t->str = str_str_slot;
  t->hash = str_hash_slot;
  t->richcompare = str_richcompare;
  t->binary = str_binary;
  t->length = str_length_slot;
  t->getitem = str_getitem;
  t->contains = str_contains;
  t->iter = str_iter;
  t->truth = str_truth;
  t->construct = str_construct;
  init_str_methods(vm);
  init_str_format(vm);
  add_method(vm, t, "__str__", str_dunder_str, 0, 0, kNativeMethod);
  add_slot_wrappers(vm, t);
}

}  // namespace pyvm::runtime
