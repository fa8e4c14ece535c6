// str: immutable Unicode strings with O(1) code-point indexing.
//
// Layout: like CPython's PEP 393, each string stores its code points in the
// narrowest fixed width that holds them all: kind 1 (Latin-1), 2 (UCS-2) or
// 4 (UCS-4), inline after the header, followed by a NUL code unit.
// Invariants:
//   - `kind` is the narrowest width for the contents (so equal strings have
//     equal kinds and equality can start with a length + kind + memcmp check).
//   - `hash` is -1 until computed; a computed hash is never -1.
//   - Interned strings are unique per content in the VM's InternTable, so two
//     interned strings are equal iff they are the same object.
#pragma once

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "runtime/object.h"

namespace pyvm::runtime {

struct Str : Object {
  int64_t length;  // in code points
  int64_t hash;    // -1 until computed
  uint8_t kind;    // 1, 2 or 4 bytes per code point
  uint8_t is_ascii;
  uint8_t is_interned;
  uint8_t padding[5];

  const uint8_t* data1() const { return reinterpret_cast<const uint8_t*>(this + 1); }
  const uint16_t* data2() const { return reinterpret_cast<const uint16_t*>(this + 1); }
  const uint32_t* data4() const { return reinterpret_cast<const uint32_t*>(this + 1); }
  uint32_t at(int64_t i) const {
    return kind == 1 ? data1()[i] : kind == 2 ? data2()[i] : data4()[i];
  }
};

// Creation. Every function returns a new (or cached) str; it never fails short
// of running out of memory, which ends the process (see VM::allocate).
// `utf8` may contain encoded lone surrogates (marshal's "surrogatepass").
Str* str_from_utf8(VM& vm, std::string_view utf8);
Str* str_from_latin1(VM& vm, std::string_view latin1);
Str* str_from_ascii(VM& vm, std::string_view ascii);
Str* str_from_codepoints(VM& vm, const uint32_t* codepoints, int64_t count);

std::string str_to_utf8(const Str* s);
// Appends code point `c` to `out` in UTF-8 (a lone surrogate is encoded as
// its three bytes; callers that must refuse surrogates check first).
void str_append_utf8(std::string* out, uint32_t c);
bool str_equal(const Str* a, const Str* b);
int64_t str_hash(Str* s);  // never -1
bool str_equals_ascii(const Str* s, std::string_view ascii);

Str* str_concat(VM& vm, Str* a, Str* b);
// repr(s) as CPython 3.11 writes it (quote choice, escapes, printable rules).
Str* str_repr(VM& vm, Str* s);

// A new str of `length` code points with the kind that fits `max_char`; its
// characters are unset (not zeroed: only the terminator is), and the caller
// writes all of them before anyone else sees it.
Str* str_alloc(VM& vm, int64_t length, uint32_t max_char);
void str_write(Str* s, int64_t i, uint32_t c);
// The one-code-point string for `c` (cached for Latin-1).
Str* str_from_char(VM& vm, uint32_t c);
// s[start:end] (0 <= start <= end <= length).
Str* str_substring(VM& vm, Str* s, int64_t start, int64_t end);
// s[start::step] of n code points (bounds already clipped, n >= 0): the
// slice's result without a slice object.
Str* str_slice_at(VM& vm, Str* s, int64_t start, int64_t step, int64_t n);
// -1, 0, 1 comparing code point by code point.
int str_compare(const Str* a, const Str* b);
// True for str and its subclasses.
bool is_str(VM& vm, Value v);
// Index of `needle` in s[start:end] (first, or last when `reverse`), or -1.
int64_t str_find(const Str* s, const Str* needle, int64_t start, int64_t end, bool reverse);
// str.isprintable() of one code point (CPython's Py_UNICODE_ISPRINTABLE).
bool unicode_is_printable(uint32_t c);
// str.isspace() of one code point.
bool unicode_is_space(uint32_t c);
// The text int(), float() and complex() parse from `s`: non-ASCII decimal
// digits become ASCII digits and Unicode whitespace becomes spaces (other
// non-ASCII characters become \x01, which never parses).
std::string str_numeric_text(const Str* s);

// A byte string with its first kInline bytes inside the object (no malloc
// for the short texts formatting and joining mostly build).
class InlineBytes {
 public:
  static constexpr size_t kInline = 120;
  InlineBytes() = default;
  InlineBytes(const InlineBytes& other) { append(other.data_, other.size_); }
  InlineBytes& operator=(const InlineBytes& other) {
    if (this != &other) {
      size_ = 0;
      append(other.data_, other.size_);
    }
    return *this;
  }
  ~InlineBytes() {
    if (data_ != inline_) std::free(data_);
  }
  void push_back(char c) {
    if (size_ == capacity_) grow(size_ + 1);
    data_[size_++] = c;
  }
  void append(const char* p, size_t n) {
    if (n > capacity_ - size_) grow(size_ + n);
    if (n != 0) std::memcpy(data_ + size_, p, n);
    size_ += n;
  }
  void append(std::string_view s) { append(s.data(), s.size()); }
  void append(size_t n, char c) {
    if (n > capacity_ - size_) grow(size_ + n);
    std::memset(data_ + size_, c, n);
    size_ += n;
  }
  void clear() { size_ = 0; }
  size_t size() const { return size_; }
  const char* data() const { return data_; }
  char operator[](size_t i) const { return data_[i]; }
  const char* begin() const { return data_; }
  const char* end() const { return data_ + size_; }

 private:
  void grow(size_t need);
  char* data_ = inline_;
  size_t size_ = 0;
  size_t capacity_ = kInline;
  char inline_[kInline];
};

// Accumulates code points and builds a str of the narrowest kind. While
// every code point is Latin-1 it keeps one byte per code point (the common
// case: one memcpy per appended str, one memcpy into the result); the first
// wider code point switches it to 32-bit code points.
class StrBuilder {
 public:
  void push(uint32_t c) {
    if (c < 0x100 && !wide_) {
      bytes_.push_back(static_cast<char>(c));
      bits_ |= c;
    } else {
      push_wide(c);
    }
  }
  void append(const Str* s);
  // Appends each byte as the code point of the same value (Latin-1).
  void append_latin1(std::string_view latin1) {
    if (wide_) {
      for (char c : latin1) push_wide(static_cast<unsigned char>(c));
    } else {
      for (char c : latin1) bits_ |= static_cast<unsigned char>(c);
      bytes_.append(latin1);
    }
  }
  void append_ascii(std::string_view ascii) { append_latin1(ascii); }
  // Appends `count` copies of `c`.
  void push_repeated(uint32_t c, int64_t count);
  int64_t size() const { return static_cast<int64_t>(wide_ ? codepoints_.size() : bytes_.size()); }
  Str* finish(VM& vm) const;

 private:
  void push_wide(uint32_t c);
  void widen();
  InlineBytes bytes_;                 // Latin-1 code points while !wide_
  std::vector<uint32_t> codepoints_;  // all code points once wide_
  uint32_t bits_ = 0;                 // OR of the Latin-1 code points pushed
  uint32_t max_char_ = 0;             // bound on the code points, once wide_
  bool wide_ = false;
};

// Holds one str per distinct content; strings returned are marked interned.
class InternTable {
 public:
  InternTable();
  ~InternTable();
  InternTable(const InternTable&) = delete;
  InternTable& operator=(const InternTable&) = delete;

  Str* intern(VM& vm, std::string_view utf8);
  Str* intern(VM& vm, Str* s);  // returns the canonical copy, possibly `s` itself
  void trace(Tracer& tracer);   // the table is a GC root
  // The cached one-character string for a Latin-1 code point (created on demand).
  Str* latin1_char(VM& vm, uint32_t c);
  // Per-VM home of the shared empty tuple (runtime/tuple.cpp); traced here
  // because the table is already a root.
  Tuple*& empty_tuple_slot() { return empty_tuple_; }

 private:
  // Names interned from C++ (mostly string literals, looked up on hot paths)
  // by the address of their characters: a hit still compares the characters,
  // so a reused address cannot return the wrong string. Interned strings
  // never die (the table is a root), so the cached pointers stay valid.
  struct LiteralEntry {
    const char* chars;
    size_t size;
    Str* str;
  };
  static constexpr size_t kLiteralCacheSize = 256;
  LiteralEntry literal_cache_[kLiteralCacheSize] = {};
  Str* lookup_ascii(std::string_view ascii);
  Str* latin1_[256] = {};
  Tuple* empty_tuple_ = nullptr;
  Str** slots_ = nullptr;
  size_t capacity_ = 0;
  size_t count_ = 0;
  void grow();
};

// Installs str's Type slots and methods. Called once by the VM at startup.
void init_str_type(VM& vm);
// Adds str's methods (runtime/str_methods.cpp); called by init_str_type.
void init_str_methods(VM& vm);

}  // namespace pyvm::runtime

namespace pyvm {
using runtime::Str;
}  // namespace pyvm
