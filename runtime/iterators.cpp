// Iterators over list, tuple, str and bytes: each holds its sequence and the
// next index, and lets go of the sequence once exhausted.
#include "runtime/iterators.h"

#include "runtime/bytes.h"
#include "runtime/exceptions.h"
#include "runtime/list.h"
#include "runtime/ops.h"
#include "runtime/sequence.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "vm/vm.h"

namespace pyvm::runtime {

static Value iterator_self(VM& vm, Value self) { return self; }

// ---- list_iterator

Value list_iterator_new(VM& vm, List* list) {
  auto* it = vm.allocate<ListIterator>(vm.types().list_iterator);
  vm.store_ref(it, &it->list, list);
  return Value::from_object(it);
}

static Value list_iterator_next(VM& vm, Value self) {
  auto* it = self.as<ListIterator>();
  if (it->list == nullptr) return Value::null();
  if (it->index < it->list->length) return it->list->items[it->index++];
  it->list = nullptr;
  return Value::null();
}

static void list_iterator_trace(Object* self, Tracer& tracer) {
  tracer.visit(static_cast<ListIterator*>(self)->list);
}

void init_list_iterator_type(VM& vm) {
  Type* t = vm.types().list_iterator;
  t->instance_size = sizeof(ListIterator);
  t->trace = list_iterator_trace;
  t->iter = iterator_self;
  t->next = list_iterator_next;
  add_iterator_methods(vm, t);
}

// ---- tuple_iterator

Value tuple_iterator_new(VM& vm, Tuple* tuple) {
  auto* it = vm.allocate<TupleIterator>(vm.types().tuple_iterator);
  vm.store_ref(it, &it->tuple, tuple);
  return Value::from_object(it);
}

static Value tuple_iterator_next(VM& vm, Value self) {
  auto* it = self.as<TupleIterator>();
  if (it->tuple == nullptr) return Value::null();
  if (it->index < it->tuple->length) return it->tuple->at(it->index++);
  it->tuple = nullptr;
  return Value::null();
}

static void tuple_iterator_trace(Object* self, Tracer& tracer) {
  tracer.visit(static_cast<TupleIterator*>(self)->tuple);
}

void init_tuple_iterator_type(VM& vm) {
  Type* t = vm.types().tuple_iterator;
  t->instance_size = sizeof(TupleIterator);
  t->trace = tuple_iterator_trace;
  t->iter = iterator_self;
  t->next = tuple_iterator_next;
  add_iterator_methods(vm, t);
}

// ---- str_iterator

Value str_iterator_new(VM& vm, Str* str) {
  auto* it = vm.allocate<StrIterator>(vm.types().str_iterator);
  vm.store_ref(it, &it->str, str);
  return Value::from_object(it);
}

static Value str_iterator_next(VM& vm, Value self) {
  auto* it = self.as<StrIterator>();
  if (it->str == nullptr) return Value::null();
  if (it->index < it->str->length) {
    return Value::from_object(str_from_char(vm, it->str->at(it->index++)));
  }
  it->str = nullptr;
  return Value::null();
}

static void str_iterator_trace(Object* self, Tracer& tracer) {
  tracer.visit(static_cast<StrIterator*>(self)->str);
}

void init_str_iterator_type(VM& vm) {
  Type* t = vm.types().str_iterator;
  t->instance_size = sizeof(StrIterator);
  t->trace = str_iterator_trace;
  t->iter = iterator_self;
  t->next = str_iterator_next;
  add_iterator_methods(vm, t);
}

// ---- bytes_iterator

Value bytes_iterator_new(VM& vm, Bytes* bytes) {
  auto* it = vm.allocate<BytesIterator>(vm.types().bytes_iterator);
  vm.store_ref(it, &it->bytes, bytes);
  return Value::from_object(it);
}

static Value bytes_iterator_next(VM& vm, Value self) {
  auto* it = self.as<BytesIterator>();
  if (it->bytes == nullptr) return Value::null();
  if (it->index < it->bytes->length) {
    return Value::from_small_int(it->bytes->data()[it->index++]);
  }
  it->bytes = nullptr;
  return Value::null();
}

static void bytes_iterator_trace(Object* self, Tracer& tracer) {
  tracer.visit(static_cast<BytesIterator*>(self)->bytes);
}

void init_bytes_iterator_type(VM& vm) {
  Type* t = vm.types().bytes_iterator;
  t->instance_size = sizeof(BytesIterator);
  t->trace = bytes_iterator_trace;
  t->iter = iterator_self;
  t->next = bytes_iterator_next;
  add_iterator_methods(vm, t);
}

// ---- iterator (sequence protocol) and callable_iterator

Value seq_iterator_new(VM& vm, Value sequence) {
  auto* it = vm.allocate<SeqIterator>(vm.types().seq_iterator);
  vm.store(it, &it->sequence, sequence);
  return Value::from_object(it);
}

static Value seq_iterator_next(VM& vm, Value self) {
  auto* it = self.as<SeqIterator>();
  if (it->sequence.is_null()) return Value::null();
  Value item = get_item(vm, it->sequence, Value::from_small_int(it->index));
  if (!item.is_null()) {
    ++it->index;
    return item;
  }
  if (exception_matches(vm, vm.types().index_error) ||
      exception_matches(vm, vm.types().stop_iteration)) {
    vm.clear_exception();
    it->sequence = Value::null();
  }
  return Value::null();
}

static void seq_iterator_trace(Object* self, Tracer& tracer) {
  tracer.visit(static_cast<SeqIterator*>(self)->sequence);
}

Value callable_iterator_new(VM& vm, Value callable, Value sentinel) {
  auto* it = vm.allocate<CallableIterator>(vm.types().callable_iterator);
  vm.store(it, &it->callable, callable);
  vm.store(it, &it->sentinel, sentinel);
  return Value::from_object(it);
}

static Value callable_iterator_next(VM& vm, Value self) {
  auto* it = self.as<CallableIterator>();
  if (it->callable.is_null()) return Value::null();
  Value v = call_positional(vm, it->callable, nullptr, 0);
  if (v.is_null()) {
    if (exception_matches(vm, vm.types().stop_iteration)) {
      vm.clear_exception();
      it->callable = Value::null();
    }
    return v;
  }
  int eq = equals(vm, v, it->sentinel);
  if (eq < 0) return Value::null();
  if (eq == 0) return v;
  it->callable = Value::null();
  return Value::null();
}

static void callable_iterator_trace(Object* self, Tracer& tracer) {
  auto* it = static_cast<CallableIterator*>(self);
  tracer.visit(it->callable);
  tracer.visit(it->sentinel);
}

static void init_protocol_iterator_types(VM& vm) {
  Type* t = vm.types().seq_iterator;
  t->instance_size = sizeof(SeqIterator);
  t->trace = seq_iterator_trace;
  t->iter = iterator_self;
  t->next = seq_iterator_next;
  add_iterator_methods(vm, t);
  t = vm.types().callable_iterator;
  t->instance_size = sizeof(CallableIterator);
  t->trace = callable_iterator_trace;
  t->iter = iterator_self;
  t->next = callable_iterator_next;
  add_iterator_methods(vm, t);
}

void init_iterator_types(VM& vm) {
  init_protocol_iterator_types(vm);
  init_list_iterator_type(vm);
  init_tuple_iterator_type(vm);
  init_str_iterator_type(vm);
  init_bytes_iterator_type(vm);
}

}  // namespace pyvm::runtime
