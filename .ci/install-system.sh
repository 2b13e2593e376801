#!/usr/bin/env bash
# Installs the Debian packages the tests need: eight real Go toolchains
# (1.19, 1.21-1.23 from bookworm/bookworm-backports here, 1.24-1.27 from trixie
# by .ci/install-go-newer.sh), qemu-user-static for smoke runs, binutils/file
# for the differential tests, docker-registry/skopeo/umoci/htpasswd for the image tests.
set -euo pipefail
need=()
for v in 1.19 1.21 1.22 1.23; do
  [ -x "/usr/lib/go-$v/bin/go" ] || need+=("golang-$v-go")
done
command -v qemu-aarch64-static >/dev/null || need+=(qemu-user-static)
command -v readelf >/dev/null || need+=(binutils)
# cgo test builds (a dynamic linux/amd64 binary) need a C toolchain.
command -v gcc >/dev/null || need+=(gcc)
[ -e /usr/include/stdlib.h ] || need+=(libc6-dev)
command -v file >/dev/null || need+=(file)
# darwin/universal tests compare with llvm-lipo.
command -v llvm-lipo-14 >/dev/null || command -v llvm-lipo >/dev/null || need+=(llvm-14)
command -v curl >/dev/null || need+=(curl)
# image tests: the distribution registry, and skopeo/umoci as oracles; htpasswd for Basic auth.
command -v docker-registry >/dev/null || need+=(docker-registry)
command -v skopeo >/dev/null || need+=(skopeo)
command -v umoci >/dev/null || need+=(umoci)
command -v htpasswd >/dev/null || need+=(apache2-utils)
command -v openssl >/dev/null || need+=(openssl)
here=$(cd "$(dirname "$0")" && pwd)
if [ ${#need[@]} -eq 0 ]; then
  echo "system packages: all present"
  bash "$here/install-go-newer.sh"
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
sudo_cmd=()
[ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
src=/etc/apt/sources.list.d/bookworm-backports.sources
if [ ! -f "$src" ]; then
  "${sudo_cmd[@]}" tee "$src" >/dev/null <<'SRC'
Types: deb
URIs: http://deb.debian.org/debian
Suites: bookworm-backports
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
fi
"${sudo_cmd[@]}" apt-get update -qq
main_pkgs=(); bp_pkgs=()
for p in "${need[@]}"; do
  case "$p" in
    golang-1.2*-go) bp_pkgs+=("$p") ;;
    *) main_pkgs+=("$p") ;;
  esac
done
[ ${#main_pkgs[@]} -eq 0 ] || "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${main_pkgs[@]}"
[ ${#bp_pkgs[@]} -eq 0 ] || "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends -t bookworm-backports "${bp_pkgs[@]}"
for v in 1.19 1.21 1.22 1.23; do "/usr/lib/go-$v/bin/go" version; done
bash "$here/install-go-newer.sh"
