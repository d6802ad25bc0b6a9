# Sourced by the benchmark scripts (after infra/lib/java.sh): the java that runs the benchmark
# programs, and jars from the local Maven repository for their classpath.

m2jar() {  # group artifact: the newest version of it in the local Maven repository
  local dir="$HOME/.m2/repository/${1//.//}/$2" version
  version=$(ls "$dir" 2>/dev/null | grep -E '^[0-9]' | sort -V | tail -n 1)
  if [ -z "$version" ] || [ ! -f "$dir/$version/$2-$version.jar" ]; then
    echo "no $1:$2 in ~/.m2 (build the services once)" >&2
    return 1
  fi
  echo "$dir/$version/$2-$version.jar"
}

bench_java() {  # prints the java of a JDK >= 22: the programs are multi-file source launches (the stack finds its own 21+)
  local candidate v
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/*/; do
    candidate=${candidate%/}
    [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] || continue
    v=$(java_major "$candidate/bin/java")
    if [ -n "$v" ] && [ "$v" -ge 22 ]; then echo "$candidate/bin/java"; return 0; fi
  done
  echo "a JDK >= 22 is needed for the benchmark program" >&2
  return 1
}

mongo_amqp_classpath() {  # the MongoDB driver and the RabbitMQ client with what they load
  local jars netty nop
  jars=$(m2jar org.mongodb bson):$(m2jar org.mongodb mongodb-driver-core):$(m2jar org.mongodb mongodb-driver-sync) || return 1
  jars=$jars:$(m2jar com.rabbitmq amqp-client):$(m2jar org.slf4j slf4j-api) || return 1
  for netty in common buffer transport resolver handler codec-base; do  # the AMQP client's factory loads netty's types
    jars=$jars:$(m2jar io.netty "netty-$netty") || return 1
  done
  if nop=$(m2jar org.slf4j slf4j-nop 2>/dev/null); then jars=$jars:$nop; fi  # the clients' logs: none, and no warning about it
  echo "$jars"
}
