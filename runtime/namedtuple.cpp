// collections.namedtuple: a factory for tuple subclasses with named fields
// (see runtime/collections_module.h). The class is made by type.__new__ with
// `tuple` as base and `__slots__ = ()`; each field is a read-only property
// whose getter is a native function bound to the field's index. `__new__`
// and `_make` are native functions bound to the class's description, the
// tuple (typename, fields, defaults), so that their error messages name the
// namedtuple even when a subclass calls them.
#include <string>
#include <vector>

#include "runtime/collections_module.h"
#include "runtime/descriptors.h"
#include "runtime/dict.h"
#include "runtime/exceptions.h"
#include "runtime/function.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/ops.h"
#include "runtime/sequence.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/user_class.h"
#include "vm/vm.h"

namespace pyvm::runtime {
namespace {

constexpr const char* kKeywords[] = {
    "False", "None",     "True",  "and",    "as",   "assert", "async",  "await",    "break",
    "class", "continue", "def",   "del",    "elif", "else",   "except", "finally",  "for",
    "from",  "global",   "if",    "import", "in",   "is",     "lambda", "nonlocal", "not",
    "or",    "pass",     "raise", "return", "try",  "while",  "with",   "yield"};

bool is_keyword(const std::string& name) {
  for (const char* k : kKeywords) {
    if (name == k) return true;
  }
  return false;
}

// str.isidentifier(); -1 on error.
int is_identifier(VM& vm, Value name) {
  Value method = get_attr(vm, name, vm.intern("isidentifier"));
  if (method.is_null()) return -1;
  Value r = call_positional(vm, method, nullptr, 0);
  return r.is_null() ? -1 : truth(vm, r);
}

std::string repr_text(VM& vm, Value v) {
  Value r = repr(vm, v);
  return r.is_null() ? std::string() : str_to_utf8(r.as<Str>());
}

// The description bound into __new__ and _make.
struct Info {
  std::string typename_;
  Tuple* fields;
  Tuple* defaults;
};

Info read_info(Value info) {
  auto* t = info.as<Tuple>();
  return Info{str_to_utf8(t->at(0).as<Str>()), t->at(1).as<Tuple>(), t->at(2).as<Tuple>()};
}

std::string quoted_list(VM& vm, const std::vector<Value>& names) {
  std::string out;
  for (size_t i = 0; i < names.size(); ++i) {
    if (i > 0) out += names.size() == 2 ? " and " : i + 1 == names.size() ? ", and " : ", ";
    out += repr_text(vm, names[i]);
  }
  return out;
}

Value too_many(VM& vm, const Info& info, size_t given) {
  int64_t n = info.fields->length, nd = info.defaults->length;
  std::string takes = nd == 0
                          ? std::to_string(n + 1)
                          : "from " + std::to_string(n - nd + 1) + " to " + std::to_string(n + 1);
  return raise_type_error(vm, info.typename_ + ".__new__() takes " + takes +
                                  " positional arguments but " + std::to_string(given + 1) +
                                  (given + 1 == 1 ? " was" : " were") + " given");
}

// Places keyword argument `k` of `args`; false when it raised.
bool place_keyword(VM& vm, const Info& info, CallArgs args, int64_t k, std::vector<Value>* out) {
  Value name = args.kwnames->at(k);
  for (int64_t i = 0; i < info.fields->length; ++i) {
    if (!str_equal(info.fields->at(i).as<Str>(), name.as<Str>())) continue;
    if (!(*out)[i].is_null()) {
      raise_type_error(vm, info.typename_ + ".__new__() got multiple values for argument '" +
                               str_to_utf8(name.as<Str>()) + "'");
      return false;
    }
    (*out)[i] = args.args[args.npos + k];
    return true;
  }
  raise_type_error(vm, info.typename_ + ".__new__() got an unexpected keyword argument '" +
                           str_to_utf8(name.as<Str>()) + "'");
  return false;
}

Value make_instance(VM& vm, Value cls, Value items) {
  if (!cls.is_object() || !is_subtype(cls.object()->type, vm.types().type) ||
      !is_subtype(cls.as<Type>(), vm.types().tuple)) {
    return raise_type_error(vm, "tuple.__new__(X): X is not a subtype of tuple");
  }
  return vm.types().tuple->construct(vm, cls.as<Type>(), CallArgs{&items, 1, nullptr});
}

// __new__(info, cls, *args, **kwargs)
Value nt_new(VM& vm, CallArgs args) {
  Info info = read_info(args.args[0]);
  int64_t n = info.fields->length;
  size_t given = args.npos - 2;
  if (given > static_cast<size_t>(n)) return too_many(vm, info, given);
  gc::RootedValues values(vm.heap());
  values.assign(static_cast<size_t>(n), Value::null());
  for (size_t i = 0; i < given; ++i) values[i] = args.args[2 + i];
  int64_t nk = args.kwnames == nullptr ? 0 : args.kwnames->length;
  for (int64_t k = 0; k < nk; ++k) {
    if (!place_keyword(vm, info, args, k, &values)) return Value::null();
  }
  int64_t first_default = n - info.defaults->length;
  std::vector<Value> missing;
  for (int64_t i = 0; i < n; ++i) {
    if (!values[i].is_null()) continue;
    if (i >= first_default) {
      values[i] = info.defaults->at(i - first_default);
    } else {
      missing.push_back(info.fields->at(i));
    }
  }
  if (!missing.empty()) {
    return raise_type_error(vm, info.typename_ + ".__new__() missing " +
                                    std::to_string(missing.size()) + " required positional " +
                                    (missing.size() == 1 ? "argument: " : "arguments: ") +
                                    quoted_list(vm, missing));
  }
  Value items = Value::from_object(tuple_from(vm, values.data(), n));
  return make_instance(vm, args.args[1], items);
}

// _make(info, cls, iterable)
Value nt_make(VM& vm, CallArgs args) {
  Info info = read_info(args.args[0]);
  Value items = tuple_from_iterable(vm, args.args[2]);
  if (items.is_null()) return items;
  int64_t got = items.as<Tuple>()->length;
  if (got != info.fields->length) {
    return raise_type_error(vm, "Expected " + std::to_string(info.fields->length) +
                                    " arguments, got " + std::to_string(got));
  }
  return make_instance(vm, args.args[1], items);
}

Value fields_of(VM& vm, Value self) {
  Value fields = get_attr(vm, self, vm.intern("_fields"));
  if (fields.is_null()) return fields;
  if (!is_tuple(vm, fields)) return raise_type_error(vm, "_fields must be a tuple");
  return fields;
}

bool check_self(VM& vm, Value self, const char* method) {
  if (is_tuple(vm, self)) return true;
  raise_type_error(vm, std::string(method) + "() needs a namedtuple instance, not '" +
                           type_name(vm, self) + "'");
  return false;
}

Value nt_repr(VM& vm, CallArgs args) {
  Value self = args.args[0];
  if (!check_self(vm, self, "__repr__")) return Value::null();
  Value fields = fields_of(vm, self);
  if (fields.is_null()) return fields;
  Tuple* t = self.as<Tuple>();
  Tuple* names = fields.as<Tuple>();
  std::string out = type_name(vm, self) + "(";
  for (int64_t i = 0; i < names->length && i < t->length; ++i) {
    if (i > 0) out += ", ";
    Value name = str(vm, names->at(i));
    if (name.is_null()) return name;
    out += str_to_utf8(name.as<Str>()) + "=";
    if (!append_repr(vm, t->at(i), &out)) return Value::null();
  }
  out += ")";
  return Value::from_object(str_from_utf8(vm, out));
}

Value nt_asdict(VM& vm, CallArgs args) {
  Value self = args.args[0];
  if (!check_self(vm, self, "_asdict")) return Value::null();
  Value fields = fields_of(vm, self);
  if (fields.is_null()) return fields;
  Tuple* t = self.as<Tuple>();
  Tuple* names = fields.as<Tuple>();
  Dict* d = dict_new(vm);
  for (int64_t i = 0; i < names->length && i < t->length; ++i) {
    if (dict_set(vm, d, names->at(i), t->at(i)) < 0) return Value::null();
  }
  return Value::from_object(d);
}

Value nt_replace(VM& vm, CallArgs args) {
  Value self = args.args[0];
  if (!check_self(vm, self, "_replace")) return Value::null();
  Value fields = fields_of(vm, self);
  if (fields.is_null()) return fields;
  Dict* kw = dict_new(vm);
  int64_t nk = args.kwnames == nullptr ? 0 : args.kwnames->length;
  for (int64_t k = 0; k < nk; ++k) {
    if (dict_set(vm, kw, args.kwnames->at(k), args.args[args.npos + k]) < 0) return Value::null();
  }
  Tuple* t = self.as<Tuple>();
  Tuple* names = fields.as<Tuple>();
  List* values = list_new(vm);
  for (int64_t i = 0; i < names->length && i < t->length; ++i) {
    Value v = dict_pop(vm, kw, names->at(i));
    if (v.is_null() && vm.has_exception()) return v;
    list_append(vm, values, v.is_null() ? t->at(i) : v);
  }
  if (kw->used > 0) {
    List* left = list_new(vm);
    int64_t pos = 0;
    Value key, value;
    while (dict_next(kw, &pos, &key, &value)) list_append(vm, left, key);
    return raise_value_error(
        vm, "Got unexpected field names: " + repr_text(vm, Value::from_object(left)));
  }
  Value make = get_attr(vm, self, vm.intern("_make"));
  if (make.is_null()) return make;
  Value list = Value::from_object(values);
  return call_positional(vm, make, &list, 1);
}

Value nt_getnewargs(VM& vm, CallArgs args) {
  Value self = args.args[0];
  if (!check_self(vm, self, "__getnewargs__")) return Value::null();
  Tuple* t = self.as<Tuple>();
  return Value::from_object(tuple_from(vm, t->items(), t->length));
}

// ---- _tuplegetter: instances keep `_index` and `__doc__` as attributes

Value getter_init(VM& vm, CallArgs args) {
  Value self = args.args[0];
  if (!args.args[1].is_small_int()) return raise_type_error(vm, "index must be an integer");
  if (set_attr(vm, self, vm.intern("_index"), args.args[1]) < 0 ||
      set_attr(vm, self, vm.intern("__doc__"), args.args[2]) < 0) {
    return Value::null();
  }
  return vm.none();
}

// __get__(self, object, owner): object[index], or the descriptor itself on
// class access.
Value getter_get(VM& vm, CallArgs args) {
  Value self = args.args[0], object = args.args[1];
  if (object == vm.none()) return self;
  Value index_value = get_attr(vm, self, vm.intern("_index"));
  if (index_value.is_null()) return index_value;
  int64_t index = index_value.small_int();
  if (!is_tuple(vm, object)) {
    return raise_type_error(vm, "descriptor for index '" + std::to_string(index) +
                                    "' for tuple subclasses doesn't apply to '" +
                                    type_name(vm, object) + "' object");
  }
  Tuple* t = object.as<Tuple>();
  if (index >= t->length) return raise_index_error(vm, "tuple index out of range");
  return t->at(index);
}

Value getter_set(VM& vm, CallArgs) {
  return raise(vm, vm.types().attribute_error, "can't set attribute");
}

Value getter_delete(VM& vm, CallArgs) {
  return raise(vm, vm.types().attribute_error, "can't delete attribute");
}

Value field_property(VM& vm, int64_t index) {
  std::string doc = "Alias for field number " + std::to_string(index);
  Value argv[2] = {Value::from_small_int(index), Value::from_object(str_from_utf8(vm, doc))};
  return call_positional(vm, Value::from_object(vm.collections_state->tuplegetter), argv, 2);
}

// The hash of the tuple (user subclasses of tuple do not reach it by default).
Value nt_hash(VM& vm, CallArgs args) {
  if (!check_self(vm, args.args[0], "__hash__")) return Value::null();
  int64_t h = vm.types().tuple->hash(vm, args.args[0]);
  return h == -1 && vm.has_exception() ? Value::null() : int_from_int64(vm, h);
}

// ---- the factory: names and their checks

// field_names as a list of str: split a string on commas and whitespace,
// else str() of each item.
List* read_field_names(VM& vm, Value spec) {
  List* names = list_new(vm);
  if (is_str(vm, spec)) {
    std::string text = str_to_utf8(spec.as<Str>());
    std::string word;
    for (char c : text + " ") {
      if (c == ',' || c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
        if (!word.empty()) list_append(vm, names, Value::from_object(str_from_utf8(vm, word)));
        word.clear();
      } else {
        word += c;
      }
    }
    return names;
  }
  int r = for_each_item(vm, spec, [&](Value item) {
    Value s = str(vm, item);
    if (s.is_null()) return -1;
    list_append(vm, names, s);
    return 0;
  });
  return r < 0 ? nullptr : names;
}

bool starts_with_underscore(Value name) {
  Str* s = name.as<Str>();
  return s->length > 0 && s->at(0) == '_';
}

// 1 when `names[0 .. end)` holds `name`, 0 if not, -1 on error.
int seen_before(VM& vm, List* names, int64_t end, Value name) {
  for (int64_t j = 0; j < end; ++j) {
    if (str_equal(names->items[j].as<Str>(), name.as<Str>())) return 1;
  }
  (void)vm;
  return 0;
}

bool rename_invalid(VM& vm, List* names) {
  std::vector<std::string> seen;
  for (int64_t i = 0; i < names->length; ++i) {
    Value name = names->items[i];
    std::string text = str_to_utf8(name.as<Str>());
    int ident = is_identifier(vm, name);
    if (ident < 0) return false;
    bool dup = false;
    for (const auto& s : seen) dup = dup || s == text;
    if (!ident || is_keyword(text) || starts_with_underscore(name) || dup) {
      list_set_item(vm, names, i, Value::from_object(str_from_utf8(vm, "_" + std::to_string(i))));
    }
    seen.push_back(text);
  }
  return true;
}

bool validate_name(VM& vm, Value name) {
  int ident = is_identifier(vm, name);
  if (ident < 0) return false;
  if (!ident) {
    raise_value_error(
        vm, "Type names and field names must be valid identifiers: " + repr_text(vm, name));
    return false;
  }
  if (is_keyword(str_to_utf8(name.as<Str>()))) {
    raise_value_error(vm, "Type names and field names cannot be a keyword: " + repr_text(vm, name));
    return false;
  }
  return true;
}

bool validate_names(VM& vm, Value typename_, List* names, bool rename) {
  if (!validate_name(vm, typename_)) return false;
  for (int64_t i = 0; i < names->length; ++i) {
    if (!validate_name(vm, names->items[i])) return false;
  }
  for (int64_t i = 0; i < names->length; ++i) {
    Value name = names->items[i];
    if (starts_with_underscore(name) && !rename) {
      raise_value_error(vm, "Field names cannot start with an underscore: " + repr_text(vm, name));
      return false;
    }
    if (seen_before(vm, names, i, name)) {
      raise_value_error(vm, "Encountered duplicate field name: " + repr_text(vm, name));
      return false;
    }
  }
  return true;
}

Value bound_native(VM& vm, const char* name, NativeFn fn, Value self) {
  NativeFunction* f = native_function_new(vm, name, fn, 1, -1, kNativeMethod | kNativeKeywords);
  vm.store(f, &f->self, self);
  return Value::from_object(f);
}

// The namespace of the new class.
Dict* class_namespace(VM& vm, Str* typename_, Tuple* fields, Tuple* defaults, Value module) {
  Dict* ns = dict_new(vm);
  auto set = [&](const char* key, Value v) { dict_set_str(vm, ns, vm.intern(key), v); };
  std::string doc = str_to_utf8(typename_) + "(";
  for (int64_t i = 0; i < fields->length; ++i) {
    doc += (i > 0 ? ", " : "") + str_to_utf8(fields->at(i).as<Str>());
  }
  set("__doc__", Value::from_object(str_from_utf8(vm, doc + ")")));
  set("__slots__", Value::from_object(tuple_empty(vm)));
  set("_fields", Value::from_object(fields));
  Dict* field_defaults = dict_new(vm);
  int64_t first = fields->length - defaults->length;
  for (int64_t i = 0; i < defaults->length; ++i) {
    dict_set_str(vm, field_defaults, fields->at(first + i).as<Str>(), defaults->at(i));
  }
  set("_field_defaults", Value::from_object(field_defaults));
  set("__match_args__", Value::from_object(fields));
  if (!module.is_null() && module != vm.none()) set("__module__", module);
  Value parts[3] = {Value::from_object(typename_), Value::from_object(fields),
                    Value::from_object(defaults)};
  Value info = Value::from_object(tuple_from(vm, parts, 3));
  set("__new__",
      wrap_native(vm, vm.types().staticmethod, bound_native(vm, "__new__", nt_new, info)));
  set("_make", wrap_native(vm, vm.types().classmethod, bound_native(vm, "_make", nt_make, info)));
  for (int64_t i = 0; i < fields->length; ++i) {
    Value field = field_property(vm, i);
    if (field.is_null()) return nullptr;
    dict_set_str(vm, ns, fields->at(i).as<Str>(), field);
  }
  return ns;
}

}  // namespace

Value namedtuple_factory(VM& vm, CallArgs args) {
  if (args.npos > 2) {
    return raise_type_error(vm, "namedtuple() takes 2 positional arguments but " +
                                    std::to_string(args.npos) + " were given");
  }
  Value a[5];
  if (!parse_args(vm, args, 0, "namedtuple",
                  {"typename", "field_names", "rename", "defaults", "module"}, 2, a)) {
    return Value::null();
  }
  Value typename_ = str(vm, a[0]);
  if (typename_.is_null()) return typename_;
  typename_ = Value::from_object(vm.intern(typename_.as<Str>()));
  List* names = read_field_names(vm, a[1]);
  if (names == nullptr) return Value::null();
  int rename = a[2].is_null() ? 0 : truth(vm, a[2]);
  if (rename < 0 || (rename && !rename_invalid(vm, names))) return Value::null();
  if (!validate_names(vm, typename_, names, rename != 0)) return Value::null();
  Tuple* defaults = tuple_empty(vm);
  if (!a[3].is_null() && a[3] != vm.none()) {
    Value d = tuple_from_iterable(vm, a[3]);
    if (d.is_null()) return d;
    defaults = d.as<Tuple>();
    if (defaults->length > names->length) {
      return raise_type_error(vm, "Got more default values than field names");
    }
  }
  for (int64_t i = 0; i < names->length; ++i) {
    list_set_item(vm, names, i, Value::from_object(vm.intern(names->items[i].as<Str>())));
  }
  Tuple* fields = tuple_from(vm, names->items, names->length);
  Dict* ns = class_namespace(vm, typename_.as<Str>(), fields, defaults, a[4]);
  if (ns == nullptr) return Value::null();
  Value base = Value::from_object(vm.types().tuple);
  Value cls =
      create_class(vm, vm.types().type, typename_.as<Str>(), tuple_from(vm, &base, 1), ns, nullptr);
  if (cls.is_null()) return cls;
  Type* type = cls.as<Type>();
  add_class_method(vm, type, "__repr__", nt_repr, 0, 0);
  add_class_method(vm, type, "_asdict", nt_asdict, 0, 0);
  add_class_method(vm, type, "_replace", nt_replace, 0, 0, kNativeKeywords);
  add_class_method(vm, type, "__getnewargs__", nt_getnewargs, 0, 0);
  add_class_method(vm, type, "__hash__", nt_hash, 0, 0);
  return cls;
}

Type* create_tuplegetter_class(VM& vm) {
  Dict* ns = dict_new(vm);
  dict_set_str(vm, ns, vm.intern("__module__"), Value::from_object(vm.intern("_collections")));
  Value base = Value::from_object(vm.types().object);
  Value cls = create_class(vm, vm.types().type, vm.intern("_tuplegetter"), tuple_from(vm, &base, 1),
                           ns, nullptr);
  if (cls.is_null()) return nullptr;
  Type* type = cls.as<Type>();
  add_class_method(vm, type, "__init__", getter_init, 2, 2);
  add_class_method(vm, type, "__get__", getter_get, 1, 2);
  add_class_method(vm, type, "__set__", getter_set, 2, 2);
  add_class_method(vm, type, "__delete__", getter_delete, 1, 1);
  return type;
}

}  // namespace pyvm::runtime
