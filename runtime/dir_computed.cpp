// Computed attribute names for dir() (see runtime/dir_computed.h).
#include "runtime/dir_computed.h"

#include <initializer_list>
#include <string>
#include <string_view>

#include "runtime/dict.h"
#include "runtime/exceptions.h"
#include "runtime/ops.h"
#include "runtime/type.h"
#include "runtime/user_class.h"
#include "vm/vm.h"

namespace pyvm::runtime {
namespace {

struct ComputedNames {
  std::string_view type_name;  // the built-in type, by its __name__
  std::initializer_list<const char*> names;
};

// Candidates per built-in type (names CPython lists); each is kept only when
// the instance has it in pyvm.
const ComputedNames kComputed[] = {
    {"complex",
     {"real", "imag", "__complex__", "__bool__", "__neg__", "__pos__", "__add__", "__radd__",
      "__sub__", "__rsub__", "__mul__", "__rmul__", "__truediv__", "__rtruediv__", "__pow__",
      "__rpow__", "__getnewargs__"}},
    {"str", {"__getnewargs__"}},
    {"bytes", {"__bytes__", "__getnewargs__"}},
    {"bytearray", {"__alloc__"}},
    {"tuple", {"__getnewargs__"}},
    {"NoneType", {"__bool__"}},
    {"NotImplementedType", {"__bool__"}},
    {"range", {"start", "stop", "step", "__bool__"}},
    {"slice", {"start", "stop", "step"}},
    {"list_iterator", {"__length_hint__", "__setstate__"}},
    {"tuple_iterator", {"__length_hint__", "__setstate__"}},
    {"str_ascii_iterator", {"__length_hint__", "__setstate__"}},
    {"range_iterator", {"__length_hint__", "__setstate__"}},
    {"dict_keyiterator", {"__length_hint__"}},
    {"list_reverseiterator", {"__setstate__"}},
    {"zip", {"__setstate__"}},
    {"dict_keys",
     {"__and__", "__or__", "__rand__", "__ror__", "__rsub__", "__rxor__", "__sub__", "__xor__"}},
    {"dict_items",
     {"__and__", "__or__", "__rand__", "__ror__", "__rsub__", "__rxor__", "__sub__", "__xor__"}},
    {"generator",
     {"__del__", "__name__", "__qualname__", "gi_code", "gi_frame", "gi_running", "gi_suspended",
      "gi_yieldfrom"}},
    {"builtin_function_or_method",
     {"__call__", "__module__", "__name__", "__qualname__", "__self__", "__text_signature__"}},
    {"function",
     {"__annotations__", "__builtins__", "__call__", "__closure__", "__defaults__", "__dict__",
      "__kwdefaults__", "__module__", "__name__", "__qualname__"}},
    {"memoryview",
     {"c_contiguous", "contiguous", "f_contiguous", "format", "itemsize", "nbytes", "ndim", "obj",
      "readonly", "shape", "strides", "suboffsets", "toreadonly"}},
    {"property", {"__isabstractmethod__", "__set_name__", "fdel", "fget", "fset"}},
    {"staticmethod",
     {"__call__", "__dict__", "__func__", "__isabstractmethod__", "__module__", "__name__",
      "__qualname__", "__wrapped__"}},
    {"classmethod",
     {"__dict__", "__func__", "__isabstractmethod__", "__module__", "__name__", "__qualname__",
      "__wrapped__"}},
    {"super", {"__get__", "__self__", "__self_class__", "__thisclass__"}},
    {"partial", {"__call__", "__dict__", "__setstate__", "args", "func", "keywords"}},
};

// Every exception: BaseException's computed fields, then its subclasses'.
constexpr const char* kExceptionNames[] = {"__cause__",           "__context__",   "__dict__",
                                           "__setstate__",        "__traceback__", "args",
                                           "__suppress_context__"};
constexpr const char* kStopIterationNames[] = {"value"};
constexpr const char* kSystemExitNames[] = {"code"};

// Adds `name` when `obj` has it; false only on an error other than
// AttributeError.
bool add_if_present(VM& vm, Value obj, const char* name, Dict* names) {
  Str* key = vm.intern(name);
  if (!dict_get(vm, names, Value::from_object(key)).is_null()) return true;
  Value v = get_attr(vm, obj, key);
  if (v.is_null()) {
    if (!exception_matches(vm, vm.types().attribute_error)) return false;
    vm.clear_exception();
    return true;
  }
  return dict_set(vm, names, Value::from_object(key), vm.none()) >= 0;
}

template <typename Names>
bool add_all(VM& vm, Value obj, const Names& list, Dict* names) {
  for (const char* name : list) {
    if (!add_if_present(vm, obj, name, names)) return false;
  }
  return true;
}

}  // namespace

bool merge_computed_names(VM& vm, Value obj, Dict* names) {
  Type* type = type_of(vm, obj);
  if (is_subtype(type, vm.types().base_exception)) {
    if (!add_all(vm, obj, kExceptionNames, names)) return false;
    if (is_subtype(type, vm.types().stop_iteration) &&
        !add_all(vm, obj, kStopIterationNames, names)) {
      return false;
    }
    if (is_subtype(type, vm.types().system_exit) && !add_all(vm, obj, kSystemExitNames, names)) {
      return false;
    }
    // OSError's characters_written descriptor is listed even where reading it
    // raises AttributeError (every OSError but a BlockingIOError that set it).
    if (is_subtype(type, vm.types().os_error) &&
        dict_set(vm, names, Value::from_object(vm.intern("characters_written")), vm.none()) < 0) {
      return false;
    }
  }
  for (Type* t = type; t != nullptr; t = t->base) {
    if (is_user_class(t)) continue;
    std::string name = type_name_of_type(t);
    for (const ComputedNames& entry : kComputed) {
      if (entry.type_name == name && !add_all(vm, obj, entry.names, names)) return false;
    }
  }
  return true;
}

}  // namespace pyvm::runtime
