// Opcode numbers and static per-opcode facts, expanded from vm/opcodes.def.
// Invariant: every table here has one entry per byte value (0..255); bytes that
// are not 3.11 opcodes have is_valid == false.
#pragma once

#include <cstdint>

namespace pyvm::vm {

enum Opcode : uint8_t {
#define PYVM_OPCODE(name, number, caches, jump, arg_kind) name = number,
#include "vm/opcodes.def"
#undef PYVM_OPCODE
};

inline constexpr int kHaveArgument = 90;

enum class JumpKind : uint8_t { kNone, kForward, kBackward };
enum class ArgKind : uint8_t { kNone, kConst, kName, kGlobalName, kLocal, kCompare, kRaw };

struct OpcodeInfo {
  const char* name;  // nullptr when the byte is not an opcode
  uint8_t cache_units;
  JumpKind jump;
  ArgKind arg_kind;
  bool is_valid;
};

// Inline CACHE units that follow each opcode byte (0 for non-opcodes).
inline constexpr auto kCacheUnitTable = [] {
  struct Table {
    uint8_t units[256] = {};
    constexpr uint8_t operator[](uint8_t op) const { return units[op]; }
  } table;
#define PYVM_OPCODE(name, number, caches, jump, arg_kind) table.units[number] = caches;
#include "vm/opcodes.def"
#undef PYVM_OPCODE
  return table;
}();

// Facts about opcode byte `op` (any byte value is accepted).
const OpcodeInfo& opcode_info(uint8_t op);

}  // namespace pyvm::vm
