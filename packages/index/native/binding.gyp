# Builds faiss-node's addon (its src/faiss.cc, used in place from node_modules) against the
# system faiss (Debian's libfaiss-dev, static). faiss-node's own install script would download a
# prebuilt binary or clone faiss, neither of which is possible behind our firewall.
#
# scripts/build-native.sh resolves both package directories and passes them with -D; the
# defaults below resolve them the same way, so a bare `node-gyp rebuild` here also works.
# faiss_node_dir must be relative to this directory: gyp's make generator derives object file
# paths from source paths and cannot build a source given by an absolute path.
{
  "variables": {
    "faiss_node_dir%": "<!(node -p \"require('path').relative('.', require('path').dirname(require.resolve('faiss-node/package.json')))\")",
    "napi_include_dir%": "<!(node -p \"require('path').dirname(require.resolve('node-addon-api/package.json', { paths: [process.argv[1]] }))\" <(faiss_node_dir))",
  },
  "targets": [
    {
      "target_name": "faiss_node",
      "sources": ["<(faiss_node_dir)/src/faiss.cc"],
      "include_dirs": ["<(napi_include_dir)"],
      # faiss.cc catches faiss::FaissException and uses dynamic_cast: node-gyp's defaults turn
      # both exceptions and RTTI off.
      "cflags_cc!": ["-fno-exceptions", "-fno-rtti"],
      "cflags_cc": ["-fexceptions", "-frtti", "-fopenmp", "-include", "<(module_root_dir)/faiss-compat.h",
                    # faiss.cc's constructor keeps an unused `env`: not ours to edit, not worth the noise.
                    "-Wno-unused-but-set-variable"],
      "defines": ["NAPI_CPP_EXCEPTIONS", "NAPI_VERSION=8"],
      "ldflags": ["-fopenmp"],
      # libfaiss.a is static, so its own dependencies (BLAS, LAPACK, OpenMP) are linked here;
      # libblas.so.3 is whatever the alternatives system points at (OpenBLAS when installed).
      "libraries": ["-lfaiss", "-llapack", "-lblas", "-lgomp"],
    }
  ]
}
