// functools.update_wrapper, wraps and total_ordering, with the module
// constants WRAPPER_ASSIGNMENTS and WRAPPER_UPDATES.
#include <string>

#include "runtime/dict.h"
#include "runtime/exceptions.h"
#include "runtime/function.h"
#include "runtime/native_args.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "vm/vm.h"

namespace pyvm::runtime {

void add_functools_wrappers(VM& vm, Dict* module_dict);

namespace {

constexpr const char* kAssignments[] = {"__module__", "__name__", "__qualname__", "__doc__",
                                        "__annotations__"};

Tuple* names_tuple(VM& vm, std::initializer_list<const char*> names) {
  Tuple* t = tuple_new(vm, static_cast<int64_t>(names.size()));
  int64_t i = 0;
  for (const char* name : names) tuple_init_item(vm, t, i++, Value::from_object(vm.intern(name)));
  return t;
}

Value assignments(VM& vm) {
  Tuple* t = tuple_new(vm, 5);
  for (int64_t i = 0; i < 5; ++i) {
    tuple_init_item(vm, t, i, Value::from_object(vm.intern(kAssignments[i])));
  }
  return Value::from_object(t);
}

Value updates(VM& vm) { return Value::from_object(names_tuple(vm, {"__dict__"})); }

// Copies each attribute named by `names` from `wrapped` to `wrapper`, skipping
// those `wrapped` lacks.
bool copy_attributes(VM& vm, Value wrapper, Value wrapped, Value names) {
  Value it = get_iter(vm, names);
  if (it.is_null()) return false;
  for (Value name = iter_next(vm, it); !name.is_null(); name = iter_next(vm, it)) {
    if (!is_str(vm, name)) {
      raise_type_error(vm, "attribute name must be string, not '" + type_name(vm, name) + "'");
      return false;
    }
    Value value = get_attr(vm, wrapped, name.as<Str>());
    if (value.is_null()) {
      if (!exception_matches(vm, vm.types().attribute_error)) return false;
      vm.clear_exception();
      continue;
    }
    if (set_attr(vm, wrapper, name.as<Str>(), value) < 0) return false;
  }
  return !vm.has_exception();
}

// wrapper.NAME.update(getattr(wrapped, NAME, {})) for each name.
bool update_attributes(VM& vm, Value wrapper, Value wrapped, Value names) {
  Value it = get_iter(vm, names);
  if (it.is_null()) return false;
  for (Value name = iter_next(vm, it); !name.is_null(); name = iter_next(vm, it)) {
    if (!is_str(vm, name)) {
      raise_type_error(vm, "attribute name must be string, not '" + type_name(vm, name) + "'");
      return false;
    }
    Value target = get_attr(vm, wrapper, name.as<Str>());
    if (target.is_null()) return false;
    Value source = get_attr(vm, wrapped, name.as<Str>());
    if (source.is_null()) {
      if (!exception_matches(vm, vm.types().attribute_error)) return false;
      vm.clear_exception();
      source = Value::from_object(dict_new(vm));
    }
    Value update = get_attr(vm, target, vm.intern("update"));
    if (update.is_null() || call_positional(vm, update, &source, 1).is_null()) return false;
  }
  return !vm.has_exception();
}

Value update_wrapper(VM& vm, CallArgs args) {
  Value a[4];
  if (!bind_args(vm, args,
                 {"update_wrapper", {"wrapper", "wrapped", "assigned", "updated"}, 2, -1, 0, true},
                 a)) {
    return Value::null();
  }
  Value assigned = a[2].is_null() ? assignments(vm) : a[2];
  Value updated = a[3].is_null() ? updates(vm) : a[3];
  if (!copy_attributes(vm, a[0], a[1], assigned) || !update_attributes(vm, a[0], a[1], updated)) {
    return Value::null();
  }
  if (set_attr(vm, a[0], vm.intern("__wrapped__"), a[1]) < 0) return Value::null();
  return a[0];
}

// wraps(wrapped, assigned, updated) = partial(update_wrapper, wrapped=...,
// assigned=..., updated=...).
Value wraps(VM& vm, CallArgs args) {
  Value a[3];
  if (!bind_args(vm, args, {"wraps", {"wrapped", "assigned", "updated"}, 1, -1, 0, true}, a)) {
    return Value::null();
  }
  Value partial = module_attribute(vm, "functools", "partial");
  Value updater = module_attribute(vm, "functools", "update_wrapper");
  if (partial.is_null() || updater.is_null()) {
    return raise_type_error(vm, "functools.partial or functools.update_wrapper is missing");
  }
  Value values[4] = {updater, a[0], a[1].is_null() ? assignments(vm) : a[1],
                     a[2].is_null() ? updates(vm) : a[2]};
  Tuple* names = names_tuple(vm, {"wrapped", "assigned", "updated"});
  return call(vm, partial, CallArgs{values, 1, names});
}

// ---- total_ordering

enum Root { kLt, kLe, kGt, kGe };
constexpr const char* kRootNames[] = {"__lt__", "__le__", "__gt__", "__ge__"};

// How a derived comparison combines the root's result r:
enum Combine {
  kNotRAndNe,  // not r and self != other
  kROrEq,      // r or self == other
  kNotR,       // not r
  kNotROrEq,   // not r or self == other
  kRAndNe,     // r and self != other
};

template <Root kRoot, Combine kCombine>
Value derived_compare(VM& vm, CallArgs args) {
  Value self = args.args[0], other = args.args[1];
  Value method = type_lookup(vm, type_of(vm, self), vm.intern(kRootNames[kRoot]));
  if (method.is_null()) return raise_attribute_error(vm, self, vm.intern(kRootNames[kRoot]));
  Value r = call_positional(vm, method, args.args, 2);
  if (r.is_null() || r == vm.not_implemented()) return r;
  int t = truth(vm, r);
  if (t < 0) return Value::null();
  switch (kCombine) {
    case kNotR:
      return vm.bool_value(t == 0);
    case kNotRAndNe:
      return t == 1 ? vm.false_value() : rich_compare(vm, self, other, CompareOp::kNe);
    case kROrEq:
      return t == 1 ? r : rich_compare(vm, self, other, CompareOp::kEq);
    case kNotROrEq:
      return t == 0 ? vm.true_value() : rich_compare(vm, self, other, CompareOp::kEq);
    case kRAndNe:
      return t == 0 ? r : rich_compare(vm, self, other, CompareOp::kNe);
  }
  return r;
}

struct Derived {
  Root target;
  NativeFn fn;
};

// CPython's conversion table: for each root, the three methods it supplies.
constexpr Derived kConvert[4][3] = {
    {{kGt, derived_compare<kLt, kNotRAndNe>},
     {kLe, derived_compare<kLt, kROrEq>},
     {kGe, derived_compare<kLt, kNotR>}},
    {{kGe, derived_compare<kLe, kNotROrEq>},
     {kLt, derived_compare<kLe, kRAndNe>},
     {kGt, derived_compare<kLe, kNotR>}},
    {{kLt, derived_compare<kGt, kNotRAndNe>},
     {kGe, derived_compare<kGt, kROrEq>},
     {kLe, derived_compare<kGt, kNotR>}},
    {{kLe, derived_compare<kGe, kNotROrEq>},
     {kGt, derived_compare<kGe, kRAndNe>},
     {kLt, derived_compare<kGe, kNotR>}},
};

// 1 when `cls` defines comparison `name` itself (not inherited from object),
// 0 when not, -1 on error.
int defines(VM& vm, Value cls, const char* name) {
  Value mine = get_attr(vm, cls, vm.intern(name));
  if (mine.is_null()) {
    if (!exception_matches(vm, vm.types().attribute_error)) return -1;
    vm.clear_exception();
    return 0;
  }
  Value base = type_lookup(vm, vm.types().object, vm.intern(name));
  if (mine == base) return 0;
  Value bound = get_attr(vm, Value::from_object(vm.types().object), vm.intern(name));
  if (bound.is_null()) {
    if (!exception_matches(vm, vm.types().attribute_error)) return -1;
    vm.clear_exception();
    return 1;
  }
  return mine == bound ? 0 : 1;
}

Value total_ordering(VM& vm, CallArgs args) {
  Value cls = args.args[0];
  bool roots[4];
  int chosen = -1;
  // max() of the root names: __lt__ > __le__ > __gt__ > __ge__.
  for (int i = 0; i < 4; ++i) {
    int d = defines(vm, cls, kRootNames[i]);
    if (d < 0) return Value::null();
    roots[i] = d == 1;
    if (roots[i] && chosen < 0) chosen = i;
  }
  if (chosen < 0) {
    return raise_value_error(vm, "must define at least one ordering operation: < > <= >=");
  }
  for (const Derived& derived : kConvert[chosen]) {
    if (roots[derived.target]) continue;
    const char* name = kRootNames[derived.target];
    Value f = Value::from_object(native_function_new(vm, name, derived.fn, 1, 1, kNativeMethod));
    if (set_attr(vm, cls, vm.intern(name), f) < 0) return Value::null();
  }
  return cls;
}

}  // namespace

void add_functools_wrappers(VM& vm, Dict* d) {
  dict_set_str(vm, d, vm.intern("WRAPPER_ASSIGNMENTS"), assignments(vm));
  dict_set_str(vm, d, vm.intern("WRAPPER_UPDATES"), updates(vm));
  dict_set_str(vm, d, vm.intern("update_wrapper"),
               Value::from_object(native_function_new(vm, "update_wrapper", update_wrapper, 0, -1,
                                                      kNativeKeywords)));
  dict_set_str(vm, d, vm.intern("wraps"),
               Value::from_object(native_function_new(vm, "wraps", wraps, 0, -1, kNativeKeywords)));
  dict_set_str(vm, d, vm.intern("total_ordering"),
               Value::from_object(native_function_new(vm, "total_ordering", total_ordering, 1, 1)));
}

}  // namespace pyvm::runtime
