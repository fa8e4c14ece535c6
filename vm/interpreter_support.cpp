// Slow paths of the interpreter's opcodes (see vm/interpreter_support.h).
#include "vm/interpreter_support.h"

#include <cstdint>
#include <string>
#include <vector>

#include "runtime/attribute_dict.h"
#include "runtime/builtins.h"
#include "runtime/dict.h"
#include "runtime/exceptions.h"
#include "runtime/function.h"
#include "runtime/generator.h"
#include "runtime/instance.h"
#include "runtime/int.h"
#include "runtime/iterators.h"
#include "runtime/list.h"
#include "runtime/module.h"
#include "runtime/ops.h"
#include "runtime/range.h"
#include "runtime/set.h"
#include "runtime/slice.h"
#include "runtime/str.h"
#include "runtime/str_join.h"
#include "runtime/tuple.h"
#include "runtime/user_class.h"
#include "vm/import.h"
#include "vm/locals_mapping.h"
#include "vm/opcodes.h"
#include "vm/vm.h"

namespace pyvm::vm {

using runtime::BaseException;
using runtime::Dict;
using runtime::List;
using runtime::Str;
using runtime::Tuple;

namespace {

std::string local_name(Frame* frame, int index) {
  return runtime::str_to_utf8(frame->code->localsplusnames->at(index).as<Str>());
}

Value raise_name_error(VM& vm, Str* name) {
  runtime::raise(vm, vm.types().name_error,
                 "name '" + runtime::str_to_utf8(name) + "' is not defined");
  runtime::set_name_error_name(vm, name);
  return Value::null();
}

bool is_exception_class(VM& vm, Value v) {
  return v.is_object() && v.object()->type == vm.types().type &&
         (v.as<runtime::Type>()->flags & runtime::kTypeBaseException) != 0;
}

bool is_exception_instance(Value v) {
  return v.is_object() && (v.object()->type->flags & runtime::kTypeBaseException) != 0;
}

// Turns `raise X` operands into an instance: classes are called with no args.
Value instantiate_exception(VM& vm, Value v, const char* error) {
  if (is_exception_class(vm, v)) {
    Value instance = runtime::call_positional(vm, v, nullptr, 0);
    if (instance.is_null()) return instance;
    if (!is_exception_instance(instance)) {
      Value shown = runtime::repr(vm, v);
      if (shown.is_null()) return shown;
      Value kind = runtime::repr(
          vm, Value::from_object(instance.is_object() ? instance.object()->type : vm.types().int_));
      if (kind.is_null()) return kind;
      return runtime::raise_type_error(
          vm, "calling " + runtime::str_to_utf8(shown.as<runtime::Str>()) +
                  " should have returned an instance of BaseException, not " +
                  runtime::str_to_utf8(kind.as<runtime::Str>()));
    }
    return instance;
  }
  if (is_exception_instance(v)) return v;
  return runtime::raise_type_error(vm, error);
}

// Collects the items of any iterable into `out`, stopping after `limit` items.
bool collect(VM& vm, Value iterable, gc::RootedValues* out, size_t limit = SIZE_MAX) {
  if (iterable.is_object()) {
    runtime::Type* type = iterable.object()->type;
    if (type == vm.types().tuple) {
      auto* t = iterable.as<Tuple>();
      out->assign(t->items(), t->items() + t->length);
      return true;
    }
    if (type == vm.types().list) {
      auto* l = iterable.as<List>();
      out->assign(l->items, l->items + l->length);
      return true;
    }
  }
  Value it = runtime::get_iter(vm, iterable);
  if (it.is_null()) return false;
  for (;;) {
    if (out->size() >= limit) return true;
    Value item = runtime::iter_next(vm, it);
    if (item.is_null()) return !vm.has_exception();
    out->push_back(item);
  }
}

std::string function_display_name(VM& vm, Value callable) {
  if (callable.is_object() && callable.object()->type == vm.types().function) {
    auto* f = callable.as<runtime::Function>();
    std::string module;
    if (f->module.is_object() && f->module.object()->type == vm.types().str) {
      module = runtime::str_to_utf8(f->module.as<Str>()) + ".";
    }
    return module + runtime::str_to_utf8(f->qualname) + "()";
  }
  if (callable.is_object() && callable.object()->type == vm.types().builtin_function) {
    return runtime::str_to_utf8(callable.as<runtime::NativeFunction>()->name) + "()";
  }
  return runtime::type_name(vm, callable) + " object";
}

}  // namespace

void raise_unbound_local(VM& vm, Frame* frame, int index) {
  runtime::raise(vm, vm.types().unbound_local_error,
                 "cannot access local variable '" + local_name(frame, index) +
                     "' where it is not associated with a value");
}

void raise_unbound_deref(VM& vm, Frame* frame, int index) {
  uint8_t kind = frame->code->localspluskinds->data()[index];
  if ((kind & runtime::kFastFree) != 0) {
    runtime::raise(vm, vm.types().name_error,
                   "cannot access free variable '" + local_name(frame, index) +
                       "' where it is not associated with a value in enclosing scope");
  } else {
    raise_unbound_local(vm, frame, index);
  }
}

Value load_global(VM& vm, Frame* frame, Str* name) {
  Value v = runtime::dict_get_str(vm, frame->globals, name);
  if (!v.is_null()) return v;
  v = runtime::dict_get_str(vm, frame->builtins, name);
  if (!v.is_null()) return v;
  return raise_name_error(vm, name);
}

int delete_global(VM& vm, Frame* frame, Str* name) {
  int removed = runtime::dict_del(vm, frame->globals, Value::from_object(name));
  if (removed < 0) return -1;
  if (removed == 0) {
    raise_name_error(vm, name);
    return -1;
  }
  return 0;
}

Value load_name(VM& vm, Frame* frame, Str* name) {
  if (frame->locals_mapping.is_null()) {
    return runtime::raise(vm, vm.types().system_error, "no locals when loading a name");
  }
  Value v = locals_get(vm, frame->locals_mapping, name);
  if (!v.is_null() || vm.has_exception()) return v;
  return load_global(vm, frame, name);
}

int store_name(VM& vm, Frame* frame, Str* name, Value v) {
  if (frame->locals_mapping.is_null()) {
    runtime::raise(vm, vm.types().system_error, "no locals found when storing a name");
    return -1;
  }
  return locals_set(vm, frame->locals_mapping, name, v);
}

int delete_name(VM& vm, Frame* frame, Str* name) {
  int removed = locals_delete(vm, frame->locals_mapping, name);
  if (removed < 0) return -1;
  if (removed == 0) {
    raise_name_error(vm, name);
    return -1;
  }
  return 0;
}

Value load_classderef(VM& vm, Frame* frame, int index) {
  Str* name = frame->code->localsplusnames->at(index).as<Str>();
  if (!frame->locals_mapping.is_null()) {
    Value v = locals_get(vm, frame->locals_mapping, name);
    if (!v.is_null() || vm.has_exception()) return v;
  }
  Value slot = frame->localsplus()[index];
  if (!slot.is_object() || slot.object()->type != vm.types().cell) {
    raise_bad_operand(vm, LOAD_CLASSDEREF);
    return Value::null();
  }
  Value v = slot.as<runtime::Cell>()->contents;
  if (v.is_null()) {
    raise_unbound_deref(vm, frame, index);
    return Value::null();
  }
  return v;
}

int setup_annotations(VM& vm, Frame* frame) {
  Str* key = vm.intern("__annotations__");
  Value existing = locals_get(vm, frame->locals_mapping, key);
  if (!existing.is_null() || vm.has_exception()) return existing.is_null() ? -1 : 0;
  return locals_set(vm, frame->locals_mapping, key, Value::from_object(runtime::dict_new(vm)));
}

int load_method(VM& vm, Str* name, Value* slot) {
  Value object = slot[0];
  runtime::Type* type = runtime::type_of(vm, object);
  // A user-class instance calling a method defined on its class: the method
  // form, without allocating a bound method (an instance attribute of the
  // same name would shadow it, as in user_getattr).
  bool plain_instance = type->getattr == runtime::instance_getattr;
  if (plain_instance && runtime::instance_get(object.as<runtime::Instance>(), name).is_null()) {
    Value found = runtime::type_lookup(vm, type, name);
    if (found.is_object() && found.object()->type == vm.types().function) {
      slot[0] = found;
      slot[1] = object;
      return 0;
    }
  }
  // A generator's getattr slot only adds data attributes (gi_*, __name__):
  // its methods resolve exactly as with no slot.
  if (type->getattr == nullptr || type == vm.types().generator) {
    Value found = runtime::type_lookup(vm, type, name);
    bool is_plain_method =
        found.is_object() &&
        ((found.object()->type == vm.types().builtin_function &&
          (found.as<runtime::NativeFunction>()->flags & runtime::kNativeMethod) != 0 &&
          found.as<runtime::NativeFunction>()->self.is_null()) ||
         found.object()->type == vm.types().function);
    if (is_plain_method) {
      slot[0] = found;
      slot[1] = object;
      return 0;
    }
  }
  Value attribute = runtime::get_attr(vm, object, name);
  if (attribute.is_null()) return -1;
  slot[0] = Value::null();
  slot[1] = attribute;
  return 0;
}

Value call_function_ex(VM& vm, bool has_kwargs, Value* sp) {
  Value kwargs = has_kwargs ? sp[-1] : Value::null();
  Value* base = sp - (has_kwargs ? 4 : 3);
  Value callable = base[1];
  gc::RootedValues args(vm.heap());
  if (!base[0].is_null()) {
    args.push_back(base[1]);
    callable = base[0];
  }
  gc::RootedValues positional(vm.heap());
  if (!collect(vm, base[2], &positional)) {
    if (runtime::exception_matches(vm, vm.types().type_error) &&
        runtime::type_of(vm, base[2])->iter == nullptr) {
      vm.clear_exception();
      return runtime::raise_type_error(vm, function_display_name(vm, callable) +
                                               " argument after * must be an iterable, not " +
                                               runtime::type_name(vm, base[2]));
    }
    return Value::null();
  }
  args.insert(args.end(), positional.begin(), positional.end());
  size_t npos = args.size();
  Tuple* kwnames = nullptr;
  if (!kwargs.is_null()) {
    auto* d = kwargs.as<Dict>();
    kwnames = runtime::tuple_new(vm, d->used);
    int64_t pos = 0;
    int64_t i = 0;
    Value key, value;
    while (runtime::dict_next(d, &pos, &key, &value)) {
      if (!key.is_object() || key.object()->type != vm.types().str) {
        return runtime::raise_type_error(vm, "keywords must be strings");
      }
      runtime::tuple_init_item(vm, kwnames, i++, key);
      args.push_back(value);
    }
  }
  return runtime::call(vm, callable, runtime::CallArgs{args.data(), npos, kwnames});
}

Value* make_function(VM& vm, Frame* frame, uint32_t flags, Value* sp) {
  auto* code = (*--sp).as<runtime::Code>();
  runtime::Function* f = runtime::function_new(vm, code, frame->globals, code->qualname);
  if (flags & 0x08) vm.store_ref(f, &f->closure, (*--sp).as<Tuple>());
  if (flags & 0x04) {
    // Annotations arrive as a flat tuple (name, value, ...).
    auto* flat = (*--sp).as<Tuple>();
    Dict* annotations = runtime::dict_new(vm);
    for (int64_t i = 0; i + 1 < flat->length; i += 2) {
      (void)runtime::dict_set(vm, annotations, flat->at(i), flat->at(i + 1));
    }
    vm.store_ref(f, &f->annotations, annotations);
  }
  if (flags & 0x02) vm.store_ref(f, &f->kwdefaults, (*--sp).as<Dict>());
  if (flags & 0x01) vm.store_ref(f, &f->defaults, (*--sp).as<Tuple>());
  *sp++ = Value::from_object(f);
  return sp;
}

Value fast_subscript(VM& vm, Value container, Value key) {
  if (!key.is_small_int() || !container.is_object()) return Value::null();
  int64_t i = key.small_int();
  runtime::Type* type = container.object()->type;
  if (type == vm.types().list) {
    auto* l = container.as<List>();
    if (i < 0) i += l->length;
    if (i >= 0 && i < l->length) return l->items[i];
  } else if (type == vm.types().tuple) {
    auto* t = container.as<Tuple>();
    if (i < 0) i += t->length;
    if (i >= 0 && i < t->length) return t->at(i);
  } else if (type == vm.types().str) {
    auto* s = container.as<Str>();
    if (i < 0) i += s->length;
    if (i >= 0 && i < s->length) return Value::from_object(runtime::str_from_char(vm, s->at(i)));
  }
  return Value::null();
}

Value build_set(VM& vm, const Value* items, uint32_t count) {
  Value set = runtime::set_new(vm);
  for (uint32_t i = 0; i < count; ++i) {
    if (runtime::set_add(vm, set, items[i]) < 0) return Value::null();
  }
  return set;
}

Value build_map(VM& vm, const Value* pairs, uint32_t count) {
  Dict* d = runtime::dict_new(vm);
  for (uint32_t i = 0; i < count; ++i) {
    if (runtime::dict_set(vm, d, pairs[2 * i], pairs[2 * i + 1]) < 0) return Value::null();
  }
  return Value::from_object(d);
}

Value build_const_key_map(VM& vm, const Value* values, uint32_t count) {
  auto* keys = values[count].as<Tuple>();
  Dict* d = runtime::dict_new(vm);
  for (uint32_t i = 0; i < count; ++i) {
    if (runtime::dict_set(vm, d, keys->at(i), values[i]) < 0) return Value::null();
  }
  return Value::from_object(d);
}

Value build_string(VM& vm, const Value* parts, uint32_t count) {
  for (uint32_t i = 0; i < count; ++i) {
    if (!parts[i].is_object() || parts[i].object()->type != vm.types().str) {
      raise_bad_operand(vm, BUILD_STRING);
      return Value::null();
    }
  }
  return Value::from_object(runtime::str_join_array(vm, nullptr, parts, count));
}

Value build_slice(VM& vm, const Value* parts, uint32_t count) {
  return runtime::slice_new(vm, parts[0], parts[1], count == 3 ? parts[2] : vm.none());
}

int list_extend_for_unpack(VM& vm, List* list, Value iterable) {
  if (runtime::list_extend(vm, list, iterable) == 0) return 0;
  if (runtime::exception_matches(vm, vm.types().type_error) &&
      runtime::type_of(vm, iterable)->iter == nullptr) {
    vm.clear_exception();
    runtime::raise_type_error(
        vm, "Value after * must be an iterable, not " + runtime::type_name(vm, iterable));
  }
  return -1;
}

int set_add_value(VM& vm, Value set, Value item) { return runtime::set_add(vm, set, item); }

int set_update(VM& vm, Value set, Value iterable) {
  // A set source merges table-wise as CPython's set_merge does (same order).
  if (runtime::is_any_set(vm, iterable)) return runtime::set_update_from(vm, set, iterable);
  gc::RootedValues items(vm.heap());
  if (!collect(vm, iterable, &items)) return -1;
  for (Value item : items) {
    if (runtime::set_add(vm, set, item) < 0) return -1;
  }
  return 0;
}

// `other` itself when it is an exact dict; for another mapping (an object
// whose type has `keys`) a new dict of its items; null when `other` is no
// mapping (no exception) or when reading it failed (exception pending).
static Value mapping_as_dict(VM& vm, Value other) {
  other = runtime::attribute_dict_as_dict(vm, other);  // an instance's live __dict__
  if (other.is_object() && other.object()->type == vm.types().dict) return other;
  if (runtime::type_lookup(vm, runtime::type_of(vm, other), vm.intern("keys")).is_null()) {
    return Value::null();
  }
  Dict* copy = runtime::dict_new(vm);
  if (runtime::dict_merge_from(vm, copy, other) < 0) return Value::null();
  return Value::from_object(copy);
}

int dict_update(VM& vm, Dict* dict, Value other) {
  Value mapping = mapping_as_dict(vm, other);
  if (vm.has_exception()) return -1;
  if (mapping.is_null()) {
    runtime::raise_type_error(vm,
                              "'" + runtime::type_name(vm, other) + "' object is not a mapping");
    return -1;
  }
  int64_t pos = 0;
  Value key, value;
  while (runtime::dict_next(mapping.as<Dict>(), &pos, &key, &value)) {
    if (runtime::dict_set(vm, dict, key, value) < 0) return -1;
  }
  return 0;
}

int dict_merge_kwargs(VM& vm, Dict* dict, Value other, Value callable) {
  Value mapping = mapping_as_dict(vm, other);
  if (vm.has_exception()) return -1;
  if (mapping.is_null()) {
    runtime::raise_type_error(vm, function_display_name(vm, callable) +
                                      " argument after ** must be a mapping, not " +
                                      runtime::type_name(vm, other));
    return -1;
  }
  int64_t pos = 0;
  Value key, value;
  while (runtime::dict_next(mapping.as<Dict>(), &pos, &key, &value)) {
    Value existing = runtime::dict_get(vm, dict, key);
    if (vm.has_exception()) return -1;
    if (!existing.is_null()) {
      Value text = runtime::str(vm, key);
      if (text.is_null()) return -1;
      runtime::raise_type_error(vm, function_display_name(vm, callable) +
                                        " got multiple values for keyword argument '" +
                                        runtime::str_to_utf8(text.as<Str>()) + "'");
      return -1;
    }
    if (runtime::dict_set(vm, dict, key, value) < 0) return -1;
  }
  return 0;
}

int unpack_sequence(VM& vm, Value seq, uint32_t count, Value* out) {
  // Exact tuples and lists of the right length need no iteration.
  const Value* direct = nullptr;
  if (seq.is_object() && seq.object()->type == vm.types().tuple &&
      seq.as<Tuple>()->length == static_cast<int64_t>(count)) {
    direct = seq.as<Tuple>()->items();
  } else if (seq.is_object() && seq.object()->type == vm.types().list &&
             seq.as<List>()->length == static_cast<int64_t>(count)) {
    direct = seq.as<List>()->items;
  }
  if (direct != nullptr) {
    for (uint32_t i = 0; i < count; ++i) out[i] = direct[count - 1 - i];
    return 0;
  }
  gc::RootedValues items(vm.heap());
  if (runtime::type_of(vm, seq)->iter == nullptr && runtime::type_of(vm, seq)->getitem == nullptr) {
    runtime::raise_type_error(
        vm, "cannot unpack non-iterable " + runtime::type_name(vm, seq) + " object");
    return -1;
  }
  if (!collect(vm, seq, &items, count + 1)) return -1;
  if (items.size() < count) {
    runtime::raise_value_error(vm, "not enough values to unpack (expected " +
                                       std::to_string(count) + ", got " +
                                       std::to_string(items.size()) + ")");
    return -1;
  }
  if (items.size() > count) {
    runtime::raise_value_error(
        vm, "too many values to unpack (expected " + std::to_string(count) + ")");
    return -1;
  }
  for (uint32_t i = 0; i < count; ++i) out[i] = items[count - 1 - i];
  return 0;
}

int unpack_ex(VM& vm, Value seq, uint32_t before, uint32_t after, Value* out) {
  gc::RootedValues items(vm.heap());
  if (runtime::type_of(vm, seq)->iter == nullptr && runtime::type_of(vm, seq)->getitem == nullptr) {
    runtime::raise_type_error(
        vm, "cannot unpack non-iterable " + runtime::type_name(vm, seq) + " object");
    return -1;
  }
  if (!collect(vm, seq, &items)) return -1;
  size_t needed = before + after;
  if (items.size() < needed) {
    runtime::raise_value_error(vm, "not enough values to unpack (expected at least " +
                                       std::to_string(needed) + ", got " +
                                       std::to_string(items.size()) + ")");
    return -1;
  }
  size_t middle = items.size() - needed;
  // Stack order, bottom to top: after-items (last first), the star list, before-items.
  size_t k = 0;
  for (size_t i = 0; i < after; ++i) out[k++] = items[items.size() - 1 - i];
  out[k++] = Value::from_object(
      runtime::list_from(vm, items.data() + before, static_cast<int64_t>(middle)));
  for (size_t i = 0; i < before; ++i) out[k++] = items[before - 1 - i];
  return 0;
}

Value fast_iter_next(VM& vm, Value iterator) {
  runtime::Type* type = runtime::type_of(vm, iterator);
  if (type == vm.types().range_iterator) {
    auto* it = iterator.as<runtime::RangeIterator>();
    if (it->remaining <= 0) return Value::null();
    int64_t v = it->next;
    // Stepping past the last item could overflow, so stop at it.
    if (--it->remaining > 0) it->next += it->step;
    return runtime::int_from_int64(vm, v);
  }
  if (type == vm.types().list_iterator) {
    auto* it = iterator.as<runtime::ListIterator>();
    if (it->list != nullptr && it->index < it->list->length) return it->list->items[it->index++];
  }
  return runtime::iter_next(vm, iterator);
}

void reraise_handled(VM& vm) {
  Value handled = vm.topmost_handled_exception();
  if (handled.is_null() || handled == vm.none()) {
    runtime::raise(vm, vm.types().runtime_error, "No active exception to reraise");
    return;
  }
  runtime::raise_value(vm, handled);
}

void do_raise(VM& vm, Value exc, Value cause, bool has_cause) {
  Value instance = instantiate_exception(vm, exc, "exceptions must derive from BaseException");
  if (instance.is_null()) return;
  if (has_cause) {
    Value cause_instance;
    if (cause == vm.none()) {
      cause_instance = Value::null();
    } else {
      cause_instance =
          instantiate_exception(vm, cause, "exception causes must derive from BaseException");
      if (cause_instance.is_null()) return;
    }
    auto* e = instance.as<BaseException>();
    vm.store(e, &e->cause, cause_instance);
    e->suppress_context = 1;
  }
  instance.object()->aux = 0;  // a fresh raise: chain_exception_context chains it
  runtime::raise_value(vm, instance);
}

int exception_matches_type(VM& vm, Value exc, Value type) {
  auto check_one = [&](Value t) -> int {
    if (!is_exception_class(vm, t)) {
      runtime::raise_type_error(
          vm, "catching classes that do not inherit from BaseException is not allowed");
      return -1;
    }
    return runtime::is_subtype(runtime::type_of(vm, exc), t.as<runtime::Type>()) ? 1 : 0;
  };
  if (type.is_object() && type.object()->type == vm.types().tuple) {
    auto* t = type.as<Tuple>();
    int result = 0;
    for (int64_t i = 0; i < t->length; ++i) {
      int m = check_one(t->at(i));
      if (m < 0) return -1;
      if (m > 0) result = 1;
    }
    return result;
  }
  return check_one(type);
}

// The header's aux word of an exception holds the frame depth where it was
// last chained (0: not yet, or raised afresh by RAISE_VARARGS): an exception
// propagating out to a caller keeps the context it got where it was raised,
// as in CPython, which chains only at the raise. generator.throw() marks the
// thrown exception so that the generator's frame does not chain it either.
void chain_exception_context(VM& vm) {
  Value exc = vm.pending_exception();
  if (!is_exception_instance(exc)) return;
  auto depth = static_cast<uint32_t>(vm.frames().depth());
  uint32_t& chained_at = exc.object()->aux;
  if (chained_at != 0 && depth <= chained_at) return;
  chained_at = depth;
  Value handled = vm.topmost_handled_exception();
  if (handled.is_null() || handled == vm.none() || handled == exc) return;
  // Break a cycle the new context would create (exc already in handled's chain).
  // A cycle already in the chain ends the walk (`slow` moves at half speed).
  Value slow = handled;
  bool advance_slow = false;
  for (Value v = handled; v.is_object();) {
    auto* e = v.as<BaseException>();
    if (e->context == exc) {
      e->context = Value::null();
      break;
    }
    v = e->context;
    if (advance_slow) slow = slow.as<BaseException>()->context;
    advance_slow = !advance_slow;
    if (v == slow) break;
  }
  auto* e = exc.as<BaseException>();
  vm.store(e, &e->context, handled);
}

void add_traceback_entry(VM& vm, Frame* frame) {
  Value exc = vm.pending_exception();
  if (!is_exception_instance(exc)) return;
  auto* e = exc.as<BaseException>();
  auto* tb = vm.allocate<runtime::Traceback>(vm.types().traceback);
  vm.store_ref(tb, &tb->next, e->traceback);
  vm.store_ref(tb, &tb->code, static_cast<runtime::Object*>(frame->code));
  tb->unit = frame->current_unit;
  vm.store_ref(tb, &tb->globals, frame->globals);
  vm.store_ref(e, &e->traceback, tb);
}

bool find_handler(Frame* frame, runtime::ExceptionTableEntry* handler) {
  auto found = runtime::find_exception_handler(frame->code, frame->current_unit);
  if (!found) return false;
  *handler = *found;
  return true;
}

void raise_unsupported_opcode(VM& vm, uint8_t opcode) {
  const OpcodeInfo& info = opcode_info(opcode);
  std::string name = info.name != nullptr ? info.name : "opcode " + std::to_string(opcode);
  runtime::raise(vm, vm.types().not_implemented_error,
                 "pyvm does not support the " + name + " instruction yet");
}

void raise_bad_operand(VM& vm, uint8_t opcode) {
  const OpcodeInfo& info = opcode_info(opcode);
  runtime::raise(vm, vm.types().system_error,
                 std::string("bad operand type for ") + (info.name ? info.name : "?") +
                     " (bytecode not produced by CPython)");
}

bool is_exception_value(Value v) { return is_exception_instance(v); }

bool make_function_operands_ok(VM& vm, uint32_t flags, const Value* sp) {
  auto has = [](Value v, runtime::Type* t) { return v.is_object() && v.object()->type == t; };
  const Value* p = sp - 1;
  if (!has(*p--, vm.types().code)) return false;
  if (flags & 0x08) {
    Value closure = *p--;
    if (!has(closure, vm.types().tuple)) return false;
    auto* t = closure.as<Tuple>();
    for (int64_t i = 0; i < t->length; ++i) {
      if (!has(t->at(i), vm.types().cell)) return false;
    }
  }
  if ((flags & 0x04) && !has(*p--, vm.types().tuple)) return false;
  if ((flags & 0x02) && !has(*p--, vm.types().dict)) return false;
  if ((flags & 0x01) && !has(*p--, vm.types().tuple)) return false;
  return true;
}

int before_with(VM& vm, Value* slot) {
  Value manager = slot[0];
  runtime::Type* type = runtime::type_of(vm, manager);
  Value enter = runtime::type_lookup(vm, type, vm.intern("__enter__"));
  Value exit = runtime::type_lookup(vm, type, vm.intern("__exit__"));
  if (enter.is_null() || exit.is_null()) {
    std::string text = "'" + runtime::type_name(vm, manager) +
                       "' object does not support the context manager protocol";
    if (!enter.is_null()) text += " (missed __exit__ method)";
    runtime::raise_type_error(vm, text);
    return -1;
  }
  Value bound_exit = runtime::bind_attribute(vm, exit, manager, type);
  Value result =
      runtime::call_positional(vm, runtime::bind_attribute(vm, enter, manager, type), nullptr, 0);
  if (result.is_null()) return -1;
  slot[0] = bound_exit;
  slot[1] = result;
  return 0;
}

Value with_except_start(VM& vm, Value exit, Value exc) {
  auto* e = exc.as<BaseException>();
  Value args[3] = {Value::from_object(exc.object()->type), exc,
                   e->traceback == nullptr ? vm.none() : Value::from_object(e->traceback)};
  return runtime::call_positional(vm, exit, args, 3);
}

Value make_generator(VM& vm, Frame* frame, int64_t resume_unit) {
  runtime::Generator* gen =
      runtime::generator_new(vm, frame->code, frame->function, frame->globals, frame->builtins,
                             frame->localsplus(), resume_unit);
  return Value::from_object(gen);
}

void finish_generator(VM& vm, Frame* frame, Value result) {
  runtime::Generator* gen = frame->generator;
  gen->state = runtime::GeneratorState::kFinished;
  gen->depth = 0;
  vm.store(gen, &gen->return_value, result);
  frame->generator = nullptr;
}

Value format_value(VM& vm, Value v, uint32_t conversion, Value spec) {
  Value converted = v;
  if (conversion == 1) converted = runtime::str(vm, v);
  if (conversion == 2) converted = runtime::repr(vm, v);
  if (conversion == 3) converted = runtime::ascii(vm, v);
  if (converted.is_null()) return converted;
  if (!spec.is_null() && (!spec.is_object() || spec.object()->type != vm.types().str)) {
    raise_bad_operand(vm, FORMAT_VALUE);
    return Value::null();
  }
  if (spec.is_null() && converted.is_object() && converted.object()->type == vm.types().str) {
    return converted;
  }
  return runtime::format(vm, converted, spec.is_null() ? vm.intern("") : spec.as<Str>());
}

Value import_name(VM& vm, Frame* frame, Str* name, Value fromlist, Value level) {
  int64_t n = level.is_small_int() ? level.small_int() : 0;
  return import_module(vm, name, fromlist, n, frame->globals);
}

Value import_from(VM& vm, Value module, Str* name) { return import_from_module(vm, module, name); }

}  // namespace pyvm::vm
