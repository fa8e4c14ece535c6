// Builds the per-byte opcode fact table from vm/opcodes.def.
#include "vm/opcodes.h"

#include <array>

namespace pyvm::vm {
namespace {

constexpr std::array<OpcodeInfo, 256> build_table() {
  std::array<OpcodeInfo, 256> table{};
  for (auto& info : table) info = OpcodeInfo{nullptr, 0, JumpKind::kNone, ArgKind::kNone, false};
#define PYVM_OPCODE(name, number, caches, jump, arg_kind) \
  table[number] = OpcodeInfo{#name, caches, JumpKind::jump, ArgKind::arg_kind, true};
#include "vm/opcodes.def"
#undef PYVM_OPCODE
  return table;
}

constexpr std::array<OpcodeInfo, 256> kOpcodeTable = build_table();

}  // namespace

const OpcodeInfo& opcode_info(uint8_t op) { return kOpcodeTable[op]; }

}  // namespace pyvm::vm
