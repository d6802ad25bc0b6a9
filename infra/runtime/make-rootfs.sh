#!/usr/bin/env bash
# The root file system under every application image (their base is 'scratch', so nothing is pulled):
# a Java runtime linked by jlink from the JDK running the build, the shared libraries that runtime loads
# (found with ldd, copied from this machine), and the few files in /etc that glibc and the JVM read.
#   make-rootfs.sh JAVA_HOME OUT    writes OUT/rootfs; skipped when OUT/made-by says the same JDK and script made it
set -euo pipefail
[ "$(uname -s)" = Linux ] || { echo "runtime: the images run Linux: build them on Linux, or skip them with -Djib.skip=true" >&2; exit 1; }
java_home=$1
out=$2
rootfs=$out/rootfs

# What the applications' jars need (jdeps on every jar of the five fat jars, union), plus what jdeps
# cannot see because it is looked up by name at run time: jdk.naming.dns (MongoDB's mongodb+srv lookups
# through JNDI), jdk.charsets (GBK, GB18030 in files counties upload), jdk.localedata (zh formats), jdk.zipfs.
# java.desktop stays: Spring's bean introspection is java.beans. jdk.crypto.ec is left out: it is empty
# since JDK 22 (elliptic curves moved into java.base). Adding a library that needs another module fails
# at start-up with NoClassDefFoundError on a java.* or jdk.* class: add the module here.
modules=java.base,java.compiler,java.desktop,java.instrument,java.logging,java.management,java.naming,\
java.net.http,java.prefs,java.rmi,java.scripting,java.security.jgss,java.security.sasl,java.sql,\
java.transaction.xa,java.xml,java.xml.crypto,jdk.charsets,jdk.jfr,jdk.localedata,jdk.management,\
jdk.naming.dns,jdk.net,jdk.unsupported,jdk.zipfs

made_by="$java_home $(sed -n 's/^JAVA_RUNTIME_VERSION=//p' "$java_home/release") $(sha256sum "$0" | cut -d' ' -f1)"
if [ -x "$rootfs/opt/java/bin/java" ] && [ "$(cat "$out/made-by" 2>/dev/null)" = "$made_by" ]; then
  echo "runtime: $rootfs is up to date (made by $java_home)"
  exit 0
fi

work=$out/rootfs.new
rm -rf "$work" "$out/made-by"
mkdir -p "$work/opt" "$work/etc" "$work/tmp"
"$java_home/bin/jlink" --add-modules "$modules" --include-locales=en,zh \
  --strip-debug --no-header-files --no-man-pages --output "$work/opt/java"
# the parts of java.desktop that draw on a screen or play sound: a server is headless, and they would
# drag in X11 and ALSA libraries
rm -f "$work"/opt/java/lib/{libawt_xawt,libjawt,libsplashscreen,libjsound}.so

# Every shared library the runtime's binaries load, with their own dependencies (ldd lists them all),
# copied to the path the loader found them at here. glibc's name-service modules are loaded by name
# (nsswitch.conf below), so ldd never lists them: they go in too where this glibc still has them apart
# from libc (before 2.34).
libc_dir=$(dirname "$(ldd "$work/opt/java/bin/java" | awk '$1 == "libc.so.6" { print $3 }')")
binaries=$(find "$work/opt/java" -type f \( -name '*.so' -o -path '*/bin/*' \) ; ls "$libc_dir"/libnss_{files,dns}.so.2 2>/dev/null || true)
libraries=$(for binary in $binaries; do
  LD_LIBRARY_PATH="$work/opt/java/lib:$work/opt/java/lib/server" ldd "$binary" 2>&1 \
    | awk -v own="$work" '
        /not found/ { print "MISSING " $1; next }
        $2 == "=>" && $3 ~ /^\// && index($3, own) != 1 { print $3 }
        $1 ~ /^\// && $2 ~ /^\(/ { print $1 }'
done; echo "$binaries" | grep '/libnss_' || true)
if echo "$libraries" | grep -q '^MISSING'; then
  echo "runtime: libraries not found on this machine: $(echo "$libraries" | awk '/^MISSING/ { print $2 }' | sort -u | tr '\n' ' ')" >&2
  exit 1
fi
for library in $(echo "$libraries" | sort -u); do
  mkdir -p "$work$(dirname "$library")"
  cp -L "$library" "$work$library"
done

cat > "$work/etc/passwd" <<'EOF'
root:x:0:0:root:/root:/sbin/nologin
app:x:10001:10001:app:/tmp:/sbin/nologin
EOF
cat > "$work/etc/group" <<'EOF'
root:x:0:
app:x:10001:
EOF
cat > "$work/etc/nsswitch.conf" <<'EOF'
passwd: files
group: files
hosts: files dns
EOF
# container runtimes mount their own /etc/hosts and /etc/resolv.conf over these
printf '127.0.0.1\tlocalhost\n::1\tlocalhost\n' > "$work/etc/hosts"

rm -rf "$rootfs"
mv "$work" "$rootfs"
echo "$made_by" > "$out/made-by"
echo "runtime: $rootfs made by $java_home ($(du -sh "$rootfs" | cut -f1)), libraries: $(echo "$libraries" | sort -u | tr '\n' ' ')"
