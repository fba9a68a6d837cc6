# Sourced by the other scripts: selects a JDK >= 21 (exports JAVA_HOME) and makes sure Maven and a
# local MariaDB server binary are installed, installing them with apt when missing and allowed.
# shellcheck shell=bash

java_major() {
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p'
}

asyncmysql_select_jdk() {
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ] && [ "$(java_major "$JAVA_HOME/bin/java")" -ge 21 ]; then
    return
  fi
  if command -v java >/dev/null 2>&1 && [ "$(java_major java)" -ge 21 ]; then
    JAVA_HOME="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"
    export JAVA_HOME
    return
  fi
  local best="" best_major=0 dir major
  for dir in /usr/lib/jvm/*/; do
    dir="${dir%/}"
    [ -x "$dir/bin/java" ] && [ -x "$dir/bin/javac" ] || continue
    major="$(java_major "$dir/bin/java")"
    if [ -n "$major" ] && [ "$major" -ge 21 ] && [ "$major" -gt "$best_major" ]; then
      best="$dir"
      best_major="$major"
    fi
  done
  if [ -z "$best" ]; then
    echo "asyncmysql needs a JDK 21 or newer: none found on PATH or in /usr/lib/jvm. Install one and set JAVA_HOME." >&2
    exit 1
  fi
  export JAVA_HOME="$best"
}

asyncmysql_apt_install() {
  if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    echo "asyncmysql: please install $* (needs root and apt)" >&2
    return 1
  fi
  echo "asyncmysql: installing $*" >&2
  if [ -z "${ASYNCMYSQL_APT_UPDATED:-}" ]; then
    apt-get update -qq >&2
    export ASYNCMYSQL_APT_UPDATED=1
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >&2
}

asyncmysql_select_jdk
export PATH="$JAVA_HOME/bin:$PATH"
command -v mvn >/dev/null 2>&1 || asyncmysql_apt_install maven
if [ -z "${ASYNCMYSQL_TEST_URL:-}" ] && ! command -v mariadbd >/dev/null 2>&1 && [ ! -x /usr/sbin/mariadbd ]; then
  asyncmysql_apt_install mariadb-server || true
fi
