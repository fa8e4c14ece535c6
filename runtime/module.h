// module: a namespace object with a dict (module globals).
#pragma once

#include "runtime/object.h"

namespace pyvm::runtime {

struct Module : Object {
  Dict* dict;
  Str* name;
};

Module* module_new(VM& vm, Str* name);
void init_module_type(VM& vm);

}  // namespace pyvm::runtime

namespace pyvm {
using runtime::Module;
}  // namespace pyvm
