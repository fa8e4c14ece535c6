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
//      use of vm/stack_effect.h. A second path must arrive with the same
//      depth. Along with the depth it tracks which stack slots may hold the
//      NULL that PUSH_NULL, LOAD_GLOBAL (oparg & 1) and LOAD_METHOD push below
//      a callable: only the slot under CALL's / PRECALL's / CALL_FUNCTION_EX's
//      callable may be NULL (COPY and SWAP move it); any other read of a
//      maybe-NULL slot is rejected. Paths merge by union of the maybe-NULL
//      sets, and an instruction whose set grows is visited again.
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

  // ---- pass 4: stack depths and maybe-NULL slots ----
  // A set of stack positions (counted from the bottom) that may hold NULL is
  // a persistent list in nodes_, highest position first, shared between
  // instructions; kNoNulls is the empty set.
  static constexpr int32_t kNoNulls = -1;
  struct NullNode {
    int32_t pos;
    int32_t next;
    int32_t size;  // members from this node down
  };
  // CPython nests calls at most a few hundred deep; this bounds the verifier's
  // work on hostile code.
  static constexpr int32_t kMaxNullSlots = 1024;

  int32_t null_count(int32_t set) const { return set == kNoNulls ? 0 : nodes_[set].size; }

  // Precondition: `pos` is above every member of `set`.
  int32_t add_null(int32_t set, int64_t pos) {
    nodes_.push_back(NullNode{static_cast<int32_t>(pos), set, null_count(set) + 1});
    return static_cast<int32_t>(nodes_.size() - 1);
  }
  // `set` without its members >= lo.
  int32_t drop_from(int32_t set, int64_t lo) const {
    while (set != kNoNulls && nodes_[set].pos >= lo) set = nodes_[set].next;
    return set;
  }
  // The highest member of `set` in [lo, hi), or -1.
  int64_t null_in(int32_t set, int64_t lo, int64_t hi) const {
    for (; set != kNoNulls && nodes_[set].pos >= lo; set = nodes_[set].next) {
      if (nodes_[set].pos < hi) return nodes_[set].pos;
    }
    return -1;
  }
  bool has_null(int32_t set, int64_t pos) const { return null_in(set, pos, pos + 1) >= 0; }
  // `set` with `pos` added (on) or removed (off).
  int32_t with_null(int32_t set, int64_t pos, bool on) {
    std::vector<int32_t> above;
    for (; set != kNoNulls && nodes_[set].pos > pos; set = nodes_[set].next) {
      above.push_back(nodes_[set].pos);
    }
    if (set != kNoNulls && nodes_[set].pos == pos) set = nodes_[set].next;
    if (on) set = add_null(set, pos);
    for (auto it = above.rbegin(); it != above.rend(); ++it) set = add_null(set, *it);
    return set;
  }
  // True when every member of `a` is in `b`.
  bool subset_of(int32_t a, int32_t b) const {
    for (; a != kNoNulls && a != b; a = nodes_[a].next) {
      b = drop_from(b, nodes_[a].pos + 1);
      if (b == kNoNulls || nodes_[b].pos != nodes_[a].pos) return false;
    }
    return true;
  }
  int32_t union_nulls(int32_t a, int32_t b) {
    if (subset_of(b, a)) return a;
    std::vector<int32_t> merged;  // descending
    while (a != kNoNulls || b != kNoNulls) {
      int32_t pa = a == kNoNulls ? -1 : nodes_[a].pos;
      int32_t pb = b == kNoNulls ? -1 : nodes_[b].pos;
      int32_t top = std::max(pa, pb);
      merged.push_back(top);
      if (pa == top) a = nodes_[a].next;
      if (pb == top) b = nodes_[b].next;
    }
    int32_t set = kNoNulls;
    for (auto it = merged.rbegin(); it != merged.rend(); ++it) set = add_null(set, *it);
    return set;
  }

  bool enter(int32_t index, int64_t depth, int32_t nulls, int64_t from_unit) {
    if (depth > code_->stacksize) {
      return fail("stack depth " + std::to_string(depth) + " exceeds co_stacksize " +
                      std::to_string(code_->stacksize),
                  from_unit);
    }
    if (null_count(nulls) > kMaxNullSlots) {
      return fail("more than " + std::to_string(kMaxNullSlots) + " stack slots may hold NULL",
                  from_unit);
    }
    int64_t& known = depth_[index];
    if (known < 0) {
      known = depth;
      nulls_[index] = nulls;
      worklist_.push_back(index);
      return true;
    }
    if (known != depth) {
      return fail("inconsistent stack depth (" + std::to_string(known) + " vs " +
                      std::to_string(depth) + ")",
                  instrs_[index].start);
    }
    int32_t merged = union_nulls(nulls_[index], nulls);
    if (merged != nulls_[index]) {
      if (++revisits_ > 8 * static_cast<int64_t>(instrs_.size()) + 64) {
        return fail("NULL stack slots do not settle", instrs_[index].start);
      }
      nulls_[index] = merged;
      worklist_.push_back(index);
    }
    return true;
  }

  // Fails when `in` reads a stack slot that may hold NULL. Only the slot
  // below the callable of PRECALL / CALL / CALL_FUNCTION_EX may; COPY and
  // SWAP move values without reading them; the *_APPEND / *_ADD / *_UPDATE /
  // *_MERGE family and RERAISE read only some of the slots they span.
  bool check_null_reads(const Instr& in, int64_t depth, int32_t nulls) {
    int64_t pops = stack_use(in.op, in.arg, false).pops;
    int64_t bad = -1;
    switch (in.op) {
      case COPY:
      case SWAP:
        break;
      case PRECALL:
      case CALL:
      case CALL_FUNCTION_EX:
        bad = null_in(nulls, depth - pops + 1, depth);
        break;
      case LIST_APPEND:
      case SET_ADD:
      case LIST_EXTEND:
      case SET_UPDATE:
      case DICT_MERGE:
      case DICT_UPDATE:
      case MAP_ADD:
      case RERAISE:
        bad = null_in(nulls, depth - pops + in.arg, depth);
        if (bad < 0 && (in.op != RERAISE || in.arg != 0)) {
          bad = null_in(nulls, depth - pops, depth - pops + 1);
        }
        break;
      default:
        bad = null_in(nulls, depth - pops, depth);
        break;
    }
    if (bad < 0) return true;
    return fail(std::string(opcode_info(in.op).name) + " reads stack slot " + std::to_string(bad) +
                    ", which may hold the NULL pushed for a call",
                in.op_unit);
  }

  // The maybe-NULL set after `in` (with stack use `u`) ran on `nulls`.
  int32_t nulls_after(const Instr& in, int64_t depth, int32_t nulls, StackUse u) {
    switch (in.op) {
      case COPY:
        return has_null(nulls, depth - in.arg) ? add_null(nulls, depth) : nulls;
      case SWAP: {
        bool top = has_null(nulls, depth - 1);
        bool other = has_null(nulls, depth - in.arg);
        if (top == other) return nulls;
        return with_null(with_null(nulls, depth - 1, other), depth - in.arg, top);
      }
      case PRECALL:
        return nulls;
      case LIST_APPEND:
      case SET_ADD:
      case LIST_EXTEND:
      case SET_UPDATE:
      case DICT_MERGE:
      case DICT_UPDATE:
      case MAP_ADD:  // they pop the top and leave the slots below in place
        return drop_from(nulls, depth - u.pops + u.pushes);
      default:
        break;
    }
    int64_t base = depth - u.pops;
    int32_t kept = drop_from(nulls, base);
    bool pushes_null =
        in.op == PUSH_NULL || in.op == LOAD_METHOD || (in.op == LOAD_GLOBAL && (in.arg & 1) != 0);
    return pushes_null ? add_null(kept, base) : kept;
  }

  bool step(int32_t index) {
    const Instr& in = instrs_[index];
    int64_t depth = depth_[index];
    int32_t nulls = nulls_[index];
    StackUse fall = stack_use(in.op, in.arg, false);
    if (depth < fall.pops) {
      return fail("stack underflow (" + std::string(opcode_info(in.op).name) + " needs " +
                      std::to_string(fall.pops) + ", depth " + std::to_string(depth) + ")",
                  in.op_unit);
    }
    if (!check_null_reads(in, depth, nulls)) return false;
    if (const ExceptionTableEntry* h = handler_for(in.op_unit)) {
      if (depth < h->depth) return fail("stack below exception handler depth", in.op_unit);
      if (!enter(instr_at(h->target), int64_t{h->depth} + (h->lasti ? 1 : 0) + 1,
                 drop_from(nulls, h->depth), in.op_unit)) {
        return false;
      }
    }
    if (opcode_info(in.op).jump != JumpKind::kNone) {
      StackUse taken = stack_use(in.op, in.arg, true);
      if (!enter(instr_at(jump_target(in)), depth - taken.pops + taken.pushes,
                 nulls_after(in, depth, nulls, taken), in.op_unit)) {
        return false;
      }
    }
    if (is_terminator(in.op)) return true;
    int64_t after = depth - fall.pops + fall.pushes;
    if (static_cast<size_t>(index) + 1 >= instrs_.size()) {
      return fail("execution falls off the end of code", in.op_unit);
    }
    return enter(index + 1, after, nulls_after(in, depth, nulls, fall), in.op_unit);
  }

  bool check_stack_depths() {
    depth_.assign(instrs_.size(), -1);
    nulls_.assign(instrs_.size(), kNoNulls);
    if (!enter(0, 0, kNoNulls, 0)) return false;
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
  std::vector<int32_t> nulls_;  // per instruction: maybe-NULL slots on entry (into nodes_)
  std::vector<NullNode> nodes_;
  int64_t revisits_ = 0;
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
