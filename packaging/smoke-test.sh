#!/usr/bin/env bash
# Smoke test of the packaged Retort (build it first: mvn -B -Ppackage -pl packaging -am install -DskipTests).
#
#   packaging/smoke-test.sh             checks the runtime's module list, then runs the app image's
#                                       `retort --version` and `retort demo` with no JDK on the PATH
#   packaging/smoke-test.sh --install   also (as root, Debian/Ubuntu) installs the .deb with dpkg -i, runs
#                                       `retort --version` and `retort demo` from it with the system JDK hidden
#                                       and no network, then removes the package again
#
# Extra arguments for `retort demo` (e.g. a smaller run) can be given in RETORT_DEMO_ARGS="--scale 0.2".
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
target="$here/target"
image="$target/jpackage/retort"
install=false
[[ ${1:-} == --install ]] && install=true
read -r -a demo_args <<<"${RETORT_DEMO_ARGS:-}"

work="$(mktemp -d "${TMPDIR:-/tmp}/retort-smoke.XXXXXX")"
trap 'rm -rf "$work"' EXIT
step() { printf '\n== %s\n' "$*"; }
fail() { printf 'SMOKE TEST FAILED: %s\n' "$*" >&2; exit 1; }

[[ -x $image/bin/retort ]] || fail "no app image at $image (build with: mvn -B -Ppackage -pl packaging -am install -DskipTests)"

step "the runtime holds every module the code needs (jdeps)"
needed="$(jdeps --multi-release 17 --ignore-missing-deps --print-module-deps \
    --class-path "$target/input/lib/*" "$target/input/retort-app.jar" "$target"/input/lib/*.jar 2>/dev/null | tail -1)"
have="$("$image/lib/runtime/bin/java" --list-modules | sed 's/@.*//' | tr '\n' ' ')"
echo "needed: $needed"
for m in ${needed//,/ }; do
  [[ " $have " == *" $m "* ]] || fail "module $m is needed but not in the jlink runtime (add it to jlink.modules in packaging/pom.xml)"
done
for m in java.net.http jdk.httpserver; do
  [[ " $have " != *" $m "* ]] || fail "the runtime should not contain $m"
done
echo "ok: runtime has $(wc -w <<<"$have") modules, no HTTP client"

# A clean environment: no JAVA_HOME, a PATH without any java, a fresh home for ~/.retort.
run_clean() { env -i HOME="$work/home" PATH="/usr/sbin:/usr/bin:/sbin:/bin" LANG=C.UTF-8 "$@"; }
mkdir -p "$work/home"

step "app image: retort --version"
version="$(run_clean "$image/bin/retort" --version)"
echo "$version"
[[ $version == "retort "[0-9]*.[0-9]*.[0-9]* ]] || fail "unexpected version line: $version"

step "app image: retort demo"
start=$SECONDS
run_clean "$image/bin/retort" demo --out "$work/image-demo" "${demo_args[@]}" | tee "$work/image-demo.log"
echo "(took $((SECONDS - start)) s)"
[[ -s $work/image-demo/demo.retort ]] || fail "the demo did not leave a case file"
[[ -n "$(ls -A "$work/image-demo/dossier" 2>/dev/null)" ]] || fail "the demo did not export a dossier bundle"

if $install; then
  deb="$(ls "$target"/dist/retort_*.deb | head -1)"
  [[ -f $deb ]] || fail "no .deb in $target/dist"
  [[ $(id -u) == 0 ]] || fail "--install needs root (dpkg -i)"

  step "dpkg -i $(basename "$deb")"
  dpkg -i "$deb"
  [[ -x /usr/bin/retort ]] || fail "the package did not put retort on the PATH"

  step "installed: retort --version and retort demo, with /usr/lib/jvm hidden and no network"
  # A private mount namespace hides every installed JDK; an empty network namespace takes the network away.
  unshare -m -n bash -euo pipefail -c '
    mount -t tmpfs none /usr/lib/jvm
    if java -version >/dev/null 2>&1; then echo "a JDK is still reachable" >&2; exit 1; fi
    echo "java on the PATH: none"
    cd "$1"
    env -i HOME="$1/home" PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 retort --version
    shift
    env -i HOME="$PWD/home" PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 retort demo --out "$PWD/deb-demo" "$@"
  ' _ "$work" "${demo_args[@]}" | tee "$work/deb-demo.log"
  [[ -s $work/deb-demo/demo.retort ]] || fail "the installed demo did not leave a case file"
  [[ -n "$(ls -A "$work/deb-demo/dossier" 2>/dev/null)" ]] || fail "the installed demo did not export a dossier bundle"

  step "dpkg -r retort"
  dpkg -r retort
  [[ ! -e /usr/bin/retort ]] || fail "removing the package left /usr/bin/retort behind"
fi

printf '\nSMOKE TEST PASSED\n'
