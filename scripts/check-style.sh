#!/usr/bin/env bash
# House style, checked by ctest (style_check) and so by .ci/run:
#   - every C++ source is clang-format clean (.clang-format at the top);
#   - no source file in core/, ui/, app/, bench/ or tests/ is longer than 800 lines.
#
#   scripts/check-style.sh          # check, list the offenders, exit 1 if any
#   scripts/check-style.sh --fix    # reformat in place (the size limit still needs a human)
set -euo pipefail
cd "$(dirname "$0")/.."
MAX_LINES=800

mapfile -t FILES < <(git ls-files -- 'core/*.cpp' 'core/*.h' 'ui/*.cpp' 'ui/*.h' 'app/*.cpp' 'app/*.h' \
    'bench/*.cpp' 'bench/*.h' 'tests/*.cpp' 'tests/*.h' 2>/dev/null || true)
if [[ ${#FILES[@]} -eq 0 ]]; then
    # Not a git checkout (a source archive): every source under the folders.
    mapfile -t FILES < <(find core ui app bench tests -name '*.cpp' -o -name '*.h' | sort)
fi

if [[ "${1:-}" == "--fix" ]]; then
    clang-format -i "${FILES[@]}"
    exit 0
fi

status=0
if ! clang-format --dry-run -Werror "${FILES[@]}" 2>/tmp/segmentor-style.$$; then
    echo "check-style: not clang-format clean (fix with scripts/check-style.sh --fix):" >&2
    grep -o '^[^:]*\.\(cpp\|h\):' /tmp/segmentor-style.$$ | sort -u | sed 's/:$//; s/^/  /' >&2
    status=1
fi
rm -f /tmp/segmentor-style.$$

for f in "${FILES[@]}"; do
    n=$(wc -l <"$f")
    if (( n > MAX_LINES )); then
        echo "check-style: $f has $n lines (more than $MAX_LINES: split it)" >&2
        status=1
    fi
done
[[ $status -eq 0 ]] && echo "check-style: ${#FILES[@]} files clean"
exit $status
