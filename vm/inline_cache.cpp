// Slow paths of the inline-cached instructions and the rules deciding what
// may be cached (see vm/inline_cache.h and runtime/inline_cache.h).
#include "vm/inline_cache.h"

#include "runtime/code.h"
#include "runtime/descriptors.h"
#include "runtime/ops.h"
#include "runtime/user_class.h"
#include "vm/interpreter_support.h"
#include "vm/opcodes.h"

namespace pyvm::vm {
namespace {

// The extra ways live in the instruction's CACHE units.
static_assert(kCacheUnitTable[LOAD_ATTR] >= kAttributeWays - 1);
static_assert(kCacheUnitTable[STORE_ATTR] >= kAttributeWays - 1);
static_assert(kCacheUnitTable[LOAD_METHOD] >= kAttributeWays - 1);

using runtime::Dict;
using runtime::Instance;
using runtime::Object;
using runtime::Shape;
using runtime::Str;
using runtime::Type;
using runtime::UserType;

// The entry to refill, or null when the site stopped caching.
InlineCache* entry_to_fill(VM& vm, Frame* frame, int64_t unit) {
  InlineCache* c = runtime::code_cache(vm, frame->code, unit);
  if (c->kind == CacheKind::kOff) return nullptr;
  // Every fill attempt counts, so a site whose answers are never cacheable
  // (or keep changing) stops paying for the attempt.
  if (++c->misses >= runtime::kMaxCacheMisses) {
    c->kind = CacheKind::kOff;
    return nullptr;
  }
  c->kind = CacheKind::kEmpty;
  return c;
}

// The way of an attribute site to refill (see kAttributeWays), or null when
// the site stopped caching. Way 0 counts the misses of the whole site.
InlineCache* way_to_fill(VM& vm, Frame* frame, int64_t unit) {
  InlineCache* c = runtime::code_cache(vm, frame->code, unit);
  if (c->kind == CacheKind::kOff) return nullptr;
  if (++c->misses >= runtime::kMaxCacheMisses) {
    for (int way = 1; way < kAttributeWays; ++way) c[way].kind = CacheKind::kEmpty;
    c->kind = CacheKind::kOff;
    return nullptr;
  }
  for (int way = 0; way < kAttributeWays; ++way) {
    if (c[way].kind == CacheKind::kEmpty) return &c[way];
  }
  // Every way holds an answer that just missed: the site starts over.
  for (int way = 0; way < kAttributeWays; ++way) c[way].kind = CacheKind::kEmpty;
  return c;
}

// The entry index of the live key `name` in `d`, or -1 (keys compared by
// identity: names are interned).
int64_t entry_index(const Dict* d, const Str* name) {
  for (int64_t i = 0; i < d->entries_len; ++i) {
    const Value key = d->entries[i].key;
    if (key.is_object() && key.object() == name) return i;
  }
  return -1;
}

void fill_global(VM& vm, Frame* frame, Str* name, int64_t unit) {
  int64_t index = entry_index(frame->globals, name);
  Dict* source = frame->globals;
  if (index < 0) {
    index = entry_index(frame->builtins, name);
    source = frame->builtins;
  }
  if (index < 0 || index > UINT32_MAX) return;
  InlineCache* c = entry_to_fill(vm, frame, unit);
  if (c == nullptr) return;
  c->index = static_cast<uint32_t>(index);
  if (source == frame->globals) {
    c->kind = CacheKind::kGlobal;
    return;
  }
  c->kind = CacheKind::kBuiltin;
  c->owner = frame->globals;
  c->shape = frame->builtins;
  c->version = frame->globals->keys_version;
  vm.heap().remember_if_old(frame->code);  // the code object now traces both dicts
}

// A class attribute whose meaning cannot change while the owning type's
// version holds: its type is built in (so its descriptor behaviour is fixed)
// and binding returns it unchanged.
bool is_plain_constant(VM& vm, Value v) {
  if (!v.is_object()) return true;
  const auto& t = vm.types();
  Type* type = v.object()->type;
  return type == t.none || type == t.int_ || type == t.bool_ || type == t.float_ || type == t.str ||
         type == t.bytes || type == t.tuple || type == t.frozenset || type == t.complex ||
         type == t.list || type == t.dict || type == t.set;
}

// True when `owner` is an instance of a user class with the Instance layout
// and object's own attribute lookup (no __getattribute__ override).
bool is_plain_instance(Value owner) {
  if (!owner.is_object()) return false;
  Type* type = owner.object()->type;
  return type->getattr == runtime::instance_getattr &&
         static_cast<UserType*>(type)->attributes_offset == sizeof(Object);
}

// Names whose lookup object_getattribute special-cases.
bool is_special_name(Str* name) {
  return runtime::str_equals_ascii(name, "__class__") ||
         runtime::str_equals_ascii(name, "__dict__");
}

// Fills `c` for a load of `name` from the plain instance `owner`.
void fill_instance_load(VM& vm, InlineCache* c, Value owner, Str* name) {
  Object* o = owner.object();
  Type* type = o->type;
  Shape* shape = static_cast<Instance*>(o)->attributes.shape;
  Value attr = runtime::type_lookup(vm, type, name);
  int64_t index = runtime::shape_lookup(shape, name);
  bool in_instance = index >= shape->fixed;
  CacheKind kind = CacheKind::kEmpty;
  if (attr.is_null()) {
    if (in_instance) kind = CacheKind::kSlot;
  } else if (attr.is_object() && attr.object()->type == vm.types().function) {
    kind = in_instance ? CacheKind::kSlot : CacheKind::kMethod;
  } else if (is_plain_constant(vm, attr)) {
    kind = in_instance ? CacheKind::kSlot : CacheKind::kClassValue;
  }
  if (kind == CacheKind::kEmpty) return;
  c->kind = kind;
  c->owner = type;
  c->version = type->version;
  c->shape = shape;
  c->index = kind == CacheKind::kSlot ? static_cast<uint32_t>(index) : 0;
  c->value = kind == CacheKind::kSlot ? Value::null() : attr;
}

// Fills `c` for LOAD_METHOD on an instance of a built-in type when `name` is
// a plain native or Python method of it (the method form of load_method).
void fill_native_method(VM& vm, InlineCache* c, Value owner, Str* name) {
  Type* type = owner.object()->type;
  // A generator's getattr slot only adds data attributes (see load_method).
  bool plain_getattr = type->getattr == nullptr || type == vm.types().generator;
  if (!plain_getattr || runtime::is_user_class(type)) return;
  Value found = runtime::type_lookup(vm, type, name);
  if (!found.is_object()) return;
  Type* kind = found.object()->type;
  bool plain = kind == vm.types().function ||
               (kind == vm.types().builtin_function &&
                (found.as<runtime::NativeFunction>()->flags & runtime::kNativeMethod) != 0 &&
                found.as<runtime::NativeFunction>()->self.is_null());
  if (!plain) return;
  c->kind = CacheKind::kNativeMethod;
  c->owner = type;
  c->version = type->version;
  c->value = found;
}

bool is_dunder(const Str* name) {
  int64_t n = name->length;
  return n >= 4 && name->at(0) == '_' && name->at(1) == '_' && name->at(n - 1) == '_' &&
         name->at(n - 2) == '_';
}

// True when `owner` is a user class whose metaclass is `type` itself.
bool is_plain_class(VM& vm, Value owner) {
  return owner.is_object() && owner.object()->type == vm.types().type &&
         runtime::is_user_class(owner.as<Type>());
}

// Fills `c` for a load of the non-dunder `name` from the plain class `owner`
// when the class's MRO holds a Python function (class access returns it
// unbound) or a plain constant. `type`'s own attributes come after the MRO
// for such names, and type's dict never changes.
void fill_class_load(VM& vm, InlineCache* c, Value owner, Str* name) {
  if (is_dunder(name)) return;
  Type* cls = owner.as<Type>();
  Value found = runtime::type_lookup(vm, cls, name);
  if (found.is_null()) return;
  bool function = found.is_object() && found.object()->type == vm.types().function;
  if (!function && !is_plain_constant(vm, found)) return;
  c->kind = CacheKind::kClassAttr;
  c->owner = cls;
  c->version = cls->version;
  c->value = found;
}

void fill_module_load(VM& vm, InlineCache* c, Value owner, Str* name) {
  if (is_special_name(name)) return;
  int64_t index = entry_index(owner.as<runtime::Module>()->dict, name);
  if (index < 0 || index > UINT32_MAX) return;
  (void)vm;
  c->kind = CacheKind::kModuleAttr;
  c->index = static_cast<uint32_t>(index);
}

// True when a store of `name` on the plain-instance `owner` goes straight to
// its attributes: object.__setattr__, a __dict__, no data descriptor.
bool is_plain_store(VM& vm, Value owner, Str* name) {
  if (!is_plain_instance(owner) || is_special_name(name)) return false;
  auto* type = static_cast<UserType*>(owner.object()->type);
  if (type->setattr != runtime::generic_setattr) return false;
  if ((type->class_flags & runtime::kClassHasDict) == 0) return false;
  Value attr = runtime::type_lookup(vm, type, name);
  if (attr.is_null() || is_plain_constant(vm, attr)) return true;
  return attr.is_object() && attr.object()->type == vm.types().function;
}

}  // namespace

Value load_global_miss(VM& vm, Frame* frame, Str* name, int64_t unit) {
  Value v = load_global(vm, frame, name);
  if (!v.is_null()) fill_global(vm, frame, name, unit);
  return v;
}

Value load_attr_miss(VM& vm, Frame* frame, Value owner, Str* name, int64_t unit) {
  Value v = runtime::get_attr(vm, owner, name);
  if (v.is_null()) return v;
  bool instance = is_plain_instance(owner) && !is_special_name(name);
  bool module = owner.is_object() && owner.object()->type == vm.types().module;
  bool cls = is_plain_class(vm, owner);
  if (!instance && !module && !cls) return v;
  InlineCache* c = way_to_fill(vm, frame, unit);
  if (c == nullptr) return v;
  if (instance) {
    fill_instance_load(vm, c, owner, name);
  } else if (cls) {
    fill_class_load(vm, c, owner, name);
  } else {
    fill_module_load(vm, c, owner, name);
  }
  return v;
}

int store_attr_miss(VM& vm, Frame* frame, Value owner, Str* name, Value value, int64_t unit) {
  bool plain = is_plain_store(vm, owner, name);
  Shape* before = plain ? static_cast<Instance*>(owner.object())->attributes.shape : nullptr;
  Type* type = plain ? owner.object()->type : nullptr;
  if (runtime::set_attr(vm, owner, name, value) < 0) return -1;
  if (!plain || owner.object()->type != type || type->version == 0) return 0;
  Shape* after = static_cast<Instance*>(owner.object())->attributes.shape;
  bool overwrite = after == before;
  bool append = after->parent == before && after->key == name;
  if (!overwrite && !append) return 0;
  int64_t index = runtime::shape_lookup(after, name);
  if (index < after->fixed) return 0;
  InlineCache* c = way_to_fill(vm, frame, unit);
  if (c == nullptr) return 0;
  c->kind = overwrite ? CacheKind::kStoreSlot : CacheKind::kStoreAdd;
  c->owner = type;
  c->version = type->version;
  c->shape = before;
  c->next = after;
  c->index = static_cast<uint32_t>(index);
  return 0;
}

bool describe_instance_load(VM& vm, InlineCache* c, Value owner, Str* name) {
  if (!is_plain_instance(owner) || is_special_name(name)) return false;
  *c = InlineCache{};
  fill_instance_load(vm, c, owner, name);
  return c->kind != CacheKind::kEmpty;
}

bool describe_instance_store(VM& vm, InlineCache* c, Value owner, Str* name) {
  if (!is_plain_store(vm, owner, name)) return false;
  Type* type = owner.object()->type;
  Shape* shape = static_cast<Instance*>(owner.object())->attributes.shape;
  int64_t index = runtime::shape_lookup(shape, name);
  if (type->version == 0 || index < shape->fixed) return false;
  *c = InlineCache{};
  c->kind = CacheKind::kStoreSlot;
  c->owner = type;
  c->version = type->version;
  c->shape = shape;
  c->next = shape;
  c->index = static_cast<uint32_t>(index);
  return true;
}

bool describe_instance_add(VM& vm, InlineCache* c, Value owner, Str* name) {
  if (!is_plain_store(vm, owner, name)) return false;
  Type* type = owner.object()->type;
  Shape* shape = static_cast<Instance*>(owner.object())->attributes.shape;
  if (type->version == 0 || runtime::shape_lookup(shape, name) >= 0 ||
      shape->transitions == nullptr) {
    return false;
  }
  Value child = runtime::dict_get_str(vm, shape->transitions, name);
  if (child.is_null()) return false;
  auto* after = child.as<Shape>();
  int64_t index = runtime::shape_lookup(after, name);
  if (after->parent != shape || index < after->fixed) return false;
  *c = InlineCache{};
  c->kind = CacheKind::kStoreAdd;
  c->owner = type;
  c->version = type->version;
  c->shape = shape;
  c->next = after;
  c->index = static_cast<uint32_t>(index);
  return true;
}

int load_method_miss(VM& vm, Frame* frame, Str* name, Value* slot, int64_t unit) {
  Value owner = slot[0];
  if (load_method(vm, name, slot) < 0) return -1;
  bool instance = is_plain_instance(owner) && !is_special_name(name);
  if (!instance && !owner.is_object()) return 0;
  if (!instance && (runtime::is_user_class(owner.object()->type))) return 0;
  InlineCache* c = way_to_fill(vm, frame, unit);
  if (c == nullptr) return 0;
  if (instance) {
    fill_instance_load(vm, c, owner, name);
  } else if (is_plain_class(vm, owner)) {
    fill_class_load(vm, c, owner, name);
  } else {
    fill_native_method(vm, c, owner, name);
  }
  return 0;
}

}  // namespace pyvm::vm
