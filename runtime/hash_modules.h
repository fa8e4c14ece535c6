// The native hash modules that Lib/hashlib.py and Lib/random.py import when
// OpenSSL's _hashlib is absent: _md5, _sha1, _sha256 (sha224, sha256),
// _sha512 (sha384, sha512), _sha3 (sha3_*, shake_*) and _blake2 (blake2b,
// blake2s with key, salt, person and the tree parameters), over
// runtime/hash_algorithms.h.
#pragma once

#include "runtime/object.h"

namespace pyvm::runtime {

// Each creates its module, registers it in sys.modules and returns it.
[[nodiscard]] Value create_md5_module(VM& vm);
[[nodiscard]] Value create_sha1_module(VM& vm);
[[nodiscard]] Value create_sha256_module(VM& vm);
[[nodiscard]] Value create_sha512_module(VM& vm);
[[nodiscard]] Value create_sha3_module(VM& vm);
[[nodiscard]] Value create_blake2_module(VM& vm);

}  // namespace pyvm::runtime
