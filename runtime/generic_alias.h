// types.GenericAlias and types.UnionType: what subscripting a built-in
// generic class (`list[int]`, `dict[str, int]`, `collections.deque[int]`)
// and `X | Y` on classes produce, for annotations.
//
// A GenericAlias remembers its origin class and argument tuple, prints as
// `list[int]`, forwards other attribute reads to the origin, constructs the
// origin when called, and contributes its origin as a base (__mro_entries__).
// A UnionType holds its flattened, de-duplicated members and works with
// isinstance/issubclass. Neither supports type variables.
#pragma once

#include "runtime/object.h"

namespace pyvm::runtime {

struct GenericAlias : Object {
  Value origin;  // the class subscripted
  Tuple* args;   // the subscript, always a tuple
};

struct UnionType : Object {
  Tuple* args;  // two or more members, None stored as NoneType
};

// origin[key]: `key` a tuple gives several arguments.
[[nodiscard]] Value generic_alias_new(VM& vm, Value origin, Value key);
// Gives a built-in class the __class_getitem__ classmethod of list and dict.
void add_class_getitem(VM& vm, Type* type);
// isinstance(object, cls) (`subclass` false) or issubclass(object, cls) when
// `cls` is a GenericAlias (TypeError) or a UnionType (any member matches):
// 1, 0 or -1; kNotAGenericCheck for every other `cls`.
inline constexpr int kNotAGenericCheck = -2;
[[nodiscard]] int generic_type_check(VM& vm, Value object, Value cls, bool subclass);

void init_generic_alias_types(VM& vm);

}  // namespace pyvm::runtime
