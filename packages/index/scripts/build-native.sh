#!/usr/bin/env bash
# Builds the faiss addon that @atelier/index loads (native/build/Release/faiss_node.node).
#
# faiss-node's own install script downloads a prebuilt binary or clones faiss; the root .npmrc
# skips install scripts because neither works here. This builds faiss-node's sources in place
# against Debian's libfaiss-dev instead (recipe: native/binding.gyp, DESIGN.md "Environment facts").
#
# Idempotent: does nothing when the addon is newer than every input. Usage:
#   bash packages/index/scripts/build-native.sh [--force]
set -euo pipefail

log() { echo "[@atelier/index build-native] $*"; }
die() {
  echo "[@atelier/index build-native] error: $*" >&2
  exit 1
}

force=0
for arg in "$@"; do
  case "$arg" in
    --force) force=1 ;;
    *) die "unknown argument '$arg' (usage: build-native.sh [--force])" ;;
  esac
done

pkg_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
native_dir="$pkg_dir/native"
addon="$native_dir/build/Release/faiss_node.node"
cxx="${CXX:-c++}"

command -v node >/dev/null || die "node is not on PATH"
command -v "$cxx" >/dev/null || die "no C++ compiler ('$cxx'): apt-get install g++"
command -v make >/dev/null || die "make is missing: apt-get install make"

# Packages are resolved the way Node resolves them from this package, so hoisting does not matter.
resolve_dir() {
  (cd "$pkg_dir" && node -p "require('path').dirname(require.resolve('$1/package.json', { paths: [process.argv[1]] }))" "${2:-$pkg_dir}")
}
faiss_node_dir="$(resolve_dir faiss-node)" ||
  die "faiss-node is not installed: run 'npm install' at the repository root"
napi_dir="$(resolve_dir node-addon-api "$faiss_node_dir")" ||
  die "node-addon-api (a dependency of faiss-node) is not installed: run 'npm install'"
node_gyp="$(cd "$pkg_dir" && node -p "require.resolve('node-gyp/bin/node-gyp.js')")" ||
  die "node-gyp is not installed (a root devDependency): run 'npm install'"

# libfaiss-dev provides the headers and the static library; BLAS and LAPACK come with it as
# dependencies, but are checked too so that a broken install names the missing piece.
install_hint="apt-get install libfaiss-dev libblas-dev liblapack-dev (and libopenblas0-pthread: it makes batched search ~40x faster)"
echo '#include <faiss/IndexFlat.h>' | "$cxx" -E -x c++ - >/dev/null 2>&1 ||
  die "libfaiss-dev is missing (cannot find <faiss/IndexFlat.h>): $install_hint"
find_lib() {
  local name path
  for name in "$@"; do
    path="$("$cxx" -print-file-name="$name")"
    if [[ "$path" == /* && -e "$path" ]]; then
      realpath "$path"
      return 0
    fi
  done
  return 1
}
libfaiss="$(find_lib libfaiss.a libfaiss.so)" ||
  die "libfaiss-dev is missing (no libfaiss.a or libfaiss.so on the linker path): $install_hint"
find_lib libblas.so >/dev/null || die "libblas.so is missing: $install_hint"
find_lib liblapack.so >/dev/null || die "liblapack.so is missing: $install_hint"

inputs=(
  "${BASH_SOURCE[0]}"
  "$native_dir/binding.gyp"
  "$native_dir/faiss-compat.h"
  "$faiss_node_dir/src/faiss.cc"
  "$napi_dir/napi.h"
  "$napi_dir/napi-inl.h"
  "$libfaiss"
)
if [[ $force -eq 0 && -f "$addon" ]]; then
  stale=""
  for input in "${inputs[@]}"; do
    if [[ "$input" -nt "$addon" ]]; then
      stale="$input"
      break
    fi
  done
  if [[ -z "$stale" ]]; then
    log "up to date, skipping: $addon (use --force to rebuild)"
    exit 0
  fi
  log "rebuilding: $stale is newer than the addon"
fi

# Headers of the running Node, found beside its binary (a distribution's node has them under
# <prefix>/include/node), so node-gyp never tries to download them. An explicit npm_config_nodedir
# wins; without either, node-gyp falls back to its cache and would need the network.
nodedir_args=()
node_prefix="$(node -p "require('path').resolve(process.execPath, '..', '..')")"
if [[ -n "${npm_config_nodedir:-}" && -f "${npm_config_nodedir}/include/node/node_api.h" ]]; then
  nodedir_args=(--nodedir="$npm_config_nodedir")
elif [[ -f "$node_prefix/include/node/node_api.h" ]]; then
  nodedir_args=(--nodedir="$node_prefix")
else
  log "warning: no Node headers under $node_prefix/include/node; node-gyp will look in its cache (apt-get install libnode-dev if this fails)"
fi

log "faiss-node sources: $faiss_node_dir"
log "node-addon-api:     $napi_dir"
log "faiss library:      $libfaiss"
log "node headers:       ${nodedir_args[*]:-node-gyp default}"
log "running node-gyp rebuild in $native_dir"
start=$SECONDS
# gyp's make generator needs the source directory relative to native/ (see binding.gyp).
faiss_node_rel="$(node -p 'require("path").relative(process.argv[1], process.argv[2])' "$native_dir" "$faiss_node_dir")"
node "$node_gyp" rebuild --loglevel=warn --directory="$native_dir" "${nodedir_args[@]}" -- \
  -Dfaiss_node_dir="$faiss_node_rel" -Dnapi_include_dir="$napi_dir"

# A link that succeeds can still fail to load (a missing shared library), so prove it here.
node -e '
  const faiss = require(process.argv[1]);
  const index = new faiss.IndexFlatL2(2);
  index.add([0, 0, 1, 1]);
  const { labels } = index.search([0.9, 0.9], 1);
  if (labels[0] !== 1) throw new Error("smoke search returned " + labels[0]);
' "$addon" || die "the addon was built but does not load or search correctly: $addon"
log "built $addon in $((SECONDS - start)) s"
