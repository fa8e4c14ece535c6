// The native `collections` module (also importable as `_collections`):
// deque, defaultdict, OrderedDict, Counter, ChainMap and namedtuple with CPython 3.11's
// semantics, reprs and error messages.
//
// deque is a native type (runtime/deque.cpp). defaultdict, OrderedDict and
// Counter are classes built with the object model of user classes
// (create_class with `dict` as base, so their instances are dicts and user
// code can subclass them); their methods are native functions owned by the
// class, so the class's dispatch slots reach them like Python-level dunders.
// namedtuple builds a tuple subclass the same way (runtime/namedtuple.cpp).
#pragma once

#include <string>

#include "gc/heap.h"
#include "runtime/function.h"
#include "runtime/object.h"

namespace pyvm::runtime {

// The module's native types, kept alive as a root set; owned by the VM
// (vm.collections_state).
struct CollectionsState : gc::RootSet {
  explicit CollectionsState(gc::Heap& heap) : gc::RootSet(heap) {}
  void trace(Tracer& tracer) override {
    for (Type* t :
         {deque, deque_iterator, deque_reverse_iterator, ordered_dict, counter, tuplegetter}) {
      tracer.visit(t);
    }
  }
  Type* deque = nullptr;
  Type* deque_iterator = nullptr;
  Type* deque_reverse_iterator = nullptr;
  Type* ordered_dict = nullptr;  // for OrderedDict's order-sensitive ==
  Type* counter = nullptr;       // Counter's operators accept only Counters
  Type* tuplegetter = nullptr;   // the field descriptors of namedtuple classes
};

// Creates the state and the modules `collections` and `_collections`, and
// registers them in sys.modules.
void create_collections_module(VM& vm);
void destroy_collections_state(VM& vm);

// ---- shared by the files of the module

// Creates deque and its iterator types into `state`.
void init_deque_types(VM& vm, CollectionsState& state);
// The classes (each a dict subclass built with create_class).
Type* create_defaultdict_class(VM& vm);
Type* create_ordered_dict_class(VM& vm);
Type* create_counter_class(VM& vm);
Type* create_chainmap_class(VM& vm);  // a plain class (not a dict subclass)
// _collections._tuplegetter(index, doc): a namedtuple field (a read-only
// data descriptor).
Type* create_tuplegetter_class(VM& vm);
// Adds __reduce__ to deque, defaultdict, OrderedDict and Counter
// (runtime/collections_reduce.cpp).
void add_collections_reducers(VM& vm, Type* deque, Type* defaultdict, Type* ordered_dict,
                              Type* counter);
// collections.namedtuple(typename, field_names, *, rename, defaults, module).
[[nodiscard]] Value namedtuple_factory(VM& vm, CallArgs args);

// A class `collections.<name>` deriving from `base`, made by type.__new__
// with the namespace `ns` (nullptr: empty);
// nullptr with an exception pending on failure.
Type* collections_class_new(VM& vm, const char* name, Type* base, Dict* ns);
// Adds a native method owned by the user class `cls` (assigned as a class
// attribute, so the class's dispatch slots are re-derived for dunders).
void add_class_method(VM& vm, Type* cls, const char* name, NativeFn fn, int min_args, int max_args,
                      uint32_t flags = 0);
// Wraps a native function in classmethod / staticmethod.
Value wrap_native(VM& vm, Type* wrapper, Value function);
// The class of an instance by its short name, as CPython's reprs show it.
std::string short_type_name(VM& vm, Value v);

}  // namespace pyvm::runtime
