#!/usr/bin/env python3
"""The shipped executables carry no test hook: none of TEST_HOOKS appears in them, neither as
ASCII (qgetenv("...")) nor as UTF-16 (QStringLiteral), while the tests' segmentor-cli-testhooks
does contain them (so the search itself is proven to work).

    tests/scripts/no_test_hooks.py --control TESTHOOKS_EXE SHIPPED_EXE...
"""
import re
import sys

# Environment variables that only tests may set; they are read by tests/cli/clitesthooks.cpp.
TEST_HOOKS = ["SEGMENTOR_REFRESH_PAUSE_AT"]


def names_in(data):
    ascii_names = set(re.findall(rb"SEGMENTOR_[A-Z0-9_]+", data))
    utf16_names = {m.replace(b"\0", b"") for m in re.findall(rb"S\0E\0G\0M\0E\0N\0T\0O\0R\0_\0(?:[A-Z0-9_]\0)+", data)}
    return {n.decode() for n in ascii_names | utf16_names}


def main():
    args = sys.argv[1:]
    if len(args) < 3 or args[0] != "--control":
        print(__doc__, file=sys.stderr)
        return 2
    control, shipped = args[1], args[2:]
    failures = 0
    found = names_in(open(control, "rb").read())
    for hook in TEST_HOOKS:
        if hook not in found:
            print(f"FAIL: {hook} not found in the control {control}: the search does not work", file=sys.stderr)
            failures += 1
    for exe in shipped:
        names = names_in(open(exe, "rb").read())
        for hook in TEST_HOOKS:
            if hook in names:
                print(f"FAIL: the shipped {exe} contains the test hook {hook}", file=sys.stderr)
                failures += 1
        print(f"{exe}: SEGMENTOR_* names (user settings and SQL names): {', '.join(sorted(names)) or 'none'}")
    if failures:
        return 1
    print(f"ok: {', '.join(TEST_HOOKS)} only in {control}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
