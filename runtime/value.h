// Value: the one 64-bit tagged word that every Python value travels in.
//
// Encoding (see docs/architecture.md):
//   bits ...xxx1  small int; the payload is the word shifted right by one
//                 (arithmetic), so small ints cover [-2^62, 2^62 - 1].
//   bits ...xxx0  a pointer to a heap Object (8-byte aligned), or 0.
//   0             the null value: "no value". It is the NULL that 3.11 pushes
//                 on the value stack, an empty local slot, and the "an exception
//                 is pending" result of fallible functions.
// Invariants:
//   - An int whose value fits the small range is always a small int; a heap
//     int (runtime/int.h) always holds a value outside it. So int equality of
//     two small ints is word equality.
//   - A non-null, non-small-int Value points at a live Object whose first word
//     is its Type*.
#pragma once

#include <cstdint>

namespace pyvm::runtime {

struct Object;

class Value {
 public:
  static constexpr int64_t kSmallIntMax = (int64_t{1} << 62) - 1;
  static constexpr int64_t kSmallIntMin = -(int64_t{1} << 62);

  constexpr Value() : bits_(0) {}

  static constexpr Value null() { return Value(); }
  static constexpr bool fits_small_int(int64_t v) { return v >= kSmallIntMin && v <= kSmallIntMax; }
  // Precondition: fits_small_int(v).
  static constexpr Value from_small_int(int64_t v) {
    return Value((static_cast<uint64_t>(v) << 1) | 1u);
  }
  static Value from_object(const Object* object) {
    return Value(reinterpret_cast<uint64_t>(object));
  }
  static constexpr Value from_raw(uint64_t bits) { return Value(bits); }

  constexpr bool is_null() const { return bits_ == 0; }
  constexpr bool is_small_int() const { return (bits_ & 1u) != 0; }
  constexpr bool is_object() const { return bits_ != 0 && (bits_ & 1u) == 0; }

  constexpr int64_t small_int() const { return static_cast<int64_t>(bits_) >> 1; }
  Object* object() const { return reinterpret_cast<Object*>(bits_); }
  // The object pointer cast to a concrete layout. Precondition: is_object()
  // and the object's type has that layout.
  template <typename T>
  T* as() const {
    return reinterpret_cast<T*>(bits_);
  }

  constexpr uint64_t raw() const { return bits_; }
  constexpr bool operator==(const Value& other) const { return bits_ == other.bits_; }
  constexpr bool operator!=(const Value& other) const { return bits_ != other.bits_; }

 private:
  constexpr explicit Value(uint64_t bits) : bits_(bits) {}
  uint64_t bits_;
};

static_assert(sizeof(Value) == 8, "a Value is one word");

}  // namespace pyvm::runtime

namespace pyvm {
using runtime::Value;
}  // namespace pyvm
