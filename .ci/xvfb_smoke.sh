#!/usr/bin/env bash
# Smoke test of the real main window on a real X server (Xvfb, Qt's xcb platform plugin).
#
#   VENV=.venv bash .ci/xvfb_smoke.sh        (VENV defaults to .venv in the repository root)
#
# Phases:
#   1. packages : Debian packages for Xvfb, xwininfo, ImageMagick and Qt's xcb plugin; apt-get only if some are missing.
#   2. tools    : the tools are there, and the venv's Qt xcb plugin resolves all its shared libraries.
#   3. demo-db  : `commitment-tracker --db $TMP/demo.sqlite demo`.
#   4. window   : under `xvfb-run -a -s "-screen 0 1280x800x24"` start the app with QT_QPA_PLATFORM=xcb, poll up to
#                 WINDOW_TIMEOUT s for a viewable top-level window whose name contains "Commitment Tracker", take a
#                 screenshot of the root window with `import -window root`, stop the app.
#   5. screenshot : the PNG exists, is not tiny, and neither the screen nor the window's area is one flat colour.
# Output: ${CI_ARTIFACTS:-.ci-artifacts}/xvfb-main-window.png (+ xvfb-app.log, the app's stdout/stderr).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

VENV=${VENV:-.venv}
VENV=$(cd "$VENV" 2>/dev/null && pwd) || { echo "ERROR: venv '${VENV}' not found (set VENV=...)" >&2; exit 1; }
APP="$VENV/bin/commitment-tracker"
WINDOW_TIMEOUT=${WINDOW_TIMEOUT:-30}
MIN_PNG_BYTES=${MIN_PNG_BYTES:-6144}   # a real window: ~13 KB; a blank grey window on black: ~2.6 KB
WINDOW_NAME="Commitment Tracker"

ARTIFACTS=${CI_ARTIFACTS:-.ci-artifacts}
mkdir -p "$ARTIFACTS"
ARTIFACTS=$(cd "$ARTIFACTS" && pwd)
OUT="$ARTIFACTS/xvfb-main-window.png"
APP_LOG="$ARTIFACTS/xvfb-app.log"

# ImageMagick by absolute path: /usr/local/bin may hold a stand-in `convert` ahead of Debian's.
IM_CONVERT=/usr/bin/convert
IM_IDENTIFY=/usr/bin/identify
IM_IMPORT=/usr/bin/import

PACKAGES=(
    xvfb xauth x11-utils imagemagick
    libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
    libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libxcb-xfixes0 libxcb-shm0 libxcb-sync1
    libxrender1 libegl1 libgl1 libfontconfig1 libfreetype6 libdbus-1-3 libglib2.0-0 fonts-dejavu-core
)
# xauth: xvfb-run calls it to set up the X authority file; xvfb only *recommends* it, so with
# --no-install-recommends it has to be named.

TMP=$(mktemp -d "${TMPDIR:-/tmp}/ct-xvfb-smoke.XXXXXX")
cleanup() {
    local rc=$?
    # xvfb-run runs in the foreground and the inner script stops the app itself; this only catches leftovers
    # of an interrupted run: processes started from this script's own temporary folder.
    if [[ -f "$TMP/app.pid" ]]; then
        local pid
        pid=$(cat "$TMP/app.pid" 2>/dev/null || true)
        [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null || true
    fi
    rm -rf "$TMP"
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

SMOKE_START=$(date +%s)
PHASE_T0=0
phase_start() { PHASE_T0=$(date +%s); echo "--- [xvfb-smoke/$1] $2"; }
phase_end()   { echo "--- [xvfb-smoke/$1] ok in $(( $(date +%s) - PHASE_T0 )) s"; }
fail()        { echo "ERROR: $*" >&2; exit 1; }

show_app_log() {
    echo "----- app output ($APP_LOG) -----" >&2
    cat "$APP_LOG" >&2 2>/dev/null || echo "(no app log)" >&2
    echo "----- end of app output -----" >&2
    if [[ -s "$TMP/xvfb.err" ]]; then
        echo "----- Xvfb stderr -----" >&2
        cat "$TMP/xvfb.err" >&2
        echo "----- end of Xvfb stderr -----" >&2
    fi
}

is_installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'; }

# ---------------------------------------------------------------------------------------------- 1. packages
phase_start packages "Debian packages: ${PACKAGES[*]}"
missing=()
for p in "${PACKAGES[@]}"; do is_installed "$p" || missing+=("$p"); done
if (( ${#missing[@]} == 0 )); then
    echo "all ${#PACKAGES[@]} packages already installed; skipping apt-get"
else
    echo "not installed yet: ${missing[*]}"
    SUDO=()
    if [[ $(id -u) != 0 ]]; then
        command -v sudo >/dev/null || fail "packages missing and not root (no sudo): ${missing[*]}"
        SUDO=(sudo)
    fi
    export DEBIAN_FRONTEND=noninteractive
    APT_OPTS=(-q -o DPkg::Lock::Timeout=300)
    echo "+ apt-get update"
    "${SUDO[@]}" apt-get "${APT_OPTS[@]}" update || { sleep 10; "${SUDO[@]}" apt-get "${APT_OPTS[@]}" update; }
    to_install=()
    for p in "${missing[@]}"; do
        if apt-cache show "$p" >/dev/null 2>&1; then
            to_install+=("$p")
        else
            echo "WARNING: no Debian package named '$p' here (apt-cache show found nothing); dropped from the list" >&2
        fi
    done
    if (( ${#to_install[@]} > 0 )); then
        echo "+ apt-get install -y --no-install-recommends ${to_install[*]}"
        "${SUDO[@]}" apt-get "${APT_OPTS[@]}" install -y --no-install-recommends "${to_install[@]}"
    fi
fi
phase_end packages

# ---------------------------------------------------------------------------------------------- 2. tools
phase_start tools "X and ImageMagick tools, the app, Qt's xcb plugin libraries"
for t in xvfb-run Xvfb xauth xwininfo; do
    command -v "$t" >/dev/null || fail "'$t' not found on PATH after installing the packages"
done
for t in "$IM_CONVERT" "$IM_IDENTIFY" "$IM_IMPORT"; do
    [[ -x "$t" ]] || fail "ImageMagick's $t not found (package imagemagick)"
done
[[ -x "$APP" ]] || fail "$APP not found: install the app into the venv first (README's APP command) or set VENV"
echo "app: $APP"
xcb_plugin=$(find "$VENV" -path '*/PySide6/Qt/plugins/platforms/libqxcb.so' 2>/dev/null | head -n 1)
[[ -n "$xcb_plugin" ]] || fail "Qt's xcb platform plugin (libqxcb.so) not found under $VENV"
echo "Qt xcb plugin: $xcb_plugin"
qt_lib_dir=$(cd "$(dirname "$xcb_plugin")/../../lib" && pwd)
unresolved=$(LD_LIBRARY_PATH="$qt_lib_dir${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}" ldd "$xcb_plugin" "$qt_lib_dir"/libQt6XcbQpa.so.6 2>&1 \
    | grep 'not found' | sort -u || true)
[[ -z "$unresolved" ]] || fail "Qt's xcb plugin has unresolved shared libraries (a Debian package is missing):
$unresolved"
echo "ldd: every shared library of the xcb plugin resolves"
phase_end tools

# ---------------------------------------------------------------------------------------------- 3. demo-db
phase_start demo-db "demo database $TMP/demo.sqlite"
"$APP" --db "$TMP/demo.sqlite" demo </dev/null
[[ -s "$TMP/demo.sqlite" ]] || fail "the demo command made no database at $TMP/demo.sqlite"
phase_end demo-db

# ---------------------------------------------------------------------------------------------- 4. window
# The inner script runs inside the xvfb-run session: it starts the app in the background, waits for its
# window, takes the screenshot and stops the app.
cat >"$TMP/inner.sh" <<'INNER'
#!/usr/bin/env bash
set -euo pipefail
app=$1 db=$2 out=$3 log=$4 timeout=$5 name=$6 tmp=$7 import=$8
echo "inner: DISPLAY=$DISPLAY QT_QPA_PLATFORM=$QT_QPA_PLATFORM"

"$app" --db "$db" </dev/null >"$log" 2>&1 &
pid=$!
echo "$pid" >"$tmp/app.pid"
stop_app() {
    if kill -0 "$pid" 2>/dev/null; then
        kill -TERM "$pid" 2>/dev/null || true
        for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
        kill -0 "$pid" 2>/dev/null && { echo "inner: app ignored SIGTERM for 5 s; SIGKILL"; kill -KILL "$pid" 2>/dev/null || true; }
    fi
    wait "$pid" 2>/dev/null || true
}
trap stop_app EXIT

t0=$(date +%s)
deadline=$(( t0 + timeout ))
win=""
while :; do
    if ! kill -0 "$pid" 2>/dev/null; then
        rc=0; wait "$pid" || rc=$?
        echo "inner: ERROR: the app exited (status $rc) before its window appeared" >&2
        exit 3
    fi
    # Top-level windows are the root window's direct children (`xwininfo -root -children`).
    # A line reads: 0x200007 "Title": ("res-name" "Res-Class")  1100x650+0+0  +0+0. Match the title only, and
    # only a mapped window (Qt also keeps an unmapped 1x1 client-leader window named after the application).
    win=""
    while read -r id; do
        if xwininfo -id "$id" 2>/dev/null | grep -q 'Map State: IsViewable'; then win=$id; break; fi
    done < <(xwininfo -root -children 2>/dev/null \
             | awk -v pat="$name" '$1 ~ /^0x/ && match($0, /"[^"]*"/) && index(substr($0, RSTART, RLENGTH), pat) {print $1}')
    [[ -n "$win" ]] && break
    if (( $(date +%s) >= deadline )); then
        echo "inner: ERROR: no viewable top-level window named '*$name*' after $timeout s" >&2
        echo "inner: top-level windows now:" >&2
        xwininfo -root -children >&2 || true
        exit 4
    fi
    sleep 0.5
done
echo "inner: window $win appeared after $(( $(date +%s) - t0 )) s:"
xwininfo -id "$win" | sed -n 's/^xwininfo: //p; /Absolute upper-left/p; /Width:/p; /Height:/p; /Map State/p' | sed 's/^ */    /'
xwininfo -id "$win" | awk -F: '/Absolute upper-left X/{x=$2} /Absolute upper-left Y/{y=$2} /Width/{w=$2} /Height/{h=$2}
    END {gsub(/ /,"",x); gsub(/ /,"",y); gsub(/ /,"",w); gsub(/ /,"",h); print w "x" h "+" x "+" y}' >"$tmp/geometry"
# Give Qt a moment to paint the first frame (models, plot) after mapping.
sleep 3
kill -0 "$pid" 2>/dev/null || { echo "inner: ERROR: the app exited right after showing its window" >&2; exit 5; }
"$import" -window root "$out"
echo "inner: screenshot written to $out"
INNER

phase_start window "app under xvfb-run -a -s '-screen 0 1280x800x24' with QT_QPA_PLATFORM=xcb (timeout ${WINDOW_TIMEOUT} s)"
rm -f "$OUT" "$APP_LOG"
rc=0
env -u QT_DEBUG_PLUGINS QT_QPA_PLATFORM=xcb XDG_RUNTIME_DIR="$TMP/xdg-runtime" \
    bash -c 'mkdir -m 700 -p "$XDG_RUNTIME_DIR" && exec "$@"' _ \
    timeout -k 10 $(( WINDOW_TIMEOUT + 60 )) \
    xvfb-run -a -e "$TMP/xvfb.err" -s "-screen 0 1280x800x24" \
    bash "$TMP/inner.sh" "$APP" "$TMP/demo.sqlite" "$OUT" "$APP_LOG" "$WINDOW_TIMEOUT" "$WINDOW_NAME" "$TMP" "$IM_IMPORT" \
    </dev/null || rc=$?
if (( rc != 0 )); then
    (( rc == 124 )) && echo "ERROR: the xvfb-run session timed out" >&2
    show_app_log
    fail "the Xvfb window phase failed (exit status $rc)"
fi
if [[ -s "$APP_LOG" ]]; then
    echo "app output while running ($(wc -l <"$APP_LOG") lines, in $APP_LOG):"
    sed 's/^/    | /' "$APP_LOG" | head -n 40
else
    echo "app output while running: none"
fi
phase_end window

# ---------------------------------------------------------------------------------------------- 5. screenshot
phase_start screenshot "checks on $OUT"
[[ -f "$OUT" ]] || { show_app_log; fail "no screenshot at $OUT"; }
bytes=$(stat -c %s "$OUT")
dims=$("$IM_IDENTIFY" -format '%wx%h' "$OUT")
echo "check: PNG size ${bytes} bytes >= ${MIN_PNG_BYTES} (dimensions $dims)"
(( bytes >= MIN_PNG_BYTES )) || { show_app_log; fail "screenshot too small: $bytes bytes"; }

# not_flat LABEL IMAGE [CROP]: standard deviation over all channels > 0.01 and more than one colour.
not_flat() {
    local label=$1 img=$2 crop=${3:-} sd colours
    local args=("$img")
    [[ -n "$crop" ]] && args+=(-crop "$crop" +repage)
    sd=$("$IM_CONVERT" "${args[@]}" -format '%[fx:standard_deviation]' info:)
    colours=$("$IM_CONVERT" "${args[@]}" -format '%k' info:)
    echo "check: $label: standard deviation $sd > 0.01, unique colours $colours > 1"
    awk -v sd="$sd" 'BEGIN { exit !(sd > 0.01) }' && (( colours > 1 ))
}
not_flat "whole screen" "$OUT" || { show_app_log; fail "the screenshot is one flat colour"; }
geometry=$(cat "$TMP/geometry" 2>/dev/null || true)
if [[ $geometry =~ ^[0-9]+x[0-9]+\+-?[0-9]+\+-?[0-9]+$ ]]; then
    not_flat "window area $geometry" "$OUT" "$geometry" || { show_app_log; fail "the window's area is one flat colour (nothing painted)"; }
else
    echo "WARNING: window geometry unknown ('$geometry'); window-area check skipped" >&2
fi
phase_end screenshot

echo "xvfb smoke test passed in $(( $(date +%s) - SMOKE_START )) s; screenshot: $OUT"
