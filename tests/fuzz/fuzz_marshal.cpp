// libFuzzer target: the marshal loader (vm/marshal.h) on arbitrary bytes.
// It must reject or accept every input without crashing, hanging or leaking
// a pending exception.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "tests/fuzz/fuzz_common.h"
#include "vm/marshal.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  pyvm::VM& vm = pyvm::fuzz::fuzz_vm();
  std::string error;
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  pyvm::Value v = pyvm::vm::marshal_load(vm, bytes, &error);
  if (v.is_null() && error.empty()) std::abort();  // a failure must say why
  vm.clear_exception();
  return 0;
}
