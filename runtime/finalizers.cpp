// __del__ support and the safe-point / exit work for finalizers and weak
// references (see runtime/finalizers.h).
#include "runtime/finalizers.h"

#include <algorithm>
#include <unordered_set>
#include <utility>
#include <vector>

#include "runtime/dict.h"
#include "runtime/generator.h"
#include "runtime/generator_drop.h"
#include "runtime/module.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "runtime/weak_containers.h"
#include "runtime/weakref.h"
#include "vm/vm.h"

namespace pyvm::runtime {
namespace {

// Calls obj.__del__() (close() for a generator) if `obj` is still
// registered, unregistering it first (a finalizer runs at most once).
void call_del(VM& vm, Object* obj) {
  WeakrefState& state = weakref_state(vm);
  if (state.finalizable.erase(obj) == 0) return;
  if (obj->type == vm.types().generator) {
    generator_finalize(vm, static_cast<Generator*>(obj));
    return;
  }
  Value self = Value::from_object(obj);
  Value del = type_lookup(vm, obj->type, state.del_name);
  if (del.is_null()) return;  // removed from the class since
  Value bound = bind_attribute(vm, del, self, obj->type);
  Value r = bound.is_null() ? bound : call_positional(vm, bound, nullptr, 0);
  if (r.is_null()) report_unraisable(vm, del);
}

// Collects the references of an object in trace order.
class ChildCollector final : public Tracer {
 public:
  explicit ChildCollector(std::vector<Object*>* out) : out_(out) {}
  void visit_object(Object* object) override { out_->push_back(object); }

 private:
  std::vector<Object*>* out_;
};

bool is_builtin_container(VM& vm, const Object* object) {
  const Type* t = object->type;
  return t == vm.types().list || t == vm.types().tuple || t == vm.types().dict ||
         t == vm.types().set || t == vm.types().frozenset;
}

// The walk that orders the finalizers run at exit. It reproduces what CPython
// 3.11 shows when the main module's dict is released: each global's object
// graph is released depth first, an object before what it references (an
// instance's __del__ runs before its attributes go), except that releasing a
// built-in container (list, tuple, dict, set) is deferred to a queue that
// runs after the globals, first in first out, list and tuple items last to
// first. Nothing is allocated meanwhile, so raw pointers are safe.
class ExitWalk {
 public:
  ExitWalk(VM& vm, gc::RootedValues* order) : vm_(vm), order_(order), collector_(&children_) {}

  void mark_visited(Object* object) { visited_.insert(object); }
  bool visited(Object* object) const { return visited_.count(object) != 0; }

  // Releases `root` and what only it leads to (containers are queued).
  void release(Object* root) {
    std::vector<Object*> stack{root};
    while (!stack.empty()) {
      Object* object = stack.back();
      stack.pop_back();
      if (!visited_.insert(object).second || object->type == nullptr ||
          object->type->trace == nullptr) {
        continue;
      }
      if (is_builtin_container(vm_, object)) {
        deferred_.push_back(object);
        continue;
      }
      note(object);
      std::vector<Object*> children = children_of(object);
      stack.insert(stack.end(), children.rbegin(), children.rend());
    }
  }

  // Runs the deferred container releases, which may queue more.
  void drain_deferred() {
    for (size_t i = 0; i < deferred_.size(); ++i) {
      Object* container = deferred_[i];
      std::vector<Object*> children = children_of(container);
      bool reversed = container->type == vm_.types().list || container->type == vm_.types().tuple;
      if (reversed) std::reverse(children.begin(), children.end());
      for (Object* child : children) release(child);
    }
  }

 private:
  void note(Object* object) {
    if (weakref_state(vm_).finalizable.count(object) != 0) {
      order_->push_back(Value::from_object(object));
    }
  }
  std::vector<Object*> children_of(Object* object) {
    children_.clear();
    object->type->trace(object, collector_);
    return children_;
  }

  VM& vm_;
  gc::RootedValues* order_;
  std::vector<Object*> children_;
  ChildCollector collector_;
  std::unordered_set<Object*> visited_;
  std::vector<Object*> deferred_;
};

// Registered objects in the order CPython's teardown would finalize them:
// reachable from __main__'s globals first, then the rest by creation.
void exit_order(VM& vm, gc::RootedValues* order) {
  WeakrefState& state = weakref_state(vm);
  ExitWalk walk(vm, order);
  Value main = dict_get_str(vm, vm.modules(), vm.intern("__main__"));
  if (!main.is_null() && main.object()->type == vm.types().module) {
    Dict* globals = main.as<Module>()->dict;
    walk.mark_visited(globals);
    int64_t pos = 0;
    Value key, value;
    while (dict_next(globals, &pos, &key, &value)) {
      if (value.is_object()) walk.release(value.object());
    }
    walk.drain_deferred();
  }
  std::vector<std::pair<uint64_t, Object*>> rest;
  for (const auto& entry : state.finalizable) {
    if (!walk.visited(entry.first)) rest.emplace_back(entry.second, entry.first);
  }
  std::sort(rest.begin(), rest.end());
  for (const auto& entry : rest) order->push_back(Value::from_object(entry.second));
}

// Whether `root` can reach itself: CPython finds such an object in a cycle
// of garbage (its weak references are cleared and their callbacks run before
// __del__), while an object freed by reference counting runs __del__ first.
// The walk does not enter classes, modules, functions and code (shared with
// live objects, they cannot lead back to garbage) and gives up after a
// bounded number of objects (then the object counts as acyclic).
bool reaches_itself(VM& vm, Object* root) {
  constexpr size_t kLimit = 20000;
  std::vector<Object*> children;
  ChildCollector collector(&children);
  std::unordered_set<Object*> visited;
  std::vector<Object*> stack;
  auto push_children = [&](Object* object) {
    children.clear();
    if (object->type != nullptr && object->type->trace != nullptr) {
      object->type->trace(object, collector);
    }
    stack.insert(stack.end(), children.begin(), children.end());
  };
  push_children(root);
  while (!stack.empty()) {
    Object* object = stack.back();
    stack.pop_back();
    if (object == root) return true;
    if (!visited.insert(object).second || visited.size() > kLimit) {
      if (visited.size() > kLimit) return false;
      continue;
    }
    const Type* t = object->type;
    if (t == nullptr || is_subtype(t, vm.types().type) || t == vm.types().module ||
        t == vm.types().function || t == vm.types().code) {
      continue;
    }
    push_children(object);
  }
  return false;
}

}  // namespace

void note_new_instance(VM& vm, Value instance) {
  if (!instance.is_object() || vm.weakref_state == nullptr) return;
  Object* object = instance.object();
  if ((object->type->flags & kTypeUserClass) == 0) return;
  WeakrefState& state = weakref_state(vm);
  if (type_lookup(vm, object->type, state.del_name).is_null()) return;
  if (state.finalizable.emplace(object, state.next_registration).second) {
    ++state.next_registration;
    vm.heap().register_finalizer(object);
  }
}

void run_pending_finalizers(VM& vm) {
  if (vm.weakref_state == nullptr) return;
  WeakrefState& state = weakref_state(vm);
  if (state.running) return;  // the outer loop picks the new work up
  state.running = true;
  Value saved_exception = vm.take_exception();
  Value saved_handled = vm.handled_exception();
  gc::Heap& heap = vm.heap();
  for (;;) {
    std::vector<Object*> objects = heap.take_pending_finalization();
    gc::RootedValues pending(heap);  // no longer roots in the heap's queue
    for (Object* o : objects) pending.push_back(Value::from_object(o));
    std::vector<Object*> holders = heap.take_cleared_weak_holders();
    if (pending.empty() && holders.empty()) break;
    // Objects freed as CPython's reference counting would free them run
    // __del__ before the callbacks of the weak references to them; garbage
    // in a cycle has its callbacks run first.
    bool cyclic = false;
    for (Value v : pending) cyclic = cyclic || reaches_itself(vm, v.object());
    if (cyclic) weakref_process_cleared(vm, holders);
    for (Value v : pending) call_del(vm, v.object());
    if (!cyclic) weakref_process_cleared(vm, holders);
  }
  vm.set_handled_exception(saved_handled);
  vm.set_exception(saved_exception);
  state.running = false;
}

void finalize_at_exit(VM& vm) {
  if (vm.weakref_state == nullptr) return;
  WeakrefState& state = weakref_state(vm);
  if (state.finalizable.empty() && state.finalizers.empty()) return;
  Value saved_exception = vm.take_exception();
  vm.heap().collect(true);
  run_pending_finalizers(vm);
  run_atexit_finalizers(vm);
  // __del__ methods may create finalizable objects; a few rounds settle it.
  for (int round = 0; round < 4 && !state.finalizable.empty(); ++round) {
    gc::RootedValues order(vm.heap());
    exit_order(vm, &order);
    for (Value v : order) call_del(vm, v.object());
  }
  vm.set_exception(saved_exception);
}

}  // namespace pyvm::runtime
