// Unit tests of the garbage collector (gc/heap.h): what each kind of root keeps
// alive, what minor and major collections free, conservative and interior
// pointers, find_object, generations and the write barrier, finalizers, large
// objects, returning empty blocks, stress + verify modes, and a Python program
// run end to end while the collector works.
//
// Garbage is made in noinline helpers and collections go through
// collect_clean(), which first overwrites the dead part of the native stack,
// so stale words left there do not keep the garbage alive. Addresses of objects
// that must be freed are only kept scrambled (Hidden), which the conservative
// scan cannot read as pointers.
#include <gmp.h>
#include <gtest/gtest.h>
#include <sys/mman.h>
#include <unistd.h>

#include <cerrno>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

#include "fixtures/h1_test_util.h"
#include "gc/heap.h"
#include "runtime/dict.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "vm/interpreter.h"
#include "vm/pyc.h"
#include "vm/vm.h"

namespace pyvm {
namespace {

using gc::HeapOptions;
using gc::RootedValues;
using runtime::Dict;
using runtime::List;
using runtime::Str;
using runtime::Tuple;

constexpr size_t kBlockSize = size_t{256} << 10;
constexpr int64_t kLargeItems = 5000;  // 40 KB of items: a large object

// An object address the conservative scan cannot see (odd, and not the
// address xor anything small).
class Hidden {
 public:
  Hidden() = default;
  explicit Hidden(const void* p) : bits_(reinterpret_cast<uintptr_t>(p) ^ kKey) {}
  uintptr_t address() const { return bits_ ^ kKey; }

 private:
  static constexpr uintptr_t kKey = 0x5bd1e995'a5a5a5a5ull;
  uintptr_t bits_ = kKey;
};

// Overwrites the part of the native stack below the caller, where dead frames
// of earlier helpers left words that would otherwise look like roots.
// Not instrumented: ASan would put redzones, which are never written, around
// the buffer.
__attribute__((noinline, no_sanitize_address)) void clobber_stack() {
  volatile char buffer[64 * 1024];
  for (size_t i = 0; i < sizeof buffer; ++i) buffer[i] = 0;
}

__attribute__((noinline)) uint64_t collect_clean(VM& vm, bool major) {
  clobber_stack();
  return vm.heap().collect(major);
}

// Checked through a noinline function so that the revealed pointer only ever
// sits in a frame that the next collect_clean overwrites.
__attribute__((noinline)) bool is_alive(VM& vm, Hidden h) {
  return vm.heap().find_object(h.address()) != nullptr;
}

HeapOptions quiet_options() {
  HeapOptions options;  // the defaults, whatever the environment says
  options.verify = true;
  return options;
}

vm::VMOptions quiet_vm_options() {
  vm::VMOptions options;
  options.heap = quiet_options();
  return options;
}

bool is_old(const void* object) {
  return (static_cast<const Object*>(object)->gc_word & gc::kMarked) != 0;
}
// In the remembered set, whole (kRemembered) or by index range (lists).
bool is_remembered(const void* object) {
  return (static_cast<const Object*>(object)->gc_word & (gc::kRemembered | gc::kRememberedRange)) !=
         0;
}

// (seed, str(seed), seed + 1, ..., seed + n - 2)
Tuple* make_tuple(VM& vm, int64_t n, int64_t seed) {
  Tuple* t = runtime::tuple_new(vm, n);
  for (int64_t i = 0; i < n; ++i) {
    Value v = i == 1 ? Value::from_object(runtime::str_from_utf8(vm, std::to_string(seed)))
                     : Value::from_small_int(seed + (i == 0 ? 0 : i - 1));
    runtime::tuple_init_item(vm, t, i, v);
  }
  return t;
}

// True when `t` is exactly what make_tuple(vm, n, seed) built.
bool tuple_intact(Value v, int64_t n, int64_t seed) {
  if (!v.is_object()) return false;
  auto* t = v.as<Tuple>();
  if (t->length != n) return false;
  for (int64_t i = 0; i < n; ++i) {
    Value item = t->at(i);
    if (i == 1) {
      if (!item.is_object() || runtime::str_to_utf8(item.as<Str>()) != std::to_string(seed)) {
        return false;
      }
    } else if (item != Value::from_small_int(seed + (i == 0 ? 0 : i - 1))) {
      return false;
    }
  }
  return true;
}

// `count` unreachable objects: tuples holding a fresh str (2 objects each).
__attribute__((noinline)) void make_garbage(VM& vm, int count) {
  for (int i = 0; i < count / 2; ++i) (void)make_tuple(vm, 3, i);
}

__attribute__((noinline)) std::vector<Hidden> make_hidden_garbage(VM& vm, int count, int64_t n) {
  std::vector<Hidden> hidden;
  for (int i = 0; i < count; ++i) hidden.emplace_back(runtime::tuple_new(vm, n));
  return hidden;
}

int count_alive(VM& vm, const std::vector<Hidden>& hidden) {
  int alive = 0;
  for (Hidden h : hidden) alive += is_alive(vm, h) ? 1 : 0;
  return alive;
}

class GcTest : public ::testing::Test {
 protected:
  GcTest() : vm_(quiet_vm_options()) {}
  gc::Heap& heap() { return vm_.heap(); }

  VM vm_;
};

// --- Unreachable objects are freed --------------------------------------

TEST_F(GcTest, MajorCollectionFreesUnreachableObjects) {
  collect_clean(vm_, true);
  size_t baseline = heap().heap_bytes();
  make_garbage(vm_, 4000);
  EXPECT_GT(heap().heap_bytes(), baseline + 4000 * 32);
  uint64_t freed_before = heap().stats().objects_freed;
  uint64_t freed = collect_clean(vm_, true);
  EXPECT_GE(freed, 3950u);
  EXPECT_EQ(heap().stats().objects_freed - freed_before, freed);
  EXPECT_LT(heap().heap_bytes(), baseline + 1024);
  EXPECT_EQ(heap().stats().major_collections, 2u);
}

TEST_F(GcTest, MinorCollectionFreesUnreachableYoungObjects) {
  collect_clean(vm_, true);
  size_t baseline = heap().heap_bytes();
  make_garbage(vm_, 4000);
  uint64_t freed = collect_clean(vm_, false);
  EXPECT_GE(freed, 3950u);
  EXPECT_LT(heap().heap_bytes(), baseline + 1024);
  EXPECT_EQ(heap().stats().minor_collections, 1u);
}

TEST_F(GcTest, FreedCellsAreReused) {
  collect_clean(vm_, true);
  std::vector<Hidden> first = make_hidden_garbage(vm_, 1000, 6);
  collect_clean(vm_, false);
  EXPECT_LE(count_alive(vm_, first), 5);
  size_t before = heap().heap_bytes();
  std::vector<Hidden> second = make_hidden_garbage(vm_, 1000, 6);
  // Same size class: allocation must refill from the swept cells.
  int reused = 0;
  for (Hidden h : second) {
    for (Hidden f : first) {
      if (f.address() == h.address()) {
        ++reused;
        break;
      }
    }
  }
  EXPECT_GE(reused, 900);
  EXPECT_EQ(heap().heap_bytes(), before + 1000 * (32 + 6 * 8));
}

TEST_F(GcTest, OldGarbageSurvivesMinorButNotMajor) {
  RootedValues roots(heap());
  Hidden h;
  [&]() __attribute__((noinline)) {
    Tuple* t = make_tuple(vm_, 4, 77);
    roots.push_back(Value::from_object(t));
    h = Hidden(t);
  }
  ();
  collect_clean(vm_, false);
  ASSERT_TRUE(is_alive(vm_, h));
  EXPECT_TRUE(is_old(roots[0].object()));
  roots.clear();
  roots.shrink_to_fit();
  collect_clean(vm_, false);
  EXPECT_TRUE(is_alive(vm_, h)) << "a minor collection must not sweep old objects";
  collect_clean(vm_, true);
  EXPECT_FALSE(is_alive(vm_, h)) << "a major collection frees unreachable old objects";
}

// --- Reachable objects survive, contents intact ---------------------------

__attribute__((noinline)) void install_globals(VM& vm, RootedValues& roots) {
  // A rooted list holding lists holding tuples.
  List* outer = runtime::list_new(vm);
  roots.push_back(Value::from_object(outer));
  for (int64_t i = 0; i < 20; ++i) {
    List* inner = runtime::list_new(vm);
    runtime::list_append(vm, outer, Value::from_object(inner));
    for (int64_t j = 0; j < 10; ++j) {
      runtime::list_append(vm, inner, Value::from_object(make_tuple(vm, 4, i * 100 + j)));
    }
  }
  // A list only reachable from the builtins dict.
  List* in_builtins = runtime::list_new(vm);
  for (int64_t i = 0; i < 50; ++i) {
    runtime::list_append(vm, in_builtins, Value::from_object(make_tuple(vm, 3, 5000 + i)));
  }
  runtime::dict_set_str(vm, vm.builtins(), vm.intern("_gc_test_global"),
                        Value::from_object(in_builtins));
  // A dict only reachable from sys.modules, keyed by fresh strs.
  Dict* in_modules = runtime::dict_new(vm);
  for (int64_t i = 0; i < 50; ++i) {
    Str* key = runtime::str_from_utf8(vm, "key" + std::to_string(i));
    EXPECT_EQ(runtime::dict_set(vm, in_modules, Value::from_object(key),
                                Value::from_object(make_tuple(vm, 5, 7000 + i))),
              0);
  }
  runtime::dict_set_str(vm, vm.modules(), vm.intern("_gc_test_module"),
                        Value::from_object(in_modules));
}

__attribute__((noinline)) void check_globals(VM& vm, RootedValues& roots) {
  ASSERT_EQ(roots.size(), 1u);
  auto* outer = roots[0].as<List>();
  ASSERT_TRUE(vm.heap().is_allocated(outer));
  ASSERT_EQ(outer->length, 20);
  for (int64_t i = 0; i < 20; ++i) {
    auto* inner = outer->items[i].as<List>();
    ASSERT_TRUE(vm.heap().is_allocated(inner));
    ASSERT_EQ(inner->length, 10);
    for (int64_t j = 0; j < 10; ++j) {
      EXPECT_TRUE(tuple_intact(inner->items[j], 4, i * 100 + j)) << i << "," << j;
    }
  }
  Value g = runtime::dict_get_str(vm, vm.builtins(), vm.intern("_gc_test_global"));
  ASSERT_TRUE(g.is_object());
  ASSERT_TRUE(vm.heap().is_allocated(g.object()));
  ASSERT_EQ(g.as<List>()->length, 50);
  for (int64_t i = 0; i < 50; ++i) {
    EXPECT_TRUE(tuple_intact(g.as<List>()->items[i], 3, 5000 + i)) << i;
  }
  Value m = runtime::dict_get_str(vm, vm.modules(), vm.intern("_gc_test_module"));
  ASSERT_TRUE(m.is_object());
  ASSERT_EQ(m.as<Dict>()->used, 50);
  for (int64_t i = 0; i < 50; ++i) {
    Str* key = runtime::str_from_utf8(vm, "key" + std::to_string(i));
    Value v = runtime::dict_get(vm, m.as<Dict>(), Value::from_object(key));
    EXPECT_TRUE(tuple_intact(v, 5, 7000 + i)) << i;
  }
}

TEST_F(GcTest, ReachableObjectsSurviveManyCollections) {
  RootedValues roots(heap());
  install_globals(vm_, roots);
  collect_clean(vm_, false);
  collect_clean(vm_, true);
  size_t live = heap().heap_bytes();
  for (int round = 0; round < 12; ++round) {
    make_garbage(vm_, 2000);
    collect_clean(vm_, round % 3 == 2);
  }
  check_globals(vm_, roots);
  collect_clean(vm_, true);
  EXPECT_LT(heap().heap_bytes(), live + 2048) << "garbage of the rounds was not reclaimed";
}

TEST_F(GcTest, RootedValuesStopRootingWhenDestroyed) {
  Hidden h;
  {
    RootedValues roots(heap());
    [&]() __attribute__((noinline)) {
      Tuple* t = make_tuple(vm_, 3, 1);
      roots.push_back(Value::from_object(t));
      h = Hidden(t);
    }
    ();
    {
      RootedValues nested(heap());  // registered after, unregistered first
    }
    collect_clean(vm_, true);
    EXPECT_TRUE(is_alive(vm_, h));
    EXPECT_TRUE(tuple_intact(roots[0], 3, 1));
  }
  collect_clean(vm_, true);
  EXPECT_FALSE(is_alive(vm_, h));
}

// --- Conservative roots and interior pointers --------------------------------

TEST_F(GcTest, ObjectHeldOnlyByACppLocalSurvives) {
  Tuple* t = make_tuple(vm_, 6, 4242);
  asm volatile("" : "+r"(t));  // from here on the compiler cannot rematerialise it
  for (int i = 0; i < 6; ++i) {
    make_garbage(vm_, 500);
    collect_clean(vm_, i % 2 == 0);
  }
  asm volatile("" : "+r"(t));
  EXPECT_TRUE(heap().is_allocated(t));
  EXPECT_TRUE(tuple_intact(Value::from_object(t), 6, 4242));
}

__attribute__((noinline)) void fill_values(VM& vm, Value* values, int n) {
  for (int i = 0; i < n; ++i) values[i] = Value::from_object(make_tuple(vm, 3, 300 + i));
}

// Values in a local array whose address escapes (as for CallArgs): the array
// is in the frame, which the conservative scan reads. (Under ASan with
// detect_stack_use_after_return=1 such arrays move to a heap "fake stack" that
// the scan does not see; this test then fails.)
TEST_F(GcTest, ObjectsHeldOnlyByAnAddressTakenLocalArraySurvive) {
  Value values[4];
  fill_values(vm_, values, 4);
  for (int i = 0; i < 4; ++i) {
    make_garbage(vm_, 500);
    collect_clean(vm_, i % 2 == 0);
  }
  for (int i = 0; i < 4; ++i) {
    ASSERT_TRUE(heap().is_allocated(values[i].object())) << i;
    EXPECT_TRUE(tuple_intact(values[i], 3, 300 + i)) << i;
  }
}

// Objects reached only through native-stack words stay young through minor
// collections (Heap::mark_native_stack_last): a minor frees them once the
// word is gone, a store into an old object remembers them like any young
// object, and a major collection makes them old.
TEST_F(GcTest, ObjectsHeldOnlyByTheNativeStackStayYoungUntilAMajor) {
  RootedValues roots(heap());
  List* list = runtime::list_new(vm_);
  roots.push_back(Value::from_object(list));
  Value values[2];
  fill_values(vm_, values, 2);
  collect_clean(vm_, false);
  ASSERT_TRUE(is_old(list));
  EXPECT_FALSE(is_old(values[0].object()));
  EXPECT_FALSE(is_old(values[0].as<Tuple>()->at(1).object()));  // the str inside
  runtime::list_append(vm_, list, values[1]);
  EXPECT_TRUE(is_remembered(list));
  values[1] = Value::null();
  make_garbage(vm_, 500);
  collect_clean(vm_, false);
  EXPECT_TRUE(tuple_intact(list->items[0], 3, 301));
  EXPECT_TRUE(is_old(list->items[0].object()));
  EXPECT_FALSE(is_old(values[0].object()));
  collect_clean(vm_, true);
  EXPECT_TRUE(is_old(values[0].object()));
  EXPECT_TRUE(tuple_intact(values[0], 3, 300));
}

// Collects while a fresh tuple is held only by this helper's frame.
__attribute__((noinline)) Hidden held_by_the_stack_during_a_minor(VM& vm) {
  Value values[1];
  fill_values(vm, values, 1);
  vm.heap().collect(false);
  EXPECT_FALSE(is_old(values[0].object()));
  return Hidden(values[0].object());
}

TEST_F(GcTest, AMinorFreesWhatOnlyAStaleStackWordKeptAlive) {
  Hidden h = held_by_the_stack_during_a_minor(vm_);
  collect_clean(vm_, false);
  EXPECT_FALSE(is_alive(vm_, h));
}

// Returns a pointer into the middle of a fresh tuple's items; the tuple's own
// address is not kept anywhere.
__attribute__((noinline)) Value* make_interior(VM& vm, int64_t n, int64_t seed) {
  Tuple* t = make_tuple(vm, n, seed);
  return &t->items()[n / 2];
}

TEST_F(GcTest, InteriorPointerKeepsSmallTupleAlive) {
  Value* interior = make_interior(vm_, 20, 31);
  asm volatile("" : "+r"(interior));
  for (int i = 0; i < 4; ++i) {
    make_garbage(vm_, 500);
    collect_clean(vm_, i % 2 == 1);
  }
  asm volatile("" : "+r"(interior));
  Object* object = heap().find_object(reinterpret_cast<uintptr_t>(interior));
  ASSERT_NE(object, nullptr);
  EXPECT_EQ(object->type, vm_.types().tuple);
  EXPECT_EQ(reinterpret_cast<char*>(interior) - reinterpret_cast<char*>(object),
            static_cast<ptrdiff_t>(sizeof(Tuple) + 10 * sizeof(Value)));
  EXPECT_TRUE(tuple_intact(Value::from_object(object), 20, 31));
}

TEST_F(GcTest, InteriorPointerKeepsLargeTupleAlive) {
  Value* interior = make_interior(vm_, kLargeItems, 99);
  asm volatile("" : "+r"(interior));
  for (int i = 0; i < 4; ++i) {
    make_garbage(vm_, 500);
    collect_clean(vm_, i % 2 == 1);
  }
  asm volatile("" : "+r"(interior));
  Object* object = heap().find_object(reinterpret_cast<uintptr_t>(interior));
  ASSERT_NE(object, nullptr);
  EXPECT_EQ(reinterpret_cast<char*>(interior) - reinterpret_cast<char*>(object),
            static_cast<ptrdiff_t>(sizeof(Tuple) + kLargeItems / 2 * sizeof(Value)));
  EXPECT_TRUE(tuple_intact(Value::from_object(object), kLargeItems, 99));
}

TEST_F(GcTest, FindObjectMapsInteriorAddressesToTheObjectStart) {
  for (int64_t n : {int64_t{1}, int64_t{20}, int64_t{1000}, kLargeItems}) {
    Tuple* t = runtime::tuple_new(vm_, n);
    auto start = reinterpret_cast<uintptr_t>(t);
    size_t size = sizeof(Tuple) + static_cast<size_t>(n) * sizeof(Value);
    for (size_t offset : {size_t{0}, size_t{8}, size_t{16}, sizeof(Tuple), size / 2, size - 1}) {
      EXPECT_EQ(heap().find_object(start + offset), t) << "n=" << n << " offset=" << offset;
    }
    EXPECT_TRUE(heap().is_allocated(t));
    EXPECT_FALSE(heap().is_allocated(reinterpret_cast<Object*>(start + 16)));
  }
}

int g_static_word = 0;

TEST_F(GcTest, FindObjectRejectsNonHeapAddresses) {
  int local = 0;
  void* malloced = std::malloc(64);
  EXPECT_EQ(heap().find_object(0), nullptr);
  EXPECT_EQ(heap().find_object(1), nullptr);
  EXPECT_EQ(heap().find_object(0x1000), nullptr);
  EXPECT_EQ(heap().find_object(~uintptr_t{15}), nullptr);
  EXPECT_EQ(heap().find_object(reinterpret_cast<uintptr_t>(&local)), nullptr);
  EXPECT_EQ(heap().find_object(reinterpret_cast<uintptr_t>(&g_static_word)), nullptr);
  EXPECT_EQ(heap().find_object(reinterpret_cast<uintptr_t>(malloced)), nullptr);
  EXPECT_EQ(heap().find_object(reinterpret_cast<uintptr_t>(&vm_)), nullptr);
  std::free(malloced);
}

TEST_F(GcTest, FindObjectRejectsFreeCells) {
  collect_clean(vm_, true);
  std::vector<Hidden> hidden = make_hidden_garbage(vm_, 500, 3);
  for (Hidden h : hidden) ASSERT_TRUE(is_alive(vm_, h));
  collect_clean(vm_, true);
  int freed = 0;
  for (Hidden h : hidden) {
    if (heap().find_object(h.address()) != nullptr) continue;
    ++freed;
    EXPECT_EQ(heap().find_object(h.address() + 24), nullptr);  // inside the free cell
  }
  EXPECT_GE(freed, 495);
}

TEST_F(GcTest, FindObjectRejectsAddressesPastTheBumpPointer) {
  // 850 items: 6832 bytes, the 7168-byte size class, which nothing else in a
  // fresh VM uses, so this tuple is the first cell of a fresh block.
  Tuple* t = runtime::tuple_new(vm_, 850);
  auto start = reinterpret_cast<uintptr_t>(t);
  uintptr_t block = start & ~(kBlockSize - 1);
  EXPECT_EQ(heap().find_object(start + 7000), t);        // padding of its own cell
  EXPECT_EQ(heap().find_object(start + 7168), nullptr);  // the next, untouched cell
  EXPECT_EQ(heap().find_object(start + 7168 + 500), nullptr);
  EXPECT_EQ(heap().find_object(start + 3 * 7168), nullptr);
  EXPECT_EQ(heap().find_object(block + kBlockSize - 16), nullptr);  // block tail
  EXPECT_EQ(heap().find_object(block), nullptr);                    // block header
  EXPECT_EQ(heap().find_object(block + 8), nullptr);
  Tuple* u = runtime::tuple_new(vm_, 850);
  EXPECT_EQ(reinterpret_cast<uintptr_t>(u), start + 7168);
  EXPECT_EQ(heap().find_object(start + 7168 + 500), u);
}

// --- Generations and the write barrier -------------------------------------

TEST_F(GcTest, SurvivorsOfAMinorCollectionAreOld) {
  RootedValues roots(heap());
  roots.push_back(Value::from_object(make_tuple(vm_, 3, 5)));
  roots.push_back(Value::from_object(runtime::tuple_new(vm_, kLargeItems)));
  EXPECT_FALSE(is_old(roots[0].object()));
  EXPECT_FALSE(is_old(roots[0].as<Tuple>()->at(1).object()));
  EXPECT_FALSE(is_old(roots[1].object()));
  collect_clean(vm_, false);
  EXPECT_TRUE(is_old(roots[0].object()));
  EXPECT_TRUE(is_old(roots[0].as<Tuple>()->at(1).object()));  // the str inside
  EXPECT_TRUE(is_old(roots[1].object()));
  Tuple* fresh = runtime::tuple_new(vm_, 2);
  EXPECT_FALSE(is_old(fresh));
  EXPECT_TRUE(tuple_intact(roots[0], 3, 5));
}

// Stores a young tuple into `holder` through vm.store and returns it hidden.
__attribute__((noinline)) Hidden store_young_tuple(VM& vm, List* holder, int64_t seed) {
  Tuple* young = make_tuple(vm, 4, seed);
  EXPECT_FALSE(is_old(young));
  runtime::list_append(vm, holder, Value::from_object(young));
  return Hidden(young);
}

TEST_F(GcTest, WriteBarrierKeepsYoungObjectStoredInOldList) {
  RootedValues roots(heap());
  List* list = runtime::list_new(vm_);
  roots.push_back(Value::from_object(list));
  collect_clean(vm_, false);
  ASSERT_TRUE(is_old(list));
  EXPECT_FALSE(is_remembered(list));
  Hidden h = store_young_tuple(vm_, list, 600);
  EXPECT_TRUE(is_remembered(list)) << "old list given a young reference is not remembered";
  collect_clean(vm_, false);
  EXPECT_FALSE(is_remembered(list));
  ASSERT_TRUE(is_alive(vm_, h));
  ASSERT_EQ(list->length, 1);
  // In a helper: EXPECT_EQ would leave the address in this frame.
  [&]() __attribute__((noinline)) {
    EXPECT_EQ(list->items[0].raw(), h.address());
    EXPECT_TRUE(is_old(list->items[0].object()));
    EXPECT_TRUE(tuple_intact(list->items[0], 4, 600));
  }
  ();
  // Overwrite the slot: the first tuple is now old garbage, freed by a major.
  Hidden h2 = [&]() __attribute__((noinline)) {
    Tuple* young = make_tuple(vm_, 4, 601);
    runtime::list_set_item(vm_, list, 0, Value::from_object(young));
    return Hidden(young);
  }
  ();
  EXPECT_TRUE(is_remembered(list));
  collect_clean(vm_, false);
  EXPECT_TRUE(is_alive(vm_, h2));
  EXPECT_TRUE(tuple_intact(list->items[0], 4, 601));
  collect_clean(vm_, true);
  EXPECT_FALSE(is_alive(vm_, h));
  EXPECT_TRUE(tuple_intact(list->items[0], 4, 601));
}

TEST_F(GcTest, WriteBarrierOnOldLargeHolder) {
  RootedValues roots(heap());
  Tuple* big = runtime::tuple_new(vm_, kLargeItems);
  roots.push_back(Value::from_object(big));
  collect_clean(vm_, false);
  ASSERT_TRUE(is_old(big));
  Hidden h = [&]() __attribute__((noinline)) {
    Tuple* young = make_tuple(vm_, 3, 4444);
    vm_.store(big, &big->items()[kLargeItems - 1], Value::from_object(young));
    return Hidden(young);
  }
  ();
  EXPECT_TRUE(is_remembered(big));
  collect_clean(vm_, false);
  EXPECT_TRUE(is_alive(vm_, h));
  EXPECT_TRUE(tuple_intact(big->at(kLargeItems - 1), 3, 4444));
}

TEST_F(GcTest, StoringAnOldValueDoesNotRemember) {
  RootedValues roots(heap());
  List* list = runtime::list_new(vm_);
  roots.push_back(Value::from_object(list));
  roots.push_back(Value::from_object(make_tuple(vm_, 2, 8)));
  collect_clean(vm_, false);
  runtime::list_append(vm_, list, roots[1]);
  runtime::list_append(vm_, list, Value::from_small_int(5));
  EXPECT_FALSE(is_remembered(list));
  Tuple* young_holder = runtime::tuple_new(vm_, 1);
  runtime::tuple_init_item(vm_, young_holder, 0, Value::from_object(runtime::tuple_new(vm_, 1)));
  EXPECT_FALSE(is_remembered(young_holder));
}

// Stores a young object into an old list WITHOUT the write barrier.
__attribute__((noinline)) void store_without_barrier(VM& vm, List* old_list) {
  old_list->items[0] = Value::from_object(make_tuple(vm, 3, 1));
}

TEST(GcDeathTest, VerifyDetectsAMissingWriteBarrier) {
  GTEST_FLAG_SET(death_test_style, "threadsafe");
  EXPECT_DEATH(
      {
        VM vm(quiet_vm_options());
        RootedValues roots(vm.heap());
        List* list = runtime::list_new(vm);
        roots.push_back(Value::from_object(list));
        runtime::list_append(vm, list, Value::from_small_int(0));
        vm.heap().collect(false);
        store_without_barrier(vm, list);
        vm.heap().collect(false);
      },
      "missing write barrier");
}

TEST_F(GcTest, DisabledHeapDoesNotCollectAutomatically) {
  HeapOptions options = quiet_options();
  options.young_bytes = 64 << 10;
  heap().set_options(options);
  heap().set_enabled(false);
  make_garbage(vm_, 10000);  // ~ 500 KB
  EXPECT_EQ(heap().stats().minor_collections, 0u);
  EXPECT_EQ(heap().stats().major_collections, 0u);
  heap().set_enabled(true);
  make_garbage(vm_, 10000);
  EXPECT_GT(heap().stats().minor_collections, 3u);
}

// --- Finalizers --------------------------------------------------------------

// Counts the bytes GMP holds, to watch BigInt finalizers release their limbs.
class GmpCounter {
 public:
  GmpCounter() {
    mp_get_memory_functions(&alloc_, &realloc_, &free_);
    live_ = 0;
    mp_set_memory_functions(&Alloc, &Realloc, &Free);
  }
  ~GmpCounter() { mp_set_memory_functions(alloc_, realloc_, free_); }
  static int64_t live() { return live_; }

 private:
  static void* Alloc(size_t n) {
    live_ += static_cast<int64_t>(n);
    return alloc_(n);
  }
  static void* Realloc(void* p, size_t old_size, size_t new_size) {
    live_ += static_cast<int64_t>(new_size) - static_cast<int64_t>(old_size);
    return realloc_(p, old_size, new_size);
  }
  static void Free(void* p, size_t n) {
    live_ -= static_cast<int64_t>(n);
    free_(p, n);
  }
  static inline void* (*alloc_)(size_t) = nullptr;
  static inline void* (*realloc_)(void*, size_t, size_t) = nullptr;
  static inline void (*free_)(void*, size_t) = nullptr;
  static inline int64_t live_ = 0;
};

// 2 ** bits + extra, as a BigInt.
Value make_big(VM& vm, unsigned long bits, unsigned long extra) {
  mpz_t z;
  mpz_init(z);
  mpz_ui_pow_ui(z, 2, bits);
  mpz_add_ui(z, z, extra);
  Value v = runtime::int_from_mpz(vm, z);
  mpz_clear(z);
  return v;
}

__attribute__((noinline)) void make_big_garbage(VM& vm, int count) {
  for (int i = 0; i < count; ++i) (void)make_big(vm, 100000, static_cast<unsigned long>(i));
}

void expect_big_intact(VM& vm, Value v, unsigned long bits, unsigned long extra) {
  ASSERT_TRUE(v.is_object());
  mpz_t got, want;
  mpz_init(got);
  mpz_init(want);
  runtime::int_to_mpz(vm, v, got);
  mpz_ui_pow_ui(want, 2, bits);
  mpz_add_ui(want, want, extra);
  EXPECT_EQ(mpz_cmp(got, want), 0);
  mpz_clear(got);
  mpz_clear(want);
}

void check_finalizers(VM& vm, bool major) {
  RootedValues roots(vm.heap());
  GmpCounter counter;
  collect_clean(vm, true);
  int64_t baseline = GmpCounter::live();
  roots.push_back(make_big(vm, 100000, 12345));
  int64_t one = GmpCounter::live() - baseline;
  ASSERT_GE(one, 100000 / 8);
  collect_clean(vm, false);  // the kept one is old
  size_t bytes = vm.heap().heap_bytes();
  if (major) {
    // Garbage that became old: reachable during a minor collection, then dropped.
    RootedValues holder(vm.heap());
    [&]() __attribute__((noinline)) {
      for (int i = 0; i < 40; ++i) holder.push_back(make_big(vm, 100000, i));
    }
    ();
    collect_clean(vm, false);
    for (Value v : holder) EXPECT_TRUE(is_old(v.object()));
  } else {
    make_big_garbage(vm, 40);
  }
  EXPECT_GE(GmpCounter::live() - baseline, 41 * one - 1024);
  EXPECT_GT(vm.heap().heap_bytes(), bytes);
  collect_clean(vm, major);
  EXPECT_LE(GmpCounter::live() - baseline, 2 * one) << "BigInt limbs were not finalized";
  EXPECT_LE(vm.heap().heap_bytes(), bytes + 64);
  expect_big_intact(vm, roots[0], 100000, 12345);
}

TEST_F(GcTest, MinorCollectionFinalizesBigInts) { check_finalizers(vm_, false); }
TEST_F(GcTest, MajorCollectionFinalizesOldBigInts) { check_finalizers(vm_, true); }

// --- Large objects ---------------------------------------------------------

__attribute__((noinline)) std::vector<Hidden> make_large_garbage(VM& vm, int count) {
  std::vector<Hidden> hidden;
  for (int i = 0; i < count; ++i) {
    Tuple* t = make_tuple(vm, kLargeItems, i);
    hidden.emplace_back(t);
  }
  return hidden;
}

TEST_F(GcTest, LargeObjectsAreFreedByMinorAndMajorCollections) {
  collect_clean(vm_, true);
  size_t baseline = heap().heap_bytes();
  constexpr size_t kLargeBytes = sizeof(Tuple) + kLargeItems * sizeof(Value);
  std::vector<Hidden> young = make_large_garbage(vm_, 20);
  EXPECT_GE(heap().heap_bytes(), baseline + 20 * kLargeBytes);
  // Without the native stack: words left above this test's frame by the
  // fixture's VM construction (which collect_clean cannot overwrite) may equal
  // the address of a large object freed since and reused by these tuples.
  heap().collect_precise(/*major=*/false);
  EXPECT_EQ(count_alive(vm_, young), 0);
  EXPECT_LT(heap().heap_bytes(), baseline + 1024);

  RootedValues roots(heap());
  std::vector<Hidden> old = [&]() __attribute__((noinline)) {
    std::vector<Hidden> hidden;
    for (int i = 0; i < 10; ++i) {
      Tuple* t = make_tuple(vm_, kLargeItems, 100 + i);
      roots.push_back(Value::from_object(t));
      hidden.emplace_back(t);
    }
    return hidden;
  }
  ();
  collect_clean(vm_, false);
  for (int i = 0; i < 10; ++i) {
    EXPECT_TRUE(is_old(roots[static_cast<size_t>(i)].object()));
    EXPECT_TRUE(tuple_intact(roots[static_cast<size_t>(i)], kLargeItems, 100 + i));
  }
  size_t with_old = heap().heap_bytes();
  roots.erase(roots.begin() + 5, roots.end());
  collect_clean(vm_, false);
  EXPECT_EQ(count_alive(vm_, old), 10) << "minor collections keep old large objects";
  collect_clean(vm_, true);
  EXPECT_LE(count_alive(vm_, old), 6);
  for (int i = 0; i < 5; ++i) EXPECT_TRUE(is_alive(vm_, old[static_cast<size_t>(i)]));
  EXPECT_LE(heap().heap_bytes(), with_old - 4 * kLargeBytes);
  for (int i = 0; i < 5; ++i) {
    EXPECT_TRUE(tuple_intact(roots[static_cast<size_t>(i)], kLargeItems, 100 + i));
  }
}

// --- Empty blocks go back to the OS -----------------------------------------

bool is_mapped(uintptr_t address) {
  static const long page = sysconf(_SC_PAGESIZE);
  unsigned char resident = 0;
  void* start = reinterpret_cast<void*>(address & ~static_cast<uintptr_t>(page - 1));
  return mincore(start, static_cast<size_t>(page), &resident) == 0 || errno != ENOMEM;
}

TEST_F(GcTest, MajorCollectionReturnsEmptyBlocks) {
  heap().set_options(HeapOptions());  // verifying 100 MB many times is slow
  collect_clean(vm_, true);
  size_t baseline = heap().heap_bytes();
  std::vector<Hidden> sample;
  {
    RootedValues roots(heap());
    // 100 items: 832-byte cells, about 100 MB in all.
    constexpr int kCount = 120000;
    roots.reserve(kCount);
    [&]() __attribute__((noinline)) {
      for (int i = 0; i < kCount; ++i) {
        Tuple* t = runtime::tuple_new(vm_, 100);
        roots.push_back(Value::from_object(t));
        if (i % 1000 == 500) sample.emplace_back(t);
      }
    }
    ();
    // (A major collection during the loop may have freed some of baseline.)
    EXPECT_GE(heap().heap_bytes(), size_t{kCount} * 832);
    for (Hidden h : sample) ASSERT_TRUE(is_mapped(h.address()));
  }
  collect_clean(vm_, true);
  EXPECT_LT(heap().heap_bytes(), baseline + (size_t{1} << 20));
  int still_mapped = 0;
  for (Hidden h : sample) {
    EXPECT_EQ(heap().find_object(h.address()), nullptr);
    still_mapped += is_mapped(h.address()) ? 1 : 0;
  }
  EXPECT_LE(still_mapped, 3) << "of " << sample.size() << " blocks";
  // The heap keeps working in the memory it kept or maps again.
  RootedValues roots(heap());
  roots.push_back(Value::from_object(make_tuple(vm_, 100, 3)));
  collect_clean(vm_, true);
  EXPECT_TRUE(tuple_intact(roots[0], 100, 3));
}

// --- Stress mode ----------------------------------------------------------

TEST_F(GcTest, StressModeWithVerifyKeepsContainersIntact) {
  HeapOptions options;
  options.stress_every = 1;
  options.verify = true;
  heap().set_options(options);
  uint64_t collections_before = heap().stats().minor_collections + heap().stats().major_collections;
  RootedValues roots(heap());
  List* list = runtime::list_new(vm_);
  roots.push_back(Value::from_object(list));
  Dict* dict = runtime::dict_new(vm_);
  roots.push_back(Value::from_object(dict));
  constexpr int64_t kN = 40;
  for (int64_t i = 0; i < kN; ++i) {
    runtime::list_append(vm_, list, Value::from_object(make_tuple(vm_, 3, i)));
    Str* key = runtime::str_from_utf8(vm_, "k" + std::to_string(i));
    List* value = runtime::list_new(vm_);
    runtime::list_append(vm_, value, Value::from_object(runtime::str_from_utf8(vm_, "v")));
    ASSERT_EQ(runtime::dict_set(vm_, dict, Value::from_object(key), Value::from_object(value)), 0);
  }
  // Mutate: replace every other list item, grow the dict's lists.
  for (int64_t i = 0; i < kN; i += 2) {
    runtime::list_set_item(vm_, list, i, Value::from_object(make_tuple(vm_, 3, 1000 + i)));
  }
  for (int64_t i = 0; i < kN; ++i) {
    Str* key = runtime::str_from_utf8(vm_, "k" + std::to_string(i));
    Value v = runtime::dict_get(vm_, dict, Value::from_object(key));
    ASSERT_TRUE(v.is_object());
    runtime::list_append(vm_, v.as<List>(), Value::from_object(make_tuple(vm_, 2, i)));
  }
  uint64_t collections =
      heap().stats().minor_collections + heap().stats().major_collections - collections_before;
  EXPECT_GT(collections, uint64_t{kN} * 5);
  EXPECT_GT(heap().stats().major_collections, 10u);
  heap().set_options(quiet_options());
  collect_clean(vm_, true);
  ASSERT_EQ(list->length, kN);
  for (int64_t i = 0; i < kN; ++i) {
    EXPECT_TRUE(tuple_intact(list->items[i], 3, i % 2 == 0 ? 1000 + i : i)) << i;
  }
  ASSERT_EQ(dict->used, kN);
  for (int64_t i = 0; i < kN; ++i) {
    Str* key = runtime::str_from_utf8(vm_, "k" + std::to_string(i));
    Value v = runtime::dict_get(vm_, dict, Value::from_object(key));
    ASSERT_TRUE(v.is_object());
    ASSERT_EQ(v.as<List>()->length, 2);
    EXPECT_TRUE(runtime::str_equals_ascii(v.as<List>()->items[0].as<Str>(), "v"));
    EXPECT_TRUE(tuple_intact(v.as<List>()->items[1], 2, i));
  }
}

// --- A Python program end to end ----------------------------------------------

constexpr const char* kGarbageScript = R"(
keep = []
chain = None
total = 0
for i in range(20000):
    garbage = [str(i), (i, i * 2), {'k': i}]
    total += len(garbage[0]) + garbage[1][1] + garbage[2]['k']
    if i % 100 == 0:
        keep.append((i, str(i) * 3, [i] * 5))
        chain = (i, chain)
big = 7 ** 3000
n = 0
c = chain
while c is not None:
    n += c[0]
    c = c[1]
summary = (len(keep), total, n, sum([k[0] for k in keep]), keep[-1][1], big % 1000003,
           sum([sum(k[2]) for k in keep]))
)";

TEST(GcPythonTest, GarbageHeavyScriptRunsUnderCollection) {
  vm::VMOptions options = quiet_vm_options();
  options.heap.young_bytes = 256 << 10;
  options.heap.verify = false;
  VM vm(options);
  std::string dir = testing::make_temp_dir();
  testing::write_file(dir + "/m.py", kGarbageScript);
  int status = 0;
  std::string expected = testing::run_command(
      "python3.11 -c \"exec(open('" + dir + "/m.py').read()); print(repr(summary), end='')\"",
      &status);
  ASSERT_EQ(status, 0);
  testing::run_command("python3.11 -c \"import py_compile; py_compile.compile('" + dir +
                           "/m.py', cfile='" + dir + "/m.pyc', doraise=True)\"",
                       &status);
  ASSERT_EQ(status, 0);
  std::string error;
  RootedValues roots(vm.heap());
  runtime::Code* code = vm::load_pyc_file(vm, dir + "/m.pyc", &error);
  ASSERT_NE(code, nullptr) << error;
  roots.push_back(Value::from_object(reinterpret_cast<Object*>(code)));
  Dict* globals = runtime::dict_new(vm);
  roots.push_back(Value::from_object(globals));
  Value result = vm::run_module_code(vm, code, globals);
  if (result.is_null()) {
    Value e = runtime::repr(vm, vm.take_exception());
    FAIL() << "exception: " << (e.is_null() ? "?" : runtime::str_to_utf8(e.as<Str>()));
  }
  EXPECT_GT(vm.heap().stats().minor_collections, 5u);
  EXPECT_GT(vm.heap().stats().objects_freed, 50000u);
  collect_clean(vm, true);
  collect_clean(vm, false);
  Value summary = runtime::dict_get_str(vm, globals, vm.intern("summary"));
  ASSERT_TRUE(summary.is_object());
  Value r = runtime::repr(vm, summary);
  ASSERT_FALSE(r.is_null());
  EXPECT_EQ(runtime::str_to_utf8(r.as<Str>()), expected);
  EXPECT_LT(vm.heap().stats().peak_heap_bytes, size_t{64} << 20);
}

}  // namespace
}  // namespace pyvm

namespace pyvm {
namespace {

// Index-range remembering: a store into one item of a big old list remembers
// that index only; moving items (insert) upgrades the list to whole.
TEST(GcRangeTest, ListStoresRememberAnIndexRangeAndMovesUpgradeToWhole) {
  VM vm;
  gc::RootedValues roots(vm.heap());
  runtime::List* list = runtime::list_new(vm);
  for (int64_t i = 0; i < 1000; ++i) runtime::list_append(vm, list, Value::from_small_int(i));
  roots.push_back(Value::from_object(list));
  vm.heap().collect(true);
  ASSERT_NE(list->gc_word & gc::kMarked, 0u);
  runtime::List* young = runtime::list_new(vm);
  runtime::list_set_item(vm, list, 500, Value::from_object(young));
  EXPECT_NE(list->gc_word & gc::kRememberedRange, 0u);
  EXPECT_EQ(list->gc_word & gc::kRemembered, 0u);
  // Verify mode checks that no young item lies outside the recorded range.
  gc::HeapOptions options = vm.heap().options();
  options.verify = true;
  vm.heap().set_options(options);
  vm.heap().collect(false);
  EXPECT_TRUE(vm.heap().is_allocated(young));
  EXPECT_EQ(list->items[500], Value::from_object(young));
  // A young item moved by insert() must still be found: the list becomes
  // remembered whole.
  runtime::List* young2 = runtime::list_new(vm);
  runtime::list_set_item(vm, list, 10, Value::from_object(young2));
  Value insert = runtime::get_attr(vm, Value::from_object(list), vm.intern("insert"));
  Value args[2] = {Value::from_small_int(0), Value::from_small_int(-1)};
  ASSERT_FALSE(runtime::call_positional(vm, insert, args, 2).is_null());
  EXPECT_NE(list->gc_word & gc::kRemembered, 0u);
  vm.heap().collect(false);
  EXPECT_EQ(list->items[11], Value::from_object(young2));
  EXPECT_TRUE(vm.heap().is_allocated(young2));
}

// --- Memory owned outside the heap ----------------------------------------

// Big ints that got old and died hold their GMP limbs until a major
// collection: the limbs must count towards the major trigger, or a program
// of big-int temporaries grows without bound while its heap stays tiny.
TEST(GcExternalMemory, DeadOldBigIntsTriggerMajorCollections) {
  vm::VMOptions options;
  options.heap = gc::HeapOptions();
  options.heap.young_bytes = size_t{1} << 20;
  VM vm(options);
  mpz_t big;
  mpz_init(big);
  mpz_ui_pow_ui(big, 3, 200000);  // about 40 KiB of limbs
  gc::RootedValues keep(vm.heap());
  for (int round = 0; round < 3000; ++round) {
    keep.push_back(runtime::int_from_mpz(vm, big));
    // The ones kept when a minor collection runs become old, then die.
    if (keep.size() == 16) keep.clear();
  }
  mpz_clear(big);
  // About 120 MiB of limbs allocated, several MiB of them dead and old, while
  // the heap itself holds a few KiB: a major collection must have run.
  EXPECT_GE(vm.heap().stats().major_collections, 1u);
}

// Memory outside the heap has its own, lower floor for major collections
// (1 MiB instead of the heap's 8 MiB): dead old limbs must not pile up to
// several MiB while the program keeps well under one alive.
TEST(GcExternalMemory, DeadOldLimbsAreCollectedEveryFewMiB) {
  vm::VMOptions options;
  options.heap = gc::HeapOptions();
  options.heap.young_bytes = size_t{1} << 20;
  VM vm(options);
  mpz_t big;
  mpz_init(big);
  mpz_ui_pow_ui(big, 3, 200000);  // about 40 KiB of limbs
  gc::RootedValues keep(vm.heap());
  for (int round = 0; round < 3000; ++round) {
    keep.push_back(runtime::int_from_mpz(vm, big));
    if (keep.size() == 16) keep.clear();  // at most 640 KiB alive
  }
  mpz_clear(big);
  // About 120 MiB of limbs, a good part of it promoted before dying: with
  // the heap's 8 MiB floor alone there would be at most 15 majors.
  EXPECT_GE(vm.heap().stats().major_collections, 30u);
}

}  // namespace
}  // namespace pyvm
