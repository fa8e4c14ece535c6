// The native `_contextvars` module (see runtime/contextvars_module.h).
//
// pyvm runs one thread, so one ContextState object holds the current
// Context; every ContextVar and Context points at it, and the module keeps
// it under a private name so that Context() and copy_context() find it.
// A Context's variables live in a dict owned by that Context alone
// (copy_context copies it), so ContextVar.set updates the current Context's
// dict in place; CPython shares them through an immutable HAMT instead, so
// iterating a Context lists its variables in insertion order here but in
// hash order in CPython.
#include "runtime/contextvars_module.h"

#include <cstdio>
#include <string>

#include "runtime/dict.h"
#include "runtime/exceptions.h"
#include "runtime/function.h"
#include "runtime/generic_alias.h"
#include "runtime/list.h"
#include "runtime/module.h"
#include "runtime/native_args.h"
#include "runtime/native_type.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/type.h"
#include "vm/vm.h"

namespace pyvm::runtime {
namespace {

constexpr const char* kModule = "_contextvars";
constexpr const char* kStateKey = "_pyvm_context_state";

struct ContextState : Object {
  Value current;  // the current Context, or null until first needed
  Type* context_type;
  Type* token_type;
  Value missing;  // Token.MISSING
};

struct Context : Object {
  Dict* vars;     // ContextVar -> value
  Value entered;  // while run() is active: the Context it replaced (None if none)
  ContextState* state;
};

struct ContextVar : Object {
  Str* name;
  Value default_value;  // null: no default
  ContextState* state;
};

struct Token : Object {
  Value context;
  Value var;
  Value old_value;  // null: the variable had no value (Token.MISSING)
  int64_t used;
};

void trace_state(Object* self, Tracer& tracer) {
  auto* s = static_cast<ContextState*>(self);
  tracer.visit(s->current);
  tracer.visit(s->context_type);
  tracer.visit(s->token_type);
  tracer.visit(s->missing);
}

void trace_context(Object* self, Tracer& tracer) {
  auto* c = static_cast<Context*>(self);
  tracer.visit(c->vars);
  tracer.visit(c->entered);
  tracer.visit(c->state);
}

void trace_var(Object* self, Tracer& tracer) {
  auto* v = static_cast<ContextVar*>(self);
  tracer.visit(v->name);
  tracer.visit(v->default_value);
  tracer.visit(v->state);
}

void trace_token(Object* self, Tracer& tracer) {
  auto* t = static_cast<Token*>(self);
  tracer.visit(t->context);
  tracer.visit(t->var);
  tracer.visit(t->old_value);
}

ContextState* module_state(VM& vm) {
  Value s = module_attribute(vm, kModule, kStateKey);
  if (s.is_null()) {
    raise(vm, vm.types().runtime_error, "pyvm: the _contextvars module was replaced");
    return nullptr;
  }
  return s.as<ContextState>();
}

Context* context_new(VM& vm, ContextState* state, Dict* vars) {
  auto* c = vm.allocate<Context>(state->context_type);
  vm.store_ref(c, &c->vars, vars);
  vm.store(c, &c->entered, Value::null());
  vm.store_ref(c, &c->state, state);
  return c;
}

Context* current_context(VM& vm, ContextState* state) {
  if (state->current.is_null()) {
    vm.store(state, &state->current, Value::from_object(context_new(vm, state, dict_new(vm))));
  }
  return state->current.as<Context>();
}

std::string repr_text(VM& vm, Value v) {
  Value r = repr(vm, v);
  if (r.is_null()) {
    vm.clear_exception();
    return "?";
  }
  return str_to_utf8(r.as<Str>());
}

std::string address(Value v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%p", static_cast<const void*>(v.object()));
  return buf;
}

// `name` found in the type of `self` (methods bound to it), else the
// AttributeError.
Value type_attribute(VM& vm, Value self, Str* name) {
  Type* type = type_of(vm, self);
  Value found = type_lookup(vm, type, name);
  if (found.is_null()) return raise_attribute_error(vm, self, name);
  return bind_attribute(vm, found, self, type);
}

// ---- ContextVar ----

Value var_construct(VM& vm, Type*, CallArgs args) {
  Value a[2];
  ArgSpec spec{"ContextVar", {"name", "default"}, 1, 1};
  if (!bind_args(vm, args, spec, a)) return Value::null();
  if (!is_str(vm, a[0])) return raise_type_error(vm, "context variable name must be a str");
  ContextState* state = module_state(vm);
  if (state == nullptr) return Value::null();
  Value type = module_attribute(vm, kModule, "ContextVar");
  auto* v = vm.allocate<ContextVar>(type.as<Type>());
  vm.store_ref(v, &v->name, a[0].as<Str>());
  vm.store(v, &v->default_value, a[1]);
  vm.store_ref(v, &v->state, state);
  return Value::from_object(v);
}

Value var_repr(VM& vm, Value self) {
  auto* v = self.as<ContextVar>();
  std::string text = "<ContextVar name=" + repr_text(vm, Value::from_object(v->name));
  if (!v->default_value.is_null()) text += " default=" + repr_text(vm, v->default_value);
  return Value::from_object(str_from_utf8(vm, text + " at " + address(self) + ">"));
}

Value var_getattr(VM& vm, Value self, Str* name) {
  if (str_equals_ascii(name, "name")) return Value::from_object(self.as<ContextVar>()->name);
  return type_attribute(vm, self, name);
}

// ContextVar.get([default]).
Value var_get(VM& vm, CallArgs args) {
  auto* v = args.args[0].as<ContextVar>();
  Context* ctx = current_context(vm, v->state);
  Value found = dict_get(vm, ctx->vars, args.args[0]);
  if (!found.is_null() || vm.has_exception()) return found;
  if (args.npos > 1) return args.args[1];
  if (!v->default_value.is_null()) return v->default_value;
  Value exc = call_positional(vm, Value::from_object(vm.types().lookup_error), args.args, 1);
  return exc.is_null() ? exc : raise_value(vm, exc);
}

// ContextVar.set(value): a Token that reset() uses to restore the old value.
Value var_set(VM& vm, CallArgs args) {
  auto* v = args.args[0].as<ContextVar>();
  Context* ctx = current_context(vm, v->state);
  Value old = dict_get(vm, ctx->vars, args.args[0]);
  if (old.is_null() && vm.has_exception()) return old;
  auto* t = vm.allocate<Token>(v->state->token_type);
  vm.store(t, &t->context, Value::from_object(ctx));
  vm.store(t, &t->var, args.args[0]);
  vm.store(t, &t->old_value, old);
  if (dict_set(vm, ctx->vars, args.args[0], args.args[1]) < 0) return Value::null();
  return Value::from_object(t);
}

// ContextVar.reset(token): restores the value the variable had before the
// set() that made `token`.
Value var_reset(VM& vm, CallArgs args) {
  auto* v = args.args[0].as<ContextVar>();
  Value tv = args.args[1];
  if (!tv.is_object() || tv.object()->type != v->state->token_type) {
    return raise_type_error(vm, "expected an instance of Token, got " + repr_text(vm, tv));
  }
  auto* t = tv.as<Token>();
  if (t->used)
    return raise(vm, vm.types().runtime_error, repr_text(vm, tv) + " has already been used once");
  if (t->var != args.args[0]) {
    return raise_value_error(vm, repr_text(vm, tv) + " was created by a different ContextVar");
  }
  Context* ctx = current_context(vm, v->state);
  if (t->context != Value::from_object(ctx)) {
    return raise_value_error(vm, repr_text(vm, tv) + " was created in a different Context");
  }
  t->used = 1;
  if (t->old_value.is_null()) {
    if (dict_del(vm, ctx->vars, args.args[0]) < 0) return Value::null();
  } else if (dict_set(vm, ctx->vars, args.args[0], t->old_value) < 0) {
    return Value::null();
  }
  return vm.none();
}

Type* create_var_type(VM& vm) {
  Type* t = module_type_new(vm, kModule, "ContextVar", sizeof(ContextVar), trace_var);
  t->construct = var_construct;
  t->repr = var_repr;
  t->hash = [](VM&, Value self) { return identity_hash(self); };
  t->getattr = var_getattr;
  add_method(vm, t, "get", var_get, 0, 1);
  add_method(vm, t, "set", var_set, 1, 1);
  add_method(vm, t, "reset", var_reset, 1, 1);
  add_class_getitem(vm, t);
  return t;
}

// ---- Token ----

Value token_repr(VM& vm, Value self) {
  auto* t = self.as<Token>();
  std::string text = std::string("<Token") + (t->used ? " used" : "") +
                     " var=" + repr_text(vm, t->var) + " at " + address(self) + ">";
  return Value::from_object(str_from_utf8(vm, text));
}

Value token_getattr(VM& vm, Value self, Str* name) {
  auto* t = self.as<Token>();
  if (str_equals_ascii(name, "var")) return t->var;
  if (str_equals_ascii(name, "old_value")) {
    return t->old_value.is_null() ? t->var.as<ContextVar>()->state->missing : t->old_value;
  }
  return type_attribute(vm, self, name);
}

Type* create_token_type(VM& vm) {
  Type* t = module_type_new(vm, kModule, "Token", sizeof(Token), trace_token);
  t->repr = token_repr;
  t->hash = [](VM&, Value self) { return identity_hash(self); };
  t->getattr = token_getattr;
  t->construct = [](VM& vm, Type*, CallArgs) {
    return raise(vm, vm.types().runtime_error, "Tokens can only be created by ContextVars");
  };
  add_class_getitem(vm, t);
  return t;
}

// ---- Context ----

Value context_construct(VM& vm, Type*, CallArgs args) {
  if (args.npos > 0 || (args.kwnames != nullptr && args.kwnames->length > 0)) {
    return raise_type_error(vm, "Context() does not accept any arguments");
  }
  ContextState* state = module_state(vm);
  if (state == nullptr) return Value::null();
  return Value::from_object(context_new(vm, state, dict_new(vm)));
}

// The key of a Context lookup, which must be a ContextVar.
bool check_key(VM& vm, Value key) {
  if (key.is_object() && key.object()->type->trace == trace_var) return true;
  raise_type_error(vm, "a ContextVar key was expected, got " + repr_text(vm, key));
  return false;
}

Value context_getitem(VM& vm, Value self, Value key) {
  if (!check_key(vm, key)) return Value::null();
  Value v = dict_get(vm, self.as<Context>()->vars, key);
  if (v.is_null() && !vm.has_exception()) return raise_key_error(vm, key);
  return v;
}

int context_contains(VM& vm, Value self, Value key) {
  if (!check_key(vm, key)) return -1;
  Value v = dict_get(vm, self.as<Context>()->vars, key);
  if (v.is_null()) return vm.has_exception() ? -1 : 0;
  return 1;
}

Value context_get(VM& vm, CallArgs args) {
  if (!check_key(vm, args.args[1])) return Value::null();
  Value v = dict_get(vm, args.args[0].as<Context>()->vars, args.args[1]);
  if (!v.is_null() || vm.has_exception()) return v;
  return args.npos > 2 ? args.args[2] : vm.none();
}

Value context_copy(VM& vm, CallArgs args) {
  auto* c = args.args[0].as<Context>();
  return Value::from_object(context_new(vm, c->state, dict_copy(vm, c->vars)));
}

// Context.run(callable, *args, **kwargs): calls with this Context current.
Value context_run(VM& vm, CallArgs args) {
  auto* c = args.args[0].as<Context>();
  if (args.npos < 2) return raise_type_error(vm, "run() missing 1 required positional argument");
  if (!c->entered.is_null()) {
    return raise(vm, vm.types().runtime_error,
                 "cannot enter context: " + repr_text(vm, args.args[0]) + " is already entered");
  }
  ContextState* state = c->state;
  Value previous = Value::from_object(current_context(vm, state));
  vm.store(c, &c->entered, previous);
  vm.store(state, &state->current, args.args[0]);
  Value result = call(vm, args.args[1], CallArgs{args.args + 2, args.npos - 2, args.kwnames});
  vm.store(state, &state->current, previous);
  vm.store(c, &c->entered, Value::null());
  return result;
}

Value context_view(VM& vm, CallArgs args, const char* method) {
  Value d = Value::from_object(args.args[0].as<Context>()->vars);
  Value m = get_attr(vm, d, vm.intern(method));
  return m.is_null() ? m : call_positional(vm, m, nullptr, 0);
}

Value context_keys(VM& vm, CallArgs args) { return context_view(vm, args, "keys"); }
Value context_values(VM& vm, CallArgs args) { return context_view(vm, args, "values"); }
Value context_items(VM& vm, CallArgs args) { return context_view(vm, args, "items"); }

Value context_richcompare(VM& vm, Value a, Value b, CompareOp op) {
  if ((op != CompareOp::kEq && op != CompareOp::kNe) || !b.is_object() ||
      b.object()->type != a.object()->type) {
    return vm.not_implemented();
  }
  return rich_compare(vm, Value::from_object(a.as<Context>()->vars),
                      Value::from_object(b.as<Context>()->vars), op);
}

Type* create_context_type(VM& vm) {
  Type* t = module_type_new(vm, kModule, "Context", sizeof(Context), trace_context);
  t->construct = context_construct;
  t->getitem = context_getitem;
  t->contains = context_contains;
  t->length = [](VM&, Value self) -> int64_t { return self.as<Context>()->vars->used; };
  t->iter = [](VM& vm, Value self) {
    return get_iter(vm, Value::from_object(self.as<Context>()->vars));
  };
  t->richcompare = context_richcompare;
  add_method(vm, t, "get", context_get, 1, 2);
  add_method(vm, t, "copy", context_copy, 0, 0);
  add_method(vm, t, "run", context_run, 0, -1, kNativeKeywords);
  add_method(vm, t, "keys", context_keys, 0, 0);
  add_method(vm, t, "values", context_values, 0, 0);
  add_method(vm, t, "items", context_items, 0, 0);
  return t;
}

Value copy_context(VM& vm, CallArgs) {
  ContextState* state = module_state(vm);
  if (state == nullptr) return Value::null();
  Context* current = current_context(vm, state);
  return Value::from_object(context_new(vm, state, dict_copy(vm, current->vars)));
}

Value missing_repr(VM& vm, Value) {
  return Value::from_object(str_from_utf8(vm, "<Token.MISSING>"));
}

}  // namespace

Value create_contextvars_module(VM& vm) {
  Module* module = module_new(vm, vm.intern(kModule));
  dict_set_str(vm, vm.modules(), module->name, Value::from_object(module));
  Type* state_type =
      module_type_new(vm, kModule, "_ContextState", sizeof(ContextState), trace_state);
  auto* state = vm.allocate<ContextState>(state_type);
  dict_set_str(vm, module->dict, vm.intern(kStateKey), Value::from_object(state));
  Type* context_type = create_context_type(vm);
  Type* token_type = create_token_type(vm);
  vm.store_ref(state, &state->context_type, context_type);
  vm.store_ref(state, &state->token_type, token_type);
  Type* missing_type =
      module_type_new(vm, kModule, "_TokenMissing", sizeof(Object), [](Object*, Tracer&) {});
  missing_type->flags |= kTypeNoReferences;
  missing_type->repr = missing_repr;
  missing_type->hash = [](VM&, Value self) { return identity_hash(self); };
  vm.store(state, &state->missing, Value::from_object(vm.allocate<Object>(missing_type)));
  dict_set_str(vm, token_type->dict, vm.intern("MISSING"), state->missing);
  dict_set_str(vm, module->dict, vm.intern("Context"), Value::from_object(context_type));
  dict_set_str(vm, module->dict, vm.intern("ContextVar"), Value::from_object(create_var_type(vm)));
  dict_set_str(vm, module->dict, vm.intern("Token"), Value::from_object(token_type));
  NativeFunction* f = native_function_new(vm, "copy_context", copy_context, 0, 0);
  dict_set_str(vm, module->dict, f->name, Value::from_object(f));
  return Value::from_object(module);
}

}  // namespace pyvm::runtime
