#!/usr/bin/env python3
"""Dependency audit: everything the build and the scripts use comes from a package that
scripts/install-deps.sh installs.

    tests/scripts/dependency_audit.py SOURCE_DIR BUILD_DIR

After configure (and, for the shared-library part, the build), every file below is mapped to its
Debian package with `dpkg -S`:
  - the package configuration files CMake used: every <Package>_DIR in BUILD_DIR/CMakeCache.txt
    (Qt6Charts, Qt6OpenGL, GTest, ...), the pkg-config .pc files (pkg_check_modules), and every
    file CMake found (FILEPATH entries: compiler, libraries, programs);
  - the tools the scripts and tests call (TOOLS below), the Qt tools the build runs, the Qt plugins
    the application loads, the Python modules the tests import;
  - the shared libraries of the shipped executables (ldd), when they are built.
The package must be listed in install-deps.sh (`install-deps.sh --list`) or be a dependency
(Depends/Pre-Depends, transitively, as installed) of a listed package, or be part of the minimal
Debian base system (Essential or Priority: required, and apt). Recommends do not count:
install-deps.sh installs with --no-install-recommends. The audit fails naming each missing package
and the files that needed it.
"""
import glob
import os
import re
import subprocess
import sys

# Found by CMake but optional: the build works without them (see CMakeLists.txt / tests/CMakeLists.txt).
OPTIONAL_CACHE_ENTRIES = {
    "CCACHE_PROGRAM": "ccache speeds up rebuilds when present, never required",
    "DBUS_RUN_SESSION": "the keychain round trip test runs only where a Secret Service can be started",
    "GNOME_KEYRING_DAEMON": "the keychain round trip test runs only where a Secret Service can be started",
    "OPENGL_glu_LIBRARY": "FindOpenGL looks for GLU too; nothing links OpenGL::GLU",
}
# Tools that cannot come from install-deps.sh, with the reason.
EXEMPT_TOOLS = {
    "git": "needed to have a clone at all (check-fresh-install.sh archives the committed tree)",
}
# (what uses it, alternatives): the first alternative found is audited.
PG_BIN = sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True)
TOOLS = [
    ("scripts/build.sh", ["cmake"]),
    ("scripts/build.sh (CMake generator)", ["ninja"]),
    ("scripts/run-tests.sh", ["ctest"]),
    ("scripts/run-tests.sh", ["nproc"]),
    ("scripts/test-servers.sh", ["mariadbd", "mysqld"]),
    ("scripts/test-servers.sh", ["mariadb-install-db", "mysql_install_db"]),
    ("scripts/test-servers.sh", ["mariadb", "mysql"]),
    ("scripts/test-servers.sh", ["initdb"]),
    ("scripts/test-servers.sh", ["pg_ctl"]),
    ("scripts/test-servers.sh", ["psql"]),
    ("scripts/test-servers.sh (as root)", ["runuser"]),
    ("scripts/test-servers.sh (as root)", ["useradd"]),
    ("scripts/test-servers.sh", ["setsid"]),
    ("scripts/test-servers.sh", ["realpath"]),
    ("headless GUI runs (install-deps.sh: xvfb)", ["xvfb-run"]),
    ("xvfb-run", ["xauth"]),
    ("xvfb-run", ["Xvfb"]),
    ("tests (SQLite shell)", ["sqlite3"]),
    # export_test.cpp runs /usr/bin/python3 when it exists (another python3 first in PATH, e.g. pyenv's,
    # would not see Debian's python3-openpyxl).
    ("tests/export (openpyxl), tests/scripts", ["/usr/bin/python3", "python3"]),
    ("scripts/install-deps.sh", ["dpkg-query"]),
    ("scripts/install-deps.sh", ["apt-get"]),
    ("scripts/check-fresh-install.sh", ["debootstrap"]),
    ("scripts/check-fresh-install.sh", ["chroot"]),
    ("scripts/check-fresh-install.sh", ["findmnt"]),
    ("scripts/check-fresh-install.sh", ["flock"]),
    ("scripts/check-fresh-install.sh", ["git"]),
    ("scripts/check-style.sh (ctest style_check)", ["clang-format"]),
    ("qt_add_translations", ["/usr/lib/qt6/bin/lrelease"]),
    ("qt_add_translations (update target)", ["/usr/lib/qt6/bin/lupdate"]),
    ("AUTOMOC", ["/usr/lib/qt6/libexec/moc"]),
    ("AUTOUIC", ["/usr/lib/qt6/libexec/uic"]),
    ("AUTORCC", ["/usr/lib/qt6/libexec/rcc"]),
]
# Loaded at run time, so CMake never sees them.
QT_PLUGINS = [
    ("SQLite stores", "sqldrivers/libqsqlite.so"),
    ("MySQL/MariaDB stores", "sqldrivers/libqsqlmysql.so"),
    ("PostgreSQL stores", "sqldrivers/libqsqlpsql.so"),
    ("offscreen widget tests", "platforms/libqoffscreen.so"),
    ("the desktop application under X11/Xvfb", "platforms/libqxcb.so"),
]
PYTHON_MODULES = [("tests/export/export_test.cpp (reads .xlsx back)", "openpyxl")]


def run(args, **kw):
    return subprocess.run(args, capture_output=True, text=True, **kw)


def find_tool(name):
    if name.startswith("/"):
        return name if os.access(name, os.X_OK) else None
    dirs = os.environ.get("PATH", "").split(":") + ["/usr/sbin", "/sbin", "/usr/bin", "/bin"] + PG_BIN
    for d in dirs:
        p = os.path.join(d, name)
        if d and os.path.isfile(p) and os.access(p, os.X_OK):
            return p
    return None


def cache_evidence(build_dir, source_dir, problems):
    """(file, why) for the files CMake used, from CMakeCache.txt."""
    path = os.path.join(build_dir, "CMakeCache.txt")
    if not os.path.exists(path):
        problems.append(f"{path} not found: configure first")
        return []
    out = []
    own = (os.path.realpath(build_dir) + "/", os.path.realpath(source_dir) + "/")
    pkg_modules = []
    for line in open(path, encoding="utf-8", errors="replace"):
        m = re.match(r"^([A-Za-z0-9_.+-]+):([A-Z]+)=(.*)$", line.rstrip("\n"))
        if not m:
            continue
        name, typ, value = m.groups()
        if name.startswith("__pkg_config_arguments_"):
            pkg_modules += [v for v in value.split(";") if v and v not in ("REQUIRED", "QUIET", "IMPORTED_TARGET", "GLOBAL", "NO_CMAKE_PATH", "NO_CMAKE_ENVIRONMENT_PATH")]
            continue
        if name in OPTIONAL_CACHE_ENTRIES or not value.startswith("/") or value.endswith("-NOTFOUND"):
            continue
        if os.path.realpath(value).startswith(own):
            continue
        if name.endswith("_DIR") and typ == "PATH" and os.path.isdir(value):
            configs = [f for f in glob.glob(os.path.join(value, "*")) if re.search(r"(Config|-config)\.cmake$", f)]
            for f in configs or [value]:
                out.append((f, f"CMake package {name[:-4]} ({name})"))
        elif typ == "FILEPATH" and os.path.isfile(value):
            out.append((value, f"CMake cache {name}"))
    for mod in pkg_modules:
        mod = re.split(r"[<>=]", mod)[0].strip()
        r = run(["pkg-config", "--variable=pcfiledir", mod])
        pc = os.path.join(r.stdout.strip(), mod + ".pc")
        if r.returncode == 0 and os.path.isfile(pc):
            out.append((pc, f"pkg-config module {mod} (pkg_check_modules)"))
        else:
            problems.append(f"pkg-config module {mod} (pkg_check_modules) not found")
    return out


def tool_evidence(problems):
    out = []
    for why, names in TOOLS:
        if names[0] in EXEMPT_TOOLS:
            continue
        found = next((p for p in map(find_tool, names) if p), None)
        if found:
            out.append((found, f"{' / '.join(names)}, used by {why}"))
        else:
            problems.append(f"{' / '.join(names)} (used by {why}) not found")
    qt_plugin_dirs = glob.glob("/usr/lib/*/qt6/plugins")
    for why, rel in QT_PLUGINS:
        hits = [os.path.join(d, rel) for d in qt_plugin_dirs if os.path.exists(os.path.join(d, rel))]
        if hits:
            out.append((hits[0], f"Qt plugin for {why}"))
        else:
            problems.append(f"Qt plugin {rel} ({why}) not found")
    python = find_tool("/usr/bin/python3") or find_tool("python3") or sys.executable
    for why, mod in PYTHON_MODULES:
        r = run([python, "-c", f"import {mod}, sys; sys.stdout.write({mod}.__file__)"])
        if r.returncode == 0 and r.stdout:
            out.append((r.stdout, f"Python module {mod}, used by {why}"))
        else:
            problems.append(f"Python module {mod} (used by {why}) cannot be imported")
    return out


def library_evidence(build_dir):
    out = []
    for rel in ("app/cli/segmentor-cli", "app/gui/segmentor"):
        exe = os.path.join(build_dir, rel)
        if not os.path.exists(exe):
            continue
        r = run(["ldd", exe])
        for line in r.stdout.splitlines():
            m = re.search(r"=>\s+(/\S+)", line) or re.match(r"\s*(/\S+)", line)
            if m:
                out.append((m.group(1), f"shared library of {rel}"))
    return out


def candidates(path):
    """The path as dpkg may know it: as given, resolved, and without /usr (merged /usr)."""
    result = []
    for p in (path, os.path.realpath(path)):
        for q in (p, re.sub(r"^/usr/(bin|sbin|lib|lib64)/", r"/\1/", p)):
            if q not in result:
                result.append(q)
    return result


def owners(paths):
    """path -> set of packages (dpkg -S, one call)."""
    found = {}
    if not paths:
        return found
    r = run(["dpkg-query", "-S", "--"] + sorted(paths))
    for line in r.stdout.splitlines():
        if line.startswith("diversion ") or ": " not in line:
            continue
        pkgs, path = line.split(": ", 1)
        if path in paths:
            found.setdefault(path, set()).update(p.strip().split(":")[0] for p in pkgs.split(","))
    return found


def installed_packages():
    fmt = "${Package}\t${db:Status-Status}\t${Essential}\t${Priority}\t${Pre-Depends}\t${Depends}\t${Provides}\n"
    r = run(["dpkg-query", "-W", "-f", fmt])
    info = {}
    for line in r.stdout.splitlines():
        f = line.split("\t")
        if len(f) < 7 or f[1] != "installed":
            continue
        e = info.setdefault(f[0], {"essential": False, "deps": [], "provides": set()})
        e["essential"] |= f[2] == "yes" or f[3] == "required"
        for group in (f[4] + "," + f[5]).split(","):
            alts = [re.split(r"[\s(]", a.strip())[0].split(":")[0] for a in group.split("|") if a.strip()]
            if alts:
                e["deps"].append(alts)
        e["provides"] |= {re.split(r"[\s(]", p.strip())[0] for p in f[6].split(",") if p.strip()}
    return info


def closure(roots, info):
    providers = {}
    for name, e in info.items():
        for p in e["provides"]:
            providers.setdefault(p, set()).add(name)
    seen, todo = set(), list(roots)
    while todo:
        name = todo.pop()
        if name in seen or name not in info:
            continue
        seen.add(name)
        for alts in info[name]["deps"]:
            for a in alts:  # every installed alternative counts (any of them satisfies the dependency)
                todo += [a] if a in info else []
                todo += list(providers.get(a, ()))
    return seen


def main():
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    source_dir, build_dir = sys.argv[1], sys.argv[2]
    r = run(["bash", os.path.join(source_dir, "scripts/install-deps.sh"), "--list"])
    listed = [p for p in r.stdout.split() if p]
    if r.returncode != 0 or not listed:
        print(f"FAIL: scripts/install-deps.sh --list gave nothing: {r.stderr}", file=sys.stderr)
        return 1

    problems = []
    info = installed_packages()
    not_installed = [p for p in listed if p not in info]
    if not_installed:
        problems.append("listed but not installed (run scripts/install-deps.sh): " + " ".join(not_installed))
    allowed = closure(listed, info)
    base = closure([n for n, e in info.items() if e["essential"]] + ["apt"], info)

    evidence = cache_evidence(build_dir, source_dir, problems) + tool_evidence(problems) + library_evidence(build_dir)
    all_paths = {c for f, _ in evidence for c in candidates(f)}
    owned = owners(all_paths)

    missing = {}  # package -> [(file, why)]
    checked = 0
    for f, why in evidence:
        pkgs = next((owned[c] for c in candidates(f) if c in owned), None)
        if pkgs is None:
            problems.append(f"{f} ({why}) belongs to no Debian package")
            continue
        checked += 1
        if pkgs & (allowed | base):
            continue
        for p in sorted(pkgs):
            missing.setdefault(p, []).append((f, why))

    for pkg, uses in sorted(missing.items()):
        print(f"FAIL: missing package {pkg}: neither listed in scripts/install-deps.sh nor a dependency of a listed package; needed by:",
              file=sys.stderr)
        for f, why in uses[:8]:
            print(f"    {f}  ({why})", file=sys.stderr)
        if len(uses) > 8:
            print(f"    ... and {len(uses) - 8} more files", file=sys.stderr)
    for p in problems:
        print(f"FAIL: {p}", file=sys.stderr)
    print(f"dependency audit: {len(evidence)} files checked ({checked} owned), {len(listed)} listed packages, "
          f"{len(allowed)} with their dependencies, {len(base)} in the base system; "
          f"exempt: {', '.join(f'{k} ({v})' for k, v in {**OPTIONAL_CACHE_ENTRIES, **EXEMPT_TOOLS}.items())}")
    if missing or problems:
        return 1
    print("dependency audit: OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
