// Residual calls of compiled traces (see jit/residual.h).
#include "jit/residual.h"

#include "runtime/int.h"

#include "jit/call_trace.h"
#include "jit/exceptions.h"
#include "jit/generators.h"
#include "runtime/dict.h"
#include "runtime/function.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/ops.h"
#include "runtime/set.h"
#include "runtime/slice.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "vm/interpreter_support.h"
#include "vm/vm.h"

namespace pyvm::jit {

namespace {

using runtime::Type;

constexpr int kPlainDepth = 3;

Value arg(const uint64_t* args, int64_t i) { return Value::from_raw(args[i]); }
bool has_type(Value v, Type* t) { return v.is_object() && v.object()->type == t; }

bool plain_deep(vm::VM& vm, Value v, int depth) {
  if (is_plain_value(vm, v)) return true;
  if (depth == 0 || !has_type(v, vm.types().tuple)) return false;
  auto* t = v.as<runtime::Tuple>();
  for (int64_t i = 0; i < t->length; ++i) {
    if (!plain_deep(vm, t->at(i), depth - 1)) return false;
  }
  return true;
}

// Every item of a list or tuple is plain (or a tuple of plain values).
bool plain_items(vm::VM& vm, Value v) {
  const Value* items;
  int64_t n;
  if (has_type(v, vm.types().list)) {
    items = v.as<runtime::List>()->items;
    n = v.as<runtime::List>()->length;
  } else if (has_type(v, vm.types().tuple)) {
    items = v.as<runtime::Tuple>()->items();
    n = v.as<runtime::Tuple>()->length;
  } else {
    return false;
  }
  for (int64_t i = 0; i < n; ++i) {
    if (!plain_deep(vm, items[i], kPlainDepth)) return false;
  }
  return true;
}

// The result of a runtime call: the Value word, or 0 with the exception
// cleared (the interpreter re-runs the instruction and raises it).
uint64_t done(vm::VM* vm, Value result) {
  if (result.is_null()) {
    if (!residual_keep_exception) vm->clear_exception();
    return 0;
  }
  return result.raw();
}

uint64_t done_int(vm::VM* vm, int status) {
  if (status < 0) {
    if (!residual_keep_exception) vm->clear_exception();
    return 0;
  }
  return vm->none().raw();
}

uint64_t done_bool(vm::VM* vm, int truth) {
  if (truth < 0) {
    if (!residual_keep_exception) vm->clear_exception();
    return 0;
  }
  return vm->bool_value(truth != 0).raw();
}

bool is_str_or_bytes(vm::VM& vm, Value v) {
  return has_type(v, vm.types().str) || has_type(v, vm.types().bytes);
}

uint64_t r_binary_op(vm::VM* vm, const uint64_t* args, int64_t) {
  Value a = arg(args, 0);
  Value b = arg(args, 1);
  auto oparg = static_cast<int>(args[2]);
  bool inplace = oparg >= runtime::kInplaceOffset;
  auto op = static_cast<runtime::BinaryOp>(inplace ? oparg - runtime::kInplaceOffset : oparg);
  // `%` formats its right operand: every item must be plain.
  if (op == runtime::BinaryOp::kMod && is_str_or_bytes(*vm, a) &&
      !plain_deep(*vm, b, kPlainDepth)) {
    return 0;
  }
  return done(vm, inplace ? runtime::inplace_op(*vm, op, a, b) : runtime::binary_op(*vm, op, a, b));
}

// a <op> b of two exact strs, as str_richcompare computes it.
bool compare_strs(const runtime::Str* a, const runtime::Str* b, runtime::CompareOp op) {
  using runtime::CompareOp;
  if (op == CompareOp::kEq) return runtime::str_equal(a, b);
  if (op == CompareOp::kNe) return !runtime::str_equal(a, b);
  int c = runtime::str_compare(a, b);
  switch (op) {
    case CompareOp::kLt:
      return c < 0;
    case CompareOp::kLe:
      return c <= 0;
    case CompareOp::kGt:
      return c > 0;
    default:
      return c >= 0;
  }
}

uint64_t r_compare(vm::VM* vm, const uint64_t* args, int64_t) {
  auto op = static_cast<runtime::CompareOp>(args[2]);
  Value a = arg(args, 0);
  Value b = arg(args, 1);
  if (has_type(a, vm->types().str) && has_type(b, vm->types().str)) {
    return vm->bool_value(compare_strs(a.as<runtime::Str>(), b.as<runtime::Str>(), op)).raw();
  }
  return done_bool(vm, runtime::rich_compare_bool(*vm, arg(args, 0), arg(args, 1), op));
}

// `item in t` for an exact str item and an exact tuple: 1 or 0 when every
// item compared is an exact str (identity, then content), -1 otherwise.
int str_in_tuple(vm::VM* vm, const runtime::Str* item, const runtime::Tuple* t) {
  for (int64_t i = 0; i < t->length; ++i) {
    Value x = t->at(i);
    if (x == Value::from_object(const_cast<runtime::Str*>(item))) return 1;
    if (!has_type(x, vm->types().str)) return -1;
    if (runtime::str_equal(x.as<runtime::Str>(), item)) return 1;
  }
  return 0;
}

// A key whose hash and equality the runtime computes without a call: a
// small int or an exact str (a stored key of another type with an equal
// hash is compared with `equals`, as on the generic path).
bool fast_key(vm::VM* vm, Value key) {
  return key.is_small_int() || has_type(key, vm->types().str);
}

// `key in d` / `key in s` of an exact dict or set and a fast key, without
// the containment dispatch; -2 when the container is neither.
int fast_membership(vm::VM* vm, Value container, Value key) {
  if (has_type(container, vm->types().dict)) {
    Value v = runtime::dict_get(*vm, container.as<runtime::Dict>(), key);
    if (!v.is_null()) return 1;
    return vm->has_exception() ? -1 : 0;
  }
  if (has_type(container, vm->types().set) || has_type(container, vm->types().frozenset)) {
    return runtime::set_contains(*vm, container, key);
  }
  return -2;
}

uint64_t r_contains(vm::VM* vm, const uint64_t* args, int64_t) {
  Value item = arg(args, 0);
  Value container = arg(args, 1);
  if (fast_key(vm, item)) {
    int found = fast_membership(vm, container, item);
    if (found != -2) return done_bool(vm, found);
  }
  if (has_type(item, vm->types().str)) {
    auto* needle = item.as<runtime::Str>();
    if (has_type(container, vm->types().str)) {
      auto* s = container.as<runtime::Str>();
      return vm->bool_value(runtime::str_find(s, needle, 0, s->length, false) >= 0).raw();
    }
    if (has_type(container, vm->types().tuple)) {
      int found = str_in_tuple(vm, needle, container.as<runtime::Tuple>());
      if (found >= 0) return vm->bool_value(found != 0).raw();
    }
  }
  if (has_type(container, vm->types().list) || has_type(container, vm->types().tuple)) {
    // Items are compared with ==: all must be plain.
    if (!is_plain_value(*vm, item) || !plain_items(*vm, container)) return 0;
  } else if (!is_str_or_bytes(*vm, container) && !plain_deep(*vm, item, kPlainDepth)) {
    return 0;  // dict, set: the item is hashed
  }
  return done_bool(vm, runtime::contains(*vm, container, item));
}

bool plain_slice(vm::VM& vm, Value key) {
  if (!has_type(key, vm.types().slice)) return false;
  auto* s = key.as<runtime::Slice>();
  return is_plain_value(vm, s->start) && is_plain_value(vm, s->stop) && is_plain_value(vm, s->step);
}

bool plain_key(vm::VM& vm, Value container, Value key) {
  if (has_type(container, vm.types().dict)) return plain_deep(vm, key, kPlainDepth);
  return key.is_small_int() || plain_slice(vm, key);
}

uint64_t r_get_item(vm::VM* vm, const uint64_t* args, int64_t) {
  Value container = arg(args, 0);
  Value key = arg(args, 1);
  if (key.is_small_int() && has_type(container, vm->types().str)) {  // s[i]: no dispatch
    auto* s = container.as<runtime::Str>();
    int64_t i = key.small_int();
    if (i < 0) i += s->length;
    if (i >= 0 && i < s->length) {
      return Value::from_object(runtime::str_from_char(*vm, s->at(i))).raw();
    }
  }
  if (fast_key(vm, key) && has_type(container, vm->types().dict)) {
    Value v = runtime::dict_get(*vm, container.as<runtime::Dict>(), key);
    if (!v.is_null() || vm->has_exception()) return done(vm, v);
    // Absent: the generic path raises the KeyError (item_caught keeps it).
  }
  if (!plain_key(*vm, container, key)) return 0;
  return done(vm, runtime::get_item(*vm, container, key));
}

uint64_t r_set_item(vm::VM* vm, const uint64_t* args, int64_t) {
  Value container = arg(args, 0);
  Value key = arg(args, 1);
  Value value = arg(args, 2);
  if (fast_key(vm, key) && has_type(container, vm->types().dict)) {
    return done_int(vm, runtime::dict_set(*vm, container.as<runtime::Dict>(), key, value));
  }
  if (!plain_key(*vm, container, key)) return 0;
  // A slice assignment iterates its value: only a list or a tuple.
  if (has_type(key, vm->types().slice) && !has_type(value, vm->types().list) &&
      !has_type(value, vm->types().tuple)) {
    return 0;
  }
  return done_int(vm, runtime::set_item(*vm, container, key, value));
}

uint64_t r_format_value(vm::VM* vm, const uint64_t* args, int64_t) {
  Value v = arg(args, 0);
  if (!is_plain_value(*vm, v)) return 0;
  return done(vm, vm::format_value(*vm, v, static_cast<uint32_t>(args[1]), arg(args, 2)));
}

uint64_t r_build_string(vm::VM* vm, const uint64_t* args, int64_t n) {
  for (int64_t i = 0; i < n; ++i) {
    if (!has_type(arg(args, i), vm->types().str)) return 0;
  }
  return done(
      vm, vm::build_string(*vm, reinterpret_cast<const Value*>(args), static_cast<uint32_t>(n)));
}

uint64_t r_build_slice(vm::VM* vm, const uint64_t* args, int64_t n) {
  return done(vm,
              vm::build_slice(*vm, reinterpret_cast<const Value*>(args), static_cast<uint32_t>(n)));
}

// l[start:stop:step] with small-int or None bounds (BUILD_SLICE fused with
// the subscript: no slice object); 0 for other bounds or a zero step.
bool list_slice_bounds(vm::VM* vm, const uint64_t* args, int64_t length, int64_t* start,
                       int64_t* stop, int64_t* step, int64_t* n) {
  return runtime::small_slice_indices(arg(args, 1), arg(args, 2), arg(args, 3), vm->none(), length,
                                      start, stop, step, n);
}

uint64_t r_slice_get(vm::VM* vm, const uint64_t* args, int64_t) {
  auto* l = arg(args, 0).as<runtime::List>();
  int64_t start, stop, step, n;
  if (!list_slice_bounds(vm, args, l->length, &start, &stop, &step, &n)) return 0;
  return done(vm, runtime::list_get_slice(*vm, l, start, step, n));
}

uint64_t r_slice_set(vm::VM* vm, const uint64_t* args, int64_t) {
  auto* l = arg(args, 0).as<runtime::List>();
  Value value = arg(args, 4);
  if (!has_type(value, vm->types().list) && !has_type(value, vm->types().tuple)) return 0;
  int64_t start, stop, step, n;
  if (!list_slice_bounds(vm, args, l->length, &start, &stop, &step, &n)) return 0;
  return done_int(vm, runtime::list_set_slice(*vm, l, start, stop, step, n, value));
}

// s[start:stop:step] of an exact str with small-int or None bounds, fused
// like the list slice (no slice object).
uint64_t r_str_slice(vm::VM* vm, const uint64_t* args, int64_t) {
  auto* s = arg(args, 0).as<runtime::Str>();
  int64_t start, stop, step, n;
  if (!list_slice_bounds(vm, args, s->length, &start, &stop, &step, &n)) return 0;
  return Value::from_object(runtime::str_slice_at(*vm, s, start, step, n)).raw();
}

// The argument array as Values (never null: an empty array has no storage).
const Value* items_of(const uint64_t* args, int64_t n) {
  static const Value kEmpty[1] = {Value::null()};
  return n == 0 ? kEmpty : reinterpret_cast<const Value*>(args);
}

uint64_t r_build_tuple(vm::VM* vm, const uint64_t* args, int64_t n) {
  return Value::from_object(runtime::tuple_from(*vm, items_of(args, n), n)).raw();
}

uint64_t r_build_list(vm::VM* vm, const uint64_t* args, int64_t n) {
  return Value::from_object(runtime::list_from(*vm, items_of(args, n), n)).raw();
}

// MAKE_FUNCTION without defaults or annotations (a comprehension's or a
// nested def's function): a new function of the code, with the closure
// tuple when there is one.
uint64_t r_make_function(vm::VM* vm, const uint64_t* args, int64_t n) {
  auto* code = arg(args, 0).as<runtime::Code>();
  auto* globals = arg(args, 1).as<runtime::Dict>();
  runtime::Function* f = runtime::function_new(*vm, code, globals, code->qualname);
  if (n == 3) vm->store_ref(f, &f->closure, arg(args, 2).as<runtime::Tuple>());
  return Value::from_object(f).raw();
}

// A native method of the receiver's exact type called with the receiver
// alone (str.isdigit, str.strip, int.bit_length...): its C++ function
// directly, without the per-argument checks. Null (not called) otherwise.
runtime::NativeFunction* receiver_only_method(vm::VM* vm, const Value* values) {
  if (!is_receiver_only_method(*vm, values[0])) return nullptr;
  auto* f = values[0].as<runtime::NativeFunction>();
  return has_type(values[1], f->owner) ? f : nullptr;
}

uint64_t r_call(vm::VM* vm, const uint64_t* args, int64_t n) {
  const Value* values = reinterpret_cast<const Value*>(args);
  if (n == 2) {
    if (runtime::NativeFunction* f = receiver_only_method(vm, values)) {
      return done(vm, f->fn(*vm, runtime::CallArgs{values + 1, 1, nullptr}));
    }
  }
  for (int64_t i = 1; i < n; ++i) {
    if (!residual_arg_ok(*vm, values[i])) return 0;
  }
  // An unbound native function (str.isdigit, dict.get, len...): its C++
  // function directly, after the argument check native_call makes.
  if (has_type(values[0], vm->types().builtin_function)) {
    auto* f = values[0].as<runtime::NativeFunction>();
    if (f->self.is_null()) {
      runtime::CallArgs call_args{values + 1, static_cast<size_t>(n - 1), nullptr};
      // The common case inline: a method of the receiver's exact type (or a
      // plain function) with an accepted argument count.
      int64_t given = n - 1;
      bool method = (f->flags & runtime::kNativeMethod) != 0;
      if (method) --given;
      if ((!method || (given >= 0 && f->owner != nullptr && has_type(values[1], f->owner))) &&
          given >= f->min_args && (f->max_args < 0 || given <= f->max_args)) {
        return done(vm, f->fn(*vm, call_args));
      }
      if (!runtime::check_native_args(*vm, f, call_args)) {
        vm->clear_exception();
        return 0;
      }
      return done(vm, f->fn(*vm, call_args));
    }
  }
  return done(vm, runtime::call_positional(*vm, values[0], values + 1, static_cast<size_t>(n - 1)));
}

struct Entry {
  ResidualFn fn;
  const char* name;
  ResidualResult result;
};

uint64_t r_str_binary_op(vm::VM* vm, const uint64_t* args, int64_t n) {
  // Concatenation of two exact strs (also `+=`: str has no in-place slot)
  // without the type-slot dispatch.
  Value a = arg(args, 0);
  Value b = arg(args, 1);
  auto oparg = static_cast<int>(args[2]);
  if ((oparg == static_cast<int>(runtime::BinaryOp::kAdd) ||
       oparg == static_cast<int>(runtime::BinaryOp::kAdd) + runtime::kInplaceOffset) &&
      has_type(a, vm->types().str) && has_type(b, vm->types().str)) {
    return Value::from_object(runtime::str_concat(*vm, a.as<runtime::Str>(), b.as<runtime::Str>()))
        .raw();
  }
  return r_binary_op(vm, args, n);
}
// An int operation whose operands are unguarded (jit/recorder_generic.cpp,
// gen_int_binary_op): each must be a small int or an exact int object.
uint64_t r_int_binary_op(vm::VM* vm, const uint64_t* args, int64_t) {
  Value a = arg(args, 0);
  Value b = arg(args, 1);
  auto is_int = [vm](Value v) { return v.is_small_int() || has_type(v, vm->types().int_); };
  if (!is_int(a) || !is_int(b)) return 0;
  // The int type's own slot (an int's in-place forms are its binary ones).
  auto oparg = static_cast<int>(args[2]);
  if (oparg >= runtime::kInplaceOffset) oparg -= runtime::kInplaceOffset;
  return done(vm, runtime::int_binary(*vm, static_cast<runtime::BinaryOp>(oparg), a, b));
}
uint64_t r_call_str(vm::VM* vm, const uint64_t* args, int64_t n) { return r_call(vm, args, n); }
uint64_t r_call_compiled(vm::VM* vm, const uint64_t* args, int64_t n) {
  return call_compiled(vm, args, n);
}
// The recorder guards an exact dict, dict-view or set iterator: its `next`
// runs no Python code. 0 when it has no next item: exhausted (the iterator
// drops its container, which the interpreter's re-run of FOR_ITER finds and
// ends the loop) or its container changed size (it keeps failing, and the
// re-run raises the RuntimeError).
// super(start, object): the recorder guarded object's type, a subclass of
// start, so the construction cannot fail or run Python code.
uint64_t r_super_new(vm::VM* vm, const uint64_t* args, int64_t n) {
  const auto* values = reinterpret_cast<const Value*>(args);
  return done(vm, runtime::call_positional(*vm, Value::from_object(vm->types().super), values,
                                           static_cast<size_t>(n)));
}
uint64_t r_iter_next(vm::VM* vm, const uint64_t* args, int64_t) {
  Value it = arg(args, 0);
  return done(vm, it.object()->type->next(*vm, it));
}

constexpr Entry kEntries[] = {
#define PYVM_JIT_RESIDUAL_ENTRY(name, result) {&r_##name, #name, ResidualResult::result},
    PYVM_JIT_RESIDUALS(PYVM_JIT_RESIDUAL_ENTRY)
#undef PYVM_JIT_RESIDUAL_ENTRY
};

}  // namespace

bool is_receiver_only_method(vm::VM& vm, Value callable) {
  if (!has_type(callable, vm.types().builtin_function)) return false;
  auto* f = callable.as<runtime::NativeFunction>();
  const auto& ty = vm.types();
  // A str, bytes, int or float receiver is plain (no items to compare or
  // hash, unlike a list's), so no Python code can run.
  return f->self.is_null() && (f->flags & runtime::kNativeMethod) != 0 && f->min_args == 0 &&
         (f->owner == ty.str || f->owner == ty.bytes || f->owner == ty.int_ ||
          f->owner == ty.float_);
}

bool is_plain_value(vm::VM& vm, Value v) {
  if (v.is_small_int()) return true;
  if (!v.is_object()) return false;
  Type* t = v.object()->type;
  const auto& ty = vm.types();
  return t == ty.int_ || t == ty.float_ || t == ty.str || t == ty.bytes || t == ty.bool_ ||
         t == ty.none;
}

bool is_plain_or_tuple(vm::VM& vm, Value v) { return plain_deep(vm, v, kPlainDepth); }

bool residual_arg_ok(vm::VM& vm, Value v) {
  if (plain_deep(vm, v, kPlainDepth)) return true;
  const auto& ty = vm.types();
  if (has_type(v, ty.list) || has_type(v, ty.tuple)) return plain_items(vm, v);
  // Sets and dicts hold hashable keys; lookups compare only keys of equal
  // hash (see docs/jit.md).
  return has_type(v, ty.set) || has_type(v, ty.frozenset) || has_type(v, ty.dict) ||
         plain_slice(vm, v);
}

uint64_t* residual_arg_buffer() {
  static thread_local uint64_t buffer[kMaxResidualArgs];
  return buffer;
}

uint64_t residual_call(vm::VM* vm, int64_t index, int64_t n) {
  // A compiled call copies its arguments into the callee's frame before
  // anything can allocate or reuse the buffer (jit/call_trace.cpp).
  if (index == static_cast<int64_t>(Residual::call_compiled)) {
    return call_compiled(vm, residual_arg_buffer(), n);
  }
  uint64_t args[kMaxResidualArgs];
  // Word by word (volatile): the trace has just stored each argument as one
  // word, and a wider load across two such stores (the compiler's vector
  // copy) cannot take them from the store buffer: it stalls until they
  // reach the cache, which cost more than the rest of the call.
  const volatile uint64_t* buffer = residual_arg_buffer();
  // Most calls pass at most 4 words: four fixed loads and stores (the
  // buffer always holds kMaxResidualArgs words) instead of a memcpy call.
  static_assert(kMaxResidualArgs >= 4);
  args[0] = buffer[0];
  args[1] = buffer[1];
  args[2] = buffer[2];
  args[3] = buffer[3];
  for (int64_t i = 4; i < n; ++i) args[i] = buffer[i];
  return kEntries[index].fn(vm, args, n);
}

uint64_t residual_call1(vm::VM* vm, int64_t index, uint64_t a0) {
  uint64_t args[1] = {a0};
  return kEntries[index].fn(vm, args, 1);
}

uint64_t residual_call2(vm::VM* vm, int64_t index, uint64_t a0, uint64_t a1) {
  uint64_t args[2] = {a0, a1};
  return kEntries[index].fn(vm, args, 2);
}

uint64_t residual_call3(vm::VM* vm, int64_t index, uint64_t a0, uint64_t a1, uint64_t a2) {
  uint64_t args[3] = {a0, a1, a2};
  return kEntries[index].fn(vm, args, 3);
}

uint64_t residual_receiver_call(vm::VM* vm, uint64_t method, uint64_t receiver) {
  Value values[2] = {Value::from_raw(method), Value::from_raw(receiver)};
  auto* f = values[0].as<runtime::NativeFunction>();
  if (has_type(values[1], f->owner)) {
    return done(vm, f->fn(*vm, runtime::CallArgs{values + 1, 1, nullptr}));
  }
  return r_call(vm, reinterpret_cast<const uint64_t*>(values), 2);
}

ResidualFn residual_fn(int32_t index) { return kEntries[index].fn; }
const char* residual_name(int32_t index) { return kEntries[index].name; }
ResidualResult residual_result(int32_t index) { return kEntries[index].result; }

}  // namespace pyvm::jit
