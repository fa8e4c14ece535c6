// The trace IR: linear SSA in one array of fixed-size (16-byte) instructions.
//
// An instruction names its operands by Ref (its index in the array); ref 0 is
// a NOP sentinel that means "no operand". Constants are instructions too
// (KINT, KNUM, KVAL) whose payload lives in a side table; they are interned,
// so equal constants have one ref. Every value is typed: int64 (`int`),
// unboxed double (`num`), 0/1 (`bool`), a tagged Value (`val`), or a raw
// pointer (`ptr`). Guards carry the index of the snapshot that describes the
// interpreter state to restore when they fail (jit/snapshot.h).
//
// Emission runs FOLD (constant folding and algebraic simplification,
// jit/ir_fold.cpp) and CSE (an identical pure instruction, guards included,
// emitted earlier in the trace is reused: in a linear trace every earlier
// instruction dominates every later one).
//
// Invariants:
//   - Operands always precede their user (refs grow along the trace).
//   - A CSE'd or folded instruction never changes a value observable by the
//     program: only pure (kPure) ops are CSE'd, and loads of mutable memory
//     (kLoad) and stores (kStore) are never merged.
//   - KVAL payloads that are heap pointers are rooted by the trace
//     (jit/trace.h) for as long as the machine code exists.
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "jit/ir_forward.h"

namespace pyvm::jit {

using Ref = int32_t;
inline constexpr Ref kNoRef = 0;

enum class IrType : uint8_t { kVoid, kInt, kNum, kBool, kVal, kPtr };

// Op flags.
enum IrFlag : uint8_t {
  kConst = 1,   // a constant (payload in the constant table)
  kPure = 2,    // result depends only on operands: may be CSE'd and DCE'd
  kGuard = 4,   // may exit the trace: carries a snapshot
  kLoad = 8,    // reads mutable memory: never CSE'd, never hoisted
  kStore = 16,  // writes memory or calls out: never removed
};

// X(name, flags). Operand meanings in the comments: a, b are refs; imm is an
// immediate (slot, offset, constant index, or a third ref).
#define PYVM_IR_OPS(X)                                                                             \
  X(NOP, 0)                                                                                        \
  X(KINT, kConst)                    /* imm: constant index; type int or bool */                   \
  X(KNUM, kConst)                    /* imm: constant index; a double */                           \
  X(KVAL, kConst)                    /* imm: constant index; a Value or pointer */                 \
  X(SLOAD, kPure | kGuard)           /* imm: frame slot; int/num are type-guarded, unboxed */      \
  X(SINHERIT, kLoad)                 /* imm: parent exit buffer word; side trace entry, unboxed */ \
  X(FLOAD, kLoad)                    /* a: base, imm: byte offset; mutable field */                \
  X(FLOADK, kPure)                   /* a: base, imm: byte offset; field fixed in the trace */     \
  X(FSTORE, kStore)                  /* a: base, b: value (not a reference), imm: offset */        \
  X(ALOAD, kLoad)                    /* a: ptr to Values, b: int index, imm: kAloadItem? */        \
  X(GUARD_TRUE, kPure | kGuard)      /* a: bool must be 1 */                                       \
  X(GUARD_FALSE, kPure | kGuard)     /* a: bool must be 0 */                                       \
  X(GUARD_TYPE, kPure | kGuard)      /* a: val must be an object of exact type b (KVAL) */         \
  X(GUARD_NOPENDING, kLoad | kGuard) /* imm: constant index of the VM's eval-breaker flag */       \
  X(EXIT, kGuard)                    /* unconditional exit (end of a trace without loop) */        \
  X(ADD, kPure)                      /* int, wrapping */                                           \
  X(SUB, kPure)                                                                                    \
  X(ADDOV, kPure | kGuard) /* int, exits on int64 overflow */                                      \
  X(SUBOV, kPure | kGuard)                                                                         \
  X(MULOV, kPure | kGuard)                                                                         \
  X(NEGOV, kPure | kGuard)                                                                         \
  X(BAND, kPure)                                                                                   \
  X(BOR, kPure)                                                                                    \
  X(BXOR, kPure)                                                                                   \
  X(SHLOV, kPure | kGuard)    /* exits unless 0 <= b < 64 and no bits are lost */                  \
  X(SAR, kPure | kGuard)      /* exits if b < 0 */                                                 \
  X(FLOORDIV, kPure | kGuard) /* Python //, exits unless b > 0 */                                  \
  X(MOD, kPure | kGuard)      /* Python %, exits unless b > 0 */                                   \
  X(TDIV, kPure | kGuard)     /* int / int -> num, exits unless exact inputs, b != 0 */            \
  X(FADD, kPure)                                                                                   \
  X(FSUB, kPure)                                                                                   \
  X(FMUL, kPure)                                                                                   \
  X(FDIV, kPure | kGuard) /* exits when b == 0.0 */                                                \
  X(FNEG, kPure)                                                                                   \
  X(FPOW,                                                                                          \
    kPure | kGuard) /* a ** b (runtime call); exits unless a > 0, a and b finite, result finite */ \
  X(CONV, kPure)    /* int -> num */                                                               \
  X(LT, kPure)      /* int (or val/ptr for EQ/NE) compares -> bool */                              \
  X(LE, kPure)                                                                                     \
  X(GT, kPure)                                                                                     \
  X(GE, kPure)                                                                                     \
  X(EQ, kPure)                                                                                     \
  X(NE, kPure)                                                                                     \
  X(ULT, kPure) /* unsigned a < b */                                                               \
  X(FLT, kPure) /* num compares -> bool, false on NaN except FNE */                                \
  X(FLE, kPure)                                                                                    \
  X(FGT, kPure)                                                                                    \
  X(FGE, kPure)                                                                                    \
  X(FEQ, kPure)                                                                                    \
  X(FNE, kPure)                                                                                    \
  X(BOXINT, kPure | kGuard)   /* int -> val, exits unless a small int */                           \
  X(BOXNUM, kPure)            /* num -> val: allocates a float (runtime call) */                   \
  X(BOXBOOL, kPure)           /* bool -> True/False */                                             \
  X(UNBOXINT, kPure | kGuard) /* val -> int, exits unless a small int */                           \
  X(UNBOXNUM, kPure | kGuard) /* val -> num, exits unless an exact float */                        \
  X(LIST_STORE, kStore)       /* list a [int b] = val imm (write barrier, runtime) */              \
  X(SLOT_STORE, kStore)       /* instance a .slots[imm] = val b (write barrier, runtime) */        \
  X(FMIN, kPure)              /* Python min(a, b) of nums: b < a ? b : a */                        \
  X(FMAX, kPure)              /* Python max(a, b) of nums: b > a ? b : a */                        \
  X(IMIN, kPure)              /* min of ints */                                                    \
  X(IMAX, kPure)              /* max of ints */                                                    \
  X(FABS, kPure)              /* abs of a num */                                                   \
  X(ABSOV, kPure | kGuard)    /* abs of an int, exits on int64 overflow */                         \
  X(FSQRT, kPure | kGuard)    /* math.sqrt, exits unless a >= 0 */                                 \
  X(FTOI, kPure | kGuard)     /* int(num): truncation, exits unless it fits int64 */               \
  X(LIST_APPEND, kStore)      /* list a .append(val b) (runtime call) */                           \
  X(CELL_STORE, kStore)       /* cell a .contents = val b (write barrier, runtime) */              \
  X(GEN_STORE, kStore)        /* generator a .values[imm] = val b (write barrier, runtime) */      \
  X(NEWRANGE, kStore)         /* range(int a, int b) -> val: allocates (runtime call) */           \
  X(ITER_NEW, kStore)         /* iter(val a), a an exact list or range: allocates (runtime) */     \
  X(LIST_POP, kStore)         /* val: list a .pop() (a non-empty list; runtime call to b's fn) */  \
  X(NEWINST, kStore)          /* val: a new instance of class a (KVAL), its initial shape */       \
  X(SLOT_ADD, kStore)         /* instance a gets a new slot = val b; imm: KVAL ptr of its shape */ \
  X(NEWTUPLE, kStore)         /* val: a new tuple of imm null items (runtime call) */              \
  X(TUPLE_INIT, kStore)       /* item imm of NEWTUPLE a = val b (write barrier, runtime call) */   \
  X(SUNKINST, 0)              /* a NEWINST sunk by jit/sink.cpp: no code, exits materialise it */  \
  X(SUNKADD, 0)               /* a SLOT_ADD to a SUNKINST: no code (a: it, b: the value) */        \
  X(CARG, kPure)              /* argument list of a CALLR: a's arguments, then b (no code) */      \
  X(CALLR, kStore | kGuard)   /* residual call (jit/residual.h) imm with args a (CARG list); */    \
                              /* exits when it returns 0 (no effect, exception cleared) */         \
  X(LOOP, 0)                  /* the loop starts here (after the peeled pre-roll) */               \
  X(PHI, 0)                   /* a: pre-roll value, b: its value at the loop end */

enum class IrOp : uint8_t {
#define PYVM_IR_ENUM(name, flags) name,
  PYVM_IR_OPS(PYVM_IR_ENUM)
#undef PYVM_IR_ENUM
      kCount
};

inline constexpr uint16_t kNoSnapshot = 0xffff;
// ALOAD's imm when the array is a list's or a tuple's items, which are never
// null: a type guard on the loaded value need not test for null.
inline constexpr int32_t kAloadItem = 1;

struct Ins {
  IrOp op;
  IrType type;
  uint16_t snap;  // snapshot of a guard, else kNoSnapshot
  Ref a;
  Ref b;
  int32_t imm;
};
static_assert(sizeof(Ins) == 16, "IR instructions are 16 bytes");

uint8_t ir_flags(IrOp op);
const char* ir_name(IrOp op);
const char* ir_type_name(IrType type);
inline bool ir_has(IrOp op, uint8_t flag) { return (ir_flags(op) & flag) != 0; }

struct IrConfig {
  bool fold = true;
  bool cse = true;
  bool forward = true;     // load forwarding (jit/ir_forward.h)
  uint64_t true_bits = 0;  // the Value words of True and False (BOXBOOL folding)
  uint64_t false_bits = 0;
  uint64_t float_type = 0;  // the float type's address (UNBOXNUM folding)
};

// The instruction array with its constant table and CSE index.
class IrBuffer {
 public:
  explicit IrBuffer(const IrConfig& config = IrConfig());

  // Emits through FOLD and CSE; returns the ref of the result (which may be
  // an existing instruction or a constant).
  Ref emit(IrOp op, IrType type, Ref a = kNoRef, Ref b = kNoRef, int32_t imm = 0,
           uint16_t snap = kNoSnapshot);
  // Appends without FOLD or CSE (markers, PHIs, the loop copy of loads).
  Ref append(const Ins& ins);

  Ref kint(int64_t v, IrType type = IrType::kInt);
  Ref knum(double v);
  Ref kval(uint64_t bits, IrType type = IrType::kVal);

  // The ref of int constant `v` if the trace has one, else kNoRef.
  Ref find_kint(int64_t v) const;

  const Ins& operator[](Ref r) const { return ins_[static_cast<size_t>(r)]; }
  Ins& at(Ref r) { return ins_[static_cast<size_t>(r)]; }
  Ref size() const { return static_cast<Ref>(ins_.size()); }
  bool is_const(Ref r) const { return ir_has(ins_[static_cast<size_t>(r)].op, kConst); }
  uint64_t const_bits(Ref r) const {
    return consts_[static_cast<size_t>(ins_[static_cast<size_t>(r)].imm)];
  }
  int64_t const_int(Ref r) const { return static_cast<int64_t>(const_bits(r)); }
  double const_num(Ref r) const;
  const IrConfig& config() const { return config_; }

  // CSE only finds instructions at or after `floor` (the loop copy must not
  // merge with pre-roll instructions whose operands mean other values).
  void set_cse_floor(Ref floor) {
    cse_floor_ = floor;
    forward_.clear();
  }

  // One line per instruction ("0007 int   ADDOV  0005 0006 #3").
  std::string dump_ins(Ref r) const;
  std::string dump() const;

 private:
  friend Ref fold_ins(IrBuffer& ir, Ins& ins);
  struct Key {
    uint64_t head;
    uint64_t operands;
    bool operator==(const Key& o) const { return head == o.head && operands == o.operands; }
  };
  struct KeyHash {
    size_t operator()(const Key& k) const {
      return k.head * 0x9e3779b97f4a7c15ull ^ (k.operands + (k.operands >> 29));
    }
  };
  static Key key_of(const Ins& ins);
  Ref intern_const(IrOp op, IrType type, uint64_t bits);

  IrConfig config_;
  std::vector<Ins> ins_;
  std::vector<uint64_t> consts_;
  std::unordered_map<Key, Ref, KeyHash> cse_;
  Ref cse_floor_ = 0;
  LoadForwarder forward_;
};

// FOLD: returns a ref that replaces `ins` (kNoRef: emit `ins`, possibly
// rewritten in place). A guard proved to hold folds to the constant 1.
Ref fold_ins(IrBuffer& ir, Ins& ins);

}  // namespace pyvm::jit
