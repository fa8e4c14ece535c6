// User-defined classes: `class` statements (__build_class__ with metaclasses
// and class keywords), class creation (type.__new__: C3 MRO, __slots__,
// __set_name__, __init_subclass__), the type.__call__ protocol (__new__ then
// __init__), the generic slots that dispatch to dunder methods found along the
// MRO (kept current when a dunder is assigned on the class later), attribute
// access with descriptors (object.__getattribute__ / __setattr__ and their
// overrides), and zero-argument super().
//
// A user class is a UserType (a Type with a few more fields) whose object
// header names its metaclass (`type` or a user subclass of it). Its instances
// are runtime::Instance objects (attributes in shapes), or, for subclasses of
// exceptions, BaseException objects whose attributes live in the exception's
// dict, or, for metaclasses, UserType objects.
#pragma once

#include "runtime/object.h"

namespace pyvm::runtime {

struct Shape;
struct List;

enum ClassFlags : uint32_t {
  kClassHasDict = 1u << 0,      // instances accept attributes outside __slots__
  kClassObjectNew = 1u << 1,    // __new__ is object.__new__ (kept current by the slots)
  kClassObjectInit = 1u << 2,   // __init__ is object.__init__ (likewise)
  kClassWeakrefable = 1u << 3,  // instances can be weakly referenced (__weakref__)
  // Error messages name the class "<__module__>.<name>", as CPython's C types
  // (datetime.py's classes standing for _datetime's). Not inherited.
  kClassDottedName = 1u << 4,
};

// The layout of every class with kTypeUserClass (allocated with this size).
struct UserType : Type {
  Shape* initial_shape;  // where instances start; carries the __slots__ entries
  Str* qualname;         // __qualname__
  Tuple* bases;          // __bases__
  Type* layout;          // the built-in base that fixes the instance layout
  List* subclasses;      // direct user subclasses (strong), to refresh their slots
  uint32_t class_flags;
  // Byte offset of the instances' Attributes (runtime/instance.h): right
  // after the header for plain instances, after the built-in layout for
  // subclasses of fixed-size built-in types; 0 when instances have none
  // (exceptions keep a dict, metaclass instances a Type).
  // kAttributesAfterData: variable-size built-ins (str, tuple) keep them after
  // their inline data, at the offset stored in the object's `aux` word.
  uint32_t attributes_offset;
  // In-object attribute slots given to new instances (runtime/instance.h):
  // the most attributes an instance of this class has needed so far, capped.
  uint32_t inline_slots;
};

inline bool is_user_class(const Type* t) { return (t->flags & kTypeUserClass) != 0; }
inline UserType* as_user_type(Type* t) {
  return is_user_class(t) ? static_cast<UserType*>(t) : nullptr;
}
void trace_user_type_fields(UserType* type, Tracer& tracer);
// Gives `type` and every type deriving from it a fresh version (Type::version):
// called after any change to a class's dict or bases once the class may have
// been used (class_setattr does it; native code writing a class dict must too).
void type_modified(VM& vm, Type* type);

inline constexpr uint32_t kAttributesAfterData = UINT32_MAX;

struct Attributes;
// The attribute storage of an instance of a user class, or nullptr.
inline Attributes* attributes_of(Object* object) {
  auto* type = static_cast<UserType*>(object->type);
  if (!is_user_class(type) || type->attributes_offset == 0) return nullptr;
  uint32_t offset = type->attributes_offset;
  if (offset == kAttributesAfterData) offset = object->aux;
  return reinterpret_cast<Attributes*>(reinterpret_cast<char*>(object) + offset);
}

// For variable-size built-in layouts (str, tuple): the extra bytes an
// instance of `cls` needs after `data_bytes` of inline data (0 unless `cls`
// keeps attributes there), and the setup of those attributes (the object's
// `aux` offset and the class's initial shape; a no-op for other classes).
[[nodiscard]] size_t attribute_tail_bytes(const Type* cls, size_t data_bytes);
void place_attribute_tail(VM& vm, Object* object, size_t header_bytes, size_t data_bytes);

void trace_instance(Object* self, Tracer& tracer);

// The getattr slot of classes whose instances are runtime::Instance objects
// and that do not override __getattribute__: the interpreter's LOAD_METHOD
// fast path compares against it.
[[nodiscard]] Value instance_getattr(VM& vm, Value self, Str* name);
// The getattr slot of user subclasses of exceptions that do not override
// __getattribute__: object.__getattribute__ (the exception's dict holds the
// instance attributes), then __getattr__. Distinct from instance_getattr:
// the interpreter's fast path assumes the Instance layout for that one.
[[nodiscard]] Value user_exception_getattr(VM& vm, Value self, Str* name);
// object.__getattribute__ / object.__setattr__ (value null: delete).
[[nodiscard]] Value generic_getattribute(VM& vm, Value self, Str* name);
[[nodiscard]] int generic_setattr(VM& vm, Value self, Str* name, Value value);

// type.__new__(metaclass, name, bases, namespace, **kwargs): a new class.
// `kwargs` (may be nullptr) goes to __init_subclass__. Null with an exception
// on error. `from_python` is true for classes Python code creates (class
// statements, type()): a subclass of a built-in type then gets the
// `__dict__`/`__weakref__` descriptors CPython gives it; pyvm's own native
// classes built on dict or tuple (defaultdict, namedtuple...) do not.
[[nodiscard]] Value create_class(VM& vm, Type* metaclass, Str* name, Tuple* bases, Dict* ns,
                                 Dict* kwargs, bool from_python = false);
// type(name, bases, namespace) and type(x) (the construct slot of `type`).
[[nodiscard]] Value type_construct_call(VM& vm, Type* cls, CallArgs args);
// Attribute access on class objects: metaclass data descriptors, then the
// class's MRO (descriptors get (None, cls)), then the metaclass's attributes
// bound to the class, then the metaclass's __getattr__.
[[nodiscard]] Value class_getattr(VM& vm, Value cls, Str* name);
[[nodiscard]] int class_setattr(VM& vm, Value cls, Str* name, Value value);

// Adds __build_class__, super, vars, and the isinstance/issubclass that honour
// __instancecheck__/__subclasscheck__ to the builtins dict.
void add_class_builtins(VM& vm, Dict* builtins);
// Adds type.__text_signature__ and type.__flags__ (once the property type
// is ready).
void add_type_descriptors(VM& vm);
void init_class_types(VM& vm);

}  // namespace pyvm::runtime
