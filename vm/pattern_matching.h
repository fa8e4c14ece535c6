// Structural pattern matching (the `match` statement): the slow paths of
// MATCH_CLASS, MATCH_MAPPING, MATCH_SEQUENCE and MATCH_KEYS. The compiler
// lowers everything else (GET_LEN, UNPACK_EX, DICT_UPDATE + DELETE_SUBSCR
// for `**rest`) to ordinary instructions.
//
// Each function follows the slot error convention: a null result means an
// exception is pending. "No match" is the None object, never null.
#pragma once

#include <cstdint>

#include "runtime/object.h"

namespace pyvm::vm {

// MATCH_SEQUENCE: list, tuple, range and their subclasses are sequences;
// str, bytes and everything else are not.
bool is_match_sequence(VM& vm, Value subject);
// MATCH_MAPPING: dict and its subclasses.
bool is_match_mapping(VM& vm, Value subject);

// MATCH_CLASS: `cls(<npos positional>, <kwnames>=...)` against `subject`.
// Returns a tuple of the extracted attributes (positional first, then the
// keywords in kwnames order), None when the subject does not match, or null
// with a TypeError for a malformed pattern (non-type, bad __match_args__,
// too many positional sub-patterns, an attribute named twice).
[[nodiscard]] Value match_class(VM& vm, Value subject, Value cls, uint32_t npos,
                                runtime::Tuple* kwnames);

// MATCH_KEYS: the values of `keys` (a tuple) in `subject`, looked up with
// subject.get(key, <sentinel>); None when one key is absent. A key given
// twice raises ValueError.
[[nodiscard]] Value match_keys(VM& vm, Value subject, Value keys);

}  // namespace pyvm::vm
