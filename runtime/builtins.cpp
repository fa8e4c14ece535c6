// The built-in functions (see runtime/builtins.h). Each follows CPython 3.11's
// argument rules and error messages; type objects (int, str, list, ...) are
// installed by name and do their own construction.
#include "runtime/builtins.h"

#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

#include "runtime/dict.h"
#include "runtime/exceptions.h"
#include "runtime/float.h"
#include "runtime/format.h"
#include "runtime/function.h"
#include "runtime/int.h"
#include "runtime/iteration.h"
#include "runtime/list.h"
#include "runtime/module.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/user_class.h"
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

Value builtin_print(VM& vm, CallArgs args) {
  Keywords kw(args);
  if (!kw.check(vm, "print", {"sep", "end", "file", "flush"})) return Value::null();
  Value sep = kw.get("sep");
  Value end = kw.get("end");
  for (Value* v : {&sep, &end}) {
    if (v->is_null() || *v == vm.none()) continue;
    if (!v->is_object() || v->object()->type != vm.types().str) {
      return raise_type_error(vm, std::string(v == &sep ? "sep" : "end") +
                                      " must be None or a string, not " + type_name(vm, *v));
    }
  }
  Value file = kw.get("file");
  if (!file.is_null() && file != vm.none()) {
    return raise(vm, vm.types().not_implemented_error, "pyvm does not support print(file=...) yet");
  }
  for (size_t i = 0; i < args.npos; ++i) {
    if (i > 0) write_stdout(vm, sep.is_null() || sep == vm.none() ? vm.intern(" ") : sep.as<Str>());
    Value text = str(vm, args.args[i]);
    if (text.is_null()) return text;
    write_stdout(vm, text.as<Str>());
  }
  write_stdout(vm, end.is_null() || end == vm.none() ? vm.intern("\n") : end.as<Str>());
  Value flush = kw.get("flush");
  if (!flush.is_null()) {
    int t = truth(vm, flush);
    if (t < 0) return Value::null();
    if (t) std::fflush(stdout);
  }
  return vm.none();
}

Value builtin_len(VM& vm, CallArgs args) {
  int64_t n = length(vm, args.args[0]);
  if (n < 0) return Value::null();
  return int_from_int64(vm, n);
}

Value builtin_repr(VM& vm, CallArgs args) { return repr(vm, args.args[0]); }
Value builtin_ascii(VM& vm, CallArgs args) { return ascii(vm, args.args[0]); }

Value builtin_abs(VM& vm, CallArgs args) {
  Value v = args.args[0];
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
  for (;;) {
    Value item = iter_next(vm, it);
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

Value builtin_iter(VM& vm, CallArgs args) { return get_iter(vm, args.args[0]); }

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

Value builtin_divmod(VM& vm, CallArgs args) {
  Value a = args.args[0];
  Value b = args.args[1];
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
  Value mod = args.npos > 2 ? args.args[2] : kw.get("mod");
  if (!mod.is_null() && mod != vm.none()) {
    if (is_int(vm, args.args[0]) && is_int(vm, args.args[1]) && is_int(vm, mod)) {
      return int_pow_mod(vm, args.args[0], args.args[1], mod);
    }
    return raise_type_error(vm, "pow() 3rd argument not allowed unless all arguments are integers");
  }
  if (args.npos < 2) return raise_type_error(vm, "pow() missing required argument 'exp' (pos 2)");
  return binary_op(vm, BinaryOp::kPow, args.args[0], args.args[1]);
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

struct BuiltinSpec {
  const char* name;
  NativeFn fn;
  int min_args;
  int max_args;
  uint32_t flags;
};

constexpr BuiltinSpec kBuiltins[] = {
    {"print", builtin_print, 0, -1, kNativeKeywords},
    {"len", builtin_len, 1, 1, 0},
    {"repr", builtin_repr, 1, 1, 0},
    {"ascii", builtin_ascii, 1, 1, 0},
    {"abs", builtin_abs, 1, 1, 0},
    {"min", builtin_min, 0, -1, kNativeKeywords},
    {"max", builtin_max, 0, -1, kNativeKeywords},
    {"sum", builtin_sum, 1, 2, kNativeKeywords},
    {"isinstance", builtin_isinstance, 2, 2, 0},
    {"issubclass", builtin_issubclass, 2, 2, 0},
    {"hash", builtin_hash, 1, 1, 0},
    {"id", builtin_id, 1, 1, 0},
    {"iter", builtin_iter, 1, 1, 0},
    {"next", builtin_next, 1, 2, 0},
    {"ord", builtin_ord, 1, 1, 0},
    {"chr", builtin_chr, 1, 1, 0},
    {"divmod", builtin_divmod, 2, 2, 0},
    {"pow", builtin_pow, 1, 3, kNativeKeywords},
    {"round", builtin_round, 1, 2, kNativeKeywords},
    {"sorted", builtin_sorted, 1, -1, kNativeKeywords},
    {"any", builtin_any, 1, 1, 0},
    {"all", builtin_all, 1, 1, 0},
    {"callable", builtin_callable, 1, 1, 0},
    {"getattr", builtin_getattr, 2, 3, 0},
    {"hasattr", builtin_hasattr, 2, 2, 0},
    {"setattr", builtin_setattr, 3, 3, 0},
    {"format", builtin_format, 1, 2, 0},
    {"hex", builtin_hex, 1, 1, 0},
    {"oct", builtin_oct, 1, 1, 0},
    {"bin", builtin_bin, 1, 1, 0},
};

void add_type_names(VM& vm, Dict* builtins) {
  vm::BuiltinTypes& t = vm.types();
  Type* exported[] = {t.object,    t.type,  t.int_,  t.bool_,    t.float_,       t.complex,
                      t.str,       t.bytes, t.tuple, t.list,     t.dict,         t.set,
                      t.frozenset, t.range, t.slice, t.property, t.staticmethod, t.classmethod};
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
  dict_set_str(vm, vm.modules(), module->name, Value::from_object(module));
  return builtins;
}

Value format(VM& vm, Value v, Str* spec) {
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
