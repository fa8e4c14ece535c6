// The built-in functions (see runtime/builtins.h). Each follows CPython 3.11's
// argument rules and error messages; type objects (int, str, list, ...) are
// installed by name and do their own construction.
#include "runtime/builtins.h"

#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

#include "runtime/attribute_dict.h"
#include "runtime/bytes_like.h"
#include "runtime/code.h"
#include "runtime/dict.h"
#include "runtime/dir_computed.h"
#include "runtime/exceptions.h"
#include "runtime/float.h"
#include "runtime/format.h"
#include "runtime/function.h"
#include "runtime/generator.h"
#include "runtime/int.h"
#include "runtime/iteration.h"
#include "runtime/iterators.h"
#include "runtime/list.h"
#include "runtime/memoryview.h"
#include "runtime/module.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "runtime/text_stream.h"
#include "runtime/tuple.h"
#include "runtime/user_class.h"
#include "runtime/yield_consumer.h"
#include "vm/exec_builtins.h"
#include "vm/frame.h"
#include "vm/import.h"
#include "vm/recursion_guard.h"
#include "vm/vm.h"

namespace pyvm::runtime {
namespace {

// Keyword arguments of a native call, looked up by name.
class Keywords {
 public:
  explicit Keywords(CallArgs args) : args_(args) {}
  // The value passed for `name`, or null.
  Value get(std::string_view name) const {
    if (args_.kwnames == nullptr) return Value::null();
    for (int64_t i = 0; i < args_.kwnames->length; ++i) {
      if (str_equals_ascii(args_.kwnames->at(i).as<Str>(), name)) {
        return args_.args[args_.npos + static_cast<size_t>(i)];
      }
    }
    return Value::null();
  }
  // Raises for the first keyword not in `allowed`; false when it raised.
  bool check(VM& vm, const char* function, std::initializer_list<std::string_view> allowed) const {
    if (args_.kwnames == nullptr) return true;
    for (int64_t i = 0; i < args_.kwnames->length; ++i) {
      Str* name = args_.kwnames->at(i).as<Str>();
      bool ok = false;
      for (std::string_view a : allowed) ok = ok || str_equals_ascii(name, a);
      if (!ok) {
        raise_type_error(vm, "'" + str_to_utf8(name) + "' is an invalid keyword argument for " +
                                 function + "()");
        return false;
      }
    }
    return true;
  }

 private:
  CallArgs args_;
};

// sys.<name> for print() and input(): RuntimeError "lost sys.<name>" when
// the attribute is missing.
Value sys_stream(VM& vm, const char* name) {
  Value v = dict_get_str(vm, vm.sys_module()->dict, vm.intern(name));
  if (v.is_null()) {
    return raise(vm, vm.types().runtime_error, std::string("lost sys.") + name);
  }
  return v;
}

bool is_str_or_none(VM& vm, Value v) {
  return v.is_null() || v == vm.none() ||
         (v.is_object() && is_subtype(v.object()->type, vm.types().str));
}

Value builtin_print(VM& vm, CallArgs args) {
  Keywords kw(args);
  if (!kw.check(vm, "print", {"sep", "end", "file", "flush"})) return Value::null();
  Value file = kw.get("file");
  if (file.is_null() || file == vm.none()) {
    file = sys_stream(vm, "stdout");
    if (file.is_null() || file == vm.none()) return file.is_null() ? file : vm.none();
  }
  Value sep = kw.get("sep");
  Value end = kw.get("end");
  if (!is_str_or_none(vm, sep)) {
    return raise_type_error(vm, "sep must be None or a string, not " + type_name(vm, sep));
  }
  if (!is_str_or_none(vm, end)) {
    return raise_type_error(vm, "end must be None or a string, not " + type_name(vm, end));
  }
  if (sep.is_null() || sep == vm.none()) sep = Value::from_object(vm.intern(" "));
  if (end.is_null() || end == vm.none()) end = Value::from_object(vm.intern("\n"));
  for (size_t i = 0; i < args.npos; ++i) {
    if (i > 0 && !file_write_object(vm, file, sep)) return Value::null();
    if (!file_write_object(vm, file, args.args[i])) return Value::null();
  }
  if (!file_write_object(vm, file, end)) return Value::null();
  Value flush = kw.get("flush");
  if (!flush.is_null()) {
    int t = truth(vm, flush);
    if (t < 0) return Value::null();
    if (t && !file_flush(vm, file)) return Value::null();
  }
  return vm.none();
}

// input([prompt]): the prompt goes to sys.stdout (flushed), the line comes
// from sys.stdin.readline() without its newline; EOFError at end of input.
Value builtin_input(VM& vm, CallArgs args) {
  Dict* sys = vm.sys_module()->dict;
  Value in = dict_get_str(vm, sys, vm.intern("stdin"));
  Value out = dict_get_str(vm, sys, vm.intern("stdout"));
  if (in.is_null() || in == vm.none()) {
    return raise(vm, vm.types().runtime_error, "input(): lost sys.stdin");
  }
  if (out.is_null() || out == vm.none()) {
    return raise(vm, vm.types().runtime_error, "input(): lost sys.stdout");
  }
  Value err = dict_get_str(vm, vm.sys_module()->dict, vm.intern("stderr"));
  if (!err.is_null() && err != vm.none() && !file_flush(vm, err)) vm.clear_exception();
  if (args.npos > 0 && !file_write_object(vm, out, args.args[0])) return Value::null();
  if (!file_flush(vm, out)) vm.clear_exception();
  return file_read_input_line(vm, in);
}

// CPython 3.11 counts one level of recursion (" while calling a Python
// object") when it calls a built-in function taking METH_O or METH_VARARGS
// arguments (hash, abs, any, all, callable, min, max), but not the
// METH_FASTCALL ones (sum, getattr, next...) nor len (which 3.11 specializes).
// Wrapping those keeps the
// depth at which a recursion through them fails, and its message, CPython's.
template <Value (*F)(VM&, CallArgs)>
Value counted_call(VM& vm, CallArgs args) {
  vm::NativeRecursionGuard guard(vm, " while calling a Python object");
  if (!guard.ok()) return Value::null();
  return F(vm, args);
}

Value builtin_len(VM& vm, CallArgs args) {
  int64_t n = length(vm, args.args[0]);
  if (n < 0) return Value::null();
  return int_from_int64(vm, n);
}

// repr(x) and ascii(x) count one level of recursion as CPython's call of a
// built-in function does, so that a runaway __repr__ reaches the limit on
// the same operation (and with the same message) as in CPython. Other
// built-in functions do not count yet (docs/unsupported.md).
Value builtin_repr(VM& vm, CallArgs args) {
  vm::NativeRecursionGuard guard(vm, " while calling a Python object");
  if (!guard.ok()) return Value::null();
  return repr(vm, args.args[0]);
}
Value builtin_ascii(VM& vm, CallArgs args) {
  vm::NativeRecursionGuard guard(vm, " while calling a Python object");
  if (!guard.ok()) return Value::null();
  return ascii(vm, args.args[0]);
}

Value builtin_abs(VM& vm, CallArgs args) {
  Value v = args.args[0];
  if (v.is_object() && is_user_class(v.object()->type)) {
    // An int or float subclass's own __abs__ (CPython's nb_absolute slot).
    Value method = type_lookup(vm, v.object()->type, vm.intern("__abs__"));
    Type* base = is_int(vm, v) ? vm.types().int_ : vm.types().float_;
    if (!method.is_null() && method != type_lookup(vm, base, vm.intern("__abs__"))) {
      return call_positional(vm, method, &v, 1);
    }
  }
  if (v.is_small_int())
    return int_from_int64(vm, v.small_int() < 0 ? -v.small_int() : v.small_int());
  if (is_int(vm, v)) {
    if (int_compare(vm, v, Value::from_small_int(0)) >= 0 && v.object()->type == vm.types().int_) {
      return v;
    }
    if (int_compare(vm, v, Value::from_small_int(0)) >= 0) {
      return unary_op(vm, UnaryOp::kPositive, v);
    }
    return unary_op(vm, UnaryOp::kNegative, v);
  }
  if (v.is_object() && v.object()->type == vm.types().float_) {
    return float_new(vm, std::fabs(float_value(v)));
  }
  Value method = type_lookup(vm, type_of(vm, v), vm.intern("__abs__"));
  if (!method.is_null()) return call_positional(vm, method, &v, 1);
  return raise_type_error(vm, "bad operand type for abs(): '" + type_name(vm, v) + "'");
}

// min() and max(): one iterable, or two or more positional arguments.
Value min_max(VM& vm, CallArgs args, CompareOp op, const char* name) {
  Keywords kw(args);
  if (!kw.check(vm, name, {"key", "default"})) return Value::null();
  Value key = kw.get("key");
  if (key == vm.none()) key = Value::null();
  Value default_value = kw.get("default");
  if (args.npos == 0) {
    return raise_type_error(vm, std::string(name) + " expected at least 1 argument, got 0");
  }
  if (args.npos > 1 && !default_value.is_null()) {
    return raise_type_error(vm, std::string("Cannot specify a default for ") + name +
                                    "() with multiple positional arguments");
  }
  Value iterable =
      args.npos == 1
          ? args.args[0]
          : Value::from_object(tuple_from(vm, args.args, static_cast<int64_t>(args.npos)));
  Value it = get_iter(vm, iterable);
  if (it.is_null()) return it;
  Value best, best_key;
  for (;;) {
    Value item = iter_next(vm, it);
    if (item.is_null()) {
      if (vm.has_exception()) return item;
      break;
    }
    Value item_key = key.is_null() ? item : call_positional(vm, key, &item, 1);
    if (item_key.is_null()) return item_key;
    if (best.is_null()) {
      best = item;
      best_key = item_key;
      continue;
    }
    int better = rich_compare_bool(vm, item_key, best_key, op);
    if (better < 0) return Value::null();
    if (better) {
      best = item;
      best_key = item_key;
    }
  }
  if (!best.is_null()) return best;
  if (!default_value.is_null()) return default_value;
  return raise_value_error(vm, std::string(name) + "() arg is an empty sequence");
}

Value builtin_min(VM& vm, CallArgs args) { return min_max(vm, args, CompareOp::kLt, "min"); }
Value builtin_max(VM& vm, CallArgs args) { return min_max(vm, args, CompareOp::kGt, "max"); }

Value builtin_sum(VM& vm, CallArgs args) {
  Keywords kw(args);
  if (!kw.check(vm, "sum", {"start"})) return Value::null();
  Value total = args.npos > 1 ? args.args[1] : kw.get("start");
  if (total.is_null()) total = Value::from_small_int(0);
  if (total.is_object()) {
    Type* t = total.object()->type;
    const char* what = t == vm.types().str     ? "strings [use ''.join(seq) instead]"
                       : t == vm.types().bytes ? "bytes [use b''.join(seq) instead]"
                                               : nullptr;
    if (what != nullptr) return raise_type_error(vm, std::string("sum() can't sum ") + what);
  }
  Value it = get_iter(vm, args.args[0]);
  if (it.is_null()) return it;
  bool generator = it.is_object() && it.object()->type == vm.types().generator;
  for (;;) {
    Value item;
    if (generator && total.is_small_int()) {
      // Its small-int yields are added without suspending it.
      YieldConsumer consumer{it.as<Generator>(), total.small_int(), vm.yield_consumer};
      vm.yield_consumer = &consumer;
      item = iter_next(vm, it);
      vm.yield_consumer = consumer.previous;
      total = Value::from_small_int(consumer.total);
    } else {
      item = iter_next(vm, it);
    }
    if (item.is_null()) return vm.has_exception() ? item : total;
    if (total.is_small_int() && item.is_small_int()) {
      int64_t r = total.small_int() + item.small_int();
      if (Value::fits_small_int(r)) {
        total = Value::from_small_int(r);
        continue;
      }
    }
    total = binary_op(vm, BinaryOp::kAdd, total, item);
    if (total.is_null()) return total;
  }
}

bool is_type_object(VM& vm, Value v) {
  return v.is_object() && is_subtype(v.object()->type, vm.types().type);
}

Value builtin_isinstance(VM& vm, CallArgs args) {
  Value object = args.args[0];
  Value spec = args.args[1];
  if (is_type_object(vm, spec)) {
    return vm.bool_value(is_instance_of(vm, object, spec.as<Type>()));
  }
  if (spec.is_object() && spec.object()->type == vm.types().tuple) {
    auto* t = spec.as<Tuple>();
    for (int64_t i = 0; i < t->length; ++i) {
      CallArgs one{nullptr, 2, nullptr};
      Value pair[2] = {object, t->at(i)};
      one.args = pair;
      Value r = builtin_isinstance(vm, one);
      if (r.is_null() || r == vm.true_value()) return r;
    }
    return vm.false_value();
  }
  return raise_type_error(vm, "isinstance() arg 2 must be a type, a tuple of types, or a union");
}

Value builtin_issubclass(VM& vm, CallArgs args) {
  if (!is_type_object(vm, args.args[0])) {
    return raise_type_error(vm, "issubclass() arg 1 must be a class");
  }
  Value spec = args.args[1];
  if (is_type_object(vm, spec)) {
    return vm.bool_value(is_subtype(args.args[0].as<Type>(), spec.as<Type>()));
  }
  if (spec.is_object() && spec.object()->type == vm.types().tuple) {
    auto* t = spec.as<Tuple>();
    for (int64_t i = 0; i < t->length; ++i) {
      if (is_type_object(vm, t->at(i)) &&
          is_subtype(args.args[0].as<Type>(), t->at(i).as<Type>())) {
        return vm.true_value();
      }
    }
    return vm.false_value();
  }
  return raise_type_error(vm, "issubclass() arg 2 must be a class, a tuple of classes, or a union");
}

Value builtin_hash(VM& vm, CallArgs args) {
  int64_t h = hash(vm, args.args[0]);
  if (h == -1) return Value::null();
  return int_from_int64(vm, h);
}

Value builtin_id(VM& vm, CallArgs args) { return int_from_uint64(vm, args.args[0].raw()); }

bool callable_check(VM& vm, Value v) { return type_of(vm, v)->call != nullptr; }

Value builtin_iter(VM& vm, CallArgs args) {
  if (args.npos == 1) return get_iter(vm, args.args[0]);
  if (!callable_check(vm, args.args[0])) {
    return raise_type_error(vm, "iter(v, w): v must be callable");
  }
  return callable_iterator_new(vm, args.args[0], args.args[1]);
}

Value builtin_next(VM& vm, CallArgs args) {
  // The slot itself, not iter_next: a StopIteration carrying a value (a
  // generator's return value) must reach the caller intact.
  Type* type = type_of(vm, args.args[0]);
  if (type->next == nullptr) {
    return raise_type_error(vm, "'" + type_name(vm, args.args[0]) + "' object is not an iterator");
  }
  Value v = type->next(vm, args.args[0]);
  if (v.is_null() && args.npos > 1 && exception_matches(vm, vm.types().stop_iteration)) {
    vm.clear_exception();
    return args.args[1];
  }
  if (!v.is_null() || vm.has_exception()) return v;
  if (args.npos > 1) return args.args[1];
  return raise_value(vm, exception_new(vm, vm.types().stop_iteration, nullptr));
}

Value builtin_ord(VM& vm, CallArgs args) {
  Value v = args.args[0];
  std::string storage;
  std::string_view data;
  if (!is_memoryview(vm, v) && bytes_like_view(vm, v, &storage, &data)) {
    if (data.size() == 1) return Value::from_small_int(static_cast<unsigned char>(data[0]));
    return raise_type_error(vm, "ord() expected a character, but string of length " +
                                    std::to_string(data.size()) + " found");
  }
  if (v.is_object() && v.object()->type == vm.types().str) {
    auto* s = v.as<Str>();
    if (s->length == 1) return Value::from_small_int(s->at(0));
    return raise_type_error(vm, "ord() expected a character, but string of length " +
                                    std::to_string(s->length) + " found");
  }
  return raise_type_error(vm,
                          "ord() expected string of length 1, but " + type_name(vm, v) + " found");
}

Value builtin_chr(VM& vm, CallArgs args) {
  int64_t code;
  if (!index_to_int64(vm, args.args[0], &code)) return Value::null();
  if (code < 0 || code > 0x10ffff) return raise_value_error(vm, "chr() arg not in range(0x110000)");
  uint32_t cp = static_cast<uint32_t>(code);
  return Value::from_object(str_from_codepoints(vm, &cp, 1));
}

// divmod(a, b) through __divmod__ / __rdivmod__ for operands that are not
// built-in reals; TypeError when neither side implements it.
Value divmod_by_dunders(VM& vm, Value a, Value b) {
  Value forward = type_lookup(vm, type_of(vm, a), vm.intern("__divmod__"));
  if (!forward.is_null() && forward != vm.none()) {
    Value call_args[2] = {a, b};
    Value r = call_positional(vm, forward, call_args, 2);
    if (r != vm.not_implemented()) return r;
  }
  Value reflected = type_lookup(vm, type_of(vm, b), vm.intern("__rdivmod__"));
  if (!reflected.is_null() && reflected != vm.none() && type_of(vm, a) != type_of(vm, b)) {
    Value call_args[2] = {b, a};
    Value r = call_positional(vm, reflected, call_args, 2);
    if (r != vm.not_implemented()) return r;
  }
  return raise_type_error(vm, "unsupported operand type(s) for divmod(): '" + type_name(vm, a) +
                                  "' and '" + type_name(vm, b) + "'");
}

Value builtin_divmod(VM& vm, CallArgs args) {
  Value a = args.args[0];
  Value b = args.args[1];
  auto is_real = [&vm](Value v) {
    return is_int(vm, v) || is_instance_of(vm, v, vm.types().float_);
  };
  if (!is_real(a) || !is_real(b)) return divmod_by_dunders(vm, a, b);
  bool has_float = (a.is_object() && a.object()->type == vm.types().float_) ||
                   (b.is_object() && b.object()->type == vm.types().float_);
  if (has_float && (is_int(vm, a) || is_int(vm, b) || a.object()->type == b.object()->type)) {
    return float_divmod_values(vm, a, b);
  }
  Value q = binary_op(vm, BinaryOp::kFloorDiv, args.args[0], args.args[1]);
  if (q.is_null()) return q;
  Value r = binary_op(vm, BinaryOp::kMod, args.args[0], args.args[1]);
  if (r.is_null()) return r;
  Value items[2] = {q, r};
  return Value::from_object(tuple_from(vm, items, 2));
}

Value builtin_pow(VM& vm, CallArgs args) {
  Keywords kw(args);
  if (!kw.check(vm, "pow", {"base", "exp", "mod"})) return Value::null();
  Value base = args.npos > 0 ? args.args[0] : kw.get("base");
  Value exp = args.npos > 1 ? args.args[1] : kw.get("exp");
  Value mod = args.npos > 2 ? args.args[2] : kw.get("mod");
  if (base.is_null()) return raise_type_error(vm, "pow() missing required argument 'base' (pos 1)");
  if (exp.is_null()) return raise_type_error(vm, "pow() missing required argument 'exp' (pos 2)");
  if (!mod.is_null() && mod != vm.none()) {
    if (is_int(vm, base) && is_int(vm, exp) && is_int(vm, mod)) {
      return int_pow_mod(vm, base, exp, mod);
    }
    return raise_type_error(vm, "pow() 3rd argument not allowed unless all arguments are integers");
  }
  return binary_op(vm, BinaryOp::kPow, base, exp);
}

Value builtin_round(VM& vm, CallArgs args) {
  Keywords kw(args);
  if (!kw.check(vm, "round", {"number", "ndigits"})) return Value::null();
  Value number = args.args[0];
  Value ndigits = args.npos > 1 ? args.args[1] : kw.get("ndigits");
  if (ndigits.is_null()) ndigits = vm.none();
  if (number.is_object() && number.object()->type == vm.types().float_) {
    return float_round(vm, float_value(number), ndigits);
  }
  Value method = type_lookup(vm, type_of(vm, number), vm.intern("__round__"));
  if (!method.is_null()) {
    Value call_args[2] = {number, ndigits};
    return call_positional(vm, method, call_args, ndigits == vm.none() ? 1 : 2);
  }
  return raise_type_error(vm, "type " + type_name(vm, number) + " doesn't define __round__ method");
}

Value builtin_sorted(VM& vm, CallArgs args) {
  if (args.npos != 1) {
    return raise_type_error(vm, "sorted expected 1 argument, got " + std::to_string(args.npos));
  }
  List* list = list_new(vm);
  if (list_extend(vm, list, args.args[0]) < 0) return Value::null();
  Value sort = get_attr(vm, Value::from_object(list), vm.intern("sort"));
  if (sort.is_null()) return sort;
  Value result = call(vm, sort, CallArgs{args.args + 1, 0, args.kwnames});
  if (result.is_null()) return result;
  return Value::from_object(list);
}

Value any_all(VM& vm, Value iterable, bool want) {
  Value it = get_iter(vm, iterable);
  if (it.is_null()) return it;
  for (;;) {
    Value item = iter_next(vm, it);
    if (item.is_null()) return vm.has_exception() ? item : vm.bool_value(!want);
    int t = truth(vm, item);
    if (t < 0) return Value::null();
    if ((t != 0) == want) return vm.bool_value(want);
  }
}

Value builtin_any(VM& vm, CallArgs args) { return any_all(vm, args.args[0], true); }
Value builtin_all(VM& vm, CallArgs args) { return any_all(vm, args.args[0], false); }

Value builtin_callable(VM& vm, CallArgs args) {
  return vm.bool_value(type_of(vm, args.args[0])->call != nullptr);
}

Value builtin_getattr(VM& vm, CallArgs args) {
  Value name = args.args[1];
  if (!name.is_object() || name.object()->type != vm.types().str) {
    return raise_type_error(vm, "attribute name must be string, not '" + type_name(vm, name) + "'");
  }
  Value v = get_attr(vm, args.args[0], name.as<Str>());
  if (v.is_null() && args.npos > 2 && exception_matches(vm, vm.types().attribute_error)) {
    vm.clear_exception();
    return args.args[2];
  }
  return v;
}

Value builtin_hasattr(VM& vm, CallArgs args) {
  Value name = args.args[1];
  if (!name.is_object() || name.object()->type != vm.types().str) {
    return raise_type_error(vm, "attribute name must be string, not '" + type_name(vm, name) + "'");
  }
  Value v = get_attr(vm, args.args[0], name.as<Str>());
  if (!v.is_null()) return vm.true_value();
  if (!exception_matches(vm, vm.types().attribute_error)) return v;
  vm.clear_exception();
  return vm.false_value();
}

Value builtin_setattr(VM& vm, CallArgs args) {
  Value name = args.args[1];
  if (!name.is_object() || name.object()->type != vm.types().str) {
    return raise_type_error(vm, "attribute name must be string, not '" + type_name(vm, name) + "'");
  }
  if (set_attr(vm, args.args[0], name.as<Str>(), args.args[2]) < 0) return Value::null();
  return vm.none();
}

Value builtin_format(VM& vm, CallArgs args) {
  Value spec = args.npos > 1 ? args.args[1] : Value::from_object(vm.intern(""));
  if (!spec.is_object() || spec.object()->type != vm.types().str) {
    return raise_type_error(vm, "format() argument 2 must be str, not " + type_name(vm, spec));
  }
  return format(vm, args.args[0], spec.as<Str>());
}

Value int_in_base(VM& vm, Value v, const char* spec) {
  if (!is_int(vm, v)) {
    Value method = type_lookup(vm, type_of(vm, v), vm.intern("__index__"));
    if (method.is_null()) {
      return raise_type_error(
          vm, "'" + type_name(vm, v) + "' object cannot be interpreted as an integer");
    }
    v = call_positional(vm, method, &v, 1);
    if (v.is_null()) return v;
  }
  return format(vm, v, vm.intern(spec));
}

Value builtin_hex(VM& vm, CallArgs args) { return int_in_base(vm, args.args[0], "#x"); }
Value builtin_oct(VM& vm, CallArgs args) { return int_in_base(vm, args.args[0], "#o"); }
Value builtin_bin(VM& vm, CallArgs args) { return int_in_base(vm, args.args[0], "#b"); }

Value builtin_globals(VM& vm, CallArgs args) {
  vm::Frame* frame = vm.frames().top();
  if (frame == nullptr) return raise(vm, vm.types().runtime_error, "globals(): no current frame");
  return Value::from_object(frame->globals);
}

// locals(): the namespace of a module or class body, or a new dict of the
// bound fast locals (cell and free variables through their cells).
Value builtin_locals(VM& vm, CallArgs args) {
  vm::Frame* frame = vm.frames().top();
  if (frame == nullptr) return raise(vm, vm.types().runtime_error, "locals(): no current frame");
  if (!frame->locals_mapping.is_null()) return frame->locals_mapping;
  Dict* out = dict_new(vm);
  Code* code = frame->code;
  for (int32_t i = 0; i < code->nlocalsplus; ++i) {
    Value v = frame->localsplus()[i];
    if (v.is_object() && v.object()->type == vm.types().cell) v = v.as<Cell>()->contents;
    if (v.is_null()) continue;
    if (dict_set(vm, out, code->localsplusnames->at(i), v) < 0) return Value::null();
  }
  return Value::from_object(out);
}

// Adds the keys of `d` to the ordered name set `names` (first position kept).
bool merge_keys(VM& vm, Dict* names, Dict* d) {
  int64_t pos = 0;
  Value key, value;
  while (dict_next(d, &pos, &key, &value)) {
    if (dict_get(vm, names, key).is_null() && dict_set(vm, names, key, vm.none()) < 0) return false;
  }
  return true;
}

// Adds the attributes of class `cls` and of its bases, depth first (CPython's
// merge_class_dict).
bool merge_class_dict(VM& vm, Dict* names, Type* cls) {
  if (cls->dict != nullptr && !merge_keys(vm, names, cls->dict)) return false;
  UserType* user = as_user_type(cls);
  if (user != nullptr) {
    for (int64_t i = 0; i < user->bases->length; ++i) {
      if (!merge_class_dict(vm, names, user->bases->at(i).as<Type>())) return false;
    }
    return true;
  }
  return cls->base == nullptr || merge_class_dict(vm, names, cls->base);
}

// Whether `method` is the default __dir__ (object's or type's).
bool is_default_dir(VM& vm, Value method) {
  return method.is_object() && method.object()->type == vm.types().builtin_function &&
         method.as<NativeFunction>()->fn == object_dir_native;
}

// dir(obj): a __dir__ of the object's class when it is not the default,
// else the default listing, sorted.
Value builtin_dir(VM& vm, CallArgs args) {
  Value sorted = dict_get_str(vm, vm.builtins(), vm.intern("sorted"));
  if (args.npos == 0) {
    Value scope = builtin_locals(vm, args);
    if (scope.is_null()) return scope;
    Value keys = call_positional(vm, Value::from_object(vm.types().list), &scope, 1);
    if (keys.is_null()) return keys;
    return call_positional(vm, sorted, &keys, 1);
  }
  Value obj = args.args[0];
  Type* type = type_of(vm, obj);
  Value custom = type_lookup(vm, type, vm.intern("__dir__"));
  Value names;
  if (!custom.is_null() && !is_default_dir(vm, custom)) {
    names = call_positional(vm, custom, &obj, 1);
  } else {
    names = object_dir_native(vm, CallArgs{&obj, 1, nullptr});
  }
  if (names.is_null()) return names;
  return call_positional(vm, sorted, &names, 1);
}

}  // namespace

// object.__dir__ (and type.__dir__): the names of a module's dict (or what
// its own __dir__ function returns); of a
// class and its bases; or of an instance's __dict__, its class and bases.
Value object_dir_native(VM& vm, CallArgs args) {
  Value obj = args.args[0];
  Type* type = type_of(vm, obj);
  Dict* names = dict_new(vm);
  if (obj.is_object() && type == vm.types().module) {
    // A module-level __dir__ function (PEP 562) gives the listing.
    Value module_dir = dict_get_str(vm, obj.as<Module>()->dict, vm.intern("__dir__"));
    if (!module_dir.is_null()) return call_positional(vm, module_dir, nullptr, 0);
    if (!merge_keys(vm, names, obj.as<Module>()->dict)) return Value::null();
  } else if (is_subtype(type, vm.types().type)) {
    if (!merge_class_dict(vm, names, obj.as<Type>())) return Value::null();
  } else {
    Value d = attribute_dict_as_dict(vm, get_attr(vm, obj, vm.intern("__dict__")));
    if (d.is_null()) {
      if (!exception_matches(vm, vm.types().attribute_error)) return d;
      vm.clear_exception();
    } else if (is_instance_of(vm, d, vm.types().dict) && !merge_keys(vm, names, d.as<Dict>())) {
      return Value::null();
    }
    if (!merge_class_dict(vm, names, type)) return Value::null();
    if (!merge_computed_names(vm, obj, names)) return Value::null();
  }
  List* out = list_new(vm, 0);
  int64_t pos = 0;
  Value key, value;
  while (dict_next(names, &pos, &key, &value)) list_append(vm, out, key);
  return Value::from_object(out);
}

namespace {

struct BuiltinSpec {
  const char* name;
  NativeFn fn;
  int min_args;
  int max_args;
  uint32_t flags;
};

constexpr BuiltinSpec kBuiltins[] = {
    {"print", builtin_print, 0, -1, kNativeKeywords},
    {"input", builtin_input, 0, 1, 0},
    {"open", builtin_open, 0, -1, kNativeKeywords},
    {"len", builtin_len, 1, 1, 0},
    {"repr", builtin_repr, 1, 1, 0},
    {"ascii", builtin_ascii, 1, 1, 0},
    {"abs", counted_call<builtin_abs>, 1, 1, 0},
    {"min", counted_call<builtin_min>, 0, -1, kNativeKeywords},
    {"max", counted_call<builtin_max>, 0, -1, kNativeKeywords},
    {"sum", builtin_sum, 1, 2, kNativeKeywords},
    {"isinstance", builtin_isinstance, 2, 2, 0},
    {"issubclass", builtin_issubclass, 2, 2, 0},
    {"hash", counted_call<builtin_hash>, 1, 1, 0},
    {"id", builtin_id, 1, 1, 0},
    {"iter", builtin_iter, 1, 2, 0},
    {"next", builtin_next, 1, 2, 0},
    {"ord", builtin_ord, 1, 1, 0},
    {"chr", builtin_chr, 1, 1, 0},
    {"divmod", builtin_divmod, 2, 2, 0},
    {"pow", builtin_pow, 0, 3, kNativeKeywords},
    {"round", builtin_round, 1, 2, kNativeKeywords},
    {"sorted", builtin_sorted, 0, -1, kNativeKeywords},
    {"any", counted_call<builtin_any>, 1, 1, 0},
    {"all", counted_call<builtin_all>, 1, 1, 0},
    {"callable", counted_call<builtin_callable>, 1, 1, 0},
    {"getattr", builtin_getattr, 2, 3, 0},
    {"hasattr", builtin_hasattr, 2, 2, 0},
    {"setattr", builtin_setattr, 3, 3, 0},
    {"format", builtin_format, 1, 2, 0},
    {"hex", builtin_hex, 1, 1, 0},
    {"oct", builtin_oct, 1, 1, 0},
    {"bin", builtin_bin, 1, 1, 0},
    {"globals", builtin_globals, 0, 0, 0},
    {"locals", builtin_locals, 0, 0, 0},
    {"dir", builtin_dir, 0, 1, 0},
};

void add_type_names(VM& vm, Dict* builtins) {
  vm::BuiltinTypes& t = vm.types();
  Type* exported[] = {t.object,  t.type,  t.int_,     t.bool_,        t.float_,
                      t.complex, t.str,   t.bytes,    t.bytearray,    t.memoryview,
                      t.tuple,   t.list,  t.dict,     t.set,          t.frozenset,
                      t.range,   t.slice, t.property, t.staticmethod, t.classmethod};
  for (Type* type : exported) dict_set_str(vm, builtins, type->name, Value::from_object(type));
#define PYVM_EXPORT_EXC(field, py_name, base) \
  dict_set_str(vm, builtins, t.field->name, Value::from_object(t.field));
  PYVM_EXCEPTION_TYPES(PYVM_EXPORT_EXC)
#undef PYVM_EXPORT_EXC
  dict_set_str(vm, builtins, vm.intern("None"), vm.none());
  dict_set_str(vm, builtins, vm.intern("True"), vm.true_value());
  dict_set_str(vm, builtins, vm.intern("False"), vm.false_value());
  dict_set_str(vm, builtins, vm.intern("NotImplemented"), vm.not_implemented());
  dict_set_str(vm, builtins, vm.intern("Ellipsis"), vm.ellipsis());
  dict_set_str(vm, builtins, vm.intern("__debug__"), vm.true_value());
}

}  // namespace

Dict* create_builtins(VM& vm) {
  Module* module = module_new(vm, vm.intern("builtins"));
  Dict* builtins = module->dict;
  for (const BuiltinSpec& spec : kBuiltins) {
    NativeFunction* f =
        native_function_new(vm, spec.name, spec.fn, spec.min_args, spec.max_args, spec.flags);
    dict_set_str(vm, builtins, f->name, Value::from_object(f));
  }
  add_type_names(vm, builtins);
  add_class_builtins(vm, builtins);
  add_iteration_builtins(vm, builtins);
  add_extra_builtins(vm, builtins);
  vm::add_exec_builtins(vm, builtins);
  vm::add_import_builtin(vm, builtins);
  dict_set_str(vm, vm.modules(), module->name, Value::from_object(module));
  return builtins;
}

Value format(VM& vm, Value v, Str* spec) {
  Type* type = type_of(vm, v);
  if ((type->flags & kTypeUserClass) != 0) {  // a user-defined __format__
    Value method = type_lookup(vm, type, vm.intern("__format__"));
    if (!method.is_null() && method != vm.none()) {
      Value call_args[2] = {v, Value::from_object(spec)};
      Value r = call_positional(vm, method, call_args, 2);
      if (r.is_null() || is_str(vm, r)) return r;
      return raise_type_error(vm, "__format__ must return a str, not " + type_name(vm, r));
    }
  }
  Value r = format_builtin(vm, v, spec);
  if (r != vm.not_implemented()) return r;
  if (spec->length == 0) return str(vm, v);
  return raise_type_error(
      vm, "unsupported format string passed to " + type_name(vm, v) + ".__format__");
}

Value ascii(VM& vm, Value v) {
  Value r = repr(vm, v);
  if (r.is_null()) return r;
  auto* s = r.as<Str>();
  if (s->is_ascii) return r;
  std::string out;
  char buffer[16];
  for (int64_t i = 0; i < s->length; ++i) {
    uint32_t c = s->at(i);
    if (c < 0x80) {
      out.push_back(static_cast<char>(c));
      continue;
    }
    if (c <= 0xff) {
      std::snprintf(buffer, sizeof(buffer), "\\x%02x", c);
    } else if (c <= 0xffff) {
      std::snprintf(buffer, sizeof(buffer), "\\u%04x", c);
    } else {
      std::snprintf(buffer, sizeof(buffer), "\\U%08x", c);
    }
    out += buffer;
  }
  return Value::from_object(str_from_ascii(vm, out));
}

void write_stdout(VM& vm, Str* text) {
  (void)vm;
  if (text->kind == 1 && text->is_ascii) {
    std::fwrite(text->data1(), 1, static_cast<size_t>(text->length), stdout);
    return;
  }
  std::string utf8 = str_to_utf8(text);
  std::fwrite(utf8.data(), 1, utf8.size(), stdout);
}

}  // namespace pyvm::runtime
