// The native `_ast` module (see runtime/ast_module.h). The node classes are
// ordinary classes made by type.__new__, so their instances carry a __dict__
// like CPython's. Each row of runtime/ast_nodes.inc gives a class, its base
// and two ASDL-style signatures: the fields ("expr? value, string? kind") and,
// for the sum and product types that declare them, the location attributes.
// From those come `_fields`, `__match_args__`, `_attributes`, the class-level
// None defaults of optional (`?`) fields and attributes, and `__doc__`.
#include "runtime/ast_module.h"

#include <string>
#include <string_view>
#include <vector>

#include "runtime/attribute_dict.h"
#include "runtime/dict.h"
#include "runtime/exceptions.h"
#include "runtime/function.h"
#include "runtime/list.h"
#include "runtime/module.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/user_class.h"
#include "vm/vm.h"

namespace pyvm::runtime {
namespace {

struct NodeRow {
  const char* name;
  const char* base;
  const char* fields;      // nullptr: an abstract sum type
  const char* attributes;  // nullptr: inherited
};

constexpr NodeRow kNodes[] = {
#define PYVM_AST_NODE(name, base, fields, attributes) {#name, #base, fields, attributes},
#include "runtime/ast_nodes.inc"
#undef PYVM_AST_NODE
};

// One `type[?*] name` entry of a signature.
struct Field {
  std::string type;
  std::string name;
  char quantifier;  // '?', '*' or 0
};

std::vector<Field> parse_signature(const char* signature) {
  std::vector<Field> out;
  if (signature == nullptr) return out;
  std::string_view rest(signature);
  while (!rest.empty()) {
    size_t comma = rest.find(", ");
    std::string_view item = rest.substr(0, comma);
    rest = comma == std::string_view::npos ? std::string_view() : rest.substr(comma + 2);
    size_t space = item.find(' ');
    Field f{std::string(item.substr(0, space)), std::string(item.substr(space + 1)), 0};
    if (!f.type.empty() && (f.type.back() == '?' || f.type.back() == '*')) {
      f.quantifier = f.type.back();
      f.type.pop_back();
    }
    out.push_back(std::move(f));
  }
  return out;
}

const NodeRow* find_row(std::string_view name) {
  for (const NodeRow& row : kNodes) {
    if (name == row.name) return &row;
  }
  return nullptr;
}

// `Name(sig)` for a class with fields, `Name` without.
std::string constructor_doc(const NodeRow& row) {
  if (row.fields == nullptr || *row.fields == '\0') return row.name;
  return std::string(row.name) + "(" + row.fields + ")";
}

// The docstring of a class: its constructor for a concrete class; for an
// abstract sum type, its constructors on one line when none has fields,
// else one per line aligned under the first.
std::string class_doc(const NodeRow& row) {
  if (row.fields != nullptr) return constructor_doc(row);
  std::vector<std::string> parts;
  bool any_fields = false;
  for (const NodeRow& sub : kNodes) {
    if (std::string_view(sub.base) != row.name) continue;
    parts.push_back(constructor_doc(sub));
    any_fields = any_fields || (sub.fields != nullptr && *sub.fields != '\0');
  }
  std::string separator =
      any_fields ? "\n" + std::string(std::string_view(row.name).size() + 1, ' ') + "| " : " | ";
  std::string doc = std::string(row.name) + " = ";
  for (size_t i = 0; i < parts.size(); ++i) doc += (i == 0 ? "" : separator) + parts[i];
  return doc;
}

Tuple* names_tuple(VM& vm, const std::vector<Field>& fields) {
  Tuple* t = tuple_new(vm, static_cast<int64_t>(fields.size()));
  for (size_t i = 0; i < fields.size(); ++i) {
    vm.store(t, &t->items()[i], Value::from_object(vm.intern(fields[i].name)));
  }
  return t;
}

// The class namespace of `row`: _fields, __match_args__, _attributes,
// __module__, __doc__ and the None defaults of optional entries.
Dict* class_namespace(VM& vm, const NodeRow& row) {
  Dict* ns = dict_new(vm);
  std::vector<Field> fields = parse_signature(row.fields);
  Tuple* names = names_tuple(vm, fields);
  dict_set_str(vm, ns, vm.intern("_fields"), Value::from_object(names));
  dict_set_str(vm, ns, vm.intern("__match_args__"), Value::from_object(names));
  dict_set_str(vm, ns, vm.intern("__module__"), Value::from_object(vm.intern("ast")));
  dict_set_str(vm, ns, vm.intern("__doc__"), Value::from_object(str_from_utf8(vm, class_doc(row))));
  std::vector<Field> attributes = parse_signature(row.attributes);
  if (row.attributes != nullptr) {
    dict_set_str(vm, ns, vm.intern("_attributes"), Value::from_object(names_tuple(vm, attributes)));
  }
  for (const std::vector<Field>* list : {&fields, &attributes}) {
    for (const Field& f : *list) {
      if (f.quantifier == '?') dict_set_str(vm, ns, vm.intern(f.name), vm.none());
    }
  }
  return ns;
}

// AST.__init__(self, *args, **kwargs): positional arguments fill _fields in
// order, keywords set any attribute, with CPython's TypeErrors.
Value ast_init(VM& vm, CallArgs args) {
  Value self = args.args[0];
  Type* type = type_of(vm, self);
  std::string type_name = str_to_utf8(type->name);
  int64_t npos = static_cast<int64_t>(args.npos) - 1;
  Value fields = get_attr(vm, Value::from_object(type), vm.intern("_fields"));
  if (fields.is_null()) {
    if (!exception_matches(vm, vm.types().attribute_error)) return Value::null();
    vm.clear_exception();
  }
  int64_t nfields = 0;
  if (!fields.is_null()) {
    nfields = length(vm, fields);
    if (nfields < 0) return Value::null();
  }
  if (npos > nfields) {
    return raise_type_error(vm, type_name + " constructor takes at most " +
                                    std::to_string(nfields) + " positional argument" +
                                    (nfields == 1 ? "" : "s"));
  }
  for (int64_t i = 0; i < npos; ++i) {
    Value name = get_item(vm, fields, Value::from_small_int(i));
    if (name.is_null()) return name;
    if (!is_str(vm, name)) return raise_type_error(vm, "attribute name must be string");
    if (set_attr(vm, self, name.as<Str>(), args.args[1 + i]) < 0) return Value::null();
  }
  int64_t nkw = args.kwnames == nullptr ? 0 : args.kwnames->length;
  for (int64_t k = 0; k < nkw; ++k) {
    Value key = args.kwnames->at(k);
    for (int64_t i = 0; i < npos; ++i) {
      Value name = get_item(vm, fields, Value::from_small_int(i));
      if (name.is_null()) return name;
      int same = equals(vm, name, key);
      if (same < 0) return Value::null();
      if (same) {
        return raise_type_error(vm, type_name + " got multiple values for argument '" +
                                        str_to_utf8(key.as<Str>()) + "'");
      }
    }
    if (set_attr(vm, self, key.as<Str>(), args.args[args.npos + k]) < 0) return Value::null();
  }
  return vm.none();
}

// AST.__reduce__(self): (type(self), (), dict(self.__dict__)).
Value ast_reduce(VM& vm, CallArgs args) {
  Value self = args.args[0];
  Value attributes = get_attr(vm, self, vm.intern("__dict__"));
  if (attributes.is_null()) return attributes;
  // A plain dict: copy.deepcopy dispatches on the state's exact type.
  Value plain = attribute_dict_as_dict(vm, attributes);
  if (plain.is_null()) return plain;
  Value dict = call_positional(vm, Value::from_object(vm.types().dict), &plain, 1);
  if (dict.is_null()) return dict;
  Value items[3] = {Value::from_object(type_of(vm, self)), Value::from_object(tuple_new(vm, 0)),
                    dict};
  return Value::from_object(tuple_from(vm, items, 3));
}

Value make_class(VM& vm, const char* name, Value base, Dict* ns) {
  Tuple* bases = tuple_from(vm, &base, 1);
  return create_class(vm, vm.types().type, vm.intern(name), bases, ns, nullptr);
}

// The AST base class: empty _fields/_attributes, __init__ and __reduce__
// (in the namespace, so that class creation sees __init__ defined).
Value make_ast_base(VM& vm) {
  Dict* ns = dict_new(vm);
  Value empty = Value::from_object(tuple_new(vm, 0));
  dict_set_str(vm, ns, vm.intern("_fields"), empty);
  dict_set_str(vm, ns, vm.intern("__match_args__"), empty);
  dict_set_str(vm, ns, vm.intern("_attributes"), empty);
  dict_set_str(vm, ns, vm.intern("__module__"), Value::from_object(vm.intern("ast")));
  dict_set_str(vm, ns, vm.intern("__doc__"), vm.none());
  NativeFunction* init =
      native_function_new(vm, "__init__", ast_init, 0, -1, kNativeMethod | kNativeKeywords);
  NativeFunction* reduce = native_function_new(vm, "__reduce__", ast_reduce, 0, 0, kNativeMethod);
  dict_set_str(vm, ns, init->name, Value::from_object(init));
  dict_set_str(vm, ns, reduce->name, Value::from_object(reduce));
  Value cls = make_class(vm, "AST", Value::from_object(vm.types().object), ns);
  if (cls.is_null()) return cls;
  vm.store_ref(init, &init->owner, cls.as<Type>());
  vm.store_ref(reduce, &reduce->owner, cls.as<Type>());
  return cls;
}

Module* ast_module(VM& vm) {
  Value m = dict_get_str(vm, vm.modules(), vm.intern("_ast"));
  if (!m.is_null() && m.is_object() && m.object()->type == vm.types().module) {
    return m.as<Module>();
  }
  m = create_ast_module(vm);
  return m.is_null() ? nullptr : m.as<Module>();
}

// Converts one value of the serialised tree; `raw` for `constant` fields.
Value convert(VM& vm, Module* module, Value v, bool raw);

Value convert_node(VM& vm, Module* module, Tuple* node) {
  if (node->length != 3 || !is_str(vm, node->at(0)) || !is_tuple(vm, node->at(1)) ||
      !is_tuple(vm, node->at(2))) {
    return raise(vm, vm.types().system_error, "compile service: malformed AST node");
  }
  Str* name = node->at(0).as<Str>();
  const NodeRow* row = find_row(str_to_utf8(name));
  Value cls = dict_get_str(vm, module->dict, name);
  if (row == nullptr || row->fields == nullptr || cls.is_null()) {
    return raise(vm, vm.types().system_error,
                 "compile service: unknown AST node " + str_to_utf8(name));
  }
  Value obj = call_positional(vm, cls, nullptr, 0);
  if (obj.is_null()) return obj;
  std::vector<Field> fields = parse_signature(row->fields);
  auto* values = node->at(1).as<Tuple>();
  for (size_t i = 0; i < fields.size() && static_cast<int64_t>(i) < values->length; ++i) {
    Value v =
        convert(vm, module, values->at(static_cast<int64_t>(i)), fields[i].type == "constant");
    if (v.is_null() || set_attr(vm, obj, vm.intern(fields[i].name), v) < 0) return Value::null();
  }
  Value attributes = get_attr(vm, cls, vm.intern("_attributes"));
  if (attributes.is_null()) return attributes;
  auto* attribute_values = node->at(2).as<Tuple>();
  for (int64_t i = 0; i < attribute_values->length; ++i) {
    Value attr_name = get_item(vm, attributes, Value::from_small_int(i));
    if (attr_name.is_null()) return attr_name;
    if (!is_str(vm, attr_name)) continue;
    if (set_attr(vm, obj, attr_name.as<Str>(), attribute_values->at(i)) < 0) return Value::null();
  }
  return obj;
}

Value convert(VM& vm, Module* module, Value v, bool raw) {
  if (raw) return v;
  if (is_tuple(vm, v)) return convert_node(vm, module, v.as<Tuple>());
  if (!is_list(vm, v)) return v;
  auto* in = v.as<List>();
  List* out = list_new(vm, in->length);
  for (int64_t i = 0; i < in->length; ++i) {
    Value item = convert(vm, module, in->items[i], false);
    if (item.is_null()) return item;
    list_append(vm, out, item);
  }
  return Value::from_object(out);
}

// The _ast class `node` is an instance of (itself or its nearest _ast base),
// or nullptr.
Type* ast_class_of(VM& vm, Module* module, Value node) {
  Tuple* mro = type_of(vm, node)->mro;
  if (mro == nullptr) return nullptr;
  for (int64_t i = 0; i < mro->length; ++i) {
    auto* t = mro->at(i).as<Type>();
    if (find_row(str_to_utf8(t->name)) == nullptr) continue;
    if (dict_get_str(vm, module->dict, t->name) == mro->at(i)) return t;
  }
  return nullptr;
}

Value encode(VM& vm, Module* module, Value v, bool raw);

// The values of `names` (a tuple of str) on `node`, recording missing ones.
Value encode_names(VM& vm, Module* module, Value node, Value names, const NodeRow* row,
                   List* missing) {
  int64_t n = length(vm, names);
  if (n < 0) return Value::null();
  std::vector<Field> fields = parse_signature(row->fields);
  Tuple* out = tuple_new(vm, n);
  for (int64_t i = 0; i < n; ++i) vm.store(out, &out->items()[i], vm.none());
  for (int64_t i = 0; i < n; ++i) {
    Value name = get_item(vm, names, Value::from_small_int(i));
    if (name.is_null()) return name;
    if (!is_str(vm, name)) continue;
    Value v = get_attr(vm, node, name.as<Str>());
    if (v.is_null()) {
      if (!exception_matches(vm, vm.types().attribute_error)) return v;
      vm.clear_exception();
      list_append(vm, missing, name);
      continue;
    }
    bool raw = static_cast<size_t>(i) < fields.size() && fields[i].type == "constant" &&
               fields[i].name == str_to_utf8(name.as<Str>());
    v = encode(vm, module, v, raw);
    if (v.is_null()) return v;
    vm.store(out, &out->items()[i], v);
  }
  return Value::from_object(out);
}

Value encode_node(VM& vm, Module* module, Value node, Type* cls) {
  const NodeRow* row = find_row(str_to_utf8(cls->name));
  List* missing = list_new(vm);
  Value fields = get_attr(vm, Value::from_object(cls), vm.intern("_fields"));
  if (fields.is_null()) return fields;
  Value field_values = encode_names(vm, module, node, fields, row, missing);
  if (field_values.is_null()) return field_values;
  Value attributes = get_attr(vm, Value::from_object(cls), vm.intern("_attributes"));
  if (attributes.is_null()) return attributes;
  NodeRow no_fields{row->name, row->base, "", nullptr};
  Value attribute_values = encode_names(vm, module, node, attributes, &no_fields, missing);
  if (attribute_values.is_null()) return attribute_values;
  Value items[4] = {Value::from_object(cls->name), field_values, attribute_values,
                    Value::from_object(tuple_from(vm, missing->items, missing->length))};
  return Value::from_object(tuple_from(vm, items, 4));
}

Value encode(VM& vm, Module* module, Value v, bool raw) {
  if (raw) return v;
  if (is_list(vm, v)) {
    auto* in = v.as<List>();
    List* out = list_new(vm, in->length);
    for (int64_t i = 0; i < in->length; ++i) {
      Value item = encode(vm, module, in->items[i], false);
      if (item.is_null()) return item;
      list_append(vm, out, item);
    }
    return Value::from_object(out);
  }
  if (v.is_object() && v.object()->type != vm.types().str && !is_tuple(vm, v)) {
    Type* cls = ast_class_of(vm, module, v);
    if (cls != nullptr) return encode_node(vm, module, v, cls);
  }
  if (is_tuple(vm, v)) {
    return raise_type_error(vm, "pyvm: compile() of an AST with a tuple outside a Constant");
  }
  return v;
}

}  // namespace

Value create_ast_module(VM& vm) {
  Module* module = module_new(vm, vm.intern("_ast"));
  dict_set_str(vm, vm.modules(), module->name, Value::from_object(module));
  Value base = make_ast_base(vm);
  if (base.is_null()) return base;
  dict_set_str(vm, module->dict, vm.intern("AST"), base);
  for (const NodeRow& row : kNodes) {
    Value parent = dict_get_str(vm, module->dict, vm.intern(row.base));
    if (parent.is_null()) {
      return raise(vm, vm.types().system_error,
                   std::string("_ast: base ") + row.base + " of " + row.name + " is missing");
    }
    Value cls = make_class(vm, row.name, parent, class_namespace(vm, row));
    if (cls.is_null()) return cls;
    dict_set_str(vm, module->dict, vm.intern(row.name), cls);
  }
  constexpr struct {
    const char* name;
    int64_t value;
  } kFlags[] = {{"PyCF_ONLY_AST", 0x400},
                {"PyCF_TYPE_COMMENTS", 0x1000},
                {"PyCF_ALLOW_TOP_LEVEL_AWAIT", 0x2000}};
  for (const auto& flag : kFlags) {
    dict_set_str(vm, module->dict, vm.intern(flag.name), Value::from_small_int(flag.value));
  }
  return Value::from_object(module);
}

Value ast_from_tree(VM& vm, Value tree) {
  Module* module = ast_module(vm);
  if (module == nullptr) return Value::null();
  return convert(vm, module, tree, false);
}

bool is_ast_node(VM& vm, Value v) {
  Value m = dict_get_str(vm, vm.modules(), vm.intern("_ast"));
  if (m.is_null() || !m.is_object() || m.object()->type != vm.types().module) return false;
  Value base = dict_get_str(vm, m.as<Module>()->dict, vm.intern("AST"));
  return !base.is_null() && base.is_object() && is_instance_of(vm, v, base.as<Type>());
}

Value ast_to_tree(VM& vm, Value node) {
  Module* module = ast_module(vm);
  if (module == nullptr) return Value::null();
  return encode(vm, module, node, false);
}

}  // namespace pyvm::runtime
