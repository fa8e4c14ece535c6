// Structural pattern matching slow paths (see vm/pattern_matching.h).
#include "vm/pattern_matching.h"

#include <string>

#include "gc/heap.h"
#include "runtime/dict.h"
#include "runtime/exceptions.h"
#include "runtime/ops.h"
#include "runtime/set.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "vm/vm.h"

namespace pyvm::vm {
namespace {

using runtime::Tuple;
using runtime::Type;

// Classes whose instances match a single positional sub-pattern against
// themselves (`case int(x)`), unless the class defines __match_args__: the
// built-in classes below and their subclasses. They are found by name in the
// builtins module so that each is checked once it exists.
bool matches_self(VM& vm, Type* cls) {
  static constexpr const char* kSelfMatching[] = {"bool",  "bytearray", "bytes", "dict",
                                                  "float", "frozenset", "int",   "list",
                                                  "set",   "str",       "tuple"};
  for (const char* name : kSelfMatching) {
    Value builtin = runtime::dict_get_str(vm, vm.builtins(), vm.intern(name));
    if (builtin.is_object() && runtime::type_of(vm, builtin) == vm.types().type &&
        runtime::is_subtype(cls, builtin.as<Type>())) {
      return true;
    }
  }
  return false;
}

// Adds `name` to `seen`; raises TypeError when it was already there.
bool note_attribute(VM& vm, Value seen, Type* cls, Value name) {
  int present = runtime::set_contains(vm, seen, name);
  if (present < 0) return false;
  if (present > 0) {
    Value r = runtime::repr(vm, name);
    if (r.is_null()) return false;
    runtime::raise_type_error(vm, runtime::type_name_of_type(cls) +
                                      "() got multiple sub-patterns for attribute " +
                                      runtime::str_to_utf8(r.as<runtime::Str>()));
    return false;
  }
  return runtime::set_add(vm, seen, name) == 0;
}

// subject.<name> for a class sub-pattern. Null with no pending exception:
// the attribute is missing, so the pattern does not match.
Value match_attribute(VM& vm, Value subject, Type* cls, Value name, Value seen) {
  if (!note_attribute(vm, seen, cls, name)) return Value::null();
  Value attr = runtime::get_attr(vm, subject, name.as<runtime::Str>());
  if (attr.is_null() && runtime::exception_matches(vm, vm.types().attribute_error)) {
    vm.clear_exception();
  }
  return attr;
}

// cls.__match_args__ as a tuple, or the empty tuple when it is absent
// (*match_self then says whether the class matches itself).
Value match_args_of(VM& vm, Type* cls, bool* match_self) {
  *match_self = false;
  Value args = runtime::get_attr(vm, Value::from_object(cls), vm.intern("__match_args__"));
  if (args.is_null()) {
    if (!runtime::exception_matches(vm, vm.types().attribute_error)) return args;
    vm.clear_exception();
    *match_self = matches_self(vm, cls);
    return Value::from_object(runtime::tuple_empty(vm));
  }
  if (runtime::type_of(vm, args) != vm.types().tuple) {
    return runtime::raise_type_error(vm, runtime::type_name_of_type(cls) +
                                             ".__match_args__ must be a tuple (got " +
                                             runtime::type_name(vm, args) + ")");
  }
  return args;
}

// Appends the positional sub-pattern attributes to `out`. Returns false when
// the match failed (an exception is pending when it was an error).
bool collect_positional(VM& vm, Value subject, Type* cls, uint32_t npos, Value seen,
                        gc::RootedValues* out) {
  bool match_self = false;
  Value args = match_args_of(vm, cls, &match_self);
  if (args.is_null()) return false;
  auto* names = args.as<Tuple>();
  int64_t allowed = match_self ? 1 : names->length;
  if (allowed < static_cast<int64_t>(npos)) {
    runtime::raise_type_error(vm, runtime::type_name_of_type(cls) + "() accepts " +
                                      std::to_string(allowed) + " positional sub-pattern" +
                                      (allowed == 1 ? "" : "s") + " (" + std::to_string(npos) +
                                      " given)");
    return false;
  }
  if (match_self) {
    out->push_back(subject);
    return true;
  }
  for (uint32_t i = 0; i < npos; ++i) {
    Value name = names->at(i);
    if (runtime::type_of(vm, name) != vm.types().str) {
      runtime::raise_type_error(
          vm, "__match_args__ elements must be strings (got " + runtime::type_name(vm, name) + ")");
      return false;
    }
    Value attr = match_attribute(vm, subject, cls, name, seen);
    if (attr.is_null()) return false;
    out->push_back(attr);
  }
  return true;
}

}  // namespace

bool is_match_sequence(VM& vm, Value subject) {
  Type* type = runtime::type_of(vm, subject);
  BuiltinTypes& t = vm.types();
  return runtime::is_subtype(type, t.list) || runtime::is_subtype(type, t.tuple) ||
         runtime::is_subtype(type, t.range);
}

bool is_match_mapping(VM& vm, Value subject) {
  return runtime::is_subtype(runtime::type_of(vm, subject), vm.types().dict);
}

Value match_class(VM& vm, Value subject, Value cls_value, uint32_t npos, Tuple* kwnames) {
  if (runtime::type_of(vm, cls_value) != vm.types().type &&
      !runtime::is_subtype(runtime::type_of(vm, cls_value), vm.types().type)) {
    return runtime::raise_type_error(vm, "called match pattern must be a type");
  }
  auto* cls = cls_value.as<Type>();
  if (!runtime::is_instance_of(vm, subject, cls)) return vm.none();
  Value seen = runtime::set_new(vm);
  gc::RootedValues attrs(vm.heap());  // the attributes stay alive across lookups
  if (npos > 0 && !collect_positional(vm, subject, cls, npos, seen, &attrs)) {
    return vm.has_exception() ? Value::null() : vm.none();
  }
  int64_t nkw = kwnames == nullptr ? 0 : kwnames->length;
  for (int64_t i = 0; i < nkw; ++i) {
    Value attr = match_attribute(vm, subject, cls, kwnames->at(i), seen);
    if (attr.is_null()) return vm.has_exception() ? Value::null() : vm.none();
    attrs.push_back(attr);
  }
  return Value::from_object(
      runtime::tuple_from(vm, attrs.data(), static_cast<int64_t>(attrs.size())));
}

Value match_keys(VM& vm, Value subject, Value keys_value) {
  auto* keys = keys_value.as<Tuple>();
  if (keys->length == 0) return Value::from_object(runtime::tuple_empty(vm));
  bool exact_dict = runtime::type_of(vm, subject) == vm.types().dict;
  Value get;
  if (!exact_dict) {
    get = runtime::get_attr(vm, subject, vm.intern("get"));
    if (get.is_null()) return get;
  }
  // A fresh object no mapping can hold: get(key, sentinel) returns it for an
  // absent key without invoking __missing__.
  Value sentinel = Value::from_object(vm.allocate(vm.types().object, sizeof(Object)));
  Value seen = runtime::set_new(vm);
  gc::RootedValues values(vm.heap());
  for (int64_t i = 0; i < keys->length; ++i) {
    Value key = keys->at(i);
    int present = runtime::set_contains(vm, seen, key);
    if (present < 0) return Value::null();
    if (present > 0) {
      Value r = runtime::repr(vm, key);
      if (r.is_null()) return r;
      return runtime::raise_value_error(vm, "mapping pattern checks duplicate key (" +
                                                runtime::str_to_utf8(r.as<runtime::Str>()) + ")");
    }
    if (runtime::set_add(vm, seen, key) < 0) return Value::null();
    Value value;
    if (exact_dict) {
      value = runtime::dict_get(vm, subject.as<runtime::Dict>(), key);
      if (value.is_null()) {
        if (vm.has_exception()) return value;
        return vm.none();
      }
    } else {
      Value args[2] = {key, sentinel};
      value = runtime::call_positional(vm, get, args, 2);
      if (value.is_null()) return value;
      if (value == sentinel) return vm.none();
    }
    values.push_back(value);
  }
  return Value::from_object(
      runtime::tuple_from(vm, values.data(), static_cast<int64_t>(values.size())));
}

}  // namespace pyvm::vm
