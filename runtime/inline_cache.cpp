// The per-code inline cache side array (see runtime/inline_cache.h).
#include "runtime/inline_cache.h"

#include <cstdio>
#include <cstdlib>

#include "runtime/code.h"

namespace pyvm::runtime {

InlineCache* code_cache(VM& vm, Code* code, int64_t unit) {
  (void)vm;
  if (code->caches == nullptr) {
    size_t units = static_cast<size_t>(code->unit_count());
    code->caches =
        static_cast<InlineCache*>(std::calloc(units == 0 ? 1 : units, sizeof(InlineCache)));
    if (code->caches == nullptr) {
      std::fputs("pyvm: out of memory\n", stderr);
      std::exit(1);
    }
  }
  return &code->caches[unit];
}

void trace_inline_caches(const Code* code, Tracer& tracer) {
  if (code->caches == nullptr) return;
  for (int64_t i = 0; i < code->unit_count(); ++i) {
    const InlineCache& c = code->caches[i];
    if (c.kind != CacheKind::kBuiltin) continue;
    tracer.visit(c.owner);
    tracer.visit(c.shape);
  }
}

void free_inline_caches(Code* code) {
  std::free(code->caches);
  code->caches = nullptr;
}

}  // namespace pyvm::runtime
