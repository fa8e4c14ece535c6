// co_* attributes of code objects (see runtime/code_attributes.h). The
// localsplus names are split by kind into co_varnames, co_cellvars and
// co_freevars; anything else goes through the generic lookup.
#include "runtime/code_attributes.h"

#include <string>
#include <vector>

#include "runtime/code.h"
#include "runtime/exceptions.h"
#include "runtime/int.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "vm/vm.h"

namespace pyvm::runtime {
Value code_positions_method(VM& vm, Value code);  // runtime/code_positions.cpp
Value code_replace_method(VM& vm, Value code);    // runtime/code_replace.cpp

namespace {

// The localsplus names whose kind has any bit of `kinds`.
Value names_of_kind(VM& vm, const Code* code, uint8_t kinds) {
  std::vector<Value> names;
  for (int64_t i = 0; i < code->localsplusnames->length; ++i) {
    if ((code->localspluskinds->data()[i] & kinds) != 0) {
      names.push_back(code->localsplusnames->at(i));
    }
  }
  return Value::from_object(tuple_from(vm, names.data(), static_cast<int64_t>(names.size())));
}

Value int_field(VM& vm, std::string_view key, const Code* code) {
  if (key == "co_argcount") return int_from_int64(vm, code->argcount);
  if (key == "co_posonlyargcount") return int_from_int64(vm, code->posonlyargcount);
  if (key == "co_kwonlyargcount") return int_from_int64(vm, code->kwonlyargcount);
  if (key == "co_nlocals") return int_from_int64(vm, code->nlocals);
  if (key == "co_stacksize") return int_from_int64(vm, code->stacksize);
  if (key == "co_flags") return int_from_int64(vm, code->flags);
  if (key == "co_firstlineno") return int_from_int64(vm, code->firstlineno);
  return Value::null();
}

Value object_field(VM& vm, std::string_view key, const Code* code) {
  if (key == "co_name") return Value::from_object(code->name);
  if (key == "co_qualname") return Value::from_object(code->qualname);
  if (key == "co_filename") return Value::from_object(code->filename);
  if (key == "co_consts") return Value::from_object(code->consts);
  if (key == "co_names") return Value::from_object(code->names);
  if (key == "co_code") return Value::from_object(code->code);
  if (key == "co_linetable") return Value::from_object(code->linetable);
  if (key == "co_exceptiontable") return Value::from_object(code->exceptiontable);
  if (key == "co_varnames") return names_of_kind(vm, code, kFastLocal);
  if (key == "co_cellvars") return names_of_kind(vm, code, kFastCell);
  if (key == "co_freevars") return names_of_kind(vm, code, kFastFree);
  return Value::null();
}

Value code_getattr(VM& vm, Value self, Str* name) {
  std::string key = str_to_utf8(name);
  if (key.rfind("co_", 0) == 0) {
    const Code* code = self.as<Code>();
    Value v = int_field(vm, key, code);
    if (v.is_null()) v = object_field(vm, key, code);
    if (!v.is_null()) return v;
  }
  if (key == "co_positions") return code_positions_method(vm, self);
  if (key == "replace") return code_replace_method(vm, self);
  // The code type defines no other methods; its dict only holds plain values.
  Value found = type_lookup(vm, vm.types().code, name);
  if (!found.is_null()) return found;
  return raise_attribute_error(vm, self, name);
}

}  // namespace

void init_code_attributes(VM& vm) { vm.types().code->getattr = code_getattr; }

}  // namespace pyvm::runtime
