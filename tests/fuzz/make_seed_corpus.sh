#!/usr/bin/env bash
# tests/fuzz/make_seed_corpus.sh: builds the fuzzers' seed corpus from the
# project's own test scripts: each tests/py/**/*.py and tests/limits/*.py is
# compiled by python3.11 into a .pyc (the input of fuzz_run_pyc; tests/py
# only) and its marshalled code object without the
# 16-byte header (the input of fuzz_marshal and fuzz_verifier).
# Usage: make_seed_corpus.sh OUT_DIR   (creates OUT_DIR/pyc and OUT_DIR/marshal)
set -euo pipefail
out=${1:?usage: make_seed_corpus.sh OUT_DIR}
root=$(cd "$(dirname "$0")/../.." && pwd)
mkdir -p "$out/pyc" "$out/marshal"
python3.11 - "$root" "$out" <<'PY'
import hashlib, importlib.util, marshal, pathlib, sys
root, out = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
scripts = sorted((root / "tests/py").rglob("*.py")) + sorted((root / "tests/limits").glob("*.py"))
count = 0
for script in scripts:
    try:
        code = compile(script.read_text(), script.name, "exec")
    except (SyntaxError, UnicodeDecodeError, ValueError):
        continue
    body = marshal.dumps(code)
    name = hashlib.sha1(body).hexdigest()[:16]
    header = importlib.util.MAGIC_NUMBER + b"\0" * 12
    # The limits cases sleep, wait for signals or allocate gigabytes: as
    # .pyc seeds they only time out (the step budget cannot end a native
    # sleep or allocation), so they seed the marshal targets only.
    if "tests/limits" not in script.as_posix():
        (out / "pyc" / name).write_bytes(header + body)
    (out / "marshal" / name).write_bytes(body)
    count += 1
print(f"{count} seeds in {out}/pyc and {out}/marshal")
PY
