// Fixups of CPython's pure-Python datetime module (see runtime/datetime_fixups.h).
#include "runtime/datetime_fixups.h"

#include <string>

#include "runtime/dict.h"
#include "runtime/exceptions.h"
#include "runtime/function.h"
#include "runtime/int.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/user_class.h"
#include "vm/vm.h"

namespace pyvm::runtime {

namespace {

constexpr const char* kChecks[] = {"_check_date_fields", "_check_time_fields"};

// The name under which the module keeps datetime.py's own version of `check`.
std::string original_name(const char* check) { return std::string(check) + "_py"; }

bool starts_with(const std::string& text, const char* prefix) { return text.rfind(prefix, 0) == 0; }

// The C module's message for datetime.py's ValueError(message, value).
std::string c_message(VM& vm, const std::string& message, Value value) {
  if (starts_with(message, "year must be in") && is_int(vm, value)) {
    return "year " + int_to_decimal(vm, value) + " is out of range";
  }
  if (starts_with(message, "day must be in")) return "day is out of range for month";
  return message;
}

// Calls datetime.py's check `check` with `args`; a ValueError(message, value)
// it raises becomes ValueError(C message).
Value checked_call(VM& vm, const char* check, CallArgs args) {
  Value datetime = dict_get_str(vm, vm.modules(), vm.intern("datetime"));
  if (datetime.is_null() || datetime.object()->type != vm.types().module) {
    return raise(vm, vm.types().import_error, "datetime module not loaded");
  }
  Value original =
      dict_get_str(vm, datetime.as<Module>()->dict, vm.intern(original_name(check).c_str()));
  if (original.is_null()) {
    return raise(vm, vm.types().name_error, "name '" + original_name(check) + "' is not defined");
  }
  Value result = call_positional(vm, original, args.args, args.npos);
  if (!result.is_null() || !exception_matches(vm, vm.types().value_error)) return result;
  Value pending = vm.pending_exception();
  Tuple* exc_args = pending.as<BaseException>()->args;
  if (exc_args == nullptr || exc_args->length != 2 || !is_str(vm, exc_args->at(0))) {
    return result;
  }
  std::string message = c_message(vm, str_to_utf8(exc_args->at(0).as<Str>()), exc_args->at(1));
  vm.clear_exception();
  return raise_value_error(vm, message);
}

Value check_date_fields(VM& vm, CallArgs args) { return checked_call(vm, kChecks[0], args); }
Value check_time_fields(VM& vm, CallArgs args) { return checked_call(vm, kChecks[1], args); }

// The C module's classes, whose type names (in error messages) are
// "datetime.date"...
constexpr const char* kClasses[] = {"date",   "datetime",        "time", "timedelta", "timezone",
                                    "tzinfo", "_IsoCalendarDate"};

// IsoCalendarDate.__repr__: the C module's, which names the class
// "datetime.IsoCalendarDate".
Value iso_calendar_repr(VM& vm, CallArgs args) {
  Value self = args.args[0];
  std::string text = type_name_of_type(type_of(vm, self)) + "(";
  const char* fields[] = {"year=", "week=", "weekday="};
  for (int64_t i = 0; i < 3; ++i) {
    Value item = get_item(vm, self, Value::from_small_int(i));
    if (item.is_null()) return item;
    Value r = repr(vm, item);
    if (r.is_null()) return r;
    text += std::string(i == 0 ? "" : ", ") + fields[i] + str_to_utf8(r.as<Str>());
  }
  return Value::from_object(str_from_utf8(vm, text + ")"));
}

// The module's class `name` when it is a user class, else nullptr.
Type* module_class(VM& vm, Module* module, const char* name) {
  Value cls = dict_get_str(vm, module->dict, vm.intern(name));
  if (cls.is_null() || !cls.is_object() || !is_subtype(cls.object()->type, vm.types().type)) {
    return nullptr;
  }
  return is_user_class(cls.as<Type>()) ? cls.as<Type>() : nullptr;
}

void name_classes(VM& vm, Module* module) {
  for (const char* name : kClasses) {
    Type* cls = module_class(vm, module, name);
    if (cls != nullptr) static_cast<UserType*>(cls)->class_flags |= kClassDottedName;
  }
  Type* iso = module_class(vm, module, "_IsoCalendarDate");
  if (iso == nullptr) return;
  add_method(vm, iso, "__repr__", iso_calendar_repr, 0, 0);
  type_modified(vm, iso);
}

}  // namespace

void fix_datetime_module(VM& vm, Module* module) {
  const NativeFn fns[] = {check_date_fields, check_time_fields};
  const int arities[] = {3, 5};
  for (size_t i = 0; i < 2; ++i) {
    Str* name = vm.intern(kChecks[i]);
    Value original = dict_get_str(vm, module->dict, name);
    if (original.is_null() || original.object()->type != vm.types().function) continue;
    dict_set_str(vm, module->dict, vm.intern(original_name(kChecks[i]).c_str()), original);
    NativeFunction* wrapper = native_function_new(vm, kChecks[i], fns[i], arities[i], arities[i]);
    dict_set_str(vm, module->dict, name, Value::from_object(wrapper));
  }
  name_classes(vm, module);
}

}  // namespace pyvm::runtime
