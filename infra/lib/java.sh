# Sourced by ./mvnw, .ci/run and the stack scripts: exports JAVA_HOME pointing at a JDK >= 21.
# Order: JAVA_HOME if it is new enough, else the newest JDK >= 21 under /usr/lib/jvm.

java_major() {  # prints the major version of the java binary $1
  "$1" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2; exit}' | cut -d. -f1
}

find_jdk21() {
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ]; then
    local v; v=$(java_major "$JAVA_HOME/bin/java")
    if [ -n "$v" ] && [ "$v" -ge 21 ]; then echo "$JAVA_HOME"; return 0; fi
  fi
  local best="" bestv=0 dir v
  for dir in /usr/lib/jvm/*/; do
    dir=${dir%/}
    [ -x "$dir/bin/javac" ] || continue
    v=$(java_major "$dir/bin/java")
    if [ -n "$v" ] && [ "$v" -ge 21 ] && [ "$v" -gt "$bestv" ]; then best=$dir; bestv=$v; fi
  done
  [ -n "$best" ] && echo "$best"
}

use_jdk21() {
  local jdk; jdk=$(find_jdk21)
  if [ -z "$jdk" ]; then
    echo "No JDK >= 21 found (JAVA_HOME='${JAVA_HOME:-}', nothing suitable in /usr/lib/jvm)." >&2
    echo "Install one, e.g. 'apt-get install openjdk-21-jdk-headless' or a Temurin 21+/25, or set JAVA_HOME." >&2
    return 1
  fi
  export JAVA_HOME=$jdk
  export PATH="$JAVA_HOME/bin:$PATH"
}
