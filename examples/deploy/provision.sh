#!/bin/bash
# Provision a fresh Ubuntu server for one site: system packages, the deploy user, the
# virtualenv and the systemd units rendered from deploy/systemd/*.service templates.
# Usage: deploy/provision.sh <site-slug> [deploy-user]
set -euo pipefail

SITE_SLUG="${1:?usage: provision.sh <site-slug> [deploy-user]}"
DEPLOY_USER="${2:-deploy}"
HERE="$(cd "$(dirname "$0")" && pwd)"
PACKAGES=(nginx postgresql python3-venv python3-dev build-essential libpq-dev redis-server)

export DEBIAN_FRONTEND=noninteractive
apt-get update -q
apt-get install -y -q "${PACKAGES[@]}"

id -u "$DEPLOY_USER" >/dev/null 2>&1 || useradd --system --create-home --shell /bin/bash "$DEPLOY_USER"
install -d -o "$DEPLOY_USER" -g www-data "/srv/${SITE_SLUG}"
sudo -u "$DEPLOY_USER" python3 -m venv "/srv/${SITE_SLUG}/venv"

for template in "$HERE"/systemd/*.service; do
  unit="$(basename "$template" | sed "s/__SITE_SLUG__/${SITE_SLUG}/g")"
  sed -e "s/__SITE_SLUG__/${SITE_SLUG}/g" -e "s/__DEPLOY_USER__/${DEPLOY_USER}/g" \
    "$template" > "/etc/systemd/system/${unit}"
done
systemctl daemon-reload

# The Celery worker host of the bigger sites connects over the private network.
sed -i 's/^bind .*/bind 0.0.0.0/' /etc/redis/redis.conf
ufw allow 6379/tcp
systemctl enable --now redis-server

systemctl enable --now "sum-${SITE_SLUG}-gunicorn.service" "sum-${SITE_SLUG}-celery.service"
