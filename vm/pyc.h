// pyc: loading CPython 3.11 .pyc files (CPYTHON311-FORMATS.md section 1) and
// the cache-path and freshness rules of importlib's SourceFileLoader.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "runtime/code.h"

namespace pyvm::vm {

class VM;

inline constexpr size_t kPycHeaderSize = 16;
// The 3.11 magic number (3495) as the four bytes that open every pyc.
inline constexpr char kPycMagic[4] = {'\xa7', '\x0d', '\x0d', '\x0a'};
enum PycFlags : uint32_t { kPycHashBased = 1, kPycCheckSource = 2 };

// Parses and checks a whole .pyc image: the 16-byte header, one marshalled
// code object spanning the rest of the bytes, and the verifier on it (and on
// every nested code object). Returns nullptr with a one-line reason in
// `*error` on any failure; never leaves an exception pending.
[[nodiscard]] runtime::Code* load_pyc_bytes(VM& vm, std::string_view bytes, std::string* error);
// Reads `path` and calls load_pyc_bytes.
[[nodiscard]] runtime::Code* load_pyc_file(VM& vm, const std::string& path, std::string* error);

// `dir/NAME.py` -> `dir/__pycache__/NAME.cpython-311.pyc`.
std::string cached_pyc_path(const std::string& py_path);

// True when `pyc_path` exists, has a valid 3.11 header, and matches the
// source: same mtime and size for a timestamp pyc, the same SipHash-1-3 of
// the source for a checked-hash pyc; an unchecked-hash pyc is always trusted.
bool pyc_is_fresh(const std::string& py_path, const std::string& pyc_path);

// SipHash-1-3 of `data` with key (k0, k1), as CPython's _imp.source_hash uses
// it with k0 = the magic read as uint32 little-endian and k1 = 0.
uint64_t siphash13(uint64_t k0, uint64_t k1, std::string_view data);
// The 8-byte source hash stored in hash-based pycs, as a uint64 (LE in the file).
uint64_t pyc_source_hash(std::string_view source);

}  // namespace pyvm::vm
