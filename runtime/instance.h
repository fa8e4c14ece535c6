// Instances of user classes, with their attributes in slots described by
// shared shapes (hidden classes).
//
// A Shape is an immutable list of attribute names; adding an attribute moves
// an instance to the child shape for that name (a transition shared by every
// instance that adds the same attributes in the same order). So instances
// built alike share one shape, and an attribute load is "find the name's index
// in the shape, load slots[index]": with a shape guard the JIT turns it into
// one fixed-offset load.
//
// Invariants:
//   - `shape->count` == the number of used slots; slots[0 .. count) non-null.
//   - Shape keys are interned strings: lookups compare pointers.
//   - Deleting an attribute moves the instance to a shape rebuilt without it
//     (rare: a fresh path from the root).
#pragma once

#include <cstdint>

#include "runtime/object.h"

namespace pyvm::runtime {

struct Shape : Object {
  Shape* parent;      // nullptr for the root shape
  Str* key;           // the attribute this transition added; nullptr at the root
  int64_t index;      // slot of `key`
  int64_t count;      // attributes in this shape
  Dict* transitions;  // key -> child Shape, created on first use
};

struct Instance : Object {
  Shape* shape;
  Value* slots;  // malloc'd, `capacity` Values; owned (finalizer frees)
  int64_t capacity;
};

// The empty shape every new instance starts with (one per VM).
Shape* root_shape(VM& vm);
// Slot index of `name` (interned) in `shape`, or -1.
int64_t shape_lookup(const Shape* shape, const Str* name);

Instance* instance_new(VM& vm, Type* cls);
// Attribute storage: null when absent.
Value instance_get(Instance* instance, Str* name);
void instance_set(VM& vm, Instance* instance, Str* name, Value value);
// 1 removed, 0 absent.
int instance_delete(VM& vm, Instance* instance, Str* name);
// A new dict with the instance's attributes (for __dict__ and vars()).
Dict* instance_dict_copy(VM& vm, Instance* instance);

void init_instance_types(VM& vm);

}  // namespace pyvm::runtime
