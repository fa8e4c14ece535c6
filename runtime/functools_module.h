// The native `functools` module: reduce, partial, cmp_to_key, lru_cache and
// cache (with cache_info, cache_clear and cache_parameters), update_wrapper
// and wraps, and total_ordering, following CPython 3.11's behaviour and
// messages. singledispatch, cached_property and partialmethod are not
// provided.
#pragma once

#include "runtime/object.h"

namespace pyvm::runtime {

// Adds lru_cache, cache and _CacheInfo to the module dict
// (functools_lru_cache.cpp).
void add_functools_lru_cache(VM& vm, Dict* module_dict);

// Creates the module and registers it in sys.modules.
void create_functools_module(VM& vm);

}  // namespace pyvm::runtime
