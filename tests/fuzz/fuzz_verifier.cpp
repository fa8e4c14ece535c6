// libFuzzer target: the bytecode verifier (vm/verifier.h) on every code
// object that a mutated marshal stream decodes to. The verifier must reject
// hostile code without crashing; accepted code is the run target's input.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "runtime/code.h"
#include "tests/fuzz/fuzz_common.h"
#include "vm/marshal.h"
#include "vm/verifier.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  pyvm::VM& vm = pyvm::fuzz::fuzz_vm();
  std::string error;
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  pyvm::Value v = pyvm::vm::marshal_load(vm, bytes, &error);
  if (!v.is_null() && v.is_object() && v.object()->type == vm.types().code) {
    (void)pyvm::vm::verify_code(vm, v.as<pyvm::runtime::Code>(), &error);
  }
  vm.clear_exception();
  return 0;
}
