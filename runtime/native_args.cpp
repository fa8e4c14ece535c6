// Argument binding for native modules (see runtime/native_args.h).
#include "runtime/native_args.h"

#include <string>
#include <vector>

#include "runtime/dict.h"
#include "runtime/exceptions.h"
#include "runtime/module.h"
#include "runtime/native_type.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "vm/vm.h"

namespace pyvm::runtime {
namespace {

std::string plural_arguments(int64_t n) {
  return std::to_string(n) + (n == 1 ? " argument" : " arguments");
}

bool too_many(VM& vm, const ArgSpec& spec, int64_t max, int64_t given) {
  raise_type_error(vm, std::string(spec.function) + "() takes at most " + plural_arguments(max) +
                           " (" + std::to_string(given) + " given)");
  return false;
}

// "f() missing 2 required positional arguments: 'a' and 'b'".
bool check_missing_python(VM& vm, const ArgSpec& spec, const Value* out) {
  std::vector<std::string> missing;
  int64_t i = 0;
  for (const char* name : spec.names) {
    if (i < spec.required && out[i].is_null()) missing.push_back(std::string("'") + name + "'");
    ++i;
  }
  if (missing.empty()) return true;
  std::string list;
  for (size_t k = 0; k < missing.size(); ++k) {
    if (k > 0) list += k + 1 == missing.size() ? (k == 1 ? " and " : ", and ") : ", ";
    list += missing[k];
  }
  auto n = static_cast<int64_t>(missing.size());
  raise_type_error(vm, std::string(spec.function) + "() missing " + std::to_string(n) +
                           " required positional argument" + (n == 1 ? "" : "s") + ": " + list);
  return false;
}

}  // namespace

bool bind_args(VM& vm, CallArgs args, const ArgSpec& spec, Value* out) {
  int64_t count = static_cast<int64_t>(spec.names.size());
  int64_t max_pos = spec.max_positional < 0 ? count : spec.max_positional;
  int64_t nkw = args.kwnames == nullptr ? 0 : args.kwnames->length;
  int64_t npos = static_cast<int64_t>(args.npos);
  for (int64_t i = 0; i < count; ++i) out[i] = Value::null();
  if (npos + nkw > count) return too_many(vm, spec, count, npos + nkw);
  if (npos > max_pos) {
    raise_type_error(vm, std::string(spec.function) + "() takes at most " +
                             std::to_string(max_pos) + " positional argument" +
                             (max_pos == 1 ? "" : "s") + " (" + std::to_string(npos) + " given)");
    return false;
  }
  for (int64_t i = 0; i < npos; ++i) out[i] = args.args[i];
  for (int64_t k = 0; k < nkw; ++k) {
    Str* key = args.kwnames->at(k).as<Str>();
    int64_t index = -1;
    int64_t i = 0;
    for (const char* name : spec.names) {
      if (i >= spec.positional_only && str_equals_ascii(key, name)) index = i;
      ++i;
    }
    if (index < 0) {
      raise_type_error(vm, "'" + str_to_utf8(key) + "' is an invalid keyword argument for " +
                               spec.function + "()");
      return false;
    }
    if (!out[index].is_null()) {
      raise_type_error(vm, std::string("argument for ") + spec.function + "() given by name ('" +
                               str_to_utf8(key) + "') and position (" + std::to_string(index + 1) +
                               ")");
      return false;
    }
    out[index] = args.args[npos + k];
  }
  if (spec.python_messages) return check_missing_python(vm, spec, out);
  int64_t i = 0;
  for (const char* name : spec.names) {
    if (i < spec.required && out[i].is_null()) {
      raise_type_error(vm, std::string(spec.function) + "() missing required argument '" + name +
                               "' (pos " + std::to_string(i + 1) + ")");
      return false;
    }
    ++i;
  }
  return true;
}

bool check_positional(VM& vm, CallArgs args, const char* function, int64_t min, int64_t max) {
  if (!reject_keywords(vm, args, function)) return false;
  auto given = static_cast<int64_t>(args.npos);
  if (given >= min && given <= max) return true;
  std::string text = std::string(function) + " expected ";
  if (min == max) {
    text += plural_arguments(min);
  } else if (given < min) {
    text += "at least " + plural_arguments(min);
  } else {
    text += "at most " + plural_arguments(max);
  }
  raise_type_error(vm, text + ", got " + std::to_string(given));
  return false;
}

bool reject_keywords(VM& vm, CallArgs args, const char* function) {
  if (args.kwnames == nullptr || args.kwnames->length == 0) return true;
  raise_type_error(vm, std::string(function) + "() takes no keyword arguments");
  return false;
}

Type* module_type_new(VM& vm, const char* module, const char* name, uint32_t size, TraceFn trace) {
  Type* type = native_type_new(vm, name, vm.types().object, module);
  type->instance_size = size;
  type->trace = trace;
  return type;
}

Value module_attribute(VM& vm, const char* module, const char* name) {
  Value m = dict_get_str(vm, vm.modules(), vm.intern(module));
  if (m.is_null() || !m.is_object() || m.object()->type != vm.types().module) return Value::null();
  return dict_get_str(vm, m.as<Module>()->dict, vm.intern(name));
}

bool is_callable(VM& vm, Value v) { return type_of(vm, v)->call != nullptr; }

}  // namespace pyvm::runtime
