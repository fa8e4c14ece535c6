// The bytecode verifier (see verifier.h for what acceptance guarantees).
//
// It works in four passes over one code object:
//   1. decode: split co_code into instructions (EXTENDED_ARG prefixes,
//      opcode, inline caches) and record where each instruction starts;
//   2. operands: check each oparg against its kind, each jump target against
//      the instruction starts, and the KW_NAMES / PRECALL / CALL pairing;
//   3. the exception table: decode it and check each entry;
//   4. stack depths: abstract interpretation over the control-flow graph. A
//      worklist (never recursion, so hostile code cannot exhaust the C++
//      stack) propagates the depth on entry of each instruction along its
//      fall-through edge, its jump edge and its exception edge (to the
//      handler with depth entry.depth + lasti + 1), using the runtime stack
//      use of vm/stack_effect.h. Each instruction is visited once: a second
//      path must arrive with the same depth.
// Nested code objects in co_consts are verified from an explicit worklist too.
#include "vm/verifier.h"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <unordered_set>
#include <vector>

#include "runtime/str.h"
#include "runtime/tuple.h"
#include "vm/opcodes.h"
#include "vm/stack_effect.h"
#include "vm/vm.h"

namespace pyvm::vm {
namespace {

using runtime::Code;
using runtime::ExceptionTableEntry;

// A frame holds nlocalsplus + stacksize slots; keep that comfortably in int32.
constexpr int64_t kMaxFrameSlots = int64_t{1} << 28;

struct Instr {
  int32_t start;    // first unit (the first EXTENDED_ARG prefix, if any)
  int32_t op_unit;  // the unit holding the opcode
  uint8_t op;
  uint32_t arg;
};

class CodeVerifier {
 public:
  CodeVerifier(VM& vm, Code* code) : vm_(vm), code_(code), units_(code->unit_count()) {}

  bool run() {
    return check_header() && decode() && check_operands() && check_exception_table() &&
           check_stack_depths();
  }
  const std::string& error() const { return error_; }

 private:
  bool fail(const std::string& what, int64_t unit) {
    error_ = what + " at unit " + std::to_string(unit) + " in function '" +
             runtime::str_to_utf8(code_->qualname) + "'";
    return false;
  }
  bool fail(const std::string& what) {
    error_ = what + " in function '" + runtime::str_to_utf8(code_->qualname) + "'";
    return false;
  }
  uint8_t opcode_at(int64_t unit) const { return code_->code->data()[2 * unit]; }
  uint8_t oparg_at(int64_t unit) const { return code_->code->data()[2 * unit + 1]; }
  uint8_t kind_of(uint32_t slot) const { return code_->localspluskinds->data()[slot]; }
  // Index of the instruction starting at `unit`, or -1.
  int32_t instr_at(int64_t unit) const {
    return unit >= 0 && unit < units_ ? start_index_[unit] : -1;
  }

  bool check_header() {
    if (units_ == 0) return fail("empty code");
    if (units_ > INT32_MAX / 2) return fail("code too long");
    if (int64_t{code_->stacksize} + code_->nlocalsplus > kMaxFrameSlots) {
      return fail("co_stacksize " + std::to_string(code_->stacksize) + " too large");
    }
    return true;
  }

  // ---- pass 1: instruction boundaries ----
  bool decode() {
    start_index_.assign(static_cast<size_t>(units_), -1);
    for (int64_t u = 0; u < units_;) {
      Instr in{static_cast<int32_t>(u), 0, 0, 0};
      int prefixes = 0;
      while (opcode_at(u) == EXTENDED_ARG) {
        if (++prefixes > 3) return fail("more than 3 EXTENDED_ARG prefixes", u);
        in.arg = (in.arg << 8) | oparg_at(u);
        if (++u >= units_) return fail("EXTENDED_ARG at end of code", u - 1);
      }
      in.op = opcode_at(u);
      const OpcodeInfo& info = opcode_info(in.op);
      if (!info.is_valid || in.op == CACHE) {
        return fail("unknown opcode " + std::to_string(in.op), u);
      }
      in.op_unit = static_cast<int32_t>(u);
      in.arg = (in.arg << 8) | oparg_at(u);
      if (u + info.cache_units >= units_) {
        return fail("inline cache runs past the end of code", u);
      }
      for (int k = 1; k <= info.cache_units; k++) {
        if (opcode_at(u + k) != 0 || oparg_at(u + k) != 0) return fail("nonzero CACHE", u + k);
      }
      start_index_[in.start] = static_cast<int32_t>(instrs_.size());
      instrs_.push_back(in);
      u += 1 + info.cache_units;
    }
    return true;
  }

  // ---- pass 2: operands ----
  bool check_operands() {
    for (size_t i = 0; i < instrs_.size(); i++) {
      if (!check_arg_kind(instrs_[i]) || !check_arg_range(instrs_[i]) || !check_jump(instrs_[i]) ||
          !check_call_sequence(i)) {
        return false;
      }
    }
    return true;
  }

  bool check_arg_kind(const Instr& in) {
    const OpcodeInfo& info = opcode_info(in.op);
    auto out_of_range = [&](const char* what, int64_t limit) {
      return fail(std::string(what) + " index " + std::to_string(in.arg) + " out of range (" +
                      std::to_string(limit) + ") for " + info.name,
                  in.op_unit);
    };
    switch (info.arg_kind) {
      case ArgKind::kConst:
        if (in.arg >= code_->consts->length) return out_of_range("constant", code_->consts->length);
        return true;
      case ArgKind::kName:
        if (in.arg >= code_->names->length) return out_of_range("name", code_->names->length);
        return true;
      case ArgKind::kGlobalName:
        if ((in.arg >> 1) >= code_->names->length) {
          return out_of_range("global name", code_->names->length);
        }
        return true;
      case ArgKind::kLocal:
        if (in.arg >= static_cast<uint32_t>(code_->nlocalsplus)) {
          return out_of_range("local", code_->nlocalsplus);
        }
        return check_local_kind(in);
      case ArgKind::kCompare:
        if (in.arg >= 6) return fail("bad COMPARE_OP " + std::to_string(in.arg), in.op_unit);
        return true;
      default:
        return true;
    }
  }

  bool check_local_kind(const Instr& in) {
    uint8_t kind = kind_of(in.arg);
    bool ok;
    switch (in.op) {
      case LOAD_FAST:
      case STORE_FAST:
      case DELETE_FAST:
        ok = (kind & (runtime::kFastCell | runtime::kFastFree)) == 0;
        break;
      case MAKE_CELL:
        ok = (kind & runtime::kFastCell) != 0;
        break;
      default:  // LOAD_CLOSURE, *_DEREF, LOAD_CLASSDEREF
        ok = (kind & (runtime::kFastCell | runtime::kFastFree)) != 0;
        break;
    }
    if (!ok) {
      return fail(std::string(opcode_info(in.op).name) + " on slot " + std::to_string(in.arg) +
                      " of the wrong kind",
                  in.op_unit);
    }
    return true;
  }

  // Opcode-specific bounds for raw opargs. Returns the exclusive upper bound
  // and the lower bound in *min.
  static std::optional<int64_t> arg_limit(uint8_t op, int64_t* min) {
    *min = 0;
    switch (op) {
      case BINARY_OP:
        return 26;
      case IS_OP:
      case CONTAINS_OP:
      case CALL_FUNCTION_EX:
        return 2;
      case RAISE_VARARGS:
      case GET_AWAITABLE:
        return 3;
      case RESUME:
        return 4;
      case FORMAT_VALUE:
        return 8;
      case MAKE_FUNCTION:
        return 16;
      case UNPACK_EX:
        return 0x10000;
      case BUILD_SLICE:
        *min = 2;
        return 4;
      case COPY:
      case LIST_APPEND:
      case SET_ADD:
      case MAP_ADD:
      case LIST_EXTEND:
      case SET_UPDATE:
      case DICT_MERGE:
      case DICT_UPDATE:
        *min = 1;
        return std::nullopt;
      case SWAP:
        *min = 2;
        return std::nullopt;
      default:
        return std::nullopt;
    }
  }

  bool check_arg_range(const Instr& in) {
    int64_t min;
    std::optional<int64_t> limit = arg_limit(in.op, &min);
    if (in.arg < min || (limit && in.arg >= *limit)) {
      return fail("bad oparg " + std::to_string(in.arg) + " for " + opcode_info(in.op).name,
                  in.op_unit);
    }
    if (in.op == COPY_FREE_VARS && in.arg != static_cast<uint32_t>(code_->nfree)) {
      return fail("COPY_FREE_VARS " + std::to_string(in.arg) + " but " +
                      std::to_string(code_->nfree) + " free variables",
                  in.op_unit);
    }
    return true;
  }

  // The jump target of `in`, or -1 when it has none.
  int64_t jump_target(const Instr& in) const {
    switch (opcode_info(in.op).jump) {
      case JumpKind::kForward:
        return int64_t{in.op_unit} + 1 + in.arg;
      case JumpKind::kBackward:
        return int64_t{in.op_unit} + 1 - int64_t{in.arg};
      default:
        return -1;
    }
  }

  bool check_jump(const Instr& in) {
    if (opcode_info(in.op).jump == JumpKind::kNone) return true;
    int64_t target = jump_target(in);
    if (instr_at(target) < 0) {
      return fail("bad jump target " + std::to_string(target), in.op_unit);
    }
    return true;
  }

  // KW_NAMES k; PRECALL n; CALL n with len(consts[k]) <= n, and PRECALL n; CALL n.
  bool check_call_sequence(size_t i) {
    const Instr& in = instrs_[i];
    if (in.op == PRECALL) {
      if (i + 1 >= instrs_.size() || instrs_[i + 1].op != CALL || instrs_[i + 1].arg != in.arg) {
        return fail("PRECALL not followed by a matching CALL", in.op_unit);
      }
    }
    if (in.op != KW_NAMES) return true;
    Value names = code_->consts->at(in.arg);
    if (!names.is_object() || names.object()->type != vm_.types().tuple) {
      return fail("KW_NAMES constant is not a tuple", in.op_unit);
    }
    const runtime::Tuple* t = names.as<runtime::Tuple>();
    for (int64_t k = 0; k < t->length; k++) {
      Value item = t->at(k);
      if (!item.is_object() || item.object()->type != vm_.types().str) {
        return fail("KW_NAMES constant holds a non-str", in.op_unit);
      }
    }
    if (i + 1 >= instrs_.size() || instrs_[i + 1].op != PRECALL ||
        t->length > int64_t{instrs_[i + 1].arg}) {
      return fail("KW_NAMES not followed by a PRECALL with enough arguments", in.op_unit);
    }
    return true;
  }

  // ---- pass 3: the exception table ----
  bool check_exception_table() {
    std::optional<std::vector<ExceptionTableEntry>> entries =
        runtime::decode_exception_table(code_->exceptiontable);
    if (!entries) return fail("malformed exception table");
    handlers_ = std::move(*entries);
    int32_t previous_end = 0;
    for (const ExceptionTableEntry& e : handlers_) {
      std::string where = "exception table entry " + std::to_string(e.start) + ".." +
                          std::to_string(e.end) + "->" + std::to_string(e.target);
      if (e.start >= e.end || e.end > units_) return fail("bad range in " + where);
      if (e.start < previous_end) return fail("unsorted or overlapping " + where);
      if (instr_at(e.target) < 0) return fail("bad handler target in " + where);
      if (e.depth > code_->stacksize) return fail("handler depth above co_stacksize in " + where);
      previous_end = e.end;
    }
    return true;
  }

  const ExceptionTableEntry* handler_for(int32_t unit) const {
    auto it = std::upper_bound(handlers_.begin(), handlers_.end(), unit,
                               [](int32_t u, const ExceptionTableEntry& e) { return u < e.start; });
    if (it == handlers_.begin()) return nullptr;
    --it;
    return unit < it->end ? &*it : nullptr;
  }

  // ---- pass 4: stack depths ----
  bool enter(int32_t index, int64_t depth, int64_t from_unit) {
    if (depth > code_->stacksize) {
      return fail("stack depth " + std::to_string(depth) + " exceeds co_stacksize " +
                      std::to_string(code_->stacksize),
                  from_unit);
    }
    int64_t& known = depth_[index];
    if (known < 0) {
      known = depth;
      worklist_.push_back(index);
      return true;
    }
    if (known != depth) {
      return fail("inconsistent stack depth (" + std::to_string(known) + " vs " +
                      std::to_string(depth) + ")",
                  instrs_[index].start);
    }
    return true;
  }

  bool step(int32_t index) {
    const Instr& in = instrs_[index];
    int64_t depth = depth_[index];
    StackUse fall = stack_use(in.op, in.arg, false);
    if (depth < fall.pops) {
      return fail("stack underflow (" + std::string(opcode_info(in.op).name) + " needs " +
                      std::to_string(fall.pops) + ", depth " + std::to_string(depth) + ")",
                  in.op_unit);
    }
    if (const ExceptionTableEntry* h = handler_for(in.op_unit)) {
      if (depth < h->depth) return fail("stack below exception handler depth", in.op_unit);
      if (!enter(instr_at(h->target), int64_t{h->depth} + (h->lasti ? 1 : 0) + 1, in.op_unit)) {
        return false;
      }
    }
    if (opcode_info(in.op).jump != JumpKind::kNone) {
      StackUse taken = stack_use(in.op, in.arg, true);
      if (!enter(instr_at(jump_target(in)), depth - taken.pops + taken.pushes, in.op_unit)) {
        return false;
      }
    }
    if (is_terminator(in.op)) return true;
    int64_t after = depth - fall.pops + fall.pushes;
    if (static_cast<size_t>(index) + 1 >= instrs_.size()) {
      return fail("execution falls off the end of code", in.op_unit);
    }
    return enter(index + 1, after, in.op_unit);
  }

  bool check_stack_depths() {
    depth_.assign(instrs_.size(), -1);
    if (!enter(0, 0, 0)) return false;
    while (!worklist_.empty()) {
      int32_t index = worklist_.back();
      worklist_.pop_back();
      if (!step(index)) return false;
    }
    return true;
  }

  VM& vm_;
  Code* code_;
  int64_t units_;
  std::vector<Instr> instrs_;
  std::vector<int32_t> start_index_;  // per unit: instruction index, or -1
  std::vector<ExceptionTableEntry> handlers_;
  std::vector<int64_t> depth_;  // per instruction: depth on entry, or -1 if unreached
  std::vector<int32_t> worklist_;
  std::string error_;
};

}  // namespace

bool verify_code(VM& vm, runtime::Code* code, std::string* error) {
  // Codes are marked verified only when the whole tree passed.
  std::vector<Code*> pending{code};
  std::unordered_set<Code*> seen{code};
  while (!pending.empty()) {
    Code* current = pending.back();
    pending.pop_back();
    if (current->verified) continue;
    CodeVerifier verifier(vm, current);
    if (!verifier.run()) {
      if (error != nullptr) *error = verifier.error();
      return false;
    }
    for (int64_t i = 0; i < current->consts->length; i++) {
      Value c = current->consts->at(i);
      if (c.is_object() && c.object()->type == vm.types().code &&
          seen.insert(c.as<Code>()).second) {
        pending.push_back(c.as<Code>());
      }
    }
  }
  for (Code* c : seen) c->verified = 1;
  return true;
}

}  // namespace pyvm::vm
