#!/usr/bin/env bash
# Go 1.24-1.27 from Debian trixie / trixie-backports, without switching this
# bookworm machine to trixie: a private apt configuration (its own source list,
# package lists and cache) downloads golang-1.NN-go + golang-1.NN-src, and
# `dpkg -x` unpacks them into / (their `go` binaries are static; /usr/lib/go-1.NN
# has the same layout as bookworm's packages). Idempotent.
set -euo pipefail
versions=(1.24 1.25 1.26 1.27)
need=()
for v in "${versions[@]}"; do
  [ -x "/usr/lib/go-$v/bin/go" ] || need+=("$v")
done
if [ ${#need[@]} -eq 0 ]; then
  echo "Go 1.24-1.27: all present"
  exit 0
fi
sudo_cmd=()
[ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/lists/partial" "$work/cache/archives/partial" "$work/debs"
cat >"$work/sources.list" <<'SRC'
deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://deb.debian.org/debian trixie main
deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://deb.debian.org/debian trixie-backports main
SRC
apt_opts=(-o "Dir::Etc::SourceList=$work/sources.list" -o Dir::Etc::SourceParts=/dev/null
  -o "Dir::State::Lists=$work/lists" -o "Dir::Cache=$work/cache" -o APT::Get::List-Cleanup=0
  -o Debug::NoLocking=1)
apt-get "${apt_opts[@]}" update -qq
pkgs=()
for v in "${need[@]}"; do pkgs+=("golang-$v-go" "golang-$v-src"); done
# The newest candidate from either suite (trixie-backports for 1.25+).
(cd "$work/debs" && apt-get "${apt_opts[@]}" download "${pkgs[@]}")
for deb in "$work"/debs/*.deb; do "${sudo_cmd[@]}" dpkg -x "$deb" /; done
for v in "${need[@]}"; do "/usr/lib/go-$v/bin/go" version; done
