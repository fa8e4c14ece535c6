// The recorder's residual calls (jit/residual.h): operations on exact
// built-in types that have no native IR op (str concatenation, `%` and
// format, f-string parts, str/bytes/dict methods, subscripts and slices,
// `in`, tuple/list/slice building) become guarded calls of the runtime
// function that implements them. The guards fix the operands' exact types
// (so no user `__eq__`, `__hash__`, `__getitem__`... can run), the helper
// checks what the guards cannot (the items of a tuple formatted by `%`),
// and a helper that fails exits to the instruction's snapshot with no effect.
#include <gmp.h>

#include <algorithm>
#include <cstddef>
#include <cstring>

#include "jit/recorder.h"
#include "jit/residual.h"
#include "runtime/dict.h"
#include "runtime/function.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/ops.h"
#include "runtime/slice.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "vm/opcodes.h"
#include "vm/vm.h"

namespace pyvm::jit {

namespace {

bool has_type(Value v, runtime::Type* t) { return v.is_object() && v.object()->type == t; }

bool is_number(vm::VM& vm, Value v) { return v.is_small_int() || has_type(v, vm.types().float_); }

bool name_in(const char* name, std::initializer_list<const char*> names) {
  for (const char* n : names) {
    if (std::strcmp(name, n) == 0) return true;
  }
  return false;
}

}  // namespace

int Recorder::gen_fail(AbortReason reason) {
  fail(reason);
  return 0;
}

// -1: not a residual operation (the ordinary handlers decide), 1: recorded,
// 0: abort.
int Recorder::dispatch_generic(uint8_t opcode, uint32_t oparg) {
  if (!options_.opt_residual) return -1;
  if (fused_slice_.unit >= 0) return gen_fused_subscr(opcode);
  switch (opcode) {
    case vm::BINARY_OP:
      return gen_binary_op(oparg);
    case vm::COMPARE_OP:
      return gen_compare_op(oparg);
    case vm::CONTAINS_OP:
      return gen_contains_op(oparg);
    case vm::BINARY_SUBSCR:
      return gen_binary_subscr();
    case vm::STORE_SUBSCR:
      return gen_store_subscr();
    case vm::FORMAT_VALUE:
      return gen_format_value(oparg);
    case vm::BUILD_STRING:
      return gen_build(Residual::build_string, oparg);
    case vm::BUILD_SLICE:
      if (int fused = gen_fused_slice(oparg); fused >= 0) return fused;
      return gen_build(Residual::build_slice, oparg);
    // BUILD_TUPLE is recorded natively (jit/recorder_tuple.cpp), so that
    // unpacking a tuple the trace built forwards its items.
    case vm::BUILD_LIST:
      return gen_build(Residual::build_list, oparg);
    case vm::LOAD_METHOD:
      return gen_load_method(oparg);
    case vm::LIST_APPEND:
      return gen_list_append(oparg);
    case vm::MAKE_FUNCTION:
      return gen_make_function(oparg);
    default:
      return -1;
  }
}

// The exact type a value of `r` has without a guard, or nullptr.
runtime::Type* Recorder::known_type(Ref r) {
  const Ins& ins = ir()[r];
  if (ins.op == IrOp::KVAL && ins.type == IrType::kVal) {
    Value v = Value::from_raw(ir().const_bits(r));
    return v.is_object() ? v.object()->type : nullptr;
  }
  if (ins.op != IrOp::CALLR) return nullptr;
  const auto& ty = vm_.types();
  switch (residual_result(ins.imm)) {
    case ResidualResult::kStr:
      return ty.str;
    case ResidualResult::kBool:
      return ty.bool_;
    case ResidualResult::kNone:
      return ty.none;
    case ResidualResult::kTuple:
      return ty.tuple;
    case ResidualResult::kList:
      return ty.list;
    case ResidualResult::kSlice:
      return ty.slice;
    case ResidualResult::kFunction:
      return ty.function;
    default:
      return nullptr;
  }
}

// `r` as a Value word whose exact type is `actual`'s (guarded unless known).
Ref Recorder::exact_val(Ref r, Value actual) {
  if (actual.is_small_int()) return to_val(to_int(r));
  if (ir()[r].type != IrType::kVal) return to_val(r);  // unboxed: the type is fixed
  runtime::Type* t = actual.object()->type;
  if (known_type(r) != t) guard(IrOp::GUARD_TYPE, r, kobj(t));
  return r;
}

// Emits the residual call `which` with `args` (guards precede it; it is the
// instruction's last guard and its only effect).
Ref Recorder::residual(Residual which, const std::vector<Ref>& args) {
  Ref list = kNoRef;
  for (Ref a : args) list = list == kNoRef ? a : emit(IrOp::CARG, IrType::kPtr, list, a);
  return ir().emit(IrOp::CALLR, IrType::kVal, list, kNoRef, static_cast<int32_t>(which), snap());
}

// An operand the runtime handles for these types without running Python code.
bool Recorder::residual_operand(Value v) const {
  if (v.is_small_int()) return true;
  if (!v.is_object()) return false;
  runtime::Type* t = v.object()->type;
  const auto& ty = vm_.types();
  return t == ty.int_ || t == ty.float_ || t == ty.str || t == ty.bytes || t == ty.bool_ ||
         t == ty.list || t == ty.tuple;
}

int Recorder::gen_binary_op(uint32_t oparg) {
  Value a = actual_top(2);
  Value b = actual_top(1);
  if (!residual_operand(a) || !residual_operand(b)) return -1;
  if (int wide = gen_int_binary_op(oparg); wide >= 0) return wide;
  if (is_number(vm_, a) && is_number(vm_, b)) return -1;
  uint32_t op = oparg >= static_cast<uint32_t>(runtime::kInplaceOffset)
                    ? oparg - runtime::kInplaceOffset
                    : oparg;
  auto bop = static_cast<runtime::BinaryOp>(op);
  bool str_result = has_type(a, vm_.types().str) &&
                    (bop == runtime::BinaryOp::kAdd || bop == runtime::BinaryOp::kMul ||
                     bop == runtime::BinaryOp::kMod);
  if (bop == runtime::BinaryOp::kMod &&
      (has_type(a, vm_.types().str) || has_type(a, vm_.types().bytes))) {
    if (!is_plain_or_tuple(vm_, b)) return gen_fail(AbortReason::kUnsupportedOperands);
  }
  Ref ra = exact_val(top(2), a);
  Ref rb = exact_val(top(1), b);
  Ref r = residual(str_result ? Residual::str_binary_op : Residual::binary_op,
                   {ra, rb, ir().kint(oparg)});
  pop(2);
  push(r);
  return 1;
}

// A result of int_binary_op: an int that may be small or big.
bool Recorder::is_wide_int(Ref r) const {
  const Ins& ins = trace_->ir[r];
  return ins.op == IrOp::CALLR && ins.imm == static_cast<int32_t>(Residual::int_binary_op);
}

// An int operation with an int result (+ - * // % & | ^ << >>) where an
// operand is a big int now or came from such an operation (a 64-bit LCG's
// state: big three times in four, small the fourth): the residual
// int_binary_op takes both operands of either form, unguarded, and checks
// they are ints itself, so the trace does not exit whenever a value crosses
// the small-int range. -1 for other operations and operands.
int Recorder::gen_int_binary_op(uint32_t oparg) {
  Value a = actual_top(2);
  Value b = actual_top(1);
  auto is_int = [this](Value v) { return v.is_small_int() || has_type(v, vm_.types().int_); };
  if (!is_int(a) || !is_int(b)) return -1;
  bool wide = !a.is_small_int() || !b.is_small_int() || is_wide_int(top(2)) || is_wide_int(top(1));
  if (!wide) return -1;
  uint32_t op = oparg >= static_cast<uint32_t>(runtime::kInplaceOffset)
                    ? oparg - runtime::kInplaceOffset
                    : oparg;
  switch (static_cast<runtime::BinaryOp>(op)) {
    case runtime::BinaryOp::kAdd:
    case runtime::BinaryOp::kSub:
    case runtime::BinaryOp::kMul:
    case runtime::BinaryOp::kFloorDiv:
    case runtime::BinaryOp::kMod:
    case runtime::BinaryOp::kAnd:
    case runtime::BinaryOp::kOr:
    case runtime::BinaryOp::kXor:
    case runtime::BinaryOp::kLshift:
    case runtime::BinaryOp::kRshift:
      break;
    default:
      return -1;
  }
  Ref r = residual(Residual::int_binary_op, {to_val(top(2)), to_val(top(1)), ir().kint(oparg)});
  pop(2);
  push(r);
  // A result bounded into the small range whatever the operands' values
  // (`x % 10`, `(x & MASK64) >> 8`) is unboxed, so what it feeds compiles
  // natively; the unboxing guard never fails.
  int bits = nonneg_int_bits(r, 0);
  if (bits >= 0 && bits <= kSmallIntBits) {
    Ref small = to_int(r);
    pop(1);
    push(small);
  }
  return 1;
}

namespace {

int bit_length(uint64_t v) { return v == 0 ? 0 : 64 - __builtin_clzll(v); }

}  // namespace

// The bit length of a constant int `r` when it is nonnegative, else -1.
int Recorder::nonneg_const_bits(Ref r) const {
  const Ins& ins = trace_->ir[r];
  if (ins.op == IrOp::KINT) {
    int64_t v = trace_->ir.const_int(r);
    return v >= 0 ? bit_length(static_cast<uint64_t>(v)) : -1;
  }
  if (ins.op != IrOp::KVAL || ins.type != IrType::kVal) return -1;
  Value v = Value::from_raw(trace_->ir.const_bits(r));
  if (v.is_small_int()) {
    return v.small_int() >= 0 ? bit_length(static_cast<uint64_t>(v.small_int())) : -1;
  }
  if (!has_type(v, vm_.types().int_)) return -1;
  const auto* big = v.as<runtime::BigInt>();
  if (mpz_sgn(big->value) < 0) return -1;
  return static_cast<int>(mpz_sizeinbase(big->value, 2));
}

// B when the int `r` computes is known to lie in [0, 2**B) whatever the
// trace's inputs, else -1: constants, and int_binary_op results of `&` with
// a bounded operand, `%` by a positive constant, `>>` and `//` of a bounded
// value by a constant, `|` and `^` of bounded values. A value in the small
// range needs B <= kSmallIntBits.
int Recorder::nonneg_int_bits(Ref r, int depth) const {
  if (depth > 8) return -1;
  const Ins& ins = trace_->ir[r];
  if (trace_->ir.is_const(r)) return nonneg_const_bits(r);
  if (ins.op == IrOp::UNBOXINT) return nonneg_int_bits(ins.a, depth + 1);
  if (!is_wide_int(r)) return -1;
  // CALLR(CARG(CARG(a, b), oparg)): see residual().
  const Ins& outer = trace_->ir[ins.a];
  const Ins& inner = trace_->ir[outer.a];
  Ref a = inner.a;
  Ref b = inner.b;
  auto oparg = static_cast<int>(trace_->ir.const_int(outer.b));
  if (oparg >= runtime::kInplaceOffset) oparg -= runtime::kInplaceOffset;
  int bits_a = nonneg_int_bits(a, depth + 1);
  int const_b = nonneg_const_bits(b);
  switch (static_cast<runtime::BinaryOp>(oparg)) {
    case runtime::BinaryOp::kAnd: {
      int bits_b = nonneg_int_bits(b, depth + 1);
      if (bits_a < 0) return bits_b;
      return bits_b < 0 ? bits_a : std::min(bits_a, bits_b);
    }
    case runtime::BinaryOp::kMod:
      return const_b > 0 ? const_b : -1;  // 0 <= a % b < b
    case runtime::BinaryOp::kRshift: {
      if (bits_a < 0 || const_b < 0) return -1;
      if (const_b > 31) return 0;  // a shift past any bounded value's bits
      Value count = Value::from_raw(trace_->ir.const_bits(b));
      int64_t shift = trace_->ir[b].op == IrOp::KINT ? trace_->ir.const_int(b) : count.small_int();
      return static_cast<int>(std::max<int64_t>(0, bits_a - shift));
    }
    case runtime::BinaryOp::kFloorDiv:
      // a // b < 2**bits_a / 2**(const_b - 1)
      if (bits_a < 0 || const_b <= 0) return -1;
      return std::max(0, bits_a - (const_b - 1));
    case runtime::BinaryOp::kOr:
    case runtime::BinaryOp::kXor: {
      int bits_b = nonneg_int_bits(b, depth + 1);
      return bits_a < 0 || bits_b < 0 ? -1 : std::max(bits_a, bits_b);
    }
    default:
      return -1;
  }
}

Ref Recorder::residual_bool(Ref call) {
  return emit(IrOp::EQ, IrType::kBool, call, ir().kval(vm_.true_value().raw()));
}

int Recorder::gen_compare_op(uint32_t oparg) {
  Value a = actual_top(2);
  Value b = actual_top(1);
  if (oparg > static_cast<uint32_t>(runtime::CompareOp::kGe)) return -1;
  if (!is_plain_value(vm_, a) || !is_plain_value(vm_, b)) return -1;
  if (is_number(vm_, a) && is_number(vm_, b)) return -1;
  if (ir()[top(2)].type == IrType::kBool || ir()[top(1)].type == IrType::kBool) return -1;
  Ref ra = exact_val(top(2), a);
  Ref rb = exact_val(top(1), b);
  Ref r = residual_bool(residual(Residual::compare, {ra, rb, ir().kint(oparg)}));
  pop(2);
  push(r);
  return 1;
}

int Recorder::gen_contains_op(uint32_t oparg) {
  Value item = actual_top(2);
  Value c = actual_top(1);
  const auto& ty = vm_.types();
  bool sequence = has_type(c, ty.list) || has_type(c, ty.tuple);
  bool text = has_type(c, ty.str) || has_type(c, ty.bytes);
  bool hashed = has_type(c, ty.dict) || has_type(c, ty.set) || has_type(c, ty.frozenset);
  if (!sequence && !text && !hashed) return gen_fail(AbortReason::kUnsupportedOperands);
  if (!is_plain_or_tuple(vm_, item)) return gen_fail(AbortReason::kUnsupportedOperands);
  if (sequence && (!is_plain_value(vm_, item) || !residual_arg_ok(vm_, c)))
    return gen_fail(AbortReason::kUnsupportedOperands);
  Ref ri = exact_val(top(2), item);
  Ref rc = exact_val(top(1), c);
  Ref found = residual(Residual::contains, {ri, rc});
  Ref r = emit(oparg != 0 ? IrOp::NE : IrOp::EQ, IrType::kBool, found,
               ir().kval(vm_.true_value().raw()));
  pop(2);
  push(r);
  return 1;
}

// A subscript key the runtime handles without Python code: a small int or a
// slice of plain values for sequences, a plain value (or a tuple of them)
// for dicts.
bool Recorder::residual_key(Value container, Value key) const {
  if (has_type(container, vm_.types().dict)) return is_plain_or_tuple(vm_, key);
  if (key.is_small_int()) return true;
  return has_type(key, vm_.types().slice) && residual_arg_ok(vm_, key);
}

int Recorder::gen_binary_subscr() {
  Value c = actual_top(2);
  Value k = actual_top(1);
  const auto& ty = vm_.types();
  bool sequence = has_type(c, ty.list) || has_type(c, ty.tuple);
  if (sequence && k.is_small_int() && k.small_int() >= -runtime::length(vm_, c) &&
      k.small_int() < runtime::length(vm_, c)) {
    return -1;  // a native ALOAD
  }
  if (!sequence && !has_type(c, ty.str) && !has_type(c, ty.bytes) && !has_type(c, ty.dict))
    return -1;
  if (!residual_key(c, k)) return gen_fail(AbortReason::kUnsupportedOperands);
  Ref rc = exact_val(top(2), c);
  Ref rk = exact_val(top(1), k);
  Ref r = residual(Residual::get_item, {rc, rk});
  pop(2);
  push(r);
  return 1;
}

int Recorder::gen_store_subscr() {
  Value v = actual_top(3);
  Value c = actual_top(2);
  Value k = actual_top(1);
  const auto& ty = vm_.types();
  if (has_type(c, ty.list) && k.is_small_int()) {
    // In range (negative indices count from the end): a native LIST_STORE;
    // out of range: the runtime raises.
    int64_t n = c.as<runtime::List>()->length;
    if (k.small_int() >= -n && k.small_int() < n) return -1;
  } else if (has_type(c, ty.list)) {
    if (!has_type(k, ty.slice) || !residual_key(c, k) ||
        !(has_type(v, ty.list) || has_type(v, ty.tuple))) {
      return gen_fail(AbortReason::kUnsupportedOperands);
    }
  } else if (!has_type(c, ty.dict) || !residual_key(c, k)) {
    return -1;
  }
  Ref rc = exact_val(top(2), c);
  Ref rk = exact_val(top(1), k);
  Ref rv = has_type(k, ty.slice) ? exact_val(top(3), v) : to_val(top(3));
  residual(Residual::set_item, {rc, rk, rv});
  pop(3);
  return 1;
}

int Recorder::gen_format_value(uint32_t oparg) {
  bool has_spec = (oparg & 4) != 0;
  Value v = actual_top(has_spec ? 2 : 1);
  if (!is_plain_value(vm_, v)) return gen_fail(AbortReason::kUnsupportedOperands);
  if (!has_spec && (oparg & 3) == 0 && has_type(v, vm_.types().str)) {
    set_top(1, exact_val(top(1), v));  // f"{s}" of an exact str is s itself
    return 1;
  }
  Ref spec = ir().kint(0);
  if (has_spec) spec = exact_val(top(1), actual_top(1));
  Ref rv = exact_val(top(has_spec ? 2 : 1), v);
  Ref r = residual(Residual::format_value, {rv, ir().kint(oparg & 3), spec});
  pop(has_spec ? 2 : 1);
  push(r);
  return 1;
}

int Recorder::gen_build(Residual which, uint32_t oparg) {
  auto n = static_cast<int32_t>(oparg);
  if (n > kMaxResidualArgs) return gen_fail(AbortReason::kUnsupportedOperands);
  std::vector<Ref> args;
  for (int32_t k = n; k >= 1; --k) {
    Value actual = actual_top(k);
    if (which == Residual::build_string) {
      if (!has_type(actual, vm_.types().str)) return gen_fail(AbortReason::kUnsupportedOperands);
      args.push_back(exact_val(top(k), actual));
    } else if (which == Residual::build_slice) {
      if (!is_plain_value(vm_, actual)) return gen_fail(AbortReason::kUnsupportedOperands);
      args.push_back(exact_val(top(k), actual));
    } else {
      args.push_back(to_val(top(k)));
    }
  }
  Ref r = residual(which, args);
  pop(n);
  push(r);
  return 1;
}

// MAKE_FUNCTION with no defaults, keyword defaults or annotations (oparg 0,
// or 8 with a closure tuple): a residual call that creates the function. A
// call of it is inlined without guards (rec_inline_call: its code and
// globals are known), and its frame keeps the function value.
int Recorder::gen_make_function(uint32_t oparg) {
  if ((oparg & ~uint32_t{0x08}) != 0) return gen_fail(AbortReason::kUnsupportedOpcode);
  Value code = actual_top(1);
  if (!has_type(code, vm_.types().code)) return gen_fail(AbortReason::kUnsupportedOpcode);
  std::vector<Ref> args{exact_val(top(1), code), kobj(frame_->globals)};
  int32_t popped = 1;
  if (oparg == 0x08) {
    if (!has_type(actual_top(2), vm_.types().tuple)) {
      return gen_fail(AbortReason::kUnsupportedOperands);
    }
    args.push_back(exact_val(top(2), actual_top(2)));
    popped = 2;
  }
  Ref r = residual(Residual::make_function, args);
  pop(popped);
  push(r);
  return 1;
}

// LIST_APPEND (list comprehensions): the list is oparg entries below the item.
int Recorder::gen_list_append(uint32_t oparg) {
  auto n = static_cast<int32_t>(oparg);
  if (!has_type(actual_top(n + 1), vm_.types().list)) return -1;
  Ref list = exact_val(top(n + 1), actual_top(n + 1));
  emit(IrOp::LIST_APPEND, IrType::kVoid, list, to_val(top(1)));
  pop(1);
  return 1;
}

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Winvalid-offsetof"
constexpr int32_t kStrLength = offsetof(runtime::Str, length);
#pragma GCC diagnostic pop

// The length of an exact str (immutable: a fixed field).
Ref Recorder::str_length(Ref r, Value actual) {
  Ref s = exact_val(r, actual);
  return emit(IrOp::FLOADK, IrType::kInt, s, kNoRef, kStrLength);
}

// LOAD_METHOD of a native method on an exact str, bytes, dict, set or
// frozenset: the type (immutable for built-in types) fixes the method.
int Recorder::gen_load_method(uint32_t oparg) {
  Value o = actual_top(1);
  const auto& ty = vm_.types();
  if (!o.is_object()) return -1;
  runtime::Type* t = o.object()->type;
  if (t != ty.str && t != ty.bytes && t != ty.dict && t != ty.set && t != ty.frozenset) return -1;
  auto* name = code_->names->at(static_cast<int64_t>(oparg)).as<runtime::Str>();
  Value m = runtime::type_lookup(vm_, t, name);
  if (!has_type(m, ty.builtin_function)) return -1;
  exact_val(top(1), o);
  Ref owner = top(1);
  set_top(1, ir().kval(m.raw()));
  push(owner);
  return 1;
}

// Is `callable` one the runtime runs without Python code (for plain
// arguments)? Sets *str_result when it always returns a str.
bool Recorder::residual_callable(Value callable, bool* str_result) {
  const auto& ty = vm_.types();
  *str_result = false;
  if (callable == Value::from_object(ty.str)) {
    *str_result = true;
    return true;
  }
  for (runtime::Type* t : {ty.int_, ty.float_, ty.tuple, ty.list, ty.bool_}) {
    if (callable == Value::from_object(t)) return true;
  }
  if (builtin_exception_class(callable)) return true;  // jit/recorder_exceptions.cpp
  if (!has_type(callable, ty.builtin_function)) return false;
  auto* f = callable.as<runtime::NativeFunction>();
  if (!f->self.is_null() || f->name == nullptr) return false;
  std::string name = runtime::str_to_utf8(f->name);
  const char* n = name.c_str();
  runtime::Type* owner = f->owner;
  if (owner == nullptr) {
    if (!name_in(n, {"len", "ord", "chr", "repr", "abs", "min", "max", "sorted", "hash", "sum",
                     "any", "all", "divmod", "round"})) {
      return false;
    }
    // Only the builtins module's own function (not a same-named one).
    if (runtime::dict_get_str(vm_, frame_->builtins, f->name) != callable) return false;
    *str_result = name_in(n, {"chr", "repr"});
    return true;
  }
  if (owner == ty.str) {
    *str_result = name_in(
        n, {"upper", "lower", "replace", "strip", "lstrip", "rstrip", "join", "capitalize",
            "format", "title", "swapcase", "center", "ljust", "rjust", "zfill", "casefold"});
    return true;
  }
  if (owner == ty.bytes || owner == ty.int_ || owner == ty.float_) return true;
  if (owner == ty.tuple || owner == ty.frozenset) return name_in(n, {"index", "count", "copy"});
  if (owner == ty.dict) {
    return name_in(n, {"get", "keys", "values", "items", "copy", "setdefault", "pop",
                       "__contains__", "__getitem__"});
  }
  if (owner == ty.set) return name_in(n, {"add", "discard", "remove", "copy", "__contains__"});
  if (owner == ty.list) {
    return name_in(n, {"copy", "index", "count", "insert", "reverse", "remove", "extend", "clear"});
  }
  return false;
}

// A CALL the builtin compiler does not handle: a residual call of a native
// function or built-in type with plain arguments.
bool Recorder::rec_residual_call(Value callable, Ref callable_ref, const std::vector<Ref>& args,
                                 const Value* actual_args) {
  bool str_result = false;
  if (!options_.opt_residual) return fail(AbortReason::kUnsupportedCall);
  if (!residual_callable(callable, &str_result) ||
      static_cast<int64_t>(args.size()) >= kMaxResidualArgs) {
    return fail(AbortReason::kUnsupportedCall);
  }
  for (size_t i = 0; i < args.size(); ++i) {
    if (!residual_arg_ok(vm_, actual_args[i])) return fail(AbortReason::kUnsupportedCall);
  }
  Ref fn = ir().kval(callable.raw());
  guard_callable(callable_ref, fn);
  std::vector<Ref> call_args{fn};
  for (size_t i = 0; i < args.size(); ++i) call_args.push_back(to_val(args[i]));
  Ref r = residual(str_result ? Residual::call_str : Residual::call, call_args);
  pop(depth_ - call_depth_);
  push(r);
  return true;
}

}  // namespace pyvm::jit
