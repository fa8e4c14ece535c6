// The object model: the heap object header, the Type (the "Klass" of the
// Klass/object split) with its slot table, and the Tracer through which every
// type enumerates its references for the collector.
//
// Invariants:
//   - Every heap object starts with an Object header; its first word is the
//     object's Type*. Nothing else about an object's kind is stored in it.
//   - Every Type provides `trace`, which visits every reference field of an
//     instance (Values and typed heap pointers alike). A field it does not
//     visit says why in a comment where it is declared.
//   - Every store of a reference into a heap object goes through
//     gc::write_barrier (runtime code uses the set_* helpers of each type).
//   - Fallible slots follow one convention: a Value result is null exactly when
//     an exception is pending in the VM; an int result is -1 in that case.
//     Binary and rich-compare slots return the NotImplemented object when they
//     do not handle the operand types.
#pragma once

#include <cstddef>
#include <cstdint>

#include "runtime/value.h"

namespace pyvm::vm {
class VM;
}  // namespace pyvm::vm

namespace pyvm::runtime {

using vm::VM;

struct Type;
struct Str;
struct Tuple;
struct Dict;

struct Object {
  Type* type;
  // Owned by gc/: mark bits, generation, size class. Runtime code never reads it.
  uint32_t gc_word;
  // Free for the object's type to use (for example a cached flag or a length).
  uint32_t aux;
};
static_assert(sizeof(Object) == 16, "the object header is two words");

// Visits references for the collector. The collector never moves objects, so
// visiting is read-only.
class Tracer {
 public:
  virtual ~Tracer() = default;
  virtual void visit_object(Object* object) = 0;
  // A word that may or may not be a reference (conservative roots such as the
  // VM stack's unused slots). Only the collector's marker looks at these.
  virtual void visit_word(uintptr_t word) { (void)word; }
  void visit(Value value) {
    if (value.is_object()) visit_object(value.object());
  }
  template <typename T>
  void visit(T* object) {
    if (object != nullptr) visit_object(reinterpret_cast<Object*>(object));
  }
};

// BINARY_OP's oparg 0..12, in CPython's order. kInplace is added for 13..25.
enum class BinaryOp : uint8_t {
  kAdd = 0,
  kAnd = 1,
  kFloorDiv = 2,
  kLshift = 3,
  kMatMul = 4,
  kMul = 5,
  kMod = 6,
  kOr = 7,
  kPow = 8,
  kRshift = 9,
  kSub = 10,
  kTrueDiv = 11,
  kXor = 12,
};
inline constexpr int kBinaryOpCount = 13;
inline constexpr int kInplaceOffset = 13;

// COMPARE_OP's oparg, in CPython's order.
enum class CompareOp : uint8_t { kLt = 0, kLe = 1, kEq = 2, kNe = 3, kGt = 4, kGe = 5 };

enum class UnaryOp : uint8_t { kNegative, kPositive, kInvert };

// Vectorcall-style arguments: `args[0 .. npos)` are positional; when kwnames is
// non-null, `args[npos .. npos + len(kwnames))` are the keyword values in order.
struct CallArgs {
  const Value* args;
  size_t npos;
  Tuple* kwnames;  // tuple of str, or nullptr
};

using TraceFn = void (*)(Object* self, Tracer& tracer);
// Visits the references of items [begin, end) of an indexed container (end is
// clamped to its length); used for index-range remembering (gc/heap.h).
using TraceRangeFn = void (*)(Object* self, int64_t begin, int64_t end, Tracer& tracer);
using FinalizeFn = void (*)(Object* self);  // frees memory the object owns outside the heap
using ReprFn = Value (*)(VM& vm, Value self);
using HashFn = int64_t (*)(VM& vm, Value self);  // -1 on error
using RichCompareFn = Value (*)(VM& vm, Value a, Value b, CompareOp op);
// Called with self as `a` or as `b` (reflected), like CPython's number slots.
using BinaryFn = Value (*)(VM& vm, BinaryOp op, Value a, Value b);
using UnaryFn = Value (*)(VM& vm, UnaryOp op, Value self);
using TruthFn = int (*)(VM& vm, Value self);       // 1, 0, or -1 on error
using LengthFn = int64_t (*)(VM& vm, Value self);  // -1 on error
using GetItemFn = Value (*)(VM& vm, Value self, Value key);
using SetItemFn = int (*)(VM& vm, Value self, Value key, Value value);  // null value: delete
using ContainsFn = int (*)(VM& vm, Value self, Value item);
using IterFn = Value (*)(VM& vm, Value self);
// Returns the next item; null with no pending exception means exhausted.
using NextFn = Value (*)(VM& vm, Value self);
using CallFn = Value (*)(VM& vm, Value callable, CallArgs args);
using ConstructFn = Value (*)(VM& vm, Type* cls, CallArgs args);  // what calling the type does
using GetAttrFn = Value (*)(VM& vm, Value self, Str* name);
using SetAttrFn = int (*)(VM& vm, Value self, Str* name, Value value);  // null value: delete

struct Type : Object {
  Str* name;   // __name__
  Type* base;  // single base for built-in types; nullptr only for object
  Tuple* mro;  // (self, base, ..., object); set when the type is finished
  Dict* dict;  // methods and class attributes
  // Changes whenever this type's dict or bases change, or those of a type in
  // its MRO (runtime/user_class.h: type_modified). User classes take a fresh,
  // never reused number from the VM; built-in types keep 0 (their dicts do
  // not change after start-up). Inline caches (vm/inline_cache.h) guard on it.
  uint64_t version;
  uint32_t flags;
  uint32_t instance_size;  // bytes of an instance, header included (0: variable)

  TraceFn trace;
  TraceRangeFn trace_range;  // optional
  FinalizeFn finalize;
  ReprFn repr;
  ReprFn str;   // nullptr: use repr
  HashFn hash;  // nullptr: unhashable
  RichCompareFn richcompare;
  BinaryFn binary;
  BinaryFn inplace;  // nullptr: fall back to binary
  UnaryFn unary;
  TruthFn truth;  // nullptr: use length, else always true
  LengthFn length;
  GetItemFn getitem;
  SetItemFn setitem;
  ContainsFn contains;
  IterFn iter;
  NextFn next;
  CallFn call;
  ConstructFn construct;
  GetAttrFn getattr;  // nullptr: generic lookup in the type's dict
  SetAttrFn setattr;
};

enum TypeFlags : uint32_t {
  kTypeBaseException = 1u << 0,  // instances have the BaseException layout
  kTypeIntSubclass = 1u << 1,
  kTypeStrSubclass = 1u << 2,
  kTypeTupleSubclass = 1u << 3,
  kTypeListSubclass = 1u << 4,
  kTypeDictSubclass = 1u << 5,
  kTypeTypeSubclass = 1u << 6,
  kTypeAcceptsSubclasses = 1u << 7,  // user classes may derive from it
  kTypeUserClass = 1u << 8,          // created by a class statement (runtime/user_class.h)
  kTypeNativeDescriptor = 1u << 9,   // native type whose instances bind through a __get__ method
  kTypeAttributeTail = 1u << 10,     // native layout whose subclasses keep attributes after it
  // Instances hold no references (trace visits nothing): the collector marks
  // them without tracing. Not inherited by subclasses.
  kTypeNoReferences = 1u << 11,
};

// True when `type` is `ancestor` or derives from it.
bool is_subtype(const Type* type, const Type* ancestor);

}  // namespace pyvm::runtime

namespace pyvm {
using runtime::Object;
using runtime::Type;
}  // namespace pyvm
