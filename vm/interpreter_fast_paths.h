// Fast paths of the dispatch loop (vm/interpreter.cpp), inlined into its
// opcode bodies: small-int and float arithmetic and comparison for BINARY_OP
// and COMPARE_OP, the argument check that lets CALL invoke a native function
// directly, and whether a generator can be resumed in place. Each returns
// null (or false) to mean "take the slow path", never raising: errors are
// left to the slow paths in vm/interpreter_support.cpp. Included only by
// vm/interpreter.cpp.
#pragma once

#include <cstdint>

#include "runtime/float.h"
#include "runtime/function.h"
#include "runtime/generator.h"
#include "runtime/ops.h"
#include "vm/vm.h"

namespace pyvm::vm::fast_paths {

using runtime::BinaryOp;
using runtime::CompareOp;
using runtime::Float;

inline bool has_type(Value v, runtime::Type* type) {
  return v.is_object() && v.object()->type == type;
}

inline bool is_exact_float(VM& vm, Value v) {
  return v.is_object() && v.object()->type == vm.types().float_;
}

// Python's floor division and modulo of small ints; false when y == 0.
inline bool small_floor_div_mod(int64_t x, int64_t y, int64_t* q, int64_t* r) {
  if (y == 0) return false;
  *q = x / y;  // |x| < 2**62: no overflow, even for y == -1
  *r = x % y;
  if (*r != 0 && ((*r < 0) != (y < 0))) {
    *r += y;
    --*q;
  }
  return true;
}

// The small-int part of fast_binary; null means "take the slow path".
[[gnu::always_inline]] inline Value fast_small_int_binary(BinaryOp op, int64_t x, int64_t y) {
  int64_t r;
  int64_t unused;
  switch (op) {
    case BinaryOp::kAdd:
      r = x + y;
      break;
    case BinaryOp::kSub:
      r = x - y;
      break;
    case BinaryOp::kMul:
      if (__builtin_mul_overflow(x, y, &r)) return Value::null();
      break;
    case BinaryOp::kAnd:
      return Value::from_small_int(x & y);
    case BinaryOp::kOr:
      return Value::from_small_int(x | y);
    case BinaryOp::kXor:
      return Value::from_small_int(x ^ y);
    case BinaryOp::kRshift:
      if (y < 0) return Value::null();  // ValueError on the slow path
      return Value::from_small_int(x >> (y > 63 ? 63 : y));
    case BinaryOp::kLshift:
      if (y < 0 || y > 62) return Value::null();
      r = static_cast<int64_t>(static_cast<uint64_t>(x) << y);
      if ((r >> y) != x) return Value::null();
      break;
    case BinaryOp::kFloorDiv:
      if (!small_floor_div_mod(x, y, &r, &unused)) return Value::null();
      break;
    case BinaryOp::kMod:
      if (!small_floor_div_mod(x, y, &unused, &r)) return Value::null();
      break;
    default:
      return Value::null();
  }
  return Value::fits_small_int(r) ? Value::from_small_int(r) : Value::null();
}

// A float operand's value, or a small int's when it converts exactly (int
// operands of float arithmetic convert to the nearest double, as here, but
// only exactly representable ones keep true division correctly rounded).
[[gnu::always_inline]] inline bool float_operand(VM& vm, Value v, double* out) {
  if (is_exact_float(vm, v)) {
    *out = v.as<Float>()->value;
    return true;
  }
  constexpr int64_t kExact = int64_t{1} << 53;
  if (v.is_small_int() && v.small_int() <= kExact && v.small_int() >= -kExact) {
    *out = static_cast<double>(v.small_int());
    return true;
  }
  return false;
}

// Small-int and float fast paths for BINARY_OP; null means "take the slow path".
[[gnu::always_inline]] inline Value fast_binary(VM& vm, uint32_t oparg, Value a, Value b) {
  uint32_t op = oparg >= runtime::kInplaceOffset ? oparg - runtime::kInplaceOffset : oparg;
  if (a.is_small_int() && b.is_small_int()) {
    Value r = fast_small_int_binary(static_cast<BinaryOp>(op), a.small_int(), b.small_int());
    if (!r.is_null() || static_cast<BinaryOp>(op) != BinaryOp::kTrueDiv) return r;
  }
  // Float with float, float with small int, and small int / small int.
  double x, y;
  if (!float_operand(vm, a, &x) || !float_operand(vm, b, &y)) return Value::null();
  switch (static_cast<BinaryOp>(op)) {
    case BinaryOp::kAdd:
      if (a.is_small_int() && b.is_small_int()) return Value::null();
      return runtime::float_new(vm, x + y);
    case BinaryOp::kSub:
      if (a.is_small_int() && b.is_small_int()) return Value::null();
      return runtime::float_new(vm, x - y);
    case BinaryOp::kMul:
      if (a.is_small_int() && b.is_small_int()) return Value::null();
      return runtime::float_new(vm, x * y);
    case BinaryOp::kTrueDiv:
      if (y == 0.0) return Value::null();
      return runtime::float_new(vm, x / y);
    default:
      return Value::null();
  }
}

// Whether a positional call of the unbound native function `f` passes its
// argument checks (runtime/function.cpp check_native_args) in the plainest
// way: no bound receiver, and a method's receiver of exactly its owner type.
// False leaves the call, and any error, to the call slot.
[[gnu::always_inline]] inline bool native_args_fit(const runtime::NativeFunction* f,
                                                   const Value* args, size_t nargs) {
  if (!f->self.is_null()) return false;
  auto given = static_cast<int64_t>(nargs);
  if ((f->flags & runtime::kNativeMethod) != 0) {
    if (given == 0 || f->owner == nullptr || !args[0].is_object() ||
        args[0].object()->type != f->owner) {
      return false;
    }
    --given;
  }
  return given >= f->min_args && (f->max_args < 0 || given <= f->max_args);
}

// Whether FOR_ITER or SEND (with a one-byte `oparg`, which the return path
// re-reads from the instruction) may resume generator `v` in place.
inline bool can_resume_in_place(Value v, uint32_t oparg) {
  auto state = v.as<runtime::Generator>()->state;
  return oparg < 256 && (state == runtime::GeneratorState::kSuspended ||
                         state == runtime::GeneratorState::kCreated);
}

// Small-int and float fast paths for COMPARE_OP; null means "slow path".
[[gnu::always_inline]] inline Value fast_compare(VM& vm, uint32_t oparg, Value a, Value b) {
  double x, y;
  if (a.is_small_int() && b.is_small_int()) {
    // Tagging preserves order, so compare the raw signed words.
    x = 0;
    y = 0;
    int64_t p = static_cast<int64_t>(a.raw());
    int64_t q = static_cast<int64_t>(b.raw());
    switch (static_cast<CompareOp>(oparg)) {
      case CompareOp::kLt:
        return vm.bool_value(p < q);
      case CompareOp::kLe:
        return vm.bool_value(p <= q);
      case CompareOp::kEq:
        return vm.bool_value(p == q);
      case CompareOp::kNe:
        return vm.bool_value(p != q);
      case CompareOp::kGt:
        return vm.bool_value(p > q);
      case CompareOp::kGe:
        return vm.bool_value(p >= q);
    }
  }
  if (is_exact_float(vm, a) && is_exact_float(vm, b)) {
    x = a.as<Float>()->value;
    y = b.as<Float>()->value;
    switch (static_cast<CompareOp>(oparg)) {
      case CompareOp::kLt:
        return vm.bool_value(x < y);
      case CompareOp::kLe:
        return vm.bool_value(x <= y);
      case CompareOp::kEq:
        return vm.bool_value(x == y);
      case CompareOp::kNe:
        return vm.bool_value(x != y);
      case CompareOp::kGt:
        return vm.bool_value(x > y);
      case CompareOp::kGe:
        return vm.bool_value(x >= y);
    }
  }
  return Value::null();
}

}  // namespace pyvm::vm::fast_paths
