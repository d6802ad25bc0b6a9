# Sourced by infra/test and infra/stack: makes sure the shared local servers run.
# They are the machine's own (RabbitMQ on 5672, Redis on 6379): started when installed but
# stopped, installed from the distribution's packages when missing and we are root.

port_open() {  # host port
  (exec 3<>"/dev/tcp/$1/$2") 2>/dev/null && exec 3>&- 3<&-
}

wait_port() {  # name host port seconds
  local i
  for ((i = 0; i < $4; i++)); do
    port_open "$2" "$3" && return 0
    sleep 1
  done
  echo "$1 did not start listening on $2:$3 within $4 s" >&2
  return 1
}

apt_install() {  # package...
  if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    echo "Please install: $* (e.g. 'sudo apt-get install $*')" >&2
    return 1
  fi
  echo "Installing $* from the distribution's packages" >&2
  apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

ensure_rabbitmq() {
  if [ -n "${RABBITMQ_URI:-}" ] || port_open 127.0.0.1 5672; then return 0; fi
  command -v rabbitmq-server >/dev/null 2>&1 || apt_install rabbitmq-server || return 1
  echo "Starting RabbitMQ" >&2
  rabbitmq-server -detached >/dev/null 2>&1 || true
  wait_port RabbitMQ 127.0.0.1 5672 90
}

ensure_redis() {
  if port_open 127.0.0.1 6379; then return 0; fi
  command -v redis-server >/dev/null 2>&1 || apt_install redis-server || return 1
  echo "Starting Redis" >&2
  mkdir -p /var/lib/redis /var/log/redis 2>/dev/null || true
  redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no \
    --dir /var/lib/redis --logfile /var/log/redis/villagegov.log >/dev/null
  wait_port Redis 127.0.0.1 6379 30
}
