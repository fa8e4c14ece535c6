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
#include <string>
#include <string_view>

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
bool str_equal(const Str* a, const Str* b);
int64_t str_hash(Str* s);                  // never -1
bool str_equals_ascii(const Str* s, std::string_view ascii);

Str* str_concat(VM& vm, Str* a, Str* b);
// repr(s) as CPython 3.11 writes it (quote choice, escapes, printable rules).
Str* str_repr(VM& vm, Str* s);

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

 private:
  Str** slots_ = nullptr;
  size_t capacity_ = 0;
  size_t count_ = 0;
  void grow();
};

// Installs str's Type slots and methods. Called once by the VM at startup.
void init_str_type(VM& vm);

}  // namespace pyvm::runtime

namespace pyvm {
using runtime::Str;
}  // namespace pyvm
