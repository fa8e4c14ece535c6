// Struct sequences (see runtime/struct_seq.h).
#include "runtime/struct_seq.h"

#include <string>

#include "runtime/dict.h"
#include "runtime/exceptions.h"
#include "runtime/native_type.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "vm/vm.h"

namespace pyvm::runtime {
namespace {

Tuple* field_names(VM& vm, Type* type) {
  Value names = dict_get_str(vm, type->dict, vm.intern("__match_args__"));
  return names.is_object() ? names.as<Tuple>() : nullptr;
}

Value struct_seq_getattr(VM& vm, Value self, Str* name) {
  Type* type = self.object()->type;
  Tuple* names = field_names(vm, type);
  auto* t = self.as<Tuple>();
  for (int64_t i = 0; names != nullptr && i < names->length && i < t->length; ++i) {
    if (str_equal(names->at(i).as<Str>(), name)) return t->at(i);
  }
  Value found = type_lookup(vm, type, name);
  if (!found.is_null()) return bind_attribute(vm, found, self, type);
  return raise_attribute_error(vm, self, name);
}

Value struct_seq_repr(VM& vm, Value self) {
  Type* type = self.object()->type;
  Tuple* names = field_names(vm, type);
  auto* t = self.as<Tuple>();
  std::string out = qualified_type_name(vm, type) + "(";
  for (int64_t i = 0; names != nullptr && i < names->length && i < t->length; ++i) {
    if (i > 0) out += ", ";
    Value r = repr(vm, t->at(i));
    if (r.is_null()) return r;
    out += str_to_utf8(names->at(i).as<Str>()) + "=" + str_to_utf8(r.as<Str>());
  }
  out += ")";
  return Value::from_object(str_from_utf8(vm, out));
}

}  // namespace

Type* struct_seq_type_new(VM& vm, const char* module, const char* name,
                          std::initializer_list<const char*> fields) {
  Type* type = native_type_new(vm, name, vm.types().tuple, module);
  native_type_copy_slots(type, vm.types().tuple);
  type->flags &= ~kTypeAcceptsSubclasses;
  type->repr = struct_seq_repr;
  type->str = nullptr;
  type->getattr = struct_seq_getattr;
  type->construct = nullptr;
  Tuple* names = tuple_new(vm, static_cast<int64_t>(fields.size()));
  int64_t i = 0;
  for (const char* field : fields) {
    tuple_init_item(vm, names, i++, Value::from_object(vm.intern(field)));
  }
  dict_set_str(vm, type->dict, vm.intern("__match_args__"), Value::from_object(names));
  dict_set_str(vm, type->dict, vm.intern("n_fields"), Value::from_small_int(names->length));
  dict_set_str(vm, type->dict, vm.intern("n_sequence_fields"),
               Value::from_small_int(names->length));
  dict_set_str(vm, type->dict, vm.intern("n_unnamed_fields"), Value::from_small_int(0));
  return type;
}

Value struct_seq_new(VM& vm, Type* type, const Value* items, int64_t count) {
  auto* t = vm.allocate<Tuple>(type, static_cast<size_t>(count) * sizeof(Value));
  t->length = count;
  for (int64_t i = 0; i < count; ++i) tuple_init_item(vm, t, i, items[i]);
  return Value::from_object(t);
}

}  // namespace pyvm::runtime
