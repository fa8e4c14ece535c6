// PYVM_GC_VERIFY (see docs/gc.md): checks of the heap after a collection
// and of the remembered set before a minor one.
#include "gc/heap.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

#include "gc/heap_internal.h"

namespace pyvm::gc {

// PYVM_GC_VERIFY: after a collection every allocated object must be marked
// (young garbage was swept), and every reference must lead to an allocated
// object.
void Heap::verify_heap() {
  class Checker : public runtime::Tracer {
   public:
    Checker(const Heap& heap, Object* holder) : heap_(heap), holder_(holder) {}
    void visit_object(Object* child) override {
      if (!heap_.is_allocated(child)) {
        std::fprintf(stderr, "pyvm: GC verify: object %p (type %p) references freed %p\n",
                     static_cast<void*>(holder_), static_cast<void*>(holder_->type),
                     static_cast<void*>(child));
        std::abort();
      }
      // The marker does not trace objects of such types: a reference here
      // would not keep its referent alive.
      if (holder_->type != nullptr && (holder_->type->flags & runtime::kTypeNoReferences) != 0) {
        std::fprintf(stderr,
                     "pyvm: GC verify: object %p of a type flagged kTypeNoReferences (%p) "
                     "references %p\n",
                     static_cast<void*>(holder_), static_cast<void*>(holder_->type),
                     static_cast<void*>(child));
        std::abort();
      }
    }

   private:
    const Heap& heap_;
    Object* holder_;
  };
  auto check = [&](Object* object) {
    if ((object->gc_word & kMarked) == 0) {
      std::fprintf(stderr, "pyvm: GC verify: unmarked object %p survived a collection\n",
                   static_cast<void*>(object));
      std::abort();
    }
    Checker checker(*this, object);
    if (object->type != nullptr && object->type->trace != nullptr) {
      object->type->trace(object, checker);
    }
  };
  for (Block* block : blocks_) {
    block->for_each_allocated([&](char* cell) {
      auto* object = reinterpret_cast<Object*>(cell);
      if (object->type != nullptr) check(object);
    });
  }
  for (auto& [address, info] : large_) check(reinterpret_cast<Object*>(address));
}

// PYVM_GC_VERIFY, before a minor collection: an old (marked) object that
// references a young (unmarked) one must be in the remembered set, or the
// write barrier was skipped somewhere.
void Heap::verify_remembered_set() {
  class Checker : public runtime::Tracer {
   public:
    explicit Checker(Object* holder) : holder_(holder) {}
    void visit_object(Object* child) override {
      if ((child->gc_word & kMarked) == 0) {
        std::fprintf(stderr,
                     "pyvm: GC verify: old object %p (type %p) references young %p "
                     "but is not remembered (missing write barrier)\n",
                     static_cast<void*>(holder_), static_cast<void*>(holder_->type),
                     static_cast<void*>(child));
        std::abort();
      }
    }

   private:
    Object* holder_;
  };
  auto check = [this](Object* object) {
    if ((object->gc_word & (kMarked | kRemembered)) != kMarked) return;
    if (object->type == nullptr || object->type->trace == nullptr) return;
    Checker checker(object);
    if ((object->gc_word & kRememberedRange) != 0) {
      // Young items may only lie inside the recorded range.
      const IndexRange& range = remembered_ranges_.at(object);
      object->type->trace_range(object, 0, range.begin, checker);
      object->type->trace_range(object, range.end, INT64_MAX, checker);
      return;
    }
    object->type->trace(object, checker);
  };
  for (Block* block : blocks_) {
    block->for_each_allocated([&](char* cell) {
      auto* object = reinterpret_cast<Object*>(cell);
      if (object->type != nullptr) check(object);
    });
  }
  for (auto& [address, info] : large_) check(reinterpret_cast<Object*>(address));
}

}  // namespace pyvm::gc
