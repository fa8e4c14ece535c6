# os file functions (mkdir, listdir, scandir, rename, walk, makedirs, open/
# write/close on descriptors, stat fields) as tempfile, shutil and pathlib use
# them: TemporaryDirectory, NamedTemporaryFile, TemporaryFile, mkstemp,
# shutil.copy/rmtree, Path reading, writing, iterdir and rglob.
import os
import pathlib
import shutil
import stat
import tempfile

print(os.PathLike.__module__, os.walk.__module__, os.error is OSError, os.sep)
with tempfile.TemporaryDirectory() as d:
    p = pathlib.Path(d)
    (p / "a").mkdir()
    (p / "a" / "b").mkdir()
    (p / "a" / "f.txt").write_text("hello\n")
    (p / "g.txt").write_bytes(b"xy")
    print(sorted(x.name for x in p.iterdir()))
    print(repr((p / "a" / "f.txt").read_text()), (p / "g.txt").stat().st_size)
    print((p / "a").is_dir(), (p / "g.txt").is_file(), (p / "zz").exists(), p.joinpath("a", "f.txt").suffix)
    for root, dirs, files in os.walk(d):
        dirs.sort()
        print(os.path.relpath(root, d), sorted(dirs), sorted(files))
    for root, dirs, files in os.walk(d, topdown=False):
        print("up", os.path.relpath(root, d))
    print(sorted(str(x.relative_to(p)) for x in p.rglob("*")), sorted(x.name for x in p.glob("*.txt")))
    os.makedirs(os.path.join(d, "x", "y", "z"))
    os.makedirs(os.path.join(d, "x", "y"), exist_ok=True)
    try:
        os.makedirs(os.path.join(d, "x", "y"))
    except FileExistsError as e:
        print("FileExistsError", e.errno, os.path.basename(e.filename))
    shutil.copy(os.path.join(d, "g.txt"), os.path.join(d, "x", "h.txt"))
    print(open(os.path.join(d, "x", "h.txt")).read())
    shutil.copytree(os.path.join(d, "a"), os.path.join(d, "a2"))
    print(sorted(os.listdir(os.path.join(d, "a2"))))
    shutil.rmtree(os.path.join(d, "x"))
    print(sorted(os.listdir(d)))
    os.rename(os.path.join(d, "g.txt"), os.path.join(d, "g2.txt"))
    os.replace(os.path.join(d, "g2.txt"), os.path.join(d, "g3.txt"))
    entries = sorted(os.scandir(d), key=lambda e: e.name)
    print([(e.name, e.is_dir(), e.is_file(), e.is_symlink()) for e in entries], repr(entries[0]))
    print(entries[-1].path == os.path.join(d, "g3.txt"), entries[-1].stat().st_size, os.fspath(entries[0]) == entries[0].path)
    with os.scandir(d) as it:
        print(sorted(e.name for e in it))
    try:
        os.rename(os.path.join(d, "nope"), os.path.join(d, "other"))
    except FileNotFoundError as e:
        print("FileNotFoundError", e.errno, os.path.basename(e.filename), os.path.basename(e.filename2))
    with tempfile.NamedTemporaryFile("w+", dir=d, suffix=".log", delete=False) as f:
        f.write("data")
        name = f.name
    print(os.path.exists(name), name.endswith(".log"), open(name).read())
    with tempfile.TemporaryFile() as tf:
        tf.write(b"abc")
        tf.seek(0)
        print(tf.read())
    fd, path = tempfile.mkstemp(dir=d, prefix="pre")
    print(os.write(fd, b"raw bytes"), os.lseek(fd, 0, os.SEEK_SET))
    print(os.read(fd, 3), os.fstat(fd).st_size)
    os.close(fd)
    print(open(path, "rb").read(), os.path.basename(path).startswith("pre"))
    fd = os.open(os.path.join(d, "o.txt"), os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with open(fd, "w") as wf:
        wf.write("via fd\n")
    st = os.stat(os.path.join(d, "o.txt"))
    print(stat.S_IMODE(st.st_mode) == 0o600, stat.S_ISREG(st.st_mode), st.st_size)
    print(isinstance(st.st_mtime, float), st.st_mtime_ns // 10**9 == st[stat.ST_MTIME], abs(st.st_mtime - st.st_mtime_ns / 1e9) < 1e-3)
    os.utime(os.path.join(d, "o.txt"), ns=(1_500_000_000_123_456_789, 1_600_000_000_987_654_321))
    st = os.stat(os.path.join(d, "o.txt"))
    print(st.st_atime_ns, st.st_mtime_ns, st.st_mtime)
    os.chmod(os.path.join(d, "o.txt"), 0o644)
    print(oct(stat.S_IMODE(os.stat(os.path.join(d, "o.txt")).st_mode)), os.access(os.path.join(d, "o.txt"), os.R_OK))
    os.unlink(os.path.join(d, "o.txt"))
    os.mkdir(os.path.join(d, "empty"))
    os.rmdir(os.path.join(d, "empty"))
    os.removedirs(os.path.join(d, "a", "b"))
    print(sorted(os.listdir(d)) == sorted(["a", "a2", "g3.txt", os.path.basename(name), os.path.basename(path)]))
    try:
        os.rmdir(os.path.join(d, "a2"))
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror)
    try:
        os.listdir(os.path.join(d, "missing"))
    except FileNotFoundError as e:
        print("FileNotFoundError", e.strerror)
print(os.path.exists(d), os.getenv("PYVM_SURELY_UNSET_VAR", "dflt"), os.fsencode("é"), os.fsdecode(b"x"))
