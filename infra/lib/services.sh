# Sourced by infra/test and infra/stack: makes sure the shared local servers run.
# They are the machine's own (RabbitMQ on 5672, Redis on 6379): started when installed but
# stopped, installed from the distribution's packages when missing and we are root (or may sudo).

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
  local as_root=()
  if [ "$(id -u)" != 0 ]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then as_root=(sudo -n); else as_root=(); fi
  fi
  if ! command -v apt-get >/dev/null 2>&1 || { [ "$(id -u)" != 0 ] && [ ${#as_root[@]} = 0 ]; }; then
    echo "Please install: $* (e.g. 'sudo apt-get install $*')" >&2
    return 1
  fi
  echo "Installing $* from the distribution's packages" >&2
  # the package lists are fetched only when the ones on the machine do not know the package
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null 2>&1 || {
    "${as_root[@]}" apt-get update -qq >/dev/null &&
      "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
  }
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

# The console's browser tests drive the distribution's Chromium (never a downloaded one: the
# network may be closed); a Chinese font makes their screenshots readable.
ensure_chromium() {
  if [ ! -x /usr/bin/chromium ]; then
    apt_install chromium || return 1
  fi
  if command -v fc-list >/dev/null 2>&1 && [ -z "$(fc-list :lang=zh 2>/dev/null)" ]; then
    apt_install fonts-wqy-microhei || echo "No Chinese font: the browser tests' screenshots will show boxes" >&2
  fi
  return 0
}
