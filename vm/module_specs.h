// module_specs: the importlib `ModuleSpec` and `SourceFileLoader` that
// modules loaded from files carry as `__spec__` and `__loader__`, as in
// CPython.
//
// pyvm's importer does not need importlib, and loading it costs more than
// most small scripts, so specs are made lazily: a file module loaded while
// importlib is not imported yet keeps `__spec__`/`__loader__` None and is
// remembered as awaiting its spec. All awaiting modules get their spec when
// importlib finishes loading (whoever imported it) or when `__spec__` or
// `__loader__` of a module is read as an attribute (which imports importlib
// first). Once importlib is loaded, new file modules get
// their spec before their code runs. Invariant: a module awaiting its spec
// is listed in VM::modules_awaiting_spec by name.
#pragma once

#include <string>

#include "runtime/object.h"

namespace pyvm::runtime {
struct Module;
}  // namespace pyvm::runtime

namespace pyvm::vm {

class VM;

// Called by the importer for a new module loaded from a file (its globals
// already hold __file__ and, for a package, __path__): gives it its spec
// now when importlib is loaded, otherwise records it as awaiting one.
// Never raises (a spec that cannot be made leaves None).
void give_file_module_spec(VM& vm, runtime::Module* module);

// Gives every awaiting module its spec, importing importlib if needed.
// Does nothing while importlib itself is loading. Never raises.
void make_awaited_module_specs(VM& vm);

// pyvm's meta path finder (vm/imp_module.cpp) loads a module in find_spec,
// where importlib would take the module's own spec over the finder's and
// run the module again through SourceFileLoader: the finder withdraws the
// spec of a module it just loaded (None again, not awaiting: reading it
// must not bring it back before importlib's check), and its exec_module
// gives the module its spec back with give_module_spec_after_import. A
// module that importlib.util.find_spec loads first keeps None.
void withdraw_module_spec(VM& vm, runtime::Module* module);
void give_module_spec_after_import(VM& vm, runtime::Module* module);

// The importer calls this after loading module `name` successfully: the end
// of importlib's own loading makes the awaited specs.
void note_module_loaded(VM& vm, const std::string& name);

}  // namespace pyvm::vm
