// Iterators over list, tuple, str and bytes: each holds its sequence and the
// next index, and lets go of the sequence once exhausted.
#include "runtime/iterators.h"

#include "runtime/bytes.h"
#include "runtime/list.h"
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

void init_iterator_types(VM& vm) {
  init_list_iterator_type(vm);
  init_tuple_iterator_type(vm);
  init_str_iterator_type(vm);
  init_bytes_iterator_type(vm);
}

}  // namespace pyvm::runtime
