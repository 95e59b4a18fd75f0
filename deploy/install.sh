#!/usr/bin/env bash
# Installs or upgrades OpenGovDashboard on a bare Debian 12 server as systemd services behind nginx.
#
#   sudo deploy/install.sh                               # publish from this checkout (needs the .NET 10 SDK), one node
#   sudo deploy/install.sh --from /path/to/published     # a build published elsewhere (needs the ASP.NET Core 10 runtime)
#   sudo deploy/install.sh --nodes 5000,5001 --nginx     # two nodes and the nginx site (SQL Server or PostgreSQL only)
#
# Layout: /opt/opengov-dashboard (the app; the previous release kept in /opt/opengov-dashboard.previous),
# /etc/opengov-dashboard (settings, readable by the service only), /var/lib/opengov-dashboard (SQLite data, backups),
# /var/log/opengov-dashboard (log files if Logging__File__Path is set). Run it again to upgrade: the first node applies
# the migrations while the others wait (Database__MigrateOnStartup=false), settings are never overwritten.
# Chinese and English guide: deploy/README.md.
set -euo pipefail

app_dir=/opt/opengov-dashboard
etc_dir=/etc/opengov-dashboard
data_dir=/var/lib/opengov-dashboard
log_dir=/var/log/opengov-dashboard
service_user=opengov
nodes="5000"
from=""
with_nginx=""
repo=$(cd "$(dirname "$0")/.." && pwd)

say() { echo "== $*"; }
die() { echo "install.sh: $*" >&2; exit 1; }

while [ $# -gt 0 ]; do
  case "$1" in
    --from) from="${2:?--from needs a folder}"; shift 2 ;;
    --nodes) nodes="${2:?--nodes needs ports, e.g. 5000,5001}"; shift 2 ;;
    --nginx) with_nginx=1; shift ;;
    -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
    *) die "unknown option $1 (see --help)" ;;
  esac
done

[ "$(id -u)" -eq 0 ] || die "run as root (sudo)"
command -v systemctl >/dev/null || die "systemd is required"
IFS=',' read -r -a ports <<< "$nodes"
for port in "${ports[@]}"; do
  [[ "$port" =~ ^[0-9]+$ ]] || die "--nodes: '$port' is not a port"
done

dotnet_bin=$(command -v dotnet || true)
[ -n "$dotnet_bin" ] || die "dotnet not found: install aspnetcore-runtime-10.0 (packages.microsoft.com, or the county's mirror)"
"$dotnet_bin" --list-runtimes | grep -q '^Microsoft.AspNetCore.App 10\.' || die "the ASP.NET Core 10 runtime is missing (aspnetcore-runtime-10.0)"
if [ "$dotnet_bin" != /usr/bin/dotnet ]; then
  ln -sf "$dotnet_bin" /usr/bin/dotnet # the unit starts /usr/bin/dotnet
fi

if [ -z "$from" ]; then
  say "publishing from $repo"
  from=$(mktemp -d /tmp/opengov-publish.XXXXXX)
  (cd "$repo" && dotnet publish src/OpenGovDashboard.Web -c Release -r linux-x64 --self-contained false -o "$from" >/dev/null)
fi
[ -f "$from/OpenGovDashboard.Web.dll" ] || die "$from has no OpenGovDashboard.Web.dll"

say "user, folders"
id -u "$service_user" >/dev/null 2>&1 || useradd --system --home-dir "$data_dir" --shell /usr/sbin/nologin "$service_user"
install -d -m 0755 "$app_dir"
install -d -m 0750 -o root -g "$service_user" "$etc_dir"
install -d -m 0750 -o "$service_user" -g "$service_user" "$data_dir" "$data_dir/backups" "$log_dir"

if [ ! -f "$etc_dir/opengov-dashboard.env" ]; then
  say "writing $etc_dir/opengov-dashboard.env (edit it, then run this script again)"
  install -m 0640 -o root -g "$service_user" /dev/null "$etc_dir/opengov-dashboard.env"
  cat > "$etc_dir/opengov-dashboard.env" <<'ENV'
# OpenGovDashboard settings for every node (deploy/README.md lists them all). Readable by root and the service only.
# The embedded default: SQLite in /var/lib/opengov-dashboard (one node only).
Database__Provider=Sqlite
# SQL Server:  Database__Provider=SqlServer
#              Database__ConnectionString=Server=db.example;Database=OpenGovDashboard;User Id=opengov;Password=...;TrustServerCertificate=True
# PostgreSQL:  Database__Provider=PostgreSql
#              Database__ConnectionString=Host=127.0.0.1;Database=opengov;Username=opengov;Password=...
# The first start creates the admin with this password; delete the line afterwards.
Bootstrap__AdminPassword=
Logging__File__Path=/var/log/opengov-dashboard/app.log
ENV
fi
first=1
for port in "${ports[@]}"; do
  if [ ! -f "$etc_dir/$port.env" ]; then
    if [ -n "$first" ]; then
      echo "# node $port applies the migrations at start" > "$etc_dir/$port.env"
    else
      printf '# node %s waits for the first node to apply the migrations\nDatabase__MigrateOnStartup=false\n' "$port" > "$etc_dir/$port.env"
    fi
    chown root:"$service_user" "$etc_dir/$port.env"
    chmod 0640 "$etc_dir/$port.env"
  fi
  first=""
done
if [ "${#ports[@]}" -gt 1 ] && grep -q '^Database__Provider=Sqlite' "$etc_dir/opengov-dashboard.env"; then
  die "several nodes need SQL Server or PostgreSQL: set Database__Provider in $etc_dir/opengov-dashboard.env"
fi

say "stopping the running nodes (if any)"
mapfile -t running < <(systemctl list-units --type=service --state=running --no-legend 'opengov-dashboard@*' | awk '{print $1}')
for unit in "${running[@]}"; do systemctl stop "$unit"; done

say "installing the app into $app_dir (the previous release kept in $app_dir.previous)"
rm -rf "$app_dir.new"
cp -a "$from" "$app_dir.new"
install -d "$app_dir.new/deploy"
cp "$repo/deploy/README.md" "$app_dir.new/deploy/" 2>/dev/null || true
if [ -f "$app_dir/OpenGovDashboard.Web.dll" ]; then
  rm -rf "$app_dir.previous"
  mv "$app_dir" "$app_dir.previous"
else
  rm -rf "$app_dir"
fi
mv "$app_dir.new" "$app_dir"
chown -R root:root "$app_dir"

say "systemd units"
install -m 0644 "$repo/deploy/opengov-dashboard@.service" /etc/systemd/system/opengov-dashboard@.service
systemctl daemon-reload

wait_healthy() {
  for _ in $(seq 1 450); do # 15 min, as the unit's TimeoutStartSec: a large migration takes a while
    if curl -fsS "http://127.0.0.1:$1/healthz" >/dev/null 2>&1; then return 0; fi
    sleep 2
  done
  journalctl -u "opengov-dashboard@$1" -n 50 --no-pager >&2 || true
  die "node $1 did not become healthy"
}
for port in "${ports[@]}"; do
  say "starting node $port"
  systemctl enable --now "opengov-dashboard@$port"
  wait_healthy "$port"
done

if [ -n "$with_nginx" ]; then
  say "nginx site"
  command -v nginx >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y nginx
  servers=""
  for port in "${ports[@]}"; do servers+="    server 127.0.0.1:$port max_fails=1 fail_timeout=10s;\n"; done
  sed -e '/^\s*server 127\.0\.0\.1:[0-9]*.*;$/d' \
      -e "s|^\(\s*hash \$cookie_ogd_auth consistent;\)|\1\n$servers|" \
      "$repo/deploy/nginx.conf" > /etc/nginx/conf.d/opengov-dashboard.conf
  nginx -t
  systemctl reload nginx
fi

say "done: $(for p in "${ports[@]}"; do printf 'http://127.0.0.1:%s ' "$p"; done)"
