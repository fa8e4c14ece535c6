// The IR buffer: emission with FOLD and CSE, constants, and the text dump
// (see jit/ir.h).
#include "jit/ir.h"

#include "jit/residual.h"

#include <cinttypes>
#include <cstdio>
#include <cstring>

namespace pyvm::jit {

namespace {

struct OpInfo {
  const char* name;
  uint8_t flags;
};

constexpr OpInfo kOpInfo[] = {
#define PYVM_IR_INFO(name, flags) {#name, static_cast<uint8_t>(flags)},
    PYVM_IR_OPS(PYVM_IR_INFO)
#undef PYVM_IR_INFO
};

}  // namespace

uint8_t ir_flags(IrOp op) { return kOpInfo[static_cast<int>(op)].flags; }
const char* ir_name(IrOp op) { return kOpInfo[static_cast<int>(op)].name; }

const char* ir_type_name(IrType type) {
  switch (type) {
    case IrType::kVoid:
      return "---";
    case IrType::kInt:
      return "int";
    case IrType::kNum:
      return "num";
    case IrType::kBool:
      return "bool";
    case IrType::kVal:
      return "val";
    case IrType::kPtr:
      return "ptr";
  }
  return "?";
}

IrBuffer::IrBuffer(const IrConfig& config) : config_(config) {
  ins_.push_back(Ins{IrOp::NOP, IrType::kVoid, kNoSnapshot, kNoRef, kNoRef, 0});
}

IrBuffer::Key IrBuffer::key_of(const Ins& ins) {
  uint64_t head = static_cast<uint64_t>(ins.op) | (static_cast<uint64_t>(ins.type) << 8) |
                  (static_cast<uint64_t>(static_cast<uint32_t>(ins.imm)) << 32);
  uint64_t operands = static_cast<uint64_t>(static_cast<uint32_t>(ins.a)) |
                      (static_cast<uint64_t>(static_cast<uint32_t>(ins.b)) << 32);
  return Key{head, operands};
}

Ref IrBuffer::append(const Ins& ins) {
  ins_.push_back(ins);
  auto r = static_cast<Ref>(ins_.size() - 1);
  if (config_.forward) forward_.note(*this, r);
  return r;
}

Ref IrBuffer::intern_const(IrOp op, IrType type, uint64_t bits) {
  Key key{static_cast<uint64_t>(op) | (static_cast<uint64_t>(type) << 8) | (uint64_t{1} << 63),
          bits};
  auto it = cse_.find(key);
  if (it != cse_.end()) return it->second;
  consts_.push_back(bits);
  Ref r =
      append(Ins{op, type, kNoSnapshot, kNoRef, kNoRef, static_cast<int32_t>(consts_.size() - 1)});
  cse_.emplace(key, r);
  return r;
}

Ref IrBuffer::find_kint(int64_t v) const {
  Key key{static_cast<uint64_t>(IrOp::KINT) | (static_cast<uint64_t>(IrType::kInt) << 8) |
              (uint64_t{1} << 63),
          static_cast<uint64_t>(v)};
  auto it = cse_.find(key);
  return it == cse_.end() ? kNoRef : it->second;
}

Ref IrBuffer::kint(int64_t v, IrType type) {
  return intern_const(IrOp::KINT, type, static_cast<uint64_t>(v));
}

Ref IrBuffer::knum(double v) {
  uint64_t bits;
  std::memcpy(&bits, &v, sizeof bits);
  return intern_const(IrOp::KNUM, IrType::kNum, bits);
}

Ref IrBuffer::kval(uint64_t bits, IrType type) { return intern_const(IrOp::KVAL, type, bits); }

double IrBuffer::const_num(Ref r) const {
  uint64_t bits = const_bits(r);
  double d;
  std::memcpy(&d, &bits, sizeof d);
  return d;
}

Ref IrBuffer::emit(IrOp op, IrType type, Ref a, Ref b, int32_t imm, uint16_t snap) {
  Ins ins{op, type, snap, a, b, imm};
  if (config_.fold) {
    Ref folded = fold_ins(*this, ins);
    if (folded != kNoRef) return folded;
  }
  if (config_.forward && ir_has(ins.op, kLoad)) {
    Ref earlier = forward_.find(ins);
    if (earlier != kNoRef && earlier >= cse_floor_) return earlier;
  }
  bool cse = config_.cse && ir_has(ins.op, kPure);
  if (cse) {
    auto it = cse_.find(key_of(ins));
    if (it != cse_.end() && it->second >= cse_floor_) return it->second;
  }
  Ref r = append(ins);
  if (cse) cse_[key_of(ins)] = r;
  return r;
}

std::string IrBuffer::dump_ins(Ref r) const {
  const Ins& ins = ins_[static_cast<size_t>(r)];
  char buf[160];
  int n =
      std::snprintf(buf, sizeof buf, "%04d %-4s %-15s", r, ir_type_name(ins.type), ir_name(ins.op));
  std::string line(buf, static_cast<size_t>(n));
  auto operand = [&](Ref x) {
    std::snprintf(buf, sizeof buf, " %04d", x);
    line += buf;
  };
  switch (ins.op) {
    case IrOp::KINT:
      std::snprintf(buf, sizeof buf, " %" PRId64, const_int(r));
      line += buf;
      break;
    case IrOp::KNUM:
      std::snprintf(buf, sizeof buf, " %.17g", const_num(r));
      line += buf;
      break;
    case IrOp::KVAL:
      // Addresses differ from run to run: the dump names the kind only.
      if (ins.type == IrType::kInt) {
        line += " version";
      } else {
        line += (const_bits(r) & 1) ? " smallint" : " object";
      }
      break;
    case IrOp::SLOAD:
      std::snprintf(buf, sizeof buf, " #%d", ins.imm);
      line += buf;
      break;
    case IrOp::SINHERIT:
      std::snprintf(buf, sizeof buf, " exit[%d]", ins.imm);
      line += buf;
      break;
    case IrOp::GUARD_NOPENDING:
      break;
    case IrOp::CALLR:
      if (ins.a != kNoRef) operand(ins.a);
      line += " ";
      line += residual_name(ins.imm);
      break;
    case IrOp::LIST_STORE:
      operand(ins.a);
      operand(ins.b);
      operand(ins.imm);
      break;
    default:
      if (ins.a != kNoRef) operand(ins.a);
      if (ins.b != kNoRef) operand(ins.b);
      if (ins.op == IrOp::FLOAD || ins.op == IrOp::FLOADK || ins.op == IrOp::FSTORE) {
        std::snprintf(buf, sizeof buf, " +%d", ins.imm);
        line += buf;
      }
      if (ins.op == IrOp::NEWTUPLE || ins.op == IrOp::TUPLE_INIT) {
        std::snprintf(buf, sizeof buf, " #%d", ins.imm);
        line += buf;
      }
      break;
  }
  if (ins.snap != kNoSnapshot) {
    std::snprintf(buf, sizeof buf, "  [snap %d]", ins.snap);
    line += buf;
  }
  return line;
}

std::string IrBuffer::dump() const {
  std::string out;
  for (Ref r = 1; r < size(); ++r) {
    out += dump_ins(r);
    out += '\n';
  }
  return out;
}

}  // namespace pyvm::jit
