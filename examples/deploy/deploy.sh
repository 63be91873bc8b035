#!/bin/bash
# Deploy the current main branch of the site: pull, install, migrate, collect static
# files, restart the app. Run as root on the server: deploy/deploy.sh <site-slug>
set -eu

SITE_SLUG="${1:?usage: deploy.sh <site-slug>}"
APP_DIR="/srv/${SITE_SLUG}/app"
VENV_DIR="/srv/${SITE_SLUG}/venv"
PY="${VENV_DIR}/bin/python"
DEPLOY_USER="${DEPLOY_USER:-deploy}"
LOCK_FILE="/run/lock/sum-${SITE_SLUG}-deploy.lock"

log() { printf '%s deploy[%s]: %s\n' "$(date -Is)" "$SITE_SLUG" "$*"; }
die() { log "ERROR: $*" >&2; exit 1; }

exec 9>"$LOCK_FILE"
flock -n 9 || die "another deploy of ${SITE_SLUG} is running"

as_app() { sudo -u "$DEPLOY_USER" -H "$@"; }

log "checking services"
if ! redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1; then
  log "warning: Redis is not answering; cache and Celery will be degraded"
fi

log "updating code"
cd "$APP_DIR"
as_app git fetch --quiet origin
as_app git reset --hard origin/main
as_app "$VENV_DIR/bin/pip" install --quiet -r requirements.txt

# Reload first so that workers pick up the new code quickly.
systemctl reload "sum-${SITE_SLUG}-gunicorn.service"

log "migrating"
as_app env DJANGO_SETTINGS_MODULE=mysite.settings.production "$PY" manage.py migrate --noinput
as_app env DJANGO_SETTINGS_MODULE=mysite.settings.production "$PY" manage.py collectstatic --noinput --clear | tail -n 1

systemctl restart "sum-${SITE_SLUG}-celery.service"
log "done"
