// Types created by native modules at start-up (see runtime/native_type.h).
#include "runtime/native_type.h"

#include <cstring>

#include "runtime/dict.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/type.h"
#include "vm/vm.h"

namespace pyvm::runtime {

Type* native_type_new(VM& vm, const char* name, Type* base, const char* module) {
  Type* type = vm.allocate<Type>(vm.types().type);
  init_builtin_type(vm, type, name, base);
  dict_set_str(vm, type->dict, vm.intern("__module__"), Value::from_object(vm.intern(module)));
  Tuple* base_mro = base->mro;
  Tuple* mro = tuple_new(vm, base_mro->length + 1);
  tuple_init_item(vm, mro, 0, Value::from_object(type));
  for (int64_t i = 0; i < base_mro->length; ++i) tuple_init_item(vm, mro, i + 1, base_mro->at(i));
  vm.store_ref(type, &type->mro, mro);
  return type;
}

void native_type_copy_slots(Type* to, const Type* from) {
  // Everything from `flags` to the end of Type: flags, instance size, slots.
  size_t begin =
      static_cast<size_t>(reinterpret_cast<char*>(&to->flags) - reinterpret_cast<char*>(to));
  std::memcpy(&to->flags, &from->flags, sizeof(Type) - begin);
}

}  // namespace pyvm::runtime
