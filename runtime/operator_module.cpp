// The `operator` module's functions (see runtime/operator_module.h); the
// callable types itemgetter, attrgetter and methodcaller are in
// operator_getters.cpp.
#include "runtime/operator_module.h"

#include <string>

#include "runtime/dict.h"
#include "runtime/exceptions.h"
#include "runtime/function.h"
#include "runtime/int.h"
#include "runtime/module.h"
#include "runtime/native_args.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "vm/vm.h"

namespace pyvm::runtime {

// Adds itemgetter, attrgetter and methodcaller (operator_getters.cpp).
void add_operator_getters(VM& vm, Dict* module_dict);
void add_compare_digest(VM& vm, Dict* module_dict);  // runtime/compare_digest.cpp

namespace {

template <BinaryOp kOp>
Value binary_fn(VM& vm, CallArgs args) {
  return binary_op(vm, kOp, args.args[0], args.args[1]);
}

template <BinaryOp kOp>
Value inplace_fn(VM& vm, CallArgs args) {
  return inplace_op(vm, kOp, args.args[0], args.args[1]);
}

template <UnaryOp kOp>
Value unary_fn(VM& vm, CallArgs args) {
  return unary_op(vm, kOp, args.args[0]);
}

template <CompareOp kOp>
Value compare_fn(VM& vm, CallArgs args) {
  return rich_compare(vm, args.args[0], args.args[1], kOp);
}

Value call_builtin(VM& vm, const char* name, const Value* args, size_t n) {
  Value f = dict_get_str(vm, vm.builtins(), vm.intern(name));
  if (f.is_null()) return raise_type_error(vm, std::string("builtins.") + name + " is missing");
  return call_positional(vm, f, args, n);
}

Value op_abs(VM& vm, CallArgs args) { return call_builtin(vm, "abs", args.args, 1); }

Value op_not(VM& vm, CallArgs args) {
  int t = truth(vm, args.args[0]);
  return t < 0 ? Value::null() : vm.bool_value(t == 0);
}

Value op_truth(VM& vm, CallArgs args) {
  int t = truth(vm, args.args[0]);
  return t < 0 ? Value::null() : vm.bool_value(t == 1);
}

Value op_is(VM& vm, CallArgs args) { return vm.bool_value(args.args[0] == args.args[1]); }
Value op_is_not(VM& vm, CallArgs args) { return vm.bool_value(args.args[0] != args.args[1]); }

Value op_contains(VM& vm, CallArgs args) {
  int r = contains(vm, args.args[0], args.args[1]);
  return r < 0 ? Value::null() : vm.bool_value(r == 1);
}

// Walks `sequence` comparing each item with `target` (identity, then ==);
// stops at the first match when `first_only`. Returns the count or the
// index, -1 when not found (first_only), or -2 on error.
int64_t scan_for(VM& vm, Value sequence, Value target, bool first_only) {
  Value it = get_iter(vm, sequence);
  if (it.is_null()) {
    if (exception_matches(vm, vm.types().type_error)) {
      vm.clear_exception();
      raise_type_error(vm, "argument of type '" + type_name(vm, sequence) + "' is not iterable");
    }
    return -2;
  }
  int64_t count = 0;
  for (int64_t i = 0;; ++i) {
    Value item = iter_next(vm, it);
    if (item.is_null()) break;
    int same = item == target ? 1 : rich_compare_bool(vm, item, target, CompareOp::kEq);
    if (same < 0) return -2;
    if (same == 1) {
      if (first_only) return i;
      ++count;
    }
  }
  if (vm.has_exception()) return -2;
  return first_only ? -1 : count;
}

Value op_count_of(VM& vm, CallArgs args) {
  int64_t n = scan_for(vm, args.args[0], args.args[1], false);
  return n < 0 ? Value::null() : int_from_int64(vm, n);
}

Value op_index_of(VM& vm, CallArgs args) {
  int64_t n = scan_for(vm, args.args[0], args.args[1], true);
  if (n == -1) return raise_value_error(vm, "sequence.index(x): x not in sequence");
  return n < 0 ? Value::null() : int_from_int64(vm, n);
}

Value op_getitem(VM& vm, CallArgs args) { return get_item(vm, args.args[0], args.args[1]); }

Value op_setitem(VM& vm, CallArgs args) {
  return set_item(vm, args.args[0], args.args[1], args.args[2]) < 0 ? Value::null() : vm.none();
}

Value op_delitem(VM& vm, CallArgs args) {
  return del_item(vm, args.args[0], args.args[1]) < 0 ? Value::null() : vm.none();
}

bool is_sequence(VM& vm, Value v) {
  Type* t = type_of(vm, v);
  if (is_subtype(t, vm.types().dict)) return false;
  return t->getitem != nullptr || !type_lookup(vm, t, vm.intern("__getitem__")).is_null();
}

Value concat_common(VM& vm, CallArgs args, bool inplace) {
  if (!is_sequence(vm, args.args[0])) {
    return raise_type_error(vm,
                            "'" + type_name(vm, args.args[0]) + "' object can't be concatenated");
  }
  if (inplace) return inplace_op(vm, BinaryOp::kAdd, args.args[0], args.args[1]);
  return binary_op(vm, BinaryOp::kAdd, args.args[0], args.args[1]);
}

Value op_concat(VM& vm, CallArgs args) { return concat_common(vm, args, false); }
Value op_iconcat(VM& vm, CallArgs args) { return concat_common(vm, args, true); }

Value op_index(VM& vm, CallArgs args) {
  Value v = args.args[0];
  if (is_int(vm, v)) {
    if (type_of(vm, v) == vm.types().int_) return v;
    return binary_op(vm, BinaryOp::kAdd, v, Value::from_small_int(0));
  }
  Value method = type_lookup(vm, type_of(vm, v), vm.intern("__index__"));
  if (method.is_null()) {
    return raise_type_error(
        vm, "'" + type_name(vm, v) + "' object cannot be interpreted as an integer");
  }
  Value r = call_positional(vm, method, &v, 1);
  if (r.is_null()) return r;
  if (!is_int(vm, r)) {
    return raise_type_error(vm, "__index__ returned non-int (type " + type_name(vm, r) + ")");
  }
  return r;
}

// __length_hint__ of `v`: the hint, or -1 when it has none, -2 on error.
int64_t length_hint_of(VM& vm, Value v) {
  Type* t = type_of(vm, v);
  if (t->length != nullptr || !type_lookup(vm, t, vm.intern("__len__")).is_null()) {
    int64_t n = length(vm, v);
    if (n >= 0) return n;
    if (!exception_matches(vm, vm.types().type_error)) return -2;
    vm.clear_exception();
  }
  Value hook = type_lookup(vm, t, vm.intern("__length_hint__"));
  if (hook.is_null()) return -1;
  Value r = call_positional(vm, hook, &v, 1);
  if (r.is_null()) {
    if (!exception_matches(vm, vm.types().type_error)) return -2;
    vm.clear_exception();
    return -1;
  }
  if (r == vm.not_implemented()) return -1;
  if (!is_int(vm, r)) {
    raise_type_error(vm, "__length_hint__ must be an integer, not " + type_name(vm, r));
    return -2;
  }
  int64_t n;
  if (!int_to_int64(vm, r, &n)) return -2;
  if (n < 0) {
    raise_value_error(vm, "__length_hint__() should return >= 0");
    return -2;
  }
  return n;
}

Value op_length_hint(VM& vm, CallArgs args) {
  int64_t fallback = 0;
  if (args.npos == 2) {
    if (!is_int(vm, args.args[1])) {
      return raise_type_error(
          vm, "'" + type_name(vm, args.args[1]) + "' object cannot be interpreted as an integer");
    }
    if (!int_to_int64(vm, args.args[1], &fallback)) return Value::null();
  }
  int64_t n = length_hint_of(vm, args.args[0]);
  if (n == -2) return Value::null();
  return int_from_int64(vm, n == -1 ? fallback : n);
}

Value op_call(VM& vm, CallArgs args) {
  return call(vm, args.args[0], CallArgs{args.args + 1, args.npos - 1, args.kwnames});
}

struct Entry {
  const char* name;
  NativeFn fn;
  int arity;
  const char* dunder;  // alias, or nullptr
};

// clang-format off
constexpr Entry kFunctions[] = {
    {"add", binary_fn<BinaryOp::kAdd>, 2, "__add__"},
    {"sub", binary_fn<BinaryOp::kSub>, 2, "__sub__"},
    {"mul", binary_fn<BinaryOp::kMul>, 2, "__mul__"},
    {"matmul", binary_fn<BinaryOp::kMatMul>, 2, "__matmul__"},
    {"truediv", binary_fn<BinaryOp::kTrueDiv>, 2, "__truediv__"},
    {"floordiv", binary_fn<BinaryOp::kFloorDiv>, 2, "__floordiv__"},
    {"mod", binary_fn<BinaryOp::kMod>, 2, "__mod__"},
    {"pow", binary_fn<BinaryOp::kPow>, 2, "__pow__"},
    {"lshift", binary_fn<BinaryOp::kLshift>, 2, "__lshift__"},
    {"rshift", binary_fn<BinaryOp::kRshift>, 2, "__rshift__"},
    {"and_", binary_fn<BinaryOp::kAnd>, 2, "__and__"},
    {"or_", binary_fn<BinaryOp::kOr>, 2, "__or__"},
    {"xor", binary_fn<BinaryOp::kXor>, 2, "__xor__"},
    {"iadd", inplace_fn<BinaryOp::kAdd>, 2, "__iadd__"},
    {"isub", inplace_fn<BinaryOp::kSub>, 2, "__isub__"},
    {"imul", inplace_fn<BinaryOp::kMul>, 2, "__imul__"},
    {"imatmul", inplace_fn<BinaryOp::kMatMul>, 2, "__imatmul__"},
    {"itruediv", inplace_fn<BinaryOp::kTrueDiv>, 2, "__itruediv__"},
    {"ifloordiv", inplace_fn<BinaryOp::kFloorDiv>, 2, "__ifloordiv__"},
    {"imod", inplace_fn<BinaryOp::kMod>, 2, "__imod__"},
    {"ipow", inplace_fn<BinaryOp::kPow>, 2, "__ipow__"},
    {"ilshift", inplace_fn<BinaryOp::kLshift>, 2, "__ilshift__"},
    {"irshift", inplace_fn<BinaryOp::kRshift>, 2, "__irshift__"},
    {"iand", inplace_fn<BinaryOp::kAnd>, 2, "__iand__"},
    {"ior", inplace_fn<BinaryOp::kOr>, 2, "__ior__"},
    {"ixor", inplace_fn<BinaryOp::kXor>, 2, "__ixor__"},
    {"neg", unary_fn<UnaryOp::kNegative>, 1, "__neg__"},
    {"pos", unary_fn<UnaryOp::kPositive>, 1, "__pos__"},
    {"invert", unary_fn<UnaryOp::kInvert>, 1, "__invert__"},
    {"inv", unary_fn<UnaryOp::kInvert>, 1, "__inv__"},
    {"abs", op_abs, 1, "__abs__"},
    {"not_", op_not, 1, "__not__"},
    {"truth", op_truth, 1, nullptr},
    {"index", op_index, 1, "__index__"},
    {"lt", compare_fn<CompareOp::kLt>, 2, "__lt__"},
    {"le", compare_fn<CompareOp::kLe>, 2, "__le__"},
    {"eq", compare_fn<CompareOp::kEq>, 2, "__eq__"},
    {"ne", compare_fn<CompareOp::kNe>, 2, "__ne__"},
    {"gt", compare_fn<CompareOp::kGt>, 2, "__gt__"},
    {"ge", compare_fn<CompareOp::kGe>, 2, "__ge__"},
    {"is_", op_is, 2, nullptr},
    {"is_not", op_is_not, 2, nullptr},
    {"contains", op_contains, 2, "__contains__"},
    {"countOf", op_count_of, 2, nullptr},
    {"indexOf", op_index_of, 2, nullptr},
    {"getitem", op_getitem, 2, "__getitem__"},
    {"setitem", op_setitem, 3, "__setitem__"},
    {"delitem", op_delitem, 2, "__delitem__"},
    {"concat", op_concat, 2, "__concat__"},
    {"iconcat", op_iconcat, 2, "__iconcat__"},
};
// clang-format on

void add_functions(VM& vm, Dict* d) {
  for (const Entry& e : kFunctions) {
    Value f = Value::from_object(native_function_new(vm, e.name, e.fn, e.arity, e.arity));
    dict_set_str(vm, d, vm.intern(e.name), f);
    if (e.dunder != nullptr) {
      Value alias = Value::from_object(native_function_new(vm, e.dunder, e.fn, e.arity, e.arity));
      dict_set_str(vm, d, vm.intern(e.dunder), alias);
    }
  }
  dict_set_str(vm, d, vm.intern("length_hint"),
               Value::from_object(native_function_new(vm, "length_hint", op_length_hint, 1, 2)));
  Value call_fn =
      Value::from_object(native_function_new(vm, "call", op_call, 1, -1, kNativeKeywords));
  dict_set_str(vm, d, vm.intern("call"), call_fn);
  dict_set_str(vm, d, vm.intern("__call__"), call_fn);
}

}  // namespace

void create_operator_module(VM& vm) {
  Module* native = module_new(vm, vm.intern("_operator"));
  dict_set_str(vm, vm.modules(), native->name, Value::from_object(native));
  add_functions(vm, native->dict);
  add_operator_getters(vm, native->dict);
  // `operator` re-exports `_operator`'s objects, as CPython's operator.py does.
  Module* m = module_new(vm, vm.intern("operator"));
  dict_set_str(vm, vm.modules(), m->name, Value::from_object(m));
  int64_t pos = 0;
  Value key, value;
  while (dict_next(native->dict, &pos, &key, &value)) {
    if (!str_equals_ascii(key.as<Str>(), "__name__"))
      dict_set_str(vm, m->dict, key.as<Str>(), value);
  }
  add_compare_digest(vm, native->dict);  // after the copy: not re-exported by `operator`
}

}  // namespace pyvm::runtime
