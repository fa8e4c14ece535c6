// code: CPython 3.11 code objects as loaded from marshal data, plus the
// decoders for their line table and exception table.
//
// Invariants:
//   - Every field listed in CPYTHON311-FORMATS.md section 3 is present and of
//     the right type once code_new returns; derived counts (nlocals, ncells,
//     nfree) come from localspluskinds.
//   - `code->length` is even; instructions() views it as 16-bit units
//     (opcode in the low byte, oparg in the high byte, on little-endian hosts).
//   - A Code object runs only after vm/verifier.h accepted it (`verified`).
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "runtime/bytes.h"
#include "runtime/object.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

namespace pyvm::runtime {

struct InlineCache;

enum CodeFlags : uint32_t {
  kCoOptimized = 0x1,
  kCoNewLocals = 0x2,
  kCoVarArgs = 0x4,
  kCoVarKeywords = 0x8,
  kCoNested = 0x10,
  kCoGenerator = 0x20,
  kCoNoFree = 0x40,
  kCoCoroutine = 0x80,
  kCoIterableCoroutine = 0x100,
  kCoAsyncGenerator = 0x200,
};

enum LocalKind : uint8_t { kFastLocal = 0x20, kFastCell = 0x40, kFastFree = 0x80 };

struct Code : Object {
  int32_t argcount;
  int32_t posonlyargcount;
  int32_t kwonlyargcount;
  int32_t stacksize;
  int32_t flags;
  int32_t firstlineno;
  int32_t nlocalsplus;  // len(localsplusnames)
  int32_t nlocals;      // slots with kFastLocal
  int32_t ncells;       // slots with kFastCell
  int32_t nfree;        // slots with kFastFree (always the last nfree slots)
  Bytes* code;
  Tuple* consts;
  Tuple* names;
  Tuple* localsplusnames;
  Bytes* localspluskinds;
  Str* filename;
  Str* name;
  Str* qualname;
  Bytes* linetable;
  Bytes* exceptiontable;
  // One hotness counter per code unit, read by the JIT; owned (malloc), freed
  // by the finalizer. Only back-edge units and RESUME (function entries,
  // jit/call_trace.h) use theirs.
  uint16_t* counters;
  // Inline caches, one per code unit (runtime/inline_cache.h); owned (malloc),
  // null until first used, freed by the finalizer.
  InlineCache* caches;
  int64_t verified;  // 1 once the verifier accepted this code object

  const uint16_t* instructions() const { return reinterpret_cast<const uint16_t*>(code->data()); }
  int64_t unit_count() const { return code->length / 2; }
};

struct CodeFields {
  int32_t argcount, posonlyargcount, kwonlyargcount, stacksize, flags, firstlineno;
  Bytes* code;
  Tuple* consts;
  Tuple* names;
  Tuple* localsplusnames;
  Bytes* localspluskinds;
  Str* filename;
  Str* name;
  Str* qualname;
  Bytes* linetable;
  Bytes* exceptiontable;
};

// Creates a code object. Field types and counts are the caller's (marshal's)
// responsibility to have checked; derived counts are computed here.
Code* code_new(VM& vm, const CodeFields& fields);

struct ExceptionTableEntry {
  int32_t start;   // first covered unit
  int32_t end;     // one past the last covered unit
  int32_t target;  // handler unit
  int32_t depth;   // stack depth to unwind to
  bool lasti;      // push the faulting unit index before the exception
};

// Decodes the whole exception table; std::nullopt when it is malformed.
std::optional<std::vector<ExceptionTableEntry>> decode_exception_table(const Bytes* table);
// The handler covering `unit`, if any. Precondition: the table decodes.
std::optional<ExceptionTableEntry> find_exception_handler(const Code* code, int32_t unit);
// The source line of the instruction whose opcode is at `unit`; -1 for none.
int32_t code_line_for_unit(const Code* code, int32_t unit);

void init_code_type(VM& vm);

}  // namespace pyvm::runtime

namespace pyvm {
using runtime::Code;
}  // namespace pyvm
