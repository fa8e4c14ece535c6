// compile_service: turns Python source text into pyvm code objects for the
// builtins compile(), exec() and eval(). pyvm has no compiler of its own, so
// one persistent python3.11 child per VM (PYVM_PYTHON overrides the command),
// started on first use, compiles each request and sends back
// `marshal.dumps(code)`; pyvm loads that with its own marshal reader and
// verifier. Errors raised by CPython's compiler (SyntaxError with its
// location, ValueError, ...) come back by type name and args and are raised
// as the pyvm exception of that name.
//
// Requests and responses are length-prefixed messages over a socket pair:
//   request  = u32 size, then six fields, each u32 length + bytes:
//              kind ("s" text / "b" bytes / "a" marshalled AST tree), source,
//              filename (UTF-8), mode,
//              flags (decimal), optimize (decimal)
//   response = u32 size, then 'C' + marshalled code object
//                             or 'A' + marshalled parse tree (PyCF_ONLY_AST)
//                             or 'E' + marshalled (type name, args tuple)
// Responses are cached by the whole request (source, filename, mode, flags,
// optimize), so code generated again and again (namedtuple/dataclass style)
// is compiled once; a hit still builds a fresh code object.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>

#include <sys/types.h>

#include "runtime/code.h"

namespace pyvm::vm {

class VM;

// What to compile: the arguments of compile() after validation.
struct CompileRequest {
  std::string_view source;  // UTF-8 text, or raw bytes when source_is_bytes
  bool source_is_bytes = false;
  bool source_is_ast = false;  // source is a marshalled tree (runtime/ast_module.h)
  std::string filename;        // UTF-8
  std::string mode;            // "exec", "eval" or "single"
  int64_t flags = 0;           // compiler flags, future features already merged
  int64_t optimize = -1;
};

// The child process and the response cache of one VM (VM::compile_service).
class CompileService {
 public:
  CompileService() = default;
  ~CompileService();
  CompileService(const CompileService&) = delete;
  CompileService& operator=(const CompileService&) = delete;

  // Sends `request` (an encoded message body) and stores the response body
  // in `*response`, from the cache when possible. False with a one-line
  // reason in `*error` when the child cannot be started or dies.
  [[nodiscard]] bool exchange(const std::string& request, std::string* response,
                              std::string* error);

  // Requests answered so far, and how many of them the child compiled.
  int64_t requests() const { return requests_; }
  int64_t compilations() const { return compilations_; }

 private:
  [[nodiscard]] bool start(std::string* error);
  void stop();
  [[nodiscard]] bool round_trip(const std::string& request, std::string* response,
                                std::string* error);
  void remember(const std::string& request, const std::string& response);

  int fd_ = -1;     // our end of the socket pair; -1 until started
  pid_t pid_ = -1;  // the child
  std::unordered_map<std::string, std::string> cache_;
  size_t cache_bytes_ = 0;
  int64_t requests_ = 0;
  int64_t compilations_ = 0;
};

// Compiles `request` through vm.compile_service (created on first use).
// Returns the verified code object, or nullptr with an exception pending
// (the compiler's own exception, e.g. SyntaxError, or RuntimeError when
// python3.11 cannot be run).
[[nodiscard]] runtime::Code* compile_source(VM& vm, const CompileRequest& request);

// Compiles `request` (whose flags include PyCF_ONLY_AST) and returns the
// parse tree in the service's serialised form (see runtime/ast_module.h:
// ast_from_tree), or null with an exception pending.
[[nodiscard]] Value compile_to_ast_tree(VM& vm, const CompileRequest& request);

// Frees vm.compile_service, ending its child (VM destructor).
void destroy_compile_service(VM& vm);

}  // namespace pyvm::vm
