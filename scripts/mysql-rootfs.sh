#!/usr/bin/env bash
# Prepares a Debian-unstable root filesystem holding a real MySQL server (9.x) for the tests,
# in a cache directory outside the repository, and prints its path. Does nothing when it is ready.
#
#   scripts/mysql-rootfs.sh [DIR]     DIR defaults to $ASYNCMYSQL_MYSQL_ROOT or ~/.cache/asyncmysql/mysql-rootfs
#
# The tests run the rootfs's /usr/sbin/mysqld through chroot when ASYNCMYSQL_MYSQL_ROOT names it.
set -euo pipefail

root="${1:-${ASYNCMYSQL_MYSQL_ROOT:-${XDG_CACHE_HOME:-$HOME/.cache}/asyncmysql/mysql-rootfs}}"

if [ -x "$root/usr/sbin/mysqld" ] && [ -f "$root/.asyncmysql-ready" ]; then
  echo "$root"
  exit 0
fi

if ! command -v debootstrap >/dev/null 2>&1; then
  echo "mysql-rootfs: installing debootstrap" >&2
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >&2
fi

rm -rf "$root"
mkdir -p "$(dirname "$root")"
tmp="$root.partial"
rm -rf "$tmp"
echo "mysql-rootfs: debootstrap sid with mysql-server into $root (about a minute)" >&2
debootstrap --variant=minbase --include=mysql-server sid "$tmp" >&2
"$tmp/usr/sbin/mysqld" --version >/dev/null 2>&1 || chroot "$tmp" /usr/sbin/mysqld --version >&2
touch "$tmp/.asyncmysql-ready"
mv "$tmp" "$root"
echo "$root"
