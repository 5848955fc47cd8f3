#!/usr/bin/env bash
# Checks the container files. With a Docker daemon: builds the image, starts it and waits for
# /healthz/ready. Without one: checks what can be checked statically (every COPY source exists,
# compose.yaml parses and names the volume and Redis) and says that the image was not built.
set -euo pipefail
cd "$(dirname "$0")/.."

for source in Directory.Build.props Directory.Packages.props src/KKMP.Bot/KKMP.Bot.csproj \
              src/KKMP.Bot/package.json src/KKMP.Bot/package-lock.json knowledge prompts; do
  [ -e "$source" ] || { echo "Dockerfile copies $source, which does not exist"; exit 1; }
done
python3 - <<'PY'
import yaml
compose = yaml.safe_load(open("compose.yaml"))
bot, redis = compose["services"]["bot"], compose["services"]["redis"]
assert any(v.endswith(":/data") for v in bot["volumes"]), "the bot must keep /data on a volume"
assert bot["environment"]["ConnectionStrings__Redis"].startswith("redis:"), "the bot must use the redis service"
assert "kkmp-data" in compose["volumes"]
print("compose.yaml: bot with /data volume and Redis")
PY
grep -q '^USER \$APP_UID' Dockerfile || { echo "Dockerfile must run as the non-root user"; exit 1; }

if ! docker info >/dev/null 2>&1; then
  echo "Docker daemon not available: static checks passed, image NOT built."
  exit 0
fi

docker build -t kkmp-bot:check .
container=$(docker run -d -p 127.0.0.1::8080 kkmp-bot:check)
trap 'docker rm -f "$container" >/dev/null' EXIT
port=$(docker port "$container" 8080 | head -n 1 | sed 's/.*://')
for _ in $(seq 1 60); do
  if curl -fsS "http://127.0.0.1:$port/healthz/ready" >/dev/null 2>&1; then
    [ "$(docker exec "$container" id -u)" != "0" ] || { echo "container runs as root"; exit 1; }
    echo "image built, running as non-root, ready on /healthz/ready"
    exit 0
  fi
  sleep 2
done
docker logs "$container" | tail -n 50
echo "container did not become ready"
exit 1
