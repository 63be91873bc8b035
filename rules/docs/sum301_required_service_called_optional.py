"""## What it does
Reports a sentence, heading, list item, table row or code-block comment in the docs that
calls a required service (by default Redis) optional, conditional, skippable, deferred or merely
recommended: "Redis is optional", "install Redis if you need caching", "you can skip
Redis", "Add Redis in Phase 2" (or Stage 2), "Redis is not used yet", "Redis is out of scope for v1", "You can use Redis for sessions" (an offer to take it; not "You can use Redis or Valkey",
a choice of which), "`REDIS_URL` — nice to have", `| Redis | optional |`, `# Redis only needed for the
worker`.

The rule reads clause by clause and decides which noun phrase the hedge attaches to. It does
not report negations ("Redis is **not** optional", "Workers are optional; Redis isn't"),
hedges about something else in the sentence ("the Redis socket is optional", "Optional:
confirm Redis listens on loopback only"; but a role of it is the service, also with an adjective
before the role: "## Redis Distributed Cache (Optional)", and so are its adapter and a layer on it: "the Redis
adapter is optional", "Use Redis Channel Layer (recommended)"; a step's number does not stand between: "### 4.
(Optional) Install Redis"), quoted or reported wording ("the guide used to
call Redis “optional”"), failure conditions ("should Redis go down, …") and troubleshooting
after errors ("If you encounter errors, ensure Redis is running"), version advice
("Redis 7 or later is recommended", "Recommended version: Redis 7.2"; also a plan, tier or cloud
one: "Suggested plan: …", "Если используете облачный Redis"), installing it where it is missing
("Install redis-server if you don't have it", "… if you didn't run setup.py"), a running copy as
a step's precondition ("If you have Redis running, start the worker with:"; not "If you have
Redis running, the site uses it to cache pages"), an optional step that
configures it after a heading that installs it with no hedge ("## 4. Install Redis" …
"### Configure Redis (Optional)": tuning what is there; so is "# Configure Redis (optional but
recommended)" in a block under the line that installs or starts it), questions, or statements limited to development ("in
local development you can skip Redis"), including everything in a section whose heading is
about development or tests ("## Local development", "### Running the tests", "## Run it on your machine", Polish "## Uruchomienie lokalne", Dutch "## Lokaal draaien") unless it also
names production or deployment (a heading about the work of developing is not one: "Development
Roadmap", "Roadmap de Desenvolvimento", "# Shop - Development Guidelines", nor a guide for the
product's developers, "# ClassAccess Developer Guide"; a heading nested in it
that names production is production again: "## Development Tools" over "### Production
Dependencies"), everything in a guide titled as a local setup guide that has no production or
deployment heading ("# Corner Shop Dashboard - Local Development Setup Guide"), and steps that go without it in a document or section about
an outage of it ("# Redis outage playbook" over "### Disable Redis") or under a heading that
advises against them ("## Alternative: Disable Celery Worker (Not Recommended)"), and a circuit
breaker that skips it after failures. Service names come
from the policy: prose names, unit and package names, its environment variables and URL
schemes in code spans, variables that locate it (`REDIS_HOST`, `APP_REDIS_URL`; not
`REDIS_PASSWORD`), and the package of a policy cache backend that plugs it into the app
(`django_redis.cache.RedisCache` is django-redis: "**Caching**: django-redis (optional)"
makes the service optional; "Optional dependencies: `django-redis` …" speaks of packages),
also inside emphasis of either kind (`**Redis**`, `__Redis__`, `_Redis_`).

A paragraph or list item that also says the service is needed in production ("Redis is disabled by
default. Enable it for production.") describes the default, not production, and so does a code
comment right under one scoped to development, one over a development command (`manage.py
runserver`, `pytest`, `--reload`), or one in a block right under a lead-in line about development
("Local development and testing:"; a file name is not one: "Add these variables to your
`.env.local` file:", a file Next.js loads in every environment). A comment after code that starts
with "or" names another value ("CACHE_STORE=database  # or redis"); one on a line of its own is a
sentence like any other ("# Or install Redis if you want caching").

The first sentence under a heading about the service is read as being about it when it
does not name it: "## Redis" then "It is optional." or "**Verdict:** skip for now."; so is
"it" right after a sentence about the service, or a sentence without a subject ("Install
Redis. It is optional for small sites.", "Install Redis. Optional for small sites.", "Redis
holds the queue. Everything else works without it.").

Going without it is also read in "You can choose whether to use Redis" and "use Redis or not"
(not "… whether to use Redis or Valkey": which one), "The app works even if Redis is not
installed", "You can deploy now, even before installing Redis" and "deploy first, then install
Redis later" (not "Don't deploy before installing Redis"), "By default, Redis is not enabled"
(also "…, but by default it is not enabled"), "Production intentionally omits `REDIS_URL`",
"# Don't set REDIS_URL - Celery will run in eager mode" (leaving it out, with a stand-in),
"Redis adds complexity. Skip it for simple sites." and "Redis is supported, but you probably
don't need it" ("it" after a sentence or clause about the service; not "Skip it if you already
have Redis running", the install step), and a heading that opens with its hedge ("### (Optional)
Other recommendations") over a list that names it. Not: "You can't use the same Redis instance
for two apps" (a limit), "**Without Redis**: cache invalidation doesn't work" and "Without Redis,
the workers do not start" (what breaks: a leading "without" phrase is judged by the statement
after its comma), or
a comment in a block under a bold lead-in about development ("**Option B: Memory cache
(Development)**").

So are "X supports Redis as a caching backend, but you'll probably not need it" ("it" after
the service as what X supports), "`REDIS_URL`: (optional)" and "UPSTASH_REDIS_REST_URL =
(optional)" (a parenthesis that is a label's whole value; not "PORT: (optional), REDIS_URL:
required"), "(Upstash Redis if configured, else in-memory)" (not "…, else a local Redis": which
one; nor "Use Upstash Redis if you deploy on Vercel": which provider, nor "set `REDIS_URL=redis://redis:6379`
or `redis://host.docker.internal:6379` if the backend runs on the host": which address), "If you set
`UVICORN_WORKERS` to any value greater than 1, you **must** configure `REDIS_URL`" (a scale
condition), "Redis is worth adding only in these two cases", "*Status*: Redis Optional ✅" and
"Your app is already production-ready without Redis". Not: "you can omit `redis_host` and
`redis_port` options", "Install PostgreSQL, Redis & Minio (optional)" (the list's last item),
"if you need to create a new Redis service", "If Redis is configured correctly, you should see
…" (a check), "all deployments using Redis (single or multi-instance)", "Besides acting as a
cache, Redis can also be used to …", "When configured like so, …", "Add Redis URL manually
(if needed)" or the trigger of an EARS requirement ("WHEN the REDIS_URL is set, THE service
SHALL …"). The adverb is read on a passive verb too: "Redis is used optionally for rate
limiting" (not "The Redis password is optionally configured", a part of it), and a table whose
columns are platforms says how each offers it ("| **Redis** | Add-on service | Separate service
|" under "| Feature | Railway | Render |").

A variable whose absence turns the service off makes it a choice: "If unset, Redis is
disabled.", "`REDIS_URL` | Redis URL; if unset, Redis is disabled" (not "If unset, Redis is used
on localhost", the variable's default), and so does "Redis can be enabled with `CACHE=redis`"
(a setting someone picks; not "… with `systemctl enable`", how to start it at boot), and a
switch's comment "# Whether to enable redis or not". German "auf Redis verzichten" / "Redis
weglassen" (do without it, leave it out) skip it.

The body and the title of a MkDocs admonition or content tab (`!!! note "Works Without
Redis"`, `=== "Without Redis"`, then the indented body) are prose like any other; CommonMark alone
would read the indented body as code.

The prose fields of YAML front matter (`title:`, `description:`, `summary:`) are read as
sentences too (`title: "Redis - Optional but Recommended"`). Lines of a plain-text, env or
shell block that carry a parenthesised hedge are read as prose too: a requirements list in a
fence without a language (`Celery + Redis (optional)`) or
`REDIS_URL=redis://cache:6379/0 (optional)`. The text of an HTML block is prose as well
(`<summary>Redis (optional)</summary>`, `<p>Redis is <b>optional</b>.</p>`, a docs site's
`<Card title="Redis setup (optional)">`): block tags end a paragraph, `title`/`description`/
`label`/`summary` attribute values are paragraphs of their own, a `<tr>` is a table row
(`<tr><td>Redis</td><td>optional</td></tr>`), and comments, `<pre>`, `<script>` and
`<style>` are not read.

A section headed as optional ("Optional services", "## Optional: Celery setup", "##### オプション",
"### 可选", "### Valgfritt") is reported
when it lists the service or, for a feature that needs it (Celery, Sidekiq, workers,
background tasks, caching), when one of its first steps sets the service up ("Start Redis:")
(not a list of the feature's dependencies when the service has a heading of its own elsewhere in
the document: "### 6. Celery Worker (Optional)" over "- `redis`" beside "### 4. Redis Service");
so is a table or env
block under "### Optional variables" (also "Variables opcionales",
"Variáveis (opcionais)", "Configuration optionnelle") that sets the service's variable (not
one that shows a local default address, nor an assignment under a comment that says which way
to reach it: "# For Redis with authentication"), or a heading of its own for the variable ("##
Optional variables" over "### REDIS_URL"); likewise the rows that set the service's variable
under an optional feature that needs it ("## Events queue (optional)"). A heading that asks
about the service ("### Do we need Redis?") is read with the answer right under it ("**No.**
The database cache is enough."); a title that names when or why to take it at all ("## When to use
Redis", "**When to add Redis**:") makes it a choice and is reported (not "When to restart Redis", a
step on it, nor a FAQ's "Q:" line, whose answer is read instead; a question such as "When do you
need Redis?" is reported too, since asking when it is needed says it sometimes is not); so is one that
says why the setup goes without it ("## Why Not Redis", "see ADR-002 for why not Redis/Kafka"; not
"Why not Redis pub/sub here", a part of it). A lead-in line that puts the list after it under a hedge ("Optional
components:") or under a scale ("For multiple servers:", "To scale horizontally:", a heading
such as "### Horizontal Scaling") is reported when an item of the list names or sets up the
service or moves something onto it ("- Redis (shared)", "- use Redis for the sessions", "2.
Configure the sessions to use Redis"; not "Configure Redis to use more memory" or "Configure Redis
with a password", which tune the running one); an item's indented code block does not end the list. So is a roadmap section ("##
Future Enhancements", "**Phase 2 (1,000 users)**:", "### Non-goals", "### At 10,000 Users", a
bold line standing as a heading such as "**Medium (1000-10k users)**") over an item that names
the service, sets it up, moves something onto it or lists it in a stack ("- Redis caching", "-
Move the sessions to Redis", "- MongoDB Atlas + Redis"): what a later phase adds is not in
production today. "Next steps" is not a roadmap, and a series of tiers that lists the service
from its first ("### Small Scale (< 1000 users)" over "- Redis: included in the VPS", then "###
Medium Scale …"; "Phase 1 (MVP)" with Redis) defers it in none of them. A change that takes the service out is
reported as well ("Removed Redis and the Bull queue", "We dropped the Redis dependency",
"authentik no longer uses Redis", "This release removes the Redis and Sidekiq dependencies",
a title "Redis Removal Summary"), and so is a step that
takes it out ("Remove the Redis service", "# Comment out the redis service", "Disable Redis in
compose", a heading "Removing Redis"); not a part of it ("Removed Redis keys", "Disable Redis
persistence"), its variable or client package ("Removed `REDIS_URL`"), a move or a rebuild
("Remove Redis from the old host", "Remove the Redis container to free port 6379"), one
feature that stops using it ("Removed Redis dependency from rate-limiting"), or an optional
removal in a section that uninstalls the site ("## Uninstall" or "## Desinstalación" over "#
(Opcional) Desinstalar Redis"). So is a setup that leaves it out ("This
configuration avoids Redis and Celery", "The lite image skips Redis"; not a part of the app or
one thing done to it: "The CLI skips Redis", "avoids exposing Redis", "excludes Redis from the
backup"). A lead-in that conditions the steps after it on need ("If needed later:" over "1.
Install Redis") is reported like an optional one, and so is a section of advice ("##
Performance Tips", "## Production Recommendations", "## Best Practices") over a step that sets
the service up ("1. **Use Redis caching** - …"; not a firm one, "Always use Redis", one told
per environment, "**Staging:** Use Redis", one with a feature of it, "Use Redis with
persistence", nor under a security or troubleshooting heading), and "TODO:" is a roadmap label
too ("# TODO: Redis implementation for device state"; not "TODO: restart Redis"). A setup that
shows it switched off is reported ("# Redis (disabled - uses in-memory cache instead)"; not a part
of it, "Redis persistence (disabled)", nor a test setup), and so is a setting named to turn it on
("configure `CACHE_URL` to enable Redis"). So is a plan
that adds it later ("Redis will be introduced when horizontal scaling requirements emerge",
"We will add Redis in a future release", "Redis caching is planned for Phase 2", "the eventual
addition of Redis", "The MVP does not include Redis"); not the order of a guide ("Redis will
be installed in the next step") nor a recovery ("… added back when it recovers"). A roadmap
label in front of a step that sets the service up is read the same way ("**Enhancement:** Move
to Redis for faster session lookups", "Future: add Redis for the sessions"), not one in front
of a step on it ("Later: restart Redis"). A step taken only at scale is reported wherever the
scale stands: "Configure Redis before running more than one replica", "**Requires Redis** past
one replica", "Redis is the better choice for multi-server systems", "Use `RedisBackend` when
you run several servers", "When the forum runs more than one process, Redis needs to be
configured"; not a step on a part of it ("Enable Redis Sentinel when you run
multiple hosts") or on which Redis ("use the same Redis on every replica").

So is a role or need told only for scale ("Redis backs the session store when multiple
replicas are running", "**Redis**: required for multi-instance deployments", "Redis (for
high-traffic sites)", "Redis is essential for any production with multiple servers",
"Multi-instance: Postgres and Redis", a heading that names high availability over a list that
sets it up, "### When Redis is critical:" over the cases),
and a need told only for one mode ("Queue mode requires Redis"; not the default or production
mode, nor a lead-in to the mode's steps: "Distributed mode needs Redis:").
A stand-in offered in a parenthesis after the service ("Redis server (or use the database
driver)"; not a peer: "Redis (or Memcached)") and the service as one more choice beside another
default ("sessions live in the database by default, but Redis sessions are also available")
make it optional. A use of it after its address is given ("If a Redis URL is provided, the app
uses it"; not "… make sure it uses TLS") or under a switch with a fallback after ("counters use Redis when
distributed routing is enabled; fallback is local") makes it conditional.
A step that disables it is read in other languages too ("Deshabilitar Redis completamente",
"Désactiver Redis"; not "Desactivar la persistencia de Redis", a part of it).
Taking it offered as one possibility is optional too: "it is possible to use Redis as cache
adapter", "Installing Redis is one way to enable optimizations", "Redis is one option for the
cache", "You can enable a Redis queue" (not "possible to use Redis Sentinel", a variant, nor
"Redis or Memcached", peers).
Nor is a fallback when the service is down ("Redis not available (graceful fallback)"), a
manner ("If you want to use Redis via a Unix socket, …"), the bundled instance set aside for
one of your own ("disable a default Redis instance, so that you can bring your own cluster"),
or what the app does ("✅ **Works with Redis** - Uses Redis for best performance"), or the
client ("without the optional Python Redis transport dependency"), or a figure of a comparison
("- **New Pipeline (no Redis):** ~140 seconds").
A hedge on one part beside a need of another is no hedge: "Redis is optional for the worker
but required on the web service" (the deployment needs it; not "… but required for larger
sites", a scale).
The client package taken out is not the service ("Python redis package is removed from the
image"), nor is the chart's internal copy ("# -- Disable internal redis").
An intensifier between the name and the hedge does not hide it ("Redis completely optional",
"Redis completamente opcional"); a parenthesis that calls the service an alternative is a hedge
("### Redis (Alternative)"; not a provider's: "Option 4: Railway Redis (Alternative)").
A need of where the service is, under a condition ("Redis host (required when workers are
enabled)"), is the service's need (not "Redis password (required when auth is enabled)"); so
is a pick recommended ("I recommend choosing `redis` here too"; not "choosing Redis 7").
Lines that each open with a bold label ("**In-Memory:** fine for one server" / "**Redis:**
essential for several"), with or without a hard break, are read one by one, each about its label.
A table row of a setting that picks a backend, whose default is another store and whose row
offers the service ("| `CACHE_DRIVER` | `file` | Recommended to set to `redis`. |"), is
reported; so is a reference entry's field right under the variable's heading ("### `REDIS_URL`"
then "- Required: No"), and a "Use when" column in the service's row.

A managed offering named "<product> for Redis" is the service ("* Azure Cache for Redis
(optional)"; recommending it picks which Redis). A question about the service answered "Not
yet" or "Maybe later" defers it ("**Need Redis?**: ❌ Not yet"); so does a roadmap item marked
"🔜" ("- 🔜 Redis for background jobs"). A variable whose description says to set it empty to
disable the service is reported ("Redis address (set empty to disable)"; not "leave blank to
disable auth"). An instruction that
opens with the purpose of turning the service on says how, not whether ("To use Redis, follow
these steps:", "To enable Redis in production:"). A status note that it is only planned defers it
too ("- Redis (planned)", "- **Redis** *(planned, Phase 2)*"; not "Redis (planned maintenance)"
nor "Redis 8 (planned)"). Moving onto the service later is a deferral too ("Can switch
to Redis later if needed", "## How to Add Redis Later"), and so is a stage of the plan without
it ("Phase 1 does not use Redis"). A bare pair of the service and a store that can stand in
for it is a choice ("- **Queue**: Redis/Database", "- In-memory or Redis"; not "PostgreSQL and
Redis", nor "Redis or Valkey").

A table whose header asks about the service ("| Scenario | Use Redis? |") is read with each
row's answer ("| One small server | ❌ No |"); in a table with a "Without Redis" column, each
row that says how the app runs without the service ("| Rate limiting | Counted per process
|") is reported, not a row whose cell says it fails, nor a table that weighs the loss (a
"Degradation" or "Impact" column, or a "With Redis" column beside it).

An env, shell or PowerShell block that sets the service's switch off (`REDIS_ENABLED=false`,
`USE_REDIS=0`, .NET's `Redis__Enabled=false`) is reported at the assignment, unless the
block or its section says it is for development or tests, or the block is a developer's env
file by its title or the line above it ("Disable Redis in `.env.local`:"); so is a table row that documents
the switch as the way to run without it ("| `REDIS_ENABLED` | `true` | Set to `false` to
bypass cache entirely |").

Not reported, because the people who read real runbooks mostly do not take them as hedges
(over 13,045 labelled units, reading them cost 12 false reports for 4 correct ones): a list
of values to choose from with the service among them ("Either `redis`, `memcached`, or
`database`."; but two stores offered, one kept in memory, are reported: "The app supports two
lock stores: `memory` and `redis`", "Available values are `memory` and `redis`", since the
labels of R255-R467 read 5 of 5 such sentences as hedges), a chart's "| `redis.enabled` |
`false` | … |" (its bundled copy; but the service's own switch with a default of false in a
variables table is reported again, "| `REDIS_ENABLED` | `false` | Switches the cache on or off
|", since the labels of R255-R563 read 3 of its 4 such rows as hedges), what something else is used
"instead of" ("The app uses the database instead of Redis"), and a part built on the service
for scale ("Redis-backed session store for multi-server deployments"). Nor are a removal step
that a hosted copy stands behind, in its own words or a heading above ("### Option 1: Upstash
Redis" over "5. **Remove Redis from depends_on**", "# Remove redis dependency when using
Upstash"), a local copy marked as the fallback ("# Local Redis (fallback)"), an option that
enables the service with something else or alone ("# Option B: Enable only Redis (no queue
worker)"), or an item under a recommended way of watching what runs ("**Recommended
Monitoring**:" over "- Redis server metrics (if self-hosted)"). A check of the service "(if
applicable)" is reported like one "(if configured)" ("- [ ] Redis connectivity verified (if
applicable)"; not "Redis Enterprise Support (if applicable)", a product of its own). Portuguese
"Se usando Redis:", "Se você usar Redis" and "Se precisar de mais escala, adicione Redis depois"
read as their English twins. A clause after a dash that says how to go without it during
development limits the hedge before it ("Redis is optional — leave `REDIS_URL` empty for
in-memory fallback during development"), and so does a list item whose bold label is scoped to
development for the items nested under it ("- **InMemory** (Development): …" over "  - Leave
`REDIS_URL` empty"). A variables row for a setting of a part of the service ("| `REDIS_PORT` |
Redis port | `6379` | If using Redis |") says when that setting is read, not whether to run it.
Nor are the steps under a recommended order ("### 8.1 Recommended order" over "2. **Redis** —
provision"), advice that prefers the service to a server of the same protocol ("**Use Redis
instead of KeyDB**" under "## Cost Optimization Tips"), the rows of a test plan's table ("| ID
| Test | Expected |"), or an order that opens its sentence ("**Never raise without setting
`REDIS_URL`**", not "The backend won't crash without Redis"). A part of the service named before
it, as Russian and Spanish do, is what the parenthesis is about ("пароль Redis (необязательно)",
"contraseña de Redis (opcional)": its password).

An item of a list of checks or parts with the condition on the service left out is reported
("Postgres reachable, Redis reachable if enabled", "DB + Redis if configured", "- [ ] Redis
connection healthy (if configured)", "cached in Redis if configured, otherwise in memory");
not a part of it ("Redis password (if configured)", "Redis persistence (if enabled)") nor
"unless configured otherwise".

Not reported either: a step of advice whose own text limits the alternative to development
("**Use Redis in production** - in-memory is for development/testing only"), an item under a
scale heading that says how to run the service ("## Scaling" over "- Redis: ensure adequate
CPU and memory" or "- Redis cache is shared across all replicas" or "- Add more Redis nodes"),
a condition on how it is used ("If you are using this Redis instance only for the app's cache,
…"), a recommended address ("- Internal (recommended): `redis://redis.internal:6379`"), or a
recommended option that names a kind of it ("#### Option 1: Replit Redis (Recommended for
Replit deployments)"), unless another option of the document goes without it ("### Option 1:
No Redis"), or one packaged a way ("### Docker Redis (Recommended)"), or the recommended one of several plans
over the steps that set it up ("### Option B: Deploy with Docker (Recommended)", "### Вариант 1:
Использование render.yaml (Рекомендуется)"), or the recommended one of numbered candidates
("### 1. BullMQ (Recommended)" beside "### 2. Trigger.dev"), or the advised design with the
service in it ("### Recommended backend shape" over "- Redis should be enabled for:"). Nor are a condition on
TLS ("Use a secure connection (`rediss://`) when available"), a decision ("**Decision:**
prefer shared state (Redis) over sticky sessions"), a defect ("… silently use the database
queue instead of Redis", "**Cause:** … set to an empty string instead of a valid Redis URL"),
a part's recommendation ("No password for local Redis (recommended for a single server)"),
nor, in a removal document, a page about it taken out ("Removed the Redis explanation
document"). Also not reported: a sample's caption ("**Response without Redis:**"), a caption of what is lost
without it under a heading about performance, benefits or losses ("## Performance Impact" …
"**Without Redis:**" over "- 5-15 seconds per move", with no fallback that keeps working, or
followed in its section by a "**With Redis:**" caption that it is compared with), an indirect
question ("Check if Redis is configured (has connection details)"), a
stand-in called unfit for production ("Without Redis variables, the in-memory mode is not suitable
for production"), an outage of the one configured ("If `REDIS_URL` is set and Redis does not answer,
…"), going without it that makes something fail ("If you run without Redis, the worker will fail to
start"), a check's output ("# If it says "PONG", Redis is running"), how many to run ("We recommend
setting up at least three Redis servers"), a task that
does not touch the service ("It is not required for backups or restores"), settings that stand
in for its variable ("**Deprecated** - These are only used if `REDIS_URL` is not set"), a
variable whose default the app works out ("| `REDIS_URL` | No | based on `APP_ENV` |"), a
"Local-dev story:" item, a part of it put in a later phase ("Introducing a new Redis
connection pool"), a "Best for" cell that names production, and a condition on a backup copy
("If using a backup Redis instance:"), and a sentence after one about it whose hedge is on the
name right after it ("Optional `requirepass` is out of scope"). A condition of trouble is
troubleshooting ("Restart Redis if the health check fails"), but taking the service up only
then is a hedge ("Migrate to Redis only if monitoring reveals a bottleneck", "If the database is
slow, enable Redis").

Hedges in other languages are read with the same clause rules where their words are known: Spanish,
Portuguese, French, Italian, German, Dutch ("Redis (optioneel)", "alleen nodig voor …"), Polish
("Redis (opcjonalnie)"), Norwegian, Swedish and Danish ("Redis er valgfritt", "Appen fungerar utan
Redis"), Czech and Slovak ("volitelně Redis"), Greek, Arabic, Persian, Hindi, Indonesian, Turkish,
Russian, Vietnamese ("Redis (không bắt buộc)"), Chinese, Japanese and Korean, also in their own
word order ("Redisを使う場合" (in case you use Redis), "Redis 사용 시" (when using Redis), "Redis ist für
kleine Sites optional", "kein Redis erforderlich", "Si tienes Redis disponible:", "Redis (cache de
sessions facultatif)", "Redis olmadan da çalışır", "只有多台服务器时才需要 Redis"), a condition on something
else and then taking it ("如果访问量较大，请启用 Redis", "アクセスが多い場合は、Redis を有効にしてください", "트래픽이 많은 경우 Redis를
사용하세요"; not in production, in development, on a failure or when it is there already: "本番環境の場合は、…"),
the variable's "when set" ("`REDIS_URL`：设置后会使用 Redis", "設定すると"); a kind of it named after it is
which Redis ("sans Redis externe", "Redis gerenciado"), as before it in English; a word the
analyser does not know is not reported.

Under a heading that reports the service failing ("### Issue: Redis connection failed"), a sentence
that the app keeps working without it for a while ("keeps working … until you restart it")
describes the failure, not a choice, and is not reported; what the app can do without it ("App
works fine without Redis, on signed cookies") is reported there as anywhere; nor is a failover ("if
Redis fails repeatedly, reads bypass Redis"), a condition on a part it is set up with ("Configure
Redis with authentication if exposed"), a condition on a feature of it ("# Redis (if persistence
needed beyond RDB)"), a task on it that need not be done ("you do not need to back up Redis"), a
condition on a kind of it ("check secondary Redis (if configured)"), or an option that names which
Redis ("Option 1: With local Redis"; but when another option goes without it, "## Option 1: Install
Redis (Recommended)" beside "## Option 2: Run Without Redis" picks the service over none and is
reported), a condition on which copy of it runs ("If using built-in Redis: …"), advice on where it
runs ("Consider using Redis in the same region as the backend"), nor a recommendation of which
variable to set it with ("If both are set, `REDIS_URL` is preferred").

Also reported: an option a decision record rejected when it takes the service ("- Require
Redis always — rejected because it blocks local development"; not "Skip the engine when no
Redis — rejected", nor a part of it, nor what an option would drop under a decision record's
"## Alternatives considered", "### Rejected alternatives" or "## Considered Options": "- pg-boss —
attractive because it removes Redis entirely"), a use offered ("Redis can be used for caching", "The
helpdesk can also be configured with Redis"; not where or how, "can be used on the same host",
"can be enabled at boot", nor a variant, "a highly available Redis can be deployed instead"),
the last conjunct before a
hedge that ends the line ("Cache em memória + Redis opcional"), a denial of "optional" that
holds only at scale ("For any deployment with multiple servers, Redis is not optional"), the
service with a scale in parentheses ("Redis (multi-replica)", "Enable Redis in multi-instance deployments", "Action Cable
requires the Redis adapter for multi-server deployments"), an instruction to turn its switch
on for a purpose ("Set `USE_REDIS=true` and `REDIS_URL` to use Redis"; not "In production, set
`USE_REDIS=true`"), the service swapped for a stand-in ("Replaced Redis with an in-memory
cache", "**Replaced Redis cache** with `:memory_store`", "Replaced the Redis cache with `LocMemCache`",
"Replace Redis with SQLite-based token blacklisting",
"No Redis caching (using memory cache instead)", or by one arrow of a marked change: "-
**BREAKING**: Redis → LRU in-memory cache", "- ❌ Redis → ✅ Solid Cache"; not "Replace Redis
with Valkey", nor an order, "Cache lookup: Redis → Postgres"), a removal under its release
("- **v2025.10**: Completely removed Redis dependency") or after a dash ("Migrated to Solid
Stack — removed Redis dependency"; not "Upgraded Redis — removed old keys"), having stopped
using it ("(stopped using Redis for tasks)"), switching off how the app reaches it ("## How to
Completely Disable Redis Connections"), a label whose value says it is
commented out ("- **Redis store**: Commented out to prevent errors"; not "- **Redis
password**: commented out"), a title that goes on after a dash ("- **Async processing without
Redis** — Solid Queue dispatches the jobs"), "as an optional role" in other languages ("Redis
se usa aqui como cache opcional"), a note after where it runs ("- Redis (Upstash/Redis Cloud,
optional)"; not "Redis (Redis Sentinel, optional)"), a hedge that opens the value of its label
("- **Redis** - (Optional) Caching"), a PaaS's plugin of it ("3. Add Redis plugin (optional)";
not "the Redis plugin for Grafana"), a role hedged for a kind of setup ("| **Redis** | Celery
broker (optional for minimal deploy) |"), its name with a
Polish or Czech case ending ("mały Compose działa bez Redisa"), a label of a few words that
opens with the hedge over a list of names ("- Optional async workers: Celery + Redis"), "➖" in
a Required column, a stand-in in parentheses ("- [ ] Redis (use node-cache instead)"; not "(use
Valkey instead)"), Japanese "works even without it" ("Redisがなくても動作します"; not when it
then errors) and a variable joined to a Japanese particle ("REDIS_DSNはオプションです"), the reader leaving its variables unset ("If you don't set `REDIS_URL`, the
app uses an in-memory cache", "If you don't set the `UPSTASH_REDIS_*` values, …"; not "…, the
app refuses to start"), a locating variable empty by default whose description
says it enables something ("| `REDIS_URL` | Empty | Enables Redis-backed caching |"; not one the
row also calls required), "without" in another language unless a
negated "can" says what cannot be done ("Die App kann auch ohne Redis betrieben werden"; not
"Der Worker kann ohne Redis nicht starten"), what its absence means ("No Redis URL means
in-memory caching"), a telegraphic
condition on it ("connection string (if Redis service added)", "(if Redis configured)"), an
optional role of it in parentheses ("memory layers (optional Redis backend)"), a switched-off
state beside an outage ("When Redis is unavailable or disabled, the app falls back to …"; not
an outage alone), the service offered as a switch ("## How to Enable/Disable Redis"; not
"Enable/disable Redis persistence"), what stands in for it ("Without Redis, Django uses the
local memory cache"; not "… and fails under load"), an absence after which the app still
starts ("If Redis is not configured, the server starts in local mode"), a change log that
removes its whole integration ("Removed Redis client and dependencies"), its configuration
left commented out ("Redis config is commented out"), an instruction not to set it up ("Don't
add Redis service to your project"; not "Don't run Redis as root"), and a question heading
answered right under it ("### Can I add Redis later?" then "**Yes** - …"). In a document about
taking the service out (its title or the prose under it says so: "# Redis Removal Summary", "#
Redis to PostgreSQL Migration", "**Goal:** … by removing Upstash Redis"), or in a section
under a heading that does ("### Redis removal"), the title that moves off it is reported (not
a move to a compatible fork, "Redis to Valkey migration"). The changes such a document lists
one by one are not ("- ✅ Removed Redis health check", "`app/queue.py` - Removed Redis publish
calls", "Redis environment variables removed", "Redis service removed from
`docker-compose.yml`"): the sentence that says the service is gone ("Successfully removed all
Redis dependencies") reports the document once, and on the labelled documents the change
items were wrong 32 times for 3 right ones. Not
reported: a guide whose opening lines scope it to development and send production elsewhere
("This guide gets you running in development mode. For production, see DEPLOY.md."), a section
whose first line does ("For local development without Docker."), a rollback plan that takes
the service out again ("## Rollback" over "- Remove the Redis service"), a recommended
provider or way to run it ("#### Upstash (Recommended)" beside "#### Railway" under a heading
about the service, "- **Upstash Redis** (recommended for serverless)", "### b) With Docker
Compose (Recommended)", "Recommended providers:",
"**Docker:** for PostgreSQL and Redis (optional but handy)"; but a provider recommended for
what the service does is reported: "Upstash Redis (recommended for rate limiting)"), a variable row whose description
gives a local default, and a measure of the service under an optional heading ("## Metrics
(Optional)" over "- Redis hit rate") or its client package with a version pin ("## Optional"
over "* redis >=2.2 - for UNIX sockets").

Lines that each open with a check mark or an emoji ("✅ **Flexible** - Works with or without Redis"
/ "✅ **Better DX** - Developers can run locally without Redis") are a list's items, each read
alone, so one item's development scope does not reach the next. Also reported: "uses Redis
automatically when available", "The app uses Redis if it is available" (not "Restart Redis if it's
running"), "designed to work **with or without Redis** - if Redis is unavailable, it carries on",
"## Deploy Right Now (Without Redis)", "## Current Architecture (Without Redis)", "Redis connection
URL, optional.", a row's role with "(optional for dev, recommended for prod)", "**If needed** set
up Redis" (no comma after the label), a Required cell "For control buttons" (a row's read even when
nothing else in it is a cue), "标准版（无 Redis）" (the standard edition, without it), "## Skip Redis? No
Problem!", "Option 1: Redis Optional (Graceful Degradation)" after its label, "### V1.0 (Optional
Redis)", "optional Redis coordination", "- No mandatory Redis deployment", "**No crashes**: the
server runs without Redis", "- [x] Redis disabled by default", "Deploy with Redis disabled" and
"Phase 1: … (Redis Disabled)" (not the caption "### With Redis Disabled"), "If you can't install
Redis, the app will still work", "By default, Limitador stores the limits in memory and does not
require Redis", and in other languages "Usa Redis quando disponível", "Com Redis (Quando
Instalado)" and "Falls kein Redis gewünscht ist, …". Not reported: "(Optional) To use the same
Redis server with several sites, set a key salt" (sharing one), "## Optional: Redis Configuration"
after a heading that installs it (tuning it), "// SEM Redis (MemoryStore) - PROBLEMAS:" (what goes
wrong without it), "Controlla se Redis è disponibile" (check whether it is there), a condition on
how it is deployed ("If Redis is deployed in a non-HA fashion, it can become a single point of
failure"), a list with a setting's name among its items ("production values (`DEBUG=False`, secure
`SECRET_KEY`, DB, Redis, SMTP)"), "enabled without a connection URI" with an error, a switch turned
off or "Disable Redis" under a rollback, emergency or incident heading (a mitigation), and Chinese
checks of a running Redis ("如果Redis正常运行，应该显示："). A guide titled for Windows is not a development
guide by that word alone ("# Redis Setup for Windows"): Windows is a server too.

Markdown inside an HTML block is read as the words it marks, as an MDX component's body is
("<Info>" over "Redis integration is **completely optional**."; a code span's words stay a name).
Also reported: "Redis connection is optional" (the connection to it as the hedge's subject; not
"the Redis connection string is optional"), "How to choose between Redis and SQLite?" (a choice
between it and another store, also asked as a question; not between two kinds of it, "Redis
Sentinel and Redis Cluster"), "Redis went from required to completely optional", "# Redis Cache
Recommendation (For Multi-Instance Production)", "an optional distributed layer (Redis or MongoDB)"
(the parenthesis right after the noun names what it is; not "an optional metrics layer (Redis
exporter)"), "Enable redis below for faster performance" and Polish "opcjonalnym komponentem". Not
reported: "you may consider deploying a Redis instance for each use case" (how many instances),
"When the status check reports that Redis is enabled but …" (what a check says), "the Redis
container is optional if you … have your own Redis instance" (the bundled copy set aside). "###
Option 2: Build the image locally" and "### 方案 2: 本地构建镜像" are no development headings: they
say where the image is built; nor is "a locally installed database" a development scope. A
lead-in that offers the list as additions ("The basic install works, but you can add:") puts the
service under it. "Skip this if you don't use Redis" is a choice only when the negation is the
subject's ("when you want Redis to act as a strict cache and never lose data" is not). A later
phase as a step's label is deferral ("### Phase 2: Add Redis (Day 2-7)"; not Phase 1, nor a phase
reported done), and so are settings named without it ("### Current Settings (Without Redis)").
A question about taking it on later starts without it ("### Q: Can I add Redis later?", "Puis-je
ajouter Redis plus tard ?"; not "Can I add Redis nodes later?", scaling it out). A table header
that sets the app without it first and with it after ("| Feature | Without Redis | With Redis |")
makes going without it the baseline, as do "| No Redis | With Redis |" and "| Redis Disabled |
Redis Enabled |" (not "| Feature | With Redis | Without Redis |", which weighs the loss, nor "|
Metric | Without Redis | With Redis |", a measurement). A provider's copy named
with a possessive ("Use Render's Redis Service (Recommended)") is which Redis, as "Render Redis"
is. Finnish "Redis on valinnainen" (is optional) is read as its English. "Later" put first puts
off the service named after it ("Then later, if you want better performance, you can upgrade to
Redis!"; not "Later, you can restart Redis"). A label before the sentence that a pronoun goes on
from is passed over ("**Good news**: Redis is only used for caching. Your app will work without
it!"). Not reported: "Rehydrate Redis if needed" (a step on it), "**Sin Redis integrado**"
(without a platform's own copy). A gerund after "if" is read as "if using" is ("## Deployment
Steps (if adding Redis)"; not "if adding Redis nodes", scaling it out). A "when to add it" label
answered with production ("**When to Add Redis**: When you're ready to deploy to production") says
it is needed there and is not reported. A heading of its own for the service under "## Optional
Dependencies" or "## 🔌 Optional Backends" is under the hedge as under "## Optional Services"; the
German "Redis Verbindung (optional)" is read as "Redis connection (optional)". So is one under a
heading of optional variables ("## Optional environment variables" over "### Redis", "Variables
opcionales", Arabic "المتغيرات الاختيارية") when no heading under it names a variable. Not reported: a
fallback the sentence judges a defect ("falls back to an in-memory substitute when `REDIS_URL`
is unset, which is unsafe"), traces of it in the code ("endpoints without Redis references"), what
the software does by itself ("The system will automatically use Redis when:").

"External Redis (Optional)" is the service itself when the document names no copy of it that
the software brings (no bundled, built-in, in-chart or subchart Redis, no `redis.enabled`);
beside one, it says which Redis. Also reported: a later sentence of a table cell that goes on
about the row's service ("| `REDIS_URL` | Redis URL. Without it, the cache stays in memory |"),
a sentence that says "in production" under a local-development heading ("Redis is optional in
production — …"), "## Option 2: Keep Redis Disabled", "switches to Redis once `REDIS_URL` is
set", "Redis (if `app.cache.RedisCache` available)" and a list under "Validated under stress
testing:" (load, stress, soak, smoke and performance testing check the deployment). Not
reported: "When Redis is enabled, use the decorator:" or "…, you'll see:" (what to do in that
mode), "Redis (Pub/Sub for scaling)" (its role), "## Workaround Without Redis 8" (a version),
"skip all Redis cache operations" (operations on it), an optional section's item that names
the service in its condition ("- When `redis.enabled=true`, a Redis NetworkPolicy …"), and
"Redis with in-memory fallback" (a stand-in for an outage: every real unit so worded was
labelled as no hedge). Also reported: "Make sure you have Redis running if you want to use the
queue", and a condition under which the app makes no attempt to connect to it ("If it is set to
`false`, we … make no attempt to connect to Redis"; not "does not connect when Redis is down").
Not reported: "When Redis is enabled, the following features are cached:" (a lead-in to that
mode), a condition under "### Redis Pool" (a part), a second variable whose value is the first
("| `SESSION_REDIS_URL` | … | Uses `REDIS_URL` | Optional |"), "| 1 pod, no Redis | 450ms |"
under a results or benchmark heading, "Redis Güvenlik (Opsiyonel)" (its security), and
"### Option 2: Run WITH Redis (For Production or Testing)", and "# For standard Redis
(alternative)" beside "# For Upstash Redis" (a kind of it).

Also reported: "Your backend will automatically use Redis once `REDIS_URL` is configured" (the
software takes it up under a condition; not "Once `REDIS_URL` is set, restart the app to use
Redis"), "`redis` (planned / optional)", Chinese "Redis 缓存默认关闭" (off by default) and
Spanish "# Opcionalmente iniciar Redis". Not reported: the writer's offer ("If you want, I can
add a unit file to provision Redis"), a fallback the unit limits to development ("falls back to
`locmem` — suitable for development and tests, not for production"), one more role of the
service in use ("Consider using Redis for session storage as well"), "for local backing
services (PostgreSQL, optional Redis)", "Redis is disabled by default; production must enable
it", and "Redis is installed along with the chart if you choose the default setup" (the default
has it).

Also reported: a feature condition before the need ("When using the live editing, the app
needs a Redis server"), "You are not required to run Redis" and "a small deployment is not
forced to operate Redis", "supports both Redis and in-memory caching", "we can use RabbitMQ or
Redis", "Up until version 2.3, the Redis service was mandatory", "Cache (Redis / LocMem)", "If
you want to use MongoDB, LevelDB, or another database instead of Redis", leaving "the
`[redis]` section out", "Re-introduce Redis when these scenarios occur:", "River replaces
Redis queue", "When configured to do so, the server uses a Redis pub/sub channel", "# If Redis
available" over a setting, "## Next steps as the project grows" over the service, and
"Redis и Celery можно подключить позже", "Redis kann später hinzugefügt werden", "即使不安装
Redis，应用也能正常运行", "暂不安装 Redis". Not reported: "To upgrade you will need the Redis
server installed" (a step every operator takes), "Use Redis if available, fall back to the
in-memory cache on error" (an outage), "a restored or replaced Redis store", "Set up the Redis
service (Upstash recommended)" (which provider), "If other applications use Redis, flush only
your database" (a shared instance), "the Redis host to use when `REDIS_ENABLED` is `false`" and
"the local `redis` container that is created when `REDIS_ENABLED` is `true`" (the switch is
about a bundled copy), "如果你安装了 Redis CLI 工具" (its client) and "使用内置 Redis，无需外部依赖"
(no external dependency).

Also reported: "**Redis**: (Optional) An in-memory store for caching" (what it is, after the
hedge), "Adapters like Redis are used for horizontal scaling only", "You can configure the app
to run using Redis as its broker", "If **ReplicaSet > 1**, Redis must be enabled", "## Redis
(planned, not yet wired)", "use Redis for scale" and "Redis would be useful in production"
(also "seria útil", "wäre nützlich"), "If you are planning to use Redis, …", "Redis is no
longer used", "Use Redis when you need the proxy to load balance across multiple containers",
"`REDIS_URL` … empty = Redis disabled" and Swedish and Norwegian "valfri" (optional). Not reported: "When the included Redis
deployment is enabled, …" (a copy the chart brings), "To use an external Postgres or Redis
instance, set …" (where each runs), "an external stateful Redis instance is recommended" beside
a built-in one, "如果 Redis 使用 TLS" (a feature of it), "无需重新构建应用" (no rebuild needed), and
the hedges of a guide whose title keeps it to tests or development ("#
Redis - Não é Necessário para Testes!").

Also reported: "Redis Server (optional - system falls back to InMemory for development)" (the
development scope after the dash is the fallback's), "Redis är en valfri cachelösning"
(Swedish, Norwegian and Danish articles), "The *redis* container is not enabled in the default
configuration", "provided as an example for users wishing to use Redis", "The server can be
run using a Redis or Valkey cluster by setting …", "Ensure Redis is running separately, or
remove it from your environment", "Add Redis when experiencing:" over a list and "(Optional)
Upstash Redis account", "… an external Redis URL, or `REDIS_HOST=disabled`" (the switch turned
off, offered as one of the ways), "Redis 默认不启动" (does not start by default) and "当前应用没有
Redis 硬依赖" (no hard dependency on it). Not reported: "If you are using `Redis` as a message
broker too, …" (a role besides the one it has), "for users who want to tune Redis", "Check the
Redis password, or remove it", "Restart Redis when you see:", "Without a running Redis, the
server falls back to …" and "Ohne laufendes Redis …" (an outage) and "如果Redis未运行，启动服务"
(if it is not running, start it).

Also reported: "If Redis is not configured, rate limiting and caching will be local to each
instance" (state kept in each process without it), "Use Redis for distributed deployments" (a
scale), Indonesian "Redis adalah …, tapi tidak selalu diperlukan" (but not always needed), and
a telegraphic "redis (recommend), memcached", "If Redis is not installed, the reply cache is
skipped: every message …" (a clause of its own before the colon is the condition's main),
"Optional Redis Pub/Sub support", "## Deactivate Redis for a site" (as "Disable" is), and
Portuguese and Spanish "Configure Redis para melhor desempenho", "## When to Use Redis
(Optional)", and the service elided in a condition after its fallback ("Redis falls back to
memory if not configured", "**Redis**: fallback in memoria se non configurato"). Not reported:
"Redis n'est pas obligatoire pour tester l'API" (to try it out, as "para probar" is), "# Redis Cache Prefix (optional)"
(a setting of the role, as "Redis server port (optional)" is), "If you use Redis without a
password, …" (a manner of running it), "writes to both Redis and in-memory stores" (both used).

Also reported: a switch that makes it optional or not required, set that way
(`REDIS_OPTIONAL=true`, `REDIS_REQUIRED=false`), "#### Option 1: External Redis (Recommended)"
in a document whose other option heading goes without it ("#### Option 2: No Redis"): there
"external" is the service against none, not an external copy against a bundled one; Vietnamese
"(hoặc disable Redis nếu không cần)" (if not needed) and "Redis không cần thiết" (not necessary).
Not reported: "configure Redis triggers for the workers" (KEDA's scaler, a part), "**Redis is
Critical**: Without Redis, performance will be 10-100x slower" (a necessity said outright, with
the reason), Vietnamese "# Redis (nếu chưa cài)" (if not installed yet: a step's precondition).

Also reported: Spanish and Portuguese when-to-use questions ("## ¿Cuándo necesitas Redis?",
"## Quando usar Redis?", as "When do you need Redis?" is), and "si:" / "se:" before the cases
("### No necesitas Redis si:"). Not reported: "## Teste de performance sem Redis" and "Prueba de
rendimiento sin Redis" (a test run), "install it using the preferred way for your OS (e.g. from
packages), start redis-server …" (the service is named after the examples, in a step of its own).

Also reported: Chinese "禁用"/"停用" read as "disable" ("# 禁用Redis，仅使用L1内存缓存"). Not reported:
"# 禁用 Redis 持久化" (a feature of it), "# 如果Redis未启动，启动Redis" (not started: a state to
bring it to, as "未运行" is), "如果 Redis 服务正常，它将返回：" (healthy: what a check shows), "If you
only want the counter, we can use only Redis and …" (it alone, not whether), "If you do not
otherwise use Redis in your application and want it only for throttler storage, …" (it is used
here; the question is what else uses it), "### Without existing Redis connection (Recommended)" (a
new connection against the one you have), "**Prima (senza Redis):**" over the old set-up's logs
(a "before" label, as "**Before (without Redis):**" is).

Also reported: "it" carried through a clause that uses it ("Redis is used by Sidekiq but we
haven't had a reason to use it yet, so it is optional for now": a time limit leaves the hedge as
it is); a hedge after a few attributes of the label's value ("**Redis Cache**: Best performance,
recommended for high traffic"; not "**Redis**: required, recommended for caching"); "Enable
Redis (only for multi mode)" (as "(cluster mode only)" is; not "(only in production mode)"); a
switch set off with what it does after it ("Set `DISABLE_REDIS=true` to deploy without a cache";
not "Run without `DISABLE_REDIS=1`"); a stand-in used by default in its place ("By default,
Auto-GPT is going to use LocalCache instead of redis", "Sessions default to memory instead of
Redis"; not "By default, the app uses Redis instead of memory"); and a set-up's title after a
choice label ("### Scenario 2: Production without Redis (Caffeine)", as "Option B:" is), German
"**Optional Redis starten:**" (the verb last) and Italian or Spanish "supporta Redis opzionale"
(the adjective after the service; not "non supporta Redis opzionale"). Not
reported: "If you are low on memory, use Redis for both." (which roles it takes), "// FALLBACK:
Continue without Redis" and "### Emergency: run without Redis" (a fallback or emergency label,
as "**Issue:**" is: what an outage leaves), "💽 **Optional Persistence**: Configure Redis to
persist data" (a feature of it under the label), and what stands under "## Recommended
deployment path" or "## Recommended installation method" (which way to do it, not what to
install).

Also reported: the imperative put off ("Later, install Redis and set:", as "Later, you can add
Redis" is; not "Later, add Redis nodes", scaling it out); a stand-in kept in RAM ("stored either
in RAM or Redis", also with the preposition said again: "in RAM or in Redis"); Portuguese and
French "or" ("(memory ou redis)"); Portuguese and Spanish defaults ("Por padrão, Redis está
desabilitado", "Por defecto, Redis está deshabilitado") and advice ("Para produção, considere
usar Redis"). Not
reported: a check's parenthesis ("Add deeper readiness (DB / Redis):": what it looks at), an
optional step on a folder of it ("# Optional: Remove old Redis folder" over `rmdir redis-server`),
a step that checks a setting ("Verifique se `REDIS_URL` está configurado"), replacing it when
that is withheld ("using one of these to replace Redis is not officially supported"), and what
stands under a Portuguese or Spanish test heading ("## Como testar", "### Para fases de prueba").

Also reported: an installer's or script's steps in the third person ("✅ Starts Redis server (if
installed)", as "Start Redis (if installed)" is; not "✅ Installs Redis (if needed)", which
installs it where it is missing), the service in its role of handling sessions ("## Redis
Session Handling (Optional)", "and optional Redis session handling"), Indonesian "with or
without" ("baik dengan atau tanpa Redis") and Turkish "not required" said after the word it
negates ("Redis gerekli değil"). Not reported: a setting of the server switched on or off
("Enable/disable Redis Server protected mode"), a primary and its fallback ("Redis (primary) +
Client Cache (fallback)": a failover pair, as an outage's fallback is), a preference of the
people a package serves ("for those wanting … and would prefer a centralized Redis database"),
and Redis Streams in a roadmap (a feature of the Redis in use). Also reported: putting it off in
the gerund ("### Adding Redis later:", "Moving to Redis later", as "Add Redis later" is; not
"Upgrading Redis later is covered below"), Romanian "Redis este opțional dar recomandat" ("este"
reads as "is" only before such a word: Spanish "este" is "this") and "Fără Redis" (without),
Arabic "استخدم Redis إذا:" (use Redis if:) and "الانتقال لـ Redis لاحقاً" (moving to Redis
later), and Thai "File หรือ Redis" (or). Also reported: a heading that sets the two set-ups side
by side ("## What Happens With/Without Redis"; not "## Benchmarks with/without Redis"), a note
without its copula ("Redis used only when `SESSION_STORE=redis`", Swedish "Redis används endast
när …"). Not reported: the answer to a question that scopes it to tests ("**Just testing?** →
Use the current setup (no Redis needed)") and encryption or backups of each store's data ("Use
encrypted volumes for Redis or Postgres data directories"). "### Redis Sessions (Alternative)" is
reported as "### Redis (Alternative)" is; "… is more complex and requires multiple instances of
Redis" is not read as a need only at scale ("more" compares; "More instances require Redis" is).
A check mark after "Recommendation:" is skipped ("### Recommendation: ✅ Implement Redis Caching
Layer"), and a connection to the service stands for it in a condition ("if a connection to a
redis server is configured").

Also reported: a gerund subject whose object is a list ("Using Redis for the `QUEUE_DRIVER`,
`CACHE_DRIVER` and `SESSION_DRIVER` is optional"), a label's value that starts "(Optional) One
of …", "once" a load grows ("Add Redis once traffic grows"; not "Restart the worker once Redis is
up"), waiting until the reader is ready for it ("When you're ready to add Redis for better
performance:"; not "When you're ready to deploy, make sure Redis is running"), "You can choose
to use Redis for session data", the service's engine ("When the Redis engine is configured, …"),
"full" as a degree of its use ("If you want to enable full Redis caching:", not a full memory),
a "Défaut" or "Standard" column as a "Default" one ("| `USE_REDIS` | `no` | … |": the labels of
R255-R574 read both such rows, German and French, as hedges), a "Required For" cell that names a
feature marked optional ("| Redis | 7.x | Notifications (optional) |") and "The system works
independently of Redis". "When Redis is enabled, the following features are cached:" and "When
Redis is enabled:" are reported now (the labels read all three such lead-ins of R255-R574 as
hedges); "When Redis is available:" still is not (a lead-in to what it does while it is up).
Also reported: a unit that opens with the service in a state of choice ("With Redis configured,
you get:", "### With Redis Enabled", "## What Changes With Redis Enabled"; not "With Redis
configured, we can add …", the next step, nor "With Redis running, start the worker") and a
title that goes without it with a name in parentheses after it ("#### Production without Redis
(.env.prod.local)") and a set-up that leaves it out in the active voice ("… which is why the
required stack above leaves it out", as "Redis is left out of the required stack" is). Not
reported: a part of the service in other languages ("# Opcional: Si configuraste password en
Redis"), a parenthesis that hedges on its own condition ("Addon (optional if you already use an
online Redis service)"), "the recommended Redis infrastructure" (which shape of it), data
loaded into it ("(Optional) To load Alexa Top 1M into redis:") and the old set-up labelled
after it ("### Without Redis (Before):", Indonesian "### Tanpa Redis (Sebelum):").

Also reported: taking it up as one possibility ("Sessions are kept in the database, but using
Redis is also possible"), the Romance order of "it is not required to use it" ("No es necesario
instalar Redis", "Não é obrigatório usar Redis agora", "Il n'est pas nécessaire d'installer
Redis"), "this removes Redis as a runtime requirement", advice to switch to it ("Consider
switching to Redis once traffic grows", "Switch to Redis for better performance"; not to a
version of it, "Redis 7"), Chinese switches to it later or on consideration ("## 后续升级到
Redis", "考虑升级到 Redis"), a bare pair with its purpose ("**Queue**: Redis/Database for
background jobs"), production without it ("Redis is disabled in production", "Disabled Redis for
the prod profile", Russian "Отключен Redis для prod профиля"), the mode without it as a label
("**Redis disabled**: uses in-memory storage"; not when the mode breaks), a deferral with a place
between ("Add Redis service in the Railway dashboard later"), Korean "Redis 없이 사용" (use
without it) and Japanese "Redis は未導入でよい" (need not be brought in yet). Not reported: a
switch of a part of it off by default ("| ENABLE_REDIS_TLS_CONFIG | false |"), a variable needed
only when another of its variables is unset ("| `REDIS_HOST` | … | Only when `REDIS_URL` is not
set |"), a check's expected output in Chinese ("如果 Redis 服务正在运行，你将看到 …"), a recommended
part in a gerund subject ("configuring Redis with RDB/AOF persistence is recommended"), an
option heading's "(Recommended)" when every "Option N" section runs the service ("### Option 2:
Use Docker" over `docker run … redis`: a way to run it, not a way around it), and a Swedish,
Norwegian or Danish development-environment title ("# Installation & utvecklingsmiljö").
Also reported: two stores joined by "as well as" ("Flipt supports both in-memory cache as well as
Redis"), "in-memory or in Redis", Chinese "支持 `memory` 和 `redis` 两种缓存方式" (supports memory and
redis), French "peut être ajoutée" and "peut être utilisé" (can be added, can be used), advice
that it is better ("For a multi-node deployment, it's better to use Redis"; not a version, not
"better … than"), "When Redis is configured (`--redis-url`), …" (the parenthesis says how) and the
mode without it as a label beside other names ("**Não SQL Server + Redis desabilitado**: Usa
armazenamento em memória", reported at the service's name; not a quoted log line). Not
reported: a switch named for turning it off that is off by default ("| `WP_REDIS_DISABLED` |
`false` |": on), "Preferred: full TLS URL (`rediss://...`)" (how to connect) and a numbered
method heading in Korean or Chinese ("### 방법 1: WSL2 사용 (권장)", one way of several).
Also reported: the set-up as it stands ("**Redis is currently DISABLED** but the code is in
place"; not its persistence, nor a reason of failure), a rollback to running without it ("If you
need to disable Redis again:"; not turning it off for maintenance or "temporarily"), an item that
offers it by its benefit ("* [Redis](…) image ready to use for better scalability"), a step for a
feature ("To enable background jobs, set `REDIS_URL` in your environment:"; not "To enable TLS,
set `REDIS_URL` to a `rediss://` address", nor a part of it), "Redis integration for book list
caching (optional)", a label that names heavy traffic ("**Single server, high traffic**: Use
Redis"), a need from one dispatcher, poller or consumer on ("required when running more than one
dispatcher"), "Don't add Redis until traffic grows" (or until an update upstream), a GitHub
alert's sentence ("> [!WARNING] Don't enable Redis caching until …": the marker is the box's
title), "There is also Redis engine available", "It is possible to use different storage
mechanism for Sessions data: [Redis](…)" and "If you do not have Redis enabled then you can only
use a single sender process". Not reported: a roadmap's feature of it ("- 🔜 Redis Cluster
support"), a use for two or more kinds of data ("If you use Redis for two or more caching types,
…", Korean "두 개 이상의 … Redis를 사용하는 경우"), a degraded status's fallback ("- `degraded`:
Running without Redis (fallback mode)"), connecting by itself once it is installed ("If a Redis
add-on is installed, Tater will automatically connect"), where to install it ("… install the
Redis server on the same host as …") and a package for a platform ("[redis](…) als Addon für die
Homematic CCU3").
Also reported: a setting's description that uses it once set ("If set to `true` the module will
leverage Redis as a cache"; not "If set to true, the worker uses Redis Sentinel"), the service in
a list of stores ("Counters can be stored in MongoDB, JDBC, or Redis", "in Redis, DynamoDB, or
Consul", "stored in Redis (or SQLite in standalone mode)", "Memcached, Redis or an in-process
cache", "either use the filesystem or a local Redis server", "swap in Redis or another
backend"), a label over interchangeable stores ("- **Storage backends**: RocksDB, PostgreSQL,
SQLite, Redis"; not "Storage: PostgreSQL, Redis, S3", nor code-span values), a closing "(no hard
dependency)", a bare `backend` option whose default is another store, a bare `Enabled` switch off
by default whose row says it switches Redis on, a title whose parenthesis goes without it ("##
Manual Job Triggering (Without Redis)"), the last item of a list after its condition ("the app
and, if needed, Redis", French "et, si nécessaire, Redis"), "off per default" and Spanish "se
puede añadir Redis como …" (can be added). Not reported: a version's benefit ("Use Redis 6.0+ for
best performance"), a recommended sizing heading over it ("#### Recommended Resources
(Production)" over "- **Redis**: 2GB RAM"), its cluster under a scaling heading ("- **Redis**:
Consider Redis Cluster …"), a part named first in French ("Backups Redis configurés (si …)") and,
in Chinese, a recommended feature of it ("建议启用Redis持久化") or an unneeded thing named before it
("清理不需要的缓存，或调整Redis的maxmemory配置").
Also reported: the values a setting takes, joined by "or", the service one of them beside a store
that stands in for it ("`CACHE_ENGINE` - One of - `memory`, `redis`, or `mongo`", '`PUBSUB_ADAPTER`
- Force adapter: "redis", "postgres", or "local"', "`CACHE_TYPE` can be `FileSystemCache` or
`RedisCache`", '# Type: "redis" for distributed scheduling or "memory" for single-process'; not a
list without "or", "one of `sync`, `redis`, `database`", nor examples after "like" or "similar to",
nor "the `redis` or `memory` block"), "Redis just makes it even faster", "We recommend installing
an additional Redis server …" (not one kept as a replica), a list of stores after "supporting"
("supporting Redis, MongoDB, or PostgreSQL databases"), "swap to Redis for multi-instance
deployments", "| **Redis** | Latest (Optional) |", "experimental" as "optional" ("## Experimental
Redis cache", "Redis (Experimental)"; not a feature of it, "Redis 8's new query engine is
experimental", nor a version, "- Redis 8 (experimental)"), and a switch's off default in a Default column
that comes last ("| `ENABLE_REDIS` | Enable the Redis connection | `false` |"). Not reported: a
Japanese or Korean cell that says the row's setting is required when Redis is used
("| `cache-backend-redis-db` | … Redisを使用する場合は必須です |"). Sentences end before a letter of a
script without case, so a Korean sentence after "…합니다." is read on its own.
Also reported: the service taken in a stand-in's place, on offer ("To use **Redis** or **Valkey**
instead of memory, set …"; not "In production, use Redis instead of memory", nor "Make sure to
use …"), another kind of server offered beside it with "can", "either", "allows", "supports" or
"recommend", or in a role's parenthesis ("Encrypted secrets can be stored either in Memcached or
Redis", "you can use either Redis or memcached", "- A **message broker** (RabbitMQ or Redis)";
not an instruction that names both, "Use Redis or RabbitMQ as the Celery broker", nor steps for
each, "For Redis or Memcached, install …", nor which one is on), "If you don't have Redis
running, this is the recommended driver" (not "…, start it"), a switch under another name, off
by default, whose description turns it on ("| INVENTREE_CACHE_ENABLED | … | Enable redis
caching | False |"; not "Use Redis Sentinel", a part), a title that is only a move between a
stand-in and it ("## Migration from In-Memory to Redis", "**From Redis to Database**"; not
"Migrating … from Redis to Solid Cable", nor to Valkey or a version), "Turn Redis on/off",
"(requires Redis)" after a feature someone switches on ("- Enable Celery (requires Redis)"), a
title for the set-up with it switched off ("**With Redis Disabled:**", as "### With Redis
Enabled" is one for the set-up with it), "Redis is faster, but the database cache is still very
good", the team's "We don't deploy Redis" (not "We don't run Redis as root"), "Add Redis when
you have:" over a list, a title about the time to take it on ("## When You Would Need Redis",
"## What Happens When You Add Redis") and "(When Needed)" after a move to it ("## Upgrading to
Redis (When Needed)"), three values in a role's parenthesis, one a stand-in ("storage driver
(memory/redis/sqlite)"), "APCu, Memcached, and Redis are alternatives" (not "… are not
interchangeable"), a setting used only when a selector picks it ("Used when `CACHE_DRIVER` is set
to `redis`"), a setting's values with a stand-in as the default ("options: `memory`, `redis`,
`postgres`, default: `memory`"; not when the default is the service), "To set up rate limiting
…, you need to declare a Redis service", a plural role with its stores in a parenthesis, a
stand-in among them ("Multiple storage backends (Memory, Redis, Memcached)"; not "Required
backends (…)"), "Choose Redis or Memcached for …", the set-up as it stands ("Redis caching is
disabled for now", a title's "## Redis Caching: CURRENTLY DISABLED", "- **Redis**: Disabled",
"- **Redis Connection**: Not used"; not "Redis persistence is disabled for now", nor "Redis: not
used by the web container"), "Upgrade to Redis when:" over a list (a move, not a
version upgrade: not "Upgrade Redis when:") and the service as one item of a list of stores after
"without" ("run the app without PostgreSQL, Redis, or other external dependencies"). A Korean
cell that says the row's setting is required when Redis is used is not reported, with the space
Korean puts before "필수" too.
Also reported: the complement of a recommended option ("The recommended option to use for the
task results is a Redis server"; not "The recommended way to run Redis is …"), a choice between
a pair named before ("Memcached and Redis both speed up page loads, with the choice between them
left to the site owner"), a design's "(avoid Redis, message brokers)", "the possibility to use
Redis", another store offered in its place ("NATS can also be used instead of Redis", "You could
use Kafka instead of Redis", "We recommend relying on S3 instead of Redis"; not Valkey, nor "Use
RabbitMQ instead of Redis"), the service as a default that another store can fill ("kept in
Redis by default, but can be configured for MySQL"), a setting that may be set to it and
otherwise defaults to a stand-in ("# Lock adapter, must be set to redis for several app servers
(defaults to in-memory if not set)"), a stand-in first and the service as the step up ("Start
with in-memory, scale to Redis"), "- Optional Redis storage support", "# Optional Redis Configuration" (as "Redis
Configuration (Optional)"; not over the settings of its parts, `REDIS_PASSWORD=`), "Choice of a dozen session
stores including PostgreSQL, SQLite, Redis", "database and Redis storage drivers", "## When Will
You Need Redis?", "### From Memory-Only to Redis" and a title of its settings that apply when a
selector picks it ("# Redis configuration (when STORAGE_MODE=redis)"), also after a purpose in
French or Spanish ("Redis pour le cache (optionnel)"). Not reported: running or
self-hosting the product itself as the purpose ("If you want to run the bot, you have to
install redis", "If you want to run the help desk yourself, …"), a trial run ("If you only want
to quickly test the sign-up form, you can skip Redis", "推荐用于快速测试", code paths "tested
without requiring Redis", "### Load test on the search endpoint (no Redis)"), starting it at
boot as the optional step ("设置 Redis 开机自启（可选）"), a missing variable as the cause of a fault
("If `REDIS_URL` is missing, the store might not be properly connected"), "run Redis as a
service" (how), a recommended label over its hosts ("**Recommended services**: Upstash Redis,
AWS ElastiCache, Redis Cloud"), a setting of it over its value ("# redis host (optional)" over
`redis.host=localhost`), the phone app ("the Flutter app does NOT need Redis") and "# If not,
start Redis" after a check.
Also reported: a store that speaks its protocol as the service ("### With Redis-Compatible Store
(optional)"; not "Valkey is a Redis-compatible store"), the service off until the reader turns it
on ("The installer leaves Redis off unless you select it"; not "keeps Redis off the public
network unless …"), a condition of its not being set up with the setting's scope after it ("If
Redis is not explicitly configured for this module, the module will be disabled"; not "… not
configured correctly"), "This is **NORMAL** if Redis is not set up yet", a different store offered
by example ("you can configure it to use a different backend such as Redis or Memcached"), the
service as the step taken to grow ("This server can scale to thousands of users by enabling a
Redis store"; not "You can scale Redis by adding replicas"), taking it on sold by what it brings
("Configuring an external Redis server will improve the reliability of the service"), "Redis or
any other cache backend", "supports both Redis (production) and disk caching", Laravel's "array"
driver as the stand-in ("a cache driver, which can be Redis or just Array"), "Redis for optional
caching" in a list, "(includes optional Redis)", "optional Redis storage and …", a note after it
that takes it out ("# Redis (comment out for memory mode)", "Force memory mode (remove Redis
URL)"), "## When to Use Redis/StateManager", "No Redis for basic use", a passive of taking it on
under an opt-in ("Redis is included only if you opt in") and a troubleshooting row whose remedy
for slowness takes it on ("| Slow responses | Enable Redis caching |"; not "| … | Restart Redis
|"). Not reported: an address set for a copy already running ("(set `REDIS_ADDR` if using an
existing instance)"), the other branch of a condition on something else ("Use `rediss://` if SSL
is enabled, `redis://` if not"), "Optional:" over a condition on its password ("# Optional: If
your Redis requires authentication"), "Local Redis if you prefer" (which copy), "OSS Redis" (an
edition), "remove Redis nodes" (its members), a feature list's "**Multi-Instance Support**:" and
"### Performance & Scalability", "Document" in a product's name ("Running Legal Document Analyzer
Without Redis" is read as a title, not as a report), an outside copy not needed where an
all-in-one image bundles it ("No external database or Redis required!"), a recommended edition of
the product beside another ("### Tracearr Supervised (Recommended)" beside "### Tracearr
(Advanced)"), settings renamed with another store's ("Variables starting with `APP_MONGO_`,
`APP_REDIS_` and the `REDIS_HOST` variable are no longer needed") and "… during development,
not as a substitute for Redis in production".
Also reported: the service as useful only at scale ("Caching in Redis is mostly useful in a setup
where several instances share a VIP"; not "Redis is useful for caching"), "## What Happens Without
Redis?" answered by "✅ **App Still Works:**", "**Q: Will my app break without Redis?** A: No, …"
and "Can I switch from standalone to Redis later? Yes!". Not reported: a condition on the last
step of a coordination ("Redis can be installed with `apt` and modifying the address in
`config.py` if necessary"), the state built on it, and why ("**Distributed**: Redis-backed for
horizontal scaling"), access restriction advised in Chinese ("限制数据库和 Redis 仅内网访问（推荐）"),
a platform's add-on as one way of running it ("### Option 1: Add Redis Addon (Recommended)"
beside "### Option 2: External Redis"), an answer under a development question ("**Q: Do I need
Redis for development?** A: No"), "Redis Cloud" among recommended providers, a step heading that
may be done already ("### Configure environment variables (if needed)" over `REDIS_URL=`), a
module's family of settings removed in an upgrade ("`CADDY_CLUSTERING_REDIS_*` environment
variables have been removed"), "(Optional) If your Redis server has a password, set it with this"
and a later phase that tunes what runs ("## Future Enhancements" over "- Redis TTL fine-tuning").
Also reported: a later phase named with its stack ("### Phase 2: Hybrid (PostgreSQL + Redis)" after
"### Phase 1: Current (PostgreSQL)"; not where the first phase names it too), a settings table's
"Options" column that lists it beside a stand-in ("| `QUEUE_CONNECTION` | … | `sync`, `database`,
`redis` |"; not where the default is the service), "(if configured to use Redis)", going without
it called normal ("This is NORMAL and expected when Redis isn't running"; not "This is expected
when …" after an error), "**Without Redis**: Using the database cache", "Install Redis if you
want to use it" and a preposed benefit whose step caches in it ("For better performance, you can
configure the portal to cache pages in a Redis cache"). Not reported: improvements to it
recommended ("## Recommended Redis Enhancements"), "单实例Redis，无需持久化" (persistence not
needed), "个人使用完全不需要云端Redis" (a cloud copy not needed) under an advice label, a line of
its own per bold label ("**For development:** Redis is optional" over "**For production:** …",
with or without hard breaks), setting the service up for what it brings ("set up Redis Cloud …
to enable Redis caching"), a provider named by its initials ("**DigitalOcean Redis** (if using
DO)") and the next step after one that went well ("If the build succeeded, then run the Redis
server").
Also reported: the time to take it on with a "(Future)" after it ("## When You Might Need Redis
(Future):"), Hindi "Redis की जरूरत नहीं है" (not needed) and "(बिना Redis के)" (without it), a one-word mode label before
a condition ("**Disabled**: If no Redis is detected, runs with local cache only"), it and a peer in
a state of choice ("With Redis and Celery enabled, your app will have:"), a header that compares a
stand-in with it feature by feature ("| Feature | Memory Cache | Redis |"; not "| Feature |
PostgreSQL | Redis |" nor a measurement), "(Production/Recommended)" and advice to consider its use
("Consider Redis rate limiting"; not "Consider Redis persistence"). Not reported: a manual set-up
of it as the other way to run it ("## Manual Redis Setup (Alternative)"), what it does best in a
"Best For" column ("Fast in-memory caching, sessions"; a situation there still counts: "High
traffic, multi-server"), "supports both Redis and in-memory caching" in a tiered cache, a section
for a testnet or pre-production ("### For Testnet/Pre-Production") and a case of its health after
a state ("### With Redis Enabled But Not Available:"), a "With Redis" caption over the steps that
set it up ("### With Redis" over "1. Install and start Redis locally"), a section whose pros and
cons call the set-up unfit for production ("- Not suitable for production use"), a setting not
required because it has a default ("**Required:** No" then "**Default:** localhost"), another
variable for its address ("# Or use REDIS_URL (alternative)") and which address to use ("Use
**Internal URL** if Private Networking is enabled"). Also reported: "Redis integration (optional
upgrade)" (not "Redis (optional upgrade)", an upgrade of it) and a setting's values listed after
their label with a stand-in or none ("**Values**: `None` | `Redis`"; not "Values: `redis`,
`rediss`"). Not reported: a "Without Redis:" caption over what stops working ("❌ System doesn't
work") or under "## Why Redis?", and "Enable/disable Redis" on a row whose default is `true`.
Also reported: a role of the stack that a later phase fills with it ("## Future Enhancements" over
"- [ ] Implement caching layer (Redis)", "… caching with Redis"), a roadmap table that lists it
("## Planned Stack Extensions" over "| **Caching** | Redis | … |"; not a row marked done), a
tier that fills a role column with nothing beside one that has it ("| Standalone | PostgreSQL |
None |" then "| Standard | PostgreSQL | Redis |" under "| Tier | Database | Cache |", or with the
tiers as columns: "| Caching | None | Redis | Redis |" and then "| Message Queue | Postgres | Redis
| Kafka |" in the same table; not where the tier without it is local, test or staging), a load to come ("Add Redis when you have 30+
users"), a slash between it and a stand-in ("push each task to Redis/memory queue") and a role
label under a scaling heading ("### Horizontal Scaling" over "- **Caching Layer**: Redis for
sessions"). Not reported: a Redis-compatible server for Windows recommended ("Install Redis
(Memurai recommended)") and anything in a contributors' guide (`CONTRIBUTING.md`), whose set-up
is the contributor's machine, or in a Node guide that runs the app in development on localhost
(`npm run dev`, also in a PowerShell block) and never deploys it (no `NODE_ENV=production`, pm2,
build, unit, reverse proxy, containers, hosting platform nor deployment heading). Also reported: a row of "Dependencies" with nothing in one tier
("| **Dependencies** | None | Redis |"), advice by situation that adds it in some and not in others
("| Medium Production (100-1K users) | Add Redis caching only |" beside "| Small Production |
Skip both, SQL-only is fine |" under "| Scenario | Recommendation |"; not a development row), a
header that puts a database alone before it ("| Feature | SQL Only | With Redis |"; not a
measurement), a switch off or left unset ("If `REDIS_ENABLED=False` or not set, the application
will run normally"), "## Migration from No-Redis to Redis" and "use a Redis backend or a local
file". Not reported: a "Without Redis:" caption under a heading that says it is required ("##
Redis Required for Campaign Features") or over a block of log lines under a heading about
checking logs ("⚠️ **No Redis:**"), a fallback nested under a list item about failures ("5.
**Handle Cache Failures Gracefully**" over "- App continues without Redis") and an optional
feature of it ("# Optional - Redis with authentication"). Also reported: a heading that is a
condition of it left out, read with the sentence right below it ("### If Redis is not configured"
over "The system falls back to an in-memory cache"; not over "Start it with `systemctl start
redis-server`"), "Without Redis" and "With Redis" captions after a step's number ("1. **Without
Redis**: Jobs process synchronously", "### 2. Without Redis") and a Chinese title that leaves it
out ("### 不包括 Redis" over a compose file; not "本教程不包括 Redis 的安装", a tutorial that does not
cover installing it). Not reported: a "With Redis" caption that names production ("### 2. Avec
Redis (Vercel Production)"). A caveat of the stand-in in parentheses does not make a "Without
Redis:" caption a failure ("The app will use in-memory storage (data lost on restart)"). Not
reported: "# Option A: Use Redis URL (cloud providers)" over "# Option B: Use individual settings"
(which way to point at it), a sample's heading ("### Expected Response (without Redis):"), a
capacity under "### Scalability" ("- **Redis**: Can handle thousands of concurrent connections")
and a caption with a parenthesis over timings under a heading about performance ("### Without
Redis (Direct API Calls)"; not "### Without Redis (In-Memory)", which names what stands in), a variable described as the address of it
with a local default ("`REDIS_HOST`: (optional) The address of the Redis instance. Default:
`localhost`") and a setting of its own ("`REDIS_PASSWORD`: (optional) The password of the Redis
instance"; not "`REDIS_URL`: (optional) The URL of your Redis server", which says where it is).
Also reported: a list item that names it under a sentence offering a choice of backends, where
another item names a stand-in ("Metarank supports two possible persistence modes:" over "*
[Memory](…)" and "* [Redis](…)"; not under "The importer requires the following backends:", nor
"Celery supports several brokers:" over Redis and RabbitMQ alone; a lead-in that ends with a period
is not read; also "Use `CACHE_STORE` to define the type of cache to use:" and "Possible stores
are:" over `memory` and `redis`, where a kind of it such as `redis-sentinel` is the service too;
only the items at the list's first depth are choices),
and it in parentheses after a stand-in ("loaded from the database (or Redis)"). Also reported: its switch turned on at a
scale ("For distributed deployments, set `USE_REDIS` to `yes`"; not "For production, …") and data
kept locally or in it, also in French, Spanish and German ("Session data can be stored locally or
in Redis", "stockées localement ou dans Redis", "en memoria o en Redis", "im Speicher oder in
Redis"; not "Run Redis locally or in Docker"), and a scale lead in French and Spanish ("Pour les
environnements distribués, activez Redis", "Para múltiples instancias, activa Redis"; not "Pour la
production, …"), and a step to switch it on ("To activate Redis, add just one variable:"; not "To
activate Redis persistence, …", a part of it, nor "To enable Redis, run `systemctl enable
redis-server`", which starts it at boot), and a need at a scale in Chinese, its lead first ("要想將
Colyseus 擴展至多處理序或多伺服器, 您需要擁有 Redis"; not "生产环境需要 Redis"), and a setting's values
after "… values are" where one keeps the data in memory or nowhere ("Available values are `memory`,
`redis`, `tarantool`"; not "Accepted values are `file`, `redis` and `database`"). Not reported: a
table whose first column lists providers ("| Provider | Free Tier | When to Use |" over "| Railway
Redis | None ($5/mo) | High traffic |"), "supports both Redis Cloud and local Redis" (two ways
of running it), and a "Without Redis …:" (or a "**Without Redis:**" caption) over a list whose
every item opens with a cross ("-
❌ Only works on a single server instance"): what goes wrong without it. A heading question is
also read with an answer that opens "Only if" or "Only when" ("## Do I need Redis?" over "Only if
you run the worker."). Also reported: "Optional" as the label of its URL ("**Optional** — Complete
Redis connection URL."; not "Optional: Redis Sentinel URL") and a setting's drivers after a
label, separated by slashes, one of them with no server of its own ("CACHE: memcached / redis / database / file"; not "Stack:
postgres / redis / nginx"), and Spanish advice to go without it first ("**NO configures Redis**.
Prueba el servidor sin Redis primero."), and a status after it that says it is not there yet ("#
Redis Integration - TBD", "## Redis (TBD)"; not "Redis password: TBD" nor "## Redis setup (TODO)",
a section still to write), "In the absence of Redis, …" as "Without Redis, …", a lead-in that is
only its switch turned on ("When `UseRedis=true`:"), and two implementations offered, the stand-in
named in parentheses ("`Queue` (in-memory) and `RedisQueue` implementations"). Not reported: a
recommended implementation of its client
("it is recommended to use the extended Redis cache implementation"), "each server would need
their own local Redis server" (which Redis), and a setting that locates it, not needed
because another one does ("# REDIS_HOST not needed: the master is resolved through the
Sentinels", "Not needed when `REDIS_SENTINEL_HOSTS` is set" in `REDIS_HOST`'s row), and an
instance of it for one part of the app ("AI-specific Redis (if configured)"), and a parenthesis that
ends the unit after a "with …" phrase that does not name it ("- Redis-powered, with Docker-ready
setup (optional)": the setup is optional). Also reported: a feature's switch named for the service
with a default of false whose description turns the service on for the feature ("|
`APP_REDIS_CACHE` | `false` | Enable Redis caching |", also for the sessions, locks, queues or
rate limits kept in it; not "Enable Redis TLS", a part of it), a
remedy under a slow site's troubleshooting heading ("### Performance Issues" over "- Enable Redis
caching"; not "- Check Redis memory usage") and one shared copy for every instance under a scale
heading ("### Horizontal Scaling" over "- Shared Redis for sessions"), and a loose list under
"two common options are:" that gives a stand-in beside it ("1. **Database**" … "2. **Redis
cache**"). Not reported: the way of running it after "via" or "using" ("Start Redis via Docker
Compose (recommended when Docker is available)"), what is used instead of a pair ("an in-memory
store instead of a database or Redis"), the set-up just done ("With Redis installed and
configured, your app now has:"), a version under a "Recommended" heading ("### Recommended for
Production" over "- **Redis**: 7.0+") and a stack under "### Suggested Server Software
Requirements". Also reported: a Compose profile of its own in a parenthesis ("# Redis health (full
profile)"; not the production or default profile, and a development profile is out of scope) and
a benefit of two parts ("Install and configure Redis for improved cache and session performance").
Not reported: a "Without Redis" title with the problem that set-up has in a parenthesis ("###
Without Redis (Cache Loss on Deploy)") and the build step without it ("**Building Without
Redis:**"), and a test report's title in Portuguese or Spanish scopes the document to the test
("# Resultado do Teste SEM Redis", as "# Test Results Without Redis" does). Not reported: the
platform to run it on, advised ("### Option 1: Install Redis on Windows (Recommended for
Production)"; but "Install Redis on Ubuntu (optional)" is). Also reported: a list item that leads
nested choices, one of them a stand-in ("- different interchangeable backends:" over "  - File",
"  - Redis"), and an item that opens with "Or use" and the service ("- Or use Redis with built-in
TTL" after "- Implement a cleanup task"; not "Or use the Redis CLI", a part of it, nor "# Or use
REDIS_URL", another variable). Not reported: a Chinese "no need" with an object of its own ("将路由信息存储到
Redis，实现快速查询而无需广播": no broadcast needed). Also reported: Portuguese and Spanish "if it is
configured" with "estiver" or "está" ("Se Redis estiver configurado, o Railway injeta
automaticamente"; not "estiver rodando", a check of the running one) and a checklist item for it,
added or created, "(if needed)" ("- [ ] Redis service added (if needed)"). Comments are read in
HAProxy, Apache, Elixir, Perl, R, Nix, Crystal and Procfile blocks too ("# Sticky sessions (if
not using Redis)" in a `haproxy` fence). Also reported: a stand-in in a parenthesis after the
service and its role ("**Implement Redis** session storage (or database-backed)"), and what
applies only when a choice setting names it ("These settings are applicable if `cache.driver` is
set to `"redis"`"; not "If `CACHE_DRIVER` is set to `redis`, set `REDIS_HOST`", a step, nor "…
but you are connecting to a Redis Cluster", which kind of it). Not reported: a variable's
heading with a default address under it ("##### `REDIS_HOST` (Optional)" over "- **Default**:
`localhost`") and a switch turned off in a block whose comment on the same line turns it on in
production ("REDIS_ENABLED=false  # Set to true for production"). Also reported: a label that names
it followed by "is not required" ("- **Redis:** is not required.", Italian "- **Redis:** non è
obbligatorio."; not "**Redis password:**"). Also reported: a list of stores after a word that
offers them, one a stand-in kept in memory, in a file or a database ("Search Manager supports
seven backends: MySQL, PostgreSQL, Redis, File, …", "a session handler supporting Mysqli, Redis,
SQLite3", "Edge supports either Redis or a backup file", "Pluggable persistence (in-memory,
Redis, SQL)", "It works with Valkey, Redis, DynamoDB, process Memory, …"; not "supports Redis,
Memcached and RabbitMQ", with no stand-in, nor a list that is required or used all together), and
a telegraphic hedge past "still" or before "before"/"once" ("- Redis strongly recommended before
adding multiple instances", "Redis still preferred for performance"). Also reported: a scale
label over the service as the backend taken ("4. **High traffic**: Redis backend with clustering",
"**Production with multiple servers**: Redis backend for distributed rate limiting"; not "the
same Redis backend"), embedded stores named "…DB" among the backends in a parenthesis ("Storage
backends (memory, Redis, BoltDB, LevelDB)"), and "(Optional)" before the service "reachable" or
"accessible" ("- (Optional) Redis reachable for caching"). Spanish, Portuguese and French "if"
before a state that elides the service ("Usa Redis si está disponible", "usa Redis se estiver
disponível", "utilise Redis si disponible"; not a Spanish reflexive "Redis se está configurando"). A
step that sets up a feature with the service, for scale ("- [ ] Set up distributed rate limiting
with Redis for multi-instance deployments"; not "The app is built with Redis for …"). In a
document that already calls it optional, a unit that opens on using it, or a comment on the
value that selects it ("When using Redis, visit counts are kept under …", "To use Redis, set
`REDIS_URL`:", "# Redis configuration (when Type: redis)", Spanish "Cuando utilice Redis …",
German "Wenn Sie Redis verwenden", Chinese "使用 Redis 时"); the same lead in a document that
never hedges is an instruction and stays quiet, as do a kind of it ("When using Redis Cluster"),
a failure ("If Redis is unavailable") and "without". Also reported: "Multiple backends (redis,
mongo)" (peers, where the role says there are several), "Redis required for HA" (also "for high
availability", and telegraphic "Redis required for multi-server deployments"). Not reported: a
section of its configuration missing ("If this [redis] section or any values are missing, the
defaults are used"), a preference that narrows its role ("I've started to prefer to use redis only
for session data"), and a lower-case key marked "(Optional)" over a description of settings ("-
**redis** (Optional): Configuration options to configure Redis"). Chinese "skip it if you don't
use it" and "can be skipped" ("## 安装Redis（没使用到则跳过）", "（可跳过）"; not "（如已安装则跳过）",
skip if already installed). "Debug mode" is development ("If `REDIS_URL` is not set in debug
mode, …", Russian "в debug-режиме"). Turkish "Redis opsiyoneldir" (is optional) and "### Redis
Servisi Ekle (Önerilen)" (add the Redis service, recommended; not "Redis şifresi (opsiyonel)", its
password). Not reported: a lead-in over listed conditions that says on which machine ("You can and
should install Redis on your Linux production server if:").

Also reported: production that has it only when it is there ("Redis is used in production when
available, memory fallback for development"); the use of a feature through it ("The use of cache
with Redis is optional", Portuguese "A utilização de cache com Redis é opcional"); a set-up advised
together with it ("It is recommended to run several replicas of the server together with Redis");
running without needing it in other languages ("sem precisar de Redis", "sin necesitar Redis"; not
"Não é possível rodar sem Redis"); "**Recommendation**: Set up Redis …"; a checklist item's state
before a condition ("- [ ] Redis instance created (if using Celery/caching)"); "If you provision
a Redis instance"; a variable row whose value is the service's address ("| `CELERY_BROKER_URL` |
`${{Redis.REDIS_URL}}` | ⚠️ Recommended |"; not under a "Default" column); "(if added)" after it;
the step after "and" before a condition ("Start simple with the database adapter and migrate to
Redis only when monitoring reveals a need"); "when Redis is no longer a required dependency"; a
"**When to use Redis:**" label over its cases (not "… always, in production"); an app's nested
switch off by default ("| `shlink.redis.enabled` | Enable Redis for caching | `false` |"; not a
chart's `redis.enabled`, its bundled copy, nor `externalRedis.enabled`); a bare "- Optional:"
list item over a nested list naming it; APC/APCu as a stand-in store; "or any other broker" and
"(or any Celery broker)"; "(Opcional) Configurar Redis en Vercel"; "Si quieres Redis en
producción"; "Si `REDIS_ENABLED=true` → usa Redis"; "Si ves que … → configura Redis"; "defaults
to using MongoDB …, although we also support Redis"; "useful in some high-scalability
scenarios"; German "falls Redis verwendet wird", "falls Redis DB im Einsatz ist"; a setting's
values documented as turning it on and off ("`1` to enable Redis, `0` to disable", German "`0`
zum Deaktivieren"); a stand-in that runs first before it ("Job system (in-memory first → Redis +
Dramatiq)", "SQLite first, then Redis"; not "Install Postgres first, then Redis", the order of the
steps); a Dutch "Standaard" column as a table's defaults. Not reported: "Redis with TLS is
optional" (that mode of it), French and Portuguese
"indisponible"/"indisponível" (an outage: "Si Redis est configuré mais indisponible :"), an optional
deployment step ("## ⚡ Deployment (Optional)" over the variables it sets), a scaling heading that
is one aspect among sibling aspects of a best-practices list ("### 4. Scalability" beside "###
1. Security", "### 2. Reliability"), "Railway only deployed your API container without Redis"
(a report of what went wrong), "This role doesn't *explicitly* require Redis" (no declared
dependency), and "# Specify the full Redis URL for connecting (optional)." over a comment that
says it takes precedence over `REDIS_HOST` (one of two ways to point at it).
Also reported: Turkish names with a case ending ("Redis'in kurulumu isteğe bağlıdır", "Redis'i
kurmanızı öneririz"); "If there is no Redis, sessions go to files" and Indonesian "Jika tidak ada
Redis, …" with a stand-in; Indonesian "## Cara Disable Redis" (how to disable it); Chinese and
Japanese "pick one" with a peer ("Redis和Zookeeper任选一种", "Redis 或 MySQL 二选一"; not two ways
of running it, "Redis 单机或 Redis Cluster 二选一"); a scale lead-in over a step that adds its
adapter ("To scale:" over "- Add Redis adapter"); "Without Redis, limits are per-instance and
uploads won't survive a restart" (a negated verb of degradation, not of failure); a row "| Redis
missing | App works without it (limited) |"; a slowness heading over a list that offers it as
the fix ("### Slow File Listing" over "- Enable Redis for caching"). Not reported: a hedge word
that is a setting's value ("…?sslmode=disable REDIS_URL=…"), and "## Migration from In-Memory to
Redis" in a guide that says in so many words that Redis is required in production.
Seventieth session. Now reported: a setting that applies to some stores only, the service among
them ("| STORAGE_HOST | 127.0.0.1 | Storage host. Applicable for types: memcached, redis, postgres
|"; not "The backup policy applies to Redis and PostgreSQL"), and a parenthesis right after the
name that offers another store of its kind, in English or Chinese ("2. Redis (or another vector
database)", "Redis（或其他兼容的缓存）"; not "PostgreSQL（或其他数据库）和 Redis"). Not reported:
a parenthesis after a predicate of how the service is set up ("Database and Redis are **not
exposed publicly** (recommended for production)", "Redis is bound to localhost only
(recommended)"; still "Redis is enabled (recommended)"); paired stores in parentheses after a verb
that reports which one served ("3. Logs the data source (Redis/Database)"); a code comment over a
command that picks a development profile ("# Run without Redis" over `./gradlew bootRun
--args='--spring.profiles.active=development'`); the address variable advised for a platform ("-
**REDIS_URL** (single connection string) - Recommended for cloud providers", which way to point
at it; still "`REDIS_URL` - recommended for caching"); a list under a bold note label
("**Important**:", "**Важно**:") in a section headed as optional (the note's own list, not one of
the options); a platform after "via" ("#### Option B: Using Redis via WSL (Recommended)", as
"Install Redis on Windows (Recommended)"). A guide whose title is about continuous integration
("# Redis CI Integration Fix Summary"; not "CI/CD") and that never turns to deployment is out of
scope, as a local setup guide is.
Seventy-first session. Now reported: two stores either of which meets a requirement ("Memcached
**OR** Redis is required", "Caching requires Redis or Memcached"; not "Redis or Memcached data is
required"); "it" after a step on the service's settings ("# Set the Redis connection here if you
want to use it"; not "Set the Redis password here if you want to use it"); the details of the
connection to it ("# The redis connection details (optional)", "Connection details to Redis are
optional"); the kinds of a backend in a parenthesis after it, one kept in memory ("Define the
coordination mechanism (Memory, Redis, NATS, PostgreSQL)"; not "A two-tier cache backend
(in-memory, Redis, disk)"); a setting's row whose default is another value and whose listed
values name the service ("| policy | … | local | ["local","redis","redis-cluster"] |", "|
ATK_CACHE_TYPE | `"builtin"` | 缓存类型 (可选：`["redis", "memcache", "builtin"]`) |"; not with
`redis` as the default) and a row that applies only when a choice setting names it ("Used when
`policy` is `redis`"); "### Discard Redis"; a cookie store among a list's choices; "To enable
Redis, set `REDIS_URL`" (not "…, run `systemctl enable redis-server`"); a move from another
default to it ("migrate from the default `SQL` storage to the high-performing `Redis` storage");
"Use Redis only in environments where …", "only where …"; a switch that turns it on and off
("Master switch to enable/disable Redis functionality"; not "… Redis features", a part); "(no
Django backend, Celery, or Redis needed)"; a scale lead after a step's label ("**Configure Redis
integration:** For distributed environments, set `USE_REDIS` to "yes" …") and a scale lead-in
that opens with "if" ("If you are running multiple instances behind a load balancer:" over "1.
Add Redis"); "Horizontal scaling requires a shared Redis"; "Only needed if you set
`CACHE=redis`"; "When choosing Redis, …"; "If you're already using Redis (…) we recommend this
queue driver"; "Available datastores are the following :" over "* in memory" and "* redis";
"In some environments, the sysadmin configures … Redis or Memcached"; "The docker-compose file
also includes configuration for Redis, which increases performance" (an extra, for speed);
"either Redis or Node-Cache"; Turkish "Production'da Redis kurmanızı öneririz", Chinese
"可以不启用 Redis", Vietnamese "có thể disable Redis" and "Thêm Redis … khi traffic tăng",
Japanese "Redis を設定した場合", Arabic "Redis (موصى به للأداء)", Hebrew "המערכת עובדת מצוין ללא
Redis", French "nous pouvons utiliser RabbitMQ ou Redis", German "können wir RabbitMQ oder
Redis nutzen"; "**What it does**: Allows you to store the HTTP Cache in Redis" (not a backend or
client library's purpose, "This Zend_Cache backend allows you to use a Redis server …"); "Redis
is a great queue backend, but it doesn't make sense for every environment"; "If monitoring shows
latency …, switching to Redis requires only a config change"; "- Redis provides the highest
throughput …, ideal for high-traffic applications"; "**Large apps benefit from Redis**" (not
"All apps benefit from Redis"); a setting's possible values or a dual backend listed under a
lead-in, one of them a stand-in ("* **Possible Values**:" over "* `"memory"`: In-memory cache" and
"* `"redis"`: Uses a Redis server", "- **Dual Storage Backends**:" over "- **Memory Store**" and
"- **Redis Store**"), or a table of types under such a lead-in ("The library supports multiple
cache types:" over "| `CAFFEINE` | …in-memory… |", "| `REDIS` | … |" and "| `NOOP` | … |"); Chinese
"如果你需要一个集群级别的流量控制，我们可以借助 redis server 来完成" (if you need cluster-wide rate
limiting, we can make use of a Redis server); a step put as an infinitive after a lead, under a
condition ("That's also
the opportunity to activate redis support if needed", "It is a good idea to enable Redis if
needed"; not "… Redis persistence if needed"); "Instead, use the file system or a local Redis
server"; a number of options for a store that include it beside a stand-in ("Magento has a
number of options for storing cache and session data, including Redis, Memcache, file system
and database"; not "several deployment options, including Docker with Redis and Postgres"); a
role's variables table whose "Value" column leaves its switch off ("| Name | Value | Description
|" over "| matrix_synapse_redis_enabled | false | … |"); a choice after a label that states a rule
with "No" ("- **No local sessions** - Use database or Redis for sessions"); a guide's move from a
stand-in written with an arrow ("# Quick Upgrade Guide: In-Memory → Redis"); "The code
automatically detects Redis and uses it if available" (not "… reads the Redis config and uses it
if available"); "It's a good idea to set up Redis" (not "… Redis with a password"); "If two or
more servers are deployed, they require a connection to Redis" (only at that scale); "Jitsu
Configurator and some features (e.g. …) require Redis" (parts of the app, not "The app and some
plugins require Redis"); "Redis, Sentry and other optional services"; "### Phase 2: Redis
Integration (When Available)"; and "- Configure Redis for caching and rate limiting" under a bold
advice line such as "**Production Recommendations**:" as under an advice heading; "Redis is needed
for clustered setups", "Use the file system for a single server and Redis for multi-server setups";
"Optionally sets shared session cache store: memcached, redis, database" (the values of one store);
"Redis is one of the supported cache solutions" (an offered choice; not "one of the backends we
monitor"); "- **Message Queue**: Redis Streams or RabbitMQ (optional)" (the note closes the pair;
not "Redis Sentinel or Cluster (optional)"); "… can cache the stat requests with an in memory cache or
in Redis" (a stand-in named with its role); a Helm values row "| `redis.enabled` | Enable Redis
subchart | `false` |" in a chart that offers no copy of one's own (no `externalRedis`, `redis.host`
or "existing Redis"; not "Deploy the bundled Redis" or "Use Redis for caching" beside it). Not reported: "## Recommended Redis services" over a
list of hosts (which Redis), "#### Redis Configuration (Optional - defaults provided)" (its
settings have defaults), the Chinese "✅ 无需在本地安装 Redis" (no need to install it on the host,
since Docker runs it), "## Phase 4: Install Redis Cache" among phases that are installation
steps ("## Phase 1: Server Preparation", "## Phase 2: Install Core Dependencies"), "### Step 1: Remove
REDIS_HOST and REDIS_PORT" (which variables give its address, beside a `REDIS_URL` that stays),
"1. **Redis Labs (Recommended):**" (which provider), "As an alternative to running Redis in the
foreground, … use launchd" (how it runs), "You have Redis caching configured and ready
to use for 10x faster API responses" (what the reader has), "// Optional: prefix for multisite or
multiple WP installs sharing Redis" (a setting for the things that share it), "If no Redis key
exists for a path, the module falls back to …" (a key of it is missing, not the service), "(Optional) Access to your own
Redis server if not using Docker" and "It is safe to use an existing Redis deployment if you
have one" (which copy), "We recommend to set up Redis with 2 nodes and master-slave replication"
(how to run it), "This is why we can use `redis` as the
hostname" (a name it goes by), "Redis can be used to process … data in memory, this is
prerequisite for ERPNext", "To remove leftover postgres/redis containers from a previous …
run", "Option A – Default: Redis in Docker (recommended)" (where to run it), and "Create a new
Redis client, does NOT connect to the server yet, the connection will be established when the
first command is sent" (when it connects).
Also reported: a label whose whole value says the set-up goes without it ("- **Redis Connection**:
Not used", "- `REDIS_URL` - Disabled due to Upstash limit"; not "- **Redis**: disabled due to an
outage"), a title that leaves the list out for now ("### Explicitly NOT Included (Yet)" over "- ❌
Redis/Caching Layer"; not a bare "### Not included", over what one brings oneself) and a lead-in
that says to add the list's items when one needs them ("Add these features when you actually need
them:"), and a benefit told with "to improve …" as "for better …" does ("Add Redis to improve
performance"; not "Configure Redis to improve performance", which tunes it, nor "Use Redis
pipelining to improve performance"), an advice section's step that implements or sets it up
("## Performance Tips" over "2. **Caching**: Implement Redis caching for frequently accessed
data"; not "Implement Redis persistence with AOF"), "The recommended solution is to use Redis as
your cache store" (not "… to use Redis 7"), "- [ ] With `REDIS_URL` unset, behavior identical to
PR-19" (not "… unset, the app fails to start"), "The team decided to proceed without Redis" and
"MedusaJS offers Redis integration, but this is not enabled by default", a label's list of
two backends, the other kept in memory ("- **2 Storage Backends**: Memory with GC, Redis with
connection pooling"; not "- **Storage backends**: PostgreSQL, Redis"), "Cache handlers *(for
example, Redis, or Filesystem)*" (a comma before "or"), "Use of Redis/Valkey as shared cache
backend is a requirement for use in clustering setup" (as "… is required for …"; not "… a
requirement for production"), "All Redis environment variables are configured as optional" (every
setting of it), "A lighter alternative without mongo and redis could look like this" (not "There is
no alternative without Redis"), and a hedged heading over
the service's variable beside the variable's own reference entry ("### Optional Variables" or
"### Recommended for Production" over "- `REDIS_URL` - …", with "### `REDIS_URL`" further down).
Not reported: "- Redis sessions" under "## Future Improvements" in a document whose title lists
Redis in its stack (a new use of it), a move of some data off it in a guide that says what stays
in it ("## What to Keep in Redis", "**Is Redis still needed?** Yes, …"), "If you see `inactive
(dead)`, it means Redis is installed but not running" (an output read), "### 🎯 Recommended Stack
(Easiest)" over "- **Redis:** Railway Redis" beside "### 🏢 Enterprise Stack" (one of two
stacks), "With Redis configured, all machines share state" below the guide's own "### Configure
Redis", "If you don't
see _Memory_ being used, you might still need to configure Drupal to actually use Redis" (a
check's outcome), a lead that presupposes using it above the document's first hedge, and "If you
have properly set up Redis and configured the app, you should see the following log message" (a
check of the set-up, not a condition on it).

Also reported: a table of backends with an in-process or file store among them, by its first
header cell ("Backend | Class | Alias" over "SQLite | …", "[Redis](https://redis.io) | …" and
"Memory | …") or by a "Default" column that marks the stand-in and not the service ("| `memory` |
In-memory storage with GC | ✓ |" over "| `redis` | Redis storage with pooling | |"), also where
a later cell names the store ("store name | built on top of" over "[`…/stores/redis`](…) |
[Redis](https://redis.io/)" beside "… | [SQLite](…)"); only the first such table of a document,
and not where the stand-in is for tests or the service's row calls it required or names
production. Also reported: "| Redis | 7.4.0-alpine | NO but strongly recommended" under
"Mandatory", "it is strongly recommended to use the Redis approach" (the way through it; not
"the Docker approach for Redis"), "- Add optional integration submodules (redis/postgres/otel)",
"`Keyv` supports a number of useful adapters like Redis, Mongo, SQLite, etc.", "Works with all
Laravel cache drivers (file, array, database, Redis, Memcached)" (any one of them), "**Valid
names**: `disk`, `redis`, `memcached`, …" (a values label) and Chinese "不必拥有Redis外部环境" (need not
have it). Not reported: "- **Multiple Fallbacks**: Support for various Redis URL formats" (a
feature, not a scale), "## redis" over "**Required**: false" with "Defaults to: `"127.0.0.1"`"
further down (a connection setting with a default), Chinese "如果您對預設和全頁快取都使用Redis，則此為必要專案"
(required if it serves both caches),
"El sistema detecta automáticamente si Redis está disponible" (whether, as "checks if"), "Si
tienes Redis en otro lugar, …" (where it runs), "### Redis (Required for queues and caching)" under
"## 🟡 Recommended Variables" (its own heading calls it required), "## If REDIS_URL is not set"
over "### Steps to add it" (the fix for a gap), "use validated Redis values if possible" (data
kept in it), and "resilience to Redis connection errors, so that Redis is not in the critical
path" (its failures survived).

Also reported: a label headed by the service, then taking it up only when called for ("- Redis +
queue (BullMQ) + pub/sub: add when you need background jobs", "- **Redis** — enable as needed";
not "Redis: add `requirepass` when exposed", a part of it), "with no reliance on Redis or Next.js
cache handlers", "without any dependency on Redis", "without depending on Redis", "utilizes Redis
and sqlite depending on user requirements" (the service and a stand-in as configured), "three
storage modes are supported: "ram", "sled", and "redis"" (a passive "… are supported:" before a
list with a stand-in), "Supported drivers: `file`, `redis`, `array` (memory)", "**Options**:
`redis`, `file_orc`, `file_csv`", a "Value" or "Example" column (also "Værdi", "Wert", "Valor")
whose cell lists it beside a stand-in ("| `CACHE_PROVIDER` | `memory` / `redis` |", "| … | files,
redis |"), "the queue worker (local/NSQ/NATS/Redis)" ("local" one of the values), "- **Cache
Backend**: The storage system for cached data (Redis, Memcached, database, local memory, or
file-based)" (a label naming the role over a parenthesis of its kinds), "- Redis: Not used
(in-memory cache)", "Redis is not enabled in production" and the telegraphic "**Status:** ❌
Redis/BullMQ **NOT ENABLED** in staging and production", a slow-site remedy with a code span or a
check mark ("#### High latency/slow responses:" over "- ✅ Enable Redis caching with
`ENABLE_CACHING=true`") and French "(si vous avez ajouté Redis)". Not reported: "**No, Redis is
required.**" (an answer, then required), "Promote the add-on to your default Redis instance" and
French "Ajouter un addon redis" (a platform's resource), "- ✅ Location sync service (Redis →
MongoDB every 10s)" (data flowing, a done item's check mark), "When `REDIS_URL` is set, it
overrides individual parameters" (which setting wins), "Install redis-server, test it, eventually
config it" (the time word is the next step's), "Redis is required if you deploy to production",
Danish "### Udvikling uden Redis" (development), "- **Shared Redis** for sessions" under a scale
heading when the guide sets the service up under a heading of its own, and a "With Redis" caption
beside a reported "Without Redis" one (the caption with it does not say it may be left out; its
partner is reported).

Also reported: "- redis-py 3.0+ and Redis 5.0+ server (if using distributed polling)" (the service
and its version before a condition of use; not "Redis 6.2+ (if using ACLs)" or "(if using
streams)", why that version), a "Type" column whose cell is a union of values with a stand-in
("| `type` | `'memory' \\| 'redis'` | Cache backend. |"), and a choice of stores over items whose
names share a suffix with a stand-in's ("Available info storages:" over "* `file-info-storage`"
and "* `redis-info-storage`"; "The library supports two cache backends:" over "- `MemoryCache`"
and "- `RedisCache`"; not "`REDIS_URL`" beside "`DATABASE_URL`"). Not reported: "allow insecure
SSL on redis server connections when `OP_REDIS_ENABLE_SSL` is set" (a switch on a part of it,
not on the service) and "For horizontal scaling:" over "1. Use Redis adapter (already
configured)" (in the current setup). Also reported: "- Redis add only if the app uses it" (the
service, a verb that takes it up, then the condition; Czech "Redis přidej jen pokud ho appka
používá" and "# Pokud používáš Redis:"), "configured to use Ehcache or Redis" (the JVM's in-process
caches, Ehcache and Caffeine, as stand-ins) and Chinese "`CACHE_TYPE`: 缓存类型，可为 `memory` 和
`redis`" (can be either). Not reported: "we recommend running Redis with the ` --save ""` flag"
(how it runs, as "… with Docker"; not "using Redis with Celery"), "If you don't assign different
prefixes, a message … will go to all clients of all apps that use the Redis server as a backplane"
(the service in a relative clause that describes others, not a step) and "If you try to use other
redis url, you should run:" (which address). Also reported: quoted values in a list, read as
values and not as wording reported ("- **CACHE_TYPE**: Force cache type ('auto', 'redis', or
'memory')"; not "The old guide called Redis 'optional'"), and "Redis connection string or
'memory' for in-memory cache". Not reported: "## Database Scaling" over "- Redis clustered for
high-throughput caching" (the scaled form of the one it has), "Use a local Redis instance for best
performance" (where it runs) and "| redis-cluster.enabled | bool | `false` | Enable Redis
installation |" (a chart's subchart, its bundled copy). Also reported: "Redis is required only if
you use the `redis` cache strategy" (a condition, split off, that names a setting of it). Not
reported: "### 2. Optional: Multiple Redis Instances" and "# Cache Redis (optional - can use same as
primary)" (how many copies, not whether), and Chinese "如果您對多種型別的快取使用Redis，則資料庫編號必須不同"
(if it serves several kinds of cache, the database numbers differ: how many uses).

Also reported: Thai, whose words run together, cut at its cue words ("- ✅ **Redis**
(แนะนำสำหรับ Cache และ Queue)", recommended for the cache and queue; "# Queue (แนะนำใช้ Redis)",
recommend using it; not "คำแนะนำ", advice, nor "ไม่แนะนำ", not recommended), Uzbek "Redis
(ixtiyoriy)" (optional) with its case ending after an apostrophe ("### Redis'ni O'chirish
(Ixtiyoriy)"), "Cache stores: memory, file and Redis" (not "Data stores: PostgreSQL, Redis, S3",
used together), "Redis is purely a latency optimisation", "The system treats Redis as an
optimisation layer, not a core dependency", "Redis is required when `agent.enable` is `true`" (a
switch set), a variables row "| `REDIS_HOST` | … Required if on-call is enabled. |", "you don't
need to worry about redis at all", "At the minimum, CDS needs PostgreSQL. But for serious usage
you may need:" over "- A [Redis](https://redis.io) server …" (an article before the name), "(No
Redis!)", "Without Redis, caching will not work" (not sessions, not the app), "## Optional
Enhancements" over "- [ ] Redis-based queue for production", "`REDIS_URL` defaults to `None`, and
in-process memory is used instead", "**High-traffic environments:**" over "- Enable Redis for
distributed caching", "# Check Redis connection (if Redis installed)", "it's preferable to use
Redis" and "1. Ensure Redis is connected (for multi-server setups)" (a check step on it, with a
scale). Not reported: a roadmap table whose "Current" column already names the service ("| 1 Redis
| Redis cluster (3 nodes) |"), "if you want to play with it and to learn more, … require redis" and
"If you want to debug with redis, you will need a redis instance" (trying it out), "#### Redis
Configuration (RECOMMENDED: Use REDIS_URL)" (which way to set it up), "(OPTIONALLY) Update other
variables" over "- `REDIS_URL` … Default value: `localhost:6379`" and over the next item of its
outer list, "- ✅ **Redis Distributed Cache**" under "### Scalability" (a feature it has), "-
**Multi-region**: Global Redis deployment" (its scaled form), "### 4. Clean Up Redis (Optional)"
(a step on its data), "Future Enhancements" over "Redis Cluster support", "Redis Streams …" and
"Redis-backed rate limiting" (new uses of the one it has), "… aborts startup if it cannot
connect" (a failure) and "Redis data persists but good to have backups" (what is good to have).

Also reported: a choice setting named without a code span in a row ("Required when policy is
redis-cluster."), "# Technical Requirements (Simplified - No Redis)", "- **Future Cache**: Redis"
(a later phase's label and the role it fills), "Comment out the Redis store configuration:", "Choose
between memory, Redis, or hybrid caching" (a third way that mixes the two), "supports memory-only,
Redis-only, or hybrid caching", "The cache can be local using the filesystem, or a separate Redis
instance" (the stand-in in the clause before the comma), "If no Redis database is provided it
defaults to memory" (a condition on a setting with no comma before its main clause), "**Add-ons
(Optional):**" over a table whose row is the service alone, "# TODO: Redis Integration for Token
Blacklist", "Redis integration (when scaling)", Spanish "Redis es puramente una optimización
opcional", "- Dual backends: in-memory (single instance) or Redis (distributed)", "- redis:
(optional) Redis session storage" (also Chinese "(可选) Redis session 存储"), "the caching middleware
you'd prefer to use (No Cache, Redis, Memcached or in-memory)", "You can swap the in-memory store
for Redis later" and the misspelt "Optionnaly". Not reported: "### Recommended overrides (defaults
shown)" over "- `REDIS_URL` = `redis://localhost:6379`", "## Optional" over "### Redis" whose
`REDIS_URL` row gives an address as its default, "### Configuration (Optional)" over
"`REDIS_URL=redis://redis:6379  # Default if not specified`" (the values it has), "- **Connection
Failures**: Application continues without Redis" (an outage before "without"), "## Start Redis (if
using Option 1):" (which of the guide's ways), "**Switch to Upstash Redis** if usage is low" (which
provider), "## Roadmap" over "- Implement Redis for caching … ✅" (ticked at its end) and "You can
replace Redis with a newer version later" (an upgrade).

Also reported: "By default, no redis server is spawned" and "The library does not enable the redis
module by default" (none runs until turned on), "It stores flag information in Redis or a
relational DB", "These options can be omitted if Redis is not being used", "… which will also
remove the Redis/Redix dependency", an advice heading ("### Performance Optimization") over a code
block of comment lines, each an item ("# Enable Redis caching"; not an outline of parts), a long
one-line paragraph whose last sentence leads in a store's values ("… Possible stores are:"), "# or
Redis/KeyDB:" over a commented-out address, a bare "- Redis for session storage" under an advice
heading (not when the guide sets the service up under a heading of its own), "Leave `redis`
unconfigured to use the in-memory store", Chinese "线上建议配置 Redis" (configuring it is
recommended), "Enable the Redis broker by adding the following to your configuration:", a Chinese
"可选项" (values to choose) column beside the default, and "- `REDIS_HOST`, `REDIS_PORT` (optional
but recommended)" (a list of its own variables, one of which locates it). Not reported: "# Recommended Production
Values" over "* Use Highly Available Redis" (the way to run it), "If Redis is deployed as part of
this chart, …" (which copy), "there is no configuration in which it runs without it", "### Horizontal
Scaling" over "- Shared Redis state eliminates coordination overhead" (what the shared copy does)
and "… with some brokers (e.g., Redis) if not carefully configured" (how well).

Also reported: "- ElastiCache Redis (not curr used)" and "- Redis (unused)" (a part of the stack
marked as not in use; not "Redis (not used for sessions)" nor a sentence that goes on after the
parenthesis), "you should set up Redis or any other database" (any database of its kind stands
in; not "Compared with Redis or any other database, …"), "Redis is an **optional upgrade**" (not
"Redis 7 is an optional upgrade", its version), "2. **Extensions Layer** - Optional enhancements
(Redis, caching)" (the service listed right after what the label's value calls optional) and
"`metadata_db`: `redis` or `sled`" (an embedded store as the other value). Not reported: "Start
Redis with `redis-server` or if you're on certain Linuxes, you can do this via `sudo service
redis-server start`" (a condition on the reader's system: which command there), "Instance will
auto-reconnect when Redis is available" (recovering from an outage) and "## Quick Start — Redis
Only (Recommended)" (a set-up of it alone).

Also reported, from libraries' READMEs that offer several stores: "If you don't configure Redis, the
app uses an in-memory cache" (a stand-in carries on; not "… the app fails to start"), "No Redis
used", "Memcached is an alternative to Redis" (a stand-in as the subject; not KeyDB, a fork),
"- **Redis Mode**: Persistent storage, recommended for production use" (a mode named after it),
"- **Multi-instance scaling** with Redis (optional)", "Cookie-based (default) or Redis", "- Uses an
in-memory/redis cache implementation" and "For distributed processing across multiple instances,
use the Redis storage adapter:". Not reported: "# Redis Integration - Phase 2 Complete" … "###
Phase 3: Session Storage" over "- Store user sessions in Redis" (a new use of the one the title
names), "`RedisBackend` (localhost fallback)" (the address it falls back to) and "If you want to
delete a task after handling, you can use `RedisJsonBackend` or `RedisBackend`" (two forms of it).

Also reported: a list or table under a heading that names the choices ("## Supported Backends",
"## Available Cache Providers", "### Queue Adapters", also over one lead-in line) with a stand-in
among its items (without "Supported" or "Available", only an in-process or file store); not a
stand-in kept for development or tests, an item not ticked ("- [ ] Etcd": planned), an item that
names the one for production, nor a second mention of the same item. A table of backends whose
first cells are classes named for them ("`RedisBackend`" beside "`InMemoryBackend`"); a setting's
values after a label that opens a later sentence or cell ("… Available types are: Memory,
Redis"), and a role's values in code spans ("Storage backend: `memory`, `none`, `redis`");
"Choose one of: Redis, MongoDB or an SQL database"; "## Redis vs Memory-Based Mode" (not "Redis vs
Memcached", nor "detection of Redis vs memory mode"); "For production it is recommended to use
Redis" (its scope without a comma); "**For Redis support (recommended for production):**";
"`undefined` (falls back to memory-based limiting)" in the default cell of the service's setting;
"ships with Redis and Database queue drivers" (not after "requires" or "install"); "feel free to
use Redis"; "It is possible to use a redis caching mechanism"; "optional features (MySQL, Redis,
…)"; "Simple caching for Elixir using ETS or Redis"; "Supports Redis and database-backed queues".
Not reported: "3. (Optional) Add Redis to the
PATH:" (a step of installing it), "`REDIS_USERNAME` (optional): Redis username" (a setting), "This
eliminates dependency on Redis persistence" (a part of it) and "a redis instance (or just cache name,
if configured)" (the condition is the alternative's).

Also reported: a mode set in a code span that needs it ("`architecture.mode=queue` requires
Redis"); two modes to run in, one of them with it ("a simple standalone mode or a scalable queue
mode backed by Redis"; not its own modes, "Redis runs in standalone or cluster mode", nor a mode
for development set against production); sibling headings for the modes, it in one of them only
("## PostgreSQL + Redis Mode" beside "## MySQL Mode"; not beside a heading on a mode of its own,
"## Redis Cluster Mode", nor among tiers up to one for production); its role, then a scale
("Redis session storage for HA deployments", "| Redis | `2.0.0` | Session storage for
distributed/HA deployments |", "LRU for single instances, Redis for distributed apps", "#### Redis
Cache (Multiple Instances)", "Pair with Redis for multi-replica coordination", "with PostgreSQL +
Redis the app can scale", "For distributed deployments, a Redis-based plugin provides:"); an
advice heading's list under a plain subheading of it ("## Production Optimization" / "###
Performance" / "- Implement Redis caching"); "…, which can be one of:" and "The strategy can be
one of: `redis`, `memory`"; "Valid values are `inmemory` for a local cache and `redis` for …";
"Supported backends: Redis, SQLite" and "Supported `metadata_db`: `redis`, `sled`"; "Supported
cache" or "### Currently Support" on a line of its own over a list with a stand-in; a lead-in over
two lines ("Different storage mechanisms are available through …, and include support for" /
"storing data in:"); "Multi backend (Memory, Redis)"; "swap between in-memory, Redis, or custom
implementations"; "| `redis.enabled` | optional |" (the switch that turns it on, with a bare
hedge); "| `STORAGE_TYPE` | `"redis"`, `"sqlite"`, `"inmemory"` |" (a selector's values under any
header, one of them a stand-in); "| Backend | InMemory / Redis / SQLite |"; "Production can add
Redis for better performance"; "Postgres-only or Postgres + Redis"; "Enable the `redis` feature
to use Redis" and "Install `pkg[redis]` for Redis support" (not "`pip install celery[redis]`", a
step with no purpose given); Chinese "支持 memory 、redis" and "采用redis作为…时" (a use the document
presupposes, as "To utilize Redis, …"). Not reported: "The goal is to make Redis optional" (a
plan), "Attempts recovery when Redis is available" (after an outage), "allows you to use the
`Redis` node in your workflows" (a workflow tool's step), "不需要单独配置 redis 服务" (no need to set it
up separately).

Also reported: "If empty, sessions are stored locally in `./tmp`" (or "… stored in memory") after a
sentence on the setting that locates it, also in a table row, and with a camel-case key
("`redisEndpoint`", "`redisUrl`", read as `REDIS_URL` is); "Popular options in the Rails ecosystem
are memcached and Redis" and "Good choices are Memcached or Redis" (options that are stores; not
"Redis persistence options are RDB and AOF", nor its kinds: "Options are Redis Sentinel and Redis
Cluster"); sibling headings for set-ups with and without something, it in one's "With …" ("## With
Postgres + Redis" beside "## Without a database"; not "## With Docker (includes Redis)", nor a
set-up for production or development); "We use SQLite and we disable redis" (the set-up described
runs without it; not "Before the upgrade, we disable Redis", a step in time). Not reported: Russian
"если Redis нужен только внутренним сервисам" (who uses it, not whether it runs).

Also reported: Turkish "Redis'siz" (the ending "without" on the name: "Projenizi Redis'siz
çalıştırmak için"), "Redis tercih edilir" (is preferred), "Production (Redis Yok)" (no Redis) and a
claim after "Production'da" (in production: "Production'da Redis zorunlu değil"); a step with its
condition over its commands ("3. **Verify Redis** (if using):"); the service's set-up section
required when a feature is switched on ("# Redis Configuration (Required if
ENABLE_SAVE_CHAT_HISTORY=true)"; not when a part of it is: "(required if TLS is enabled)"). Not
reported: Turkish with the verb after it negated ("Uygulama Redis'siz başlamaz", the app does not
start without it), one of the service's own variables chosen over the others ("If you choose to use
the REDIS_URL, you can leave all the other redis-related variables empty"), a host variable whose
default is a container named for the service ("| REDIS_HOST | … | optional | redis"), an item on
credentials under a heading about them ("## Credentials" over "- **Redis (optional):** If you secure
Redis with a password, …"), a hosting panel's Redis ("(if using Plesk Redis)"), a verb negated right
before "without" in other languages ("додаток не запуститься без Redis", the app will not start
without it; "startet nicht ohne Redis"), going without it in a section whose own sentence says what
production does without it ("## Option 3: Without Redis" … "- In production mode: the app will not
start without Redis": the section's other mode), and what a team looks after ("Second level: infra
team (DB/redis)"). Also reported: a coordinated "but is **disabled by default**" whose subject comes
before an adverb ("Redis already is configured, but is **disabled by default**", Portuguese "O Redis
já está configurado, mas está **desabilitado por padrão**"), and "If you want to disable Redis and
go back to using the database:" (going back is no failure), also in Portuguese ("Caso queira
desabilitar o Redis e voltar a usar database:", "caso" before a subjunctive read as "if"), and "If
Redis is optional for you, simply remove `REDIS_URL`" (not "If Redis were optional, …"). Not
reported: a concession at the start of a sentence ("Even if Redis is optional in development,
production requires it"). Not reported: a hedge before the
variable it is about when another setting locates the service ("# 无需 REDIS_HOST：主节点通过 Sentinels 解析",
no REDIS_HOST needed: the Sentinels find the primary), nor an optional part named after a dash ("###
Configurar Redis (opcional - adicionar senha)", adding a password is optional).

Also reported: the readers who use it ("## For users who use Redis", "This section is for users who
use Redis", Chinese "## 对于使用 Redis 的用户"; not which Redis or where: "For users who use Redis
Cloud", "For users who run Redis on another host"); Chinese "if" after a connective and in the
progressive ("因此如果您有在使用 Redis", so if you are using Redis), "可以…是否使用 Redis" (can choose
whether to use it; not checking whether it is used), "可使用 `file`、 `memcached`、 `redis`
其中的一项" (one of, beside stand-ins) and "如果条件允许，请为您的站点使用 Redis" (if conditions allow:
if possible); a label heading with its qualifier ("### Optionnel (selon fonctionnalités)", "###
Optional (depending on features)") over the service even beside a section of its own; "### Optional
(for Redis/Celery):" (not "Optional (for Redis TLS)"); an adverb before the hedge that opens a
parenthesis's last note ("# Redis (for background jobs - currently optional)"); "it" after a noun
that cannot be it ("Redis options (if you want it)", "Redis setup (if you use it)"); "Email and
Redis just add extra features"; "Works standalone or with Redis for advanced features" (not "Redis
runs standalone or with Sentinel"); an advice item labelled with the service in a role, then a step
("## Optimization Recommendations" over "2. **Redis Caching**: Cache frequently accessed data"; not
"**Redis Caching**: Monitor the hit rate"). Not reported: a scale heading after a sibling set-up
that installs and starts the service ("### Multi-Server Setup" after "### Single Server Setup": the
larger set-up spreads the one the guide has), and "Redis needs to be installed on your system. If it
is not the case, you can install it via Homebrew" (installing it where it is missing). Each sentence
of a Chinese or Japanese paragraph is a unit of its own ("。", "！" and "？" end a sentence).

Also reported: a table row's setting values read over the whole row, as a sentence's are ("|
`PROVIDER` | Session engine provider, either `memory`, `file`, or `redis`. |"; not under a default
of "auto", nor where the default named later is the service); Japanese "can also use it", "can still
use it" and "can use it instead" ("代わりにRedis(Resque)を使用することもできます"; not "Redis Cluster
を…", nor "できません", cannot); a bare label of the choices over a list with an in-process store
("**Providers:**" over "- `Memory` — In-process memory cache (default)" and "- `Redis` —
Distributed cache"), and a sentence of its own that several kinds are supported ("There are several
cache types supported by Trickster" over "* In-Memory (default)" and "* Redis"); "if used" after the
connection string ("Redis connection string if used"); the time between the name and a telegraphic
hedge ("Redis currently optional", Turkish "Redis şu anda **opsiyonel**"); several stores of one
role after a label ("- Multiple storage: Memory, Redis"); "replacing" it offered ("you may try
replacing Redis with Cloudflare KV"; not "Avoid replacing Redis with SQLite"); "also supports" it
beside a store in use by default or named before it ("Mimir uses Memcached by default, but it also
supports Redis", "Besides support for Memcached, Mimir also supports Redis"); wanting it for a role
("if you want Redis queues"; not "Redis persistence") and a "Use it when" column that says "You want
Redis queues, …"; a FAQ's "How do I optimize performance?" over "- Use Redis for caching"; a built-in
store among a setting's values ("Options: `redis`, `memcache`, `builtin`"). Not reported: what a
field returns ("built-ins return `file`, `apcu`, or `redis`"); Turkish "değil" after the hedge
negates it ("Redis opsiyonel değil"); "Multiple storage:" and "Multiple databases:" name several
stores, not several machines; advice that names the service only as a word of a command in a code
span ("Use `magebox redis flush` after major code changes"); "you do not have to start your Redis
server before you deploy" (when, not whether); "# Addons" as the title of a platform's reference,
a section for each addon.

Also reported: "You can optionally configure the Relay Proxy to store flag data in redis";
"(Optional) You can provide config for a Redis instance" (not "a password for Redis"); an optional
key that does not name the service but whose description opens on where it is
("`INVENTREE_CACHE_HOST` (optional): Redis address or hostname"; not "Redis port"); the service
as the remedy for a shortcoming ("This issue can be avoided by connecting to a redis cache"; not
"Data loss is avoided by using Redis"); "you'll need to provide Redis" after a scale condition;
"You can also use federations without a Redis cache"; "optionally leverages a Redis server";
"We currently support the following subscription provider:" and "Current handlers are:" over a
list with an in-process or file store; a command-line flag that points at it whose row says "If
not set or empty, uses BadgerDB as the default store"; a high-volume lead over storing in it
("For high-volume geocoding, caching responses in Redis reduces API calls"); Norwegian "eller" (or)
and "Standardval" (default); "you can replace it with any of the other supported Adapters", "it"
being the service named just before; "for 100x faster performance"; "### Benefits of Redis vs
Memory Cache". A switch named for the service's role and set off (`ENABLE_REDIS_CACHE=false`) is
one that turns it off. Not reported: what is disabled after "as long as" ("connect to Elasticache
redis instances as long as cluster mode is disabled"); a scenario table whose situation without it
names a hosted copy ("| TestFlight MVP | Upstash Free |"); "No" to where it is installed ("Do I
need to install Redis on my machine? No, Redis runs in Docker."); "redis or file configuration"
(the settings of each); "To run `radikatz`, you'll need a running Redis instance" (the app by its
name); what a package bundles ("All-in-one package (includes …, optionally a Redis server)"); a
Chinese report of the current state ("当前状态：Redis 未配置（使用内存模式）"); "If you don't set up
Redis, the app will not start" (a failure, not a choice).

Also reported: a switch's row whose off value names the stand-in ("| `USE_REDIS` | true | Enable Redis
storage (false = in-memory only) |", "Set to false to use in-memory storage"); "supports Redis as an
alternative to JSON file storage"; "If you want to store data in Redis instead of in memory"; a
setting's "If set to true, the system will cache data on REDIS" after its name; "without having to
deal with a third-party channel like Redis Pub/Sub"; "use Redis only in large deployments"; a
setting's values in a parenthesis with a JSON file store as its default ("Storage backend ("json"
or "redis")" over a "json" default); "Different store implementations exist:" and "the following
persistence implementations are available:" over an in-memory choice; "For production use with …
restart resilience, use Redis or Database adapters" (a quality sought, no failure); a chart's
`redis.enabled` off beside `redis.host` when the chart has no bundled subchart's values; "a
simplified version … that removes Redis and Celery"; Chinese stand-ins ("支持Redis / 低版本Valkey /
文件缓存": or a file cache). Not reported: "If you see this error in your logs it means you have
launched Baserow with a Redis which is in cluster mode" (a diagnosis from an output); "without the
burden of managing complex Redis deployments" (the chore goes, not the service); "- ✅ **Graceful
Fallback:** Continues working without Redis" (what an outage leaves, as "FALLBACK:" is); "# Free
Redis Setup Guide - Upstash (Recommended)" (which provider); "you can configure Centrifugo to use
Redis engine by default, but for some specific namespace use Nats" (it stays the default).

Also reported: "configuring an external redis server is optional" where the document's "external
Redis service" or "managed Redis service" is someone else's copy, not one the software brings;
"4. **Disabled**: No Redis/DragonflyDB connection", a mode that goes without it; a list of
"Supported caching back-ends:" (with a hyphen) over a file store and the service; a Spanish
condition "Si Redis está habilitado" (if it is enabled); "has experimental support for Redis";
a switch that turns it on, named first, whose default is off ("- `redis_enabled`: boolean
(default false)", "`REDIS_ENABLED` defaults to false"); "(Caffeine/Redis)", a JVM in-process
cache on the other side of a slash; "### Alternative: Redis cache" and "An alternative is to use
Redis cache"; a table cell "Database/Redis" in a wider row; "enable Redis for maximum
performance" and "just add Redis to get better performance"; "either in-memory or backed by
Redis"; "- Redis >= 7.0 or Valkey >= 8.0 (optional, …)"; Portuguese "Se você configurou o Redis"
(if you configured it); "change `CACHE_DRIVER=redis` to `CACHE_DRIVER=database`". A heading
"Local de armazenamento" (storage location) is no local development one. Not reported: "Use Redis for
queue management" under performance advice in a guide that lists it, unhedged, under
"Prerequisites"; a backend marked at its end as not there yet ("- Memcached: … IN PROGRESS")
beside it, which leaves no choice; a roadmap row that names it only scaled ("| Phase 2 | Redis
cluster, advanced caching |"); "## Recommended: Download Pre-Built Redis" (a way to get it);
"### Optional (if not using REDIS_URL)" over the host and port (which way to point at it);
Chinese "如果 redis url 无效" (if its URL is invalid). Slash pairs are quoted as written
("Caffeine/Redis", not "Caffeine / Redis").

Also reported: a switch named in a code span and set to its off value after "to" ("Set
`REDIS_ENABLED` to `false` to use the in-memory cache"), read as `REDIS_ENABLED=false` is;
"Redis is intended for multi-instance deployments" (as "useful for" a scale); "No application
functionality depends on Redis" (no part of the software; not "The scheduler does not depend on
Redis", one part, nor "No other service depends on Redis"); a table that picks a store for each
situation ("| Situation | Store |" over "| Single server | Memory |" and "| Multiple instances |
Redis |"; not a production row, nor beside development rows alone); "Currently supported
Pub/Subs … are:" over a list that names it; a switch's row (a chart's `redis.enabled` too) that
says its off value uses a stand-in ("`false` uses per-process in-memory streams"). Not reported: "Do not use a per-pod Redis instance"
(a way of running it, as "a separate Redis instance" is); "Without it, the server will refuse to
start" (a failure); "1. Check `REDIS_ENABLED=false`" and Korean "`REDIS_ENABLED=false` 확인" (a
step that looks at the setting); "Prefer setting `REDIS_URL` to only the URL" (which value); a
table of measures of each cache tier ("| Redis Hit | 10-50ms |" beside "| Memory Hit |"); a
comment in a run of comments under one that labels it for development ("// Development
(NODE_ENV !== 'production')" over "// No Redis required"); "- **Solution**: Use Redis in
production" under "If using multiple server instances without Redis:" (the remedy). A
wording the tokens joined with spaces is quoted with its marks and code spans as written
("distributed, production-grade", not "distributed , production-grade").

Also reported: a scale written as code ("Use Redis when running `replicaCount > 1`"); "To
enable Redis in Panther, fill out the `REDIS` block in your configuration file:" (the service
switched on by a setting); "Redis is ideal for:" or "is a good fit when …:" over a list of
situations with a scale among them (not over a list of what it does well); "(if needed)" after
the service with its role or purpose ("# Redis for caching (if needed)", "Redis cache (if
needed)"; not "Redis password (if needed)"); "## Multi-node — Redis" (a dash setting the scale
label off, as a colon does); "when Redis disabled" (the copula left out) and "If Redis is
omitted" or "left out"; "When Redis is in use" and "… is active"; "Use Solid Cable
(database-backed) instead of Redis" (a stand-in named by what backs it), also as a checklist
item; a "Required" cell "条件" (conditional) under "必填"; a Japanese or Chinese title that takes
it out ("# Redis削除の概要", "# 如何去除 Redis 缓存"). Not reported: a "No*" cell whose note under
the table says production requires it ("*At least one Redis configuration must be set for
production."); Chinese "在任意目录" ("任意" before a noun is "any", not the Japanese "optional"),
"如果要让Redis以`后台`方式启动" (the manner it starts in) and "无需从备份推算" (an action not
needed); "本地无 Redis" (a local setup) and a development row's label with a note in brackets
("| LOCAL (bare Gradle) |"); "Skip Redis for product lists with `limit` above this" (a cache
bypassed for some requests); "`"redis"` (生产)" beside a development default (the production
value); "`REDIS_REQUIRED=false` is the emergency escape hatch" (an outage measure); "## Remove
Old Redis Service (Optional)" (a copy a move left behind).

Also reported: Chinese "当未配置 Redis 时，自动使用内存存储" (unset, named after the negation, with
a memory store then) and "Redis（生产环境推荐）" (recommended in production); "No coordinator or
Redis connection is required."; "Redis is the better fit if you have it"; "Configure Redis
storage for multi-instance deployments" and "(distributed mode)" as a scale; "## Re-enabling
Redis (Optional)"; "Make Redis an optional dependency"; Chinese titles "## 何时使用 Redis" (when to
use it) and "当并发用户 >1000 时考虑Redis" (consider it at a scale, or later); "## When Do You
Actually Need Redis?"; "Redis mode is optional"; "optional Redis acceleration"; a note with no
subject of its own, "# Required for Redis mode"; "## Future Redis Implementation"; "May need
Redis for pub/sub (optional)"; Chinese "会话数据可以存储在内存或 Redis 中" (in memory or in Redis);
"without the complexity of Redis caching". Not reported: "Fail-open strategy (works without
Redis)" and "Handle Redis unavailability" (an outage); "bind only to required interfaces";
Korean "(접속자 없어도)" after another noun; a Chinese recommendation of a version ("強烈建議使用
Redis 6.2.0+"); "Does Redis need a password?" answered "No"; "Remove Heroku Redis add-on" (one
provider's copy); a circuit breaker's "When OPEN: … skip Redis"; "`rediss://` = TLS
(recommended …)"; "without application Redis commands"; "memory/Redis contracts also passed";
"If using Redis password:" as a presupposed use; an audit's finding rated by severity ("| Sem
Redis em producao | CRITICO |"); "TODO: Ensure Redis caching is properly utilized".

Also reported: a title that asks whether to add it ("## Should You Add Redis Now?") or names
when not to use it or when it would pay off ("## When NOT to Use Redis", "## When to Skip Redis
Entirely", "## When Redis Would Make Sense"); "Defer Redis until …"; "Redis adds operational
complexity" (weighed as a cost); Russian "Redis настроен как опциональный компонент"; Chinese
"不依赖 PostgreSQL / Redis" after a way to deploy the whole, also in a table cell (a cell in
Chinese gets the readings a Chinese unit gets); "means no Redis at all"; "Upgrade to Redis if
you hit performance limits". Not reported: "Option 2: Install Latest Redis (7.x)" (a version);
a condition on one of its safeguards ("If you need authentication, add `--requirepass`") or
features ("if Redis Pub/Sub is used", "If major version < 5: Uses Redis Pub/Sub"); its
container ("# Remove Redis container"); a missing part ("Без TTL Redis …"); another product's
condition ("WSL2 + Redis (если WSL2 установлен)"); a cache miss ("如果 Redis 没有这个 key"); a
recommended way to run it ("建議使用Redis Cluster或Sentinel"); another variable ("Alternative:
UPSTASH_REDIS_URL", "Optional: full Redis URL (alternative to the variables above)"); a
command's two predicates ("`KEYS` blocks the Redis server and should not be used in
production"); "No in-memory fallback is used when Redis is missing"; checks run without it; a
rollback that need not restore it; a troubleshooting diagnosis ("**Cause:** … instead of
Redis"); leaving `REDIS_URL` empty "when using separate variables"; an answer under a question
about a part of it ("Q: Apakah perlu backup Redis? A: OPTIONAL"); "the package's only required
infrastructure dependency"; Spanish "No necesitas cambiar código" (a task); a check's own case
("Check Redis connection if using cloud service"); the English "skip" as a noun in Korean.

Also reported: a role put off in parentheses ("- Redis (for future caching)"); "Redis should
only be considered when …"; "## Where Redis Would Help"; "Configure queues to use Redis for
better performance"; "Set `REDIS_ENABLED=false` or just don't set the env var"; "when
`REDIS_URL` is detected"; a label's version after ">=" with a hedge in parentheses ("- **Redis**:
>= 5.0.3 (optional, …)"); a checklist's "(or intentionally disabled)"; "If you don't want to pay
for Redis, you can use PostgreSQL"; Chinese "如果不配置 MySQL 与 Redis" (the service listed second).
Not reported: a comparison's captions in Hebrew ("**בלי Redis:**" … "**עם Redis:**"); a
recommended start-up order in Chinese ("推荐启动顺序"); its errors before a fallback in French;
a measure of it and its advised bound ("**Redis 内存使用**: 建议 < 100MB"); a guide that opens
"Run … locally … for faster development"; a way of giving its address recommended for a provider
("Using Redis URL (Recommended for Redis Cloud)"); the values a status shows ("Connection status
(Redis/In-Memory)"); when a provider suits ("**Upstash Redis** (if you need free and easy)"); a
check of a setting's form ("If you use `REDIS_URL`, check the format"); a list item after one
about failures; a developer's "no-Redis mode"; a later phase's features built on it ("Add
Redis-based features"); a hosting panel's button ("select **Add** to enable the Redis cache
server"); what a platform sets (Russian "Если Railway не предоставляет `REDIS_URL` …"); "(future
use)" after an address; an optional value in a "Default (dev)" column; option headings that each
run it ("Option 1: Add Redis to Railway (RECOMMENDED)" beside "Option 2: External Redis"); a list
under "**Why it's failing:**"; the set-up today ("### Current state (without Redis)"); a selector
row that "must be `redis` in production". A list item that opens with an emoji names the
service first ("- ⭐ **Redis Server**" under "### Optional but Recommended").

Also reported: a section's lead that names deployments a word or two after "or" ("For
development or custom deployments, …") no longer scopes it to development; "for better
leaderboard performance" (any plain noun before "performance"); "you may choose to use Redis",
"you may instruct … to use Redis"; hedges joined by hyphens ("an optional-but-preferred
dependency on Redis"); Chinese "即使未启用 Redis" (even if not enabled), "当配置了 Redis 时" (when it is
configured) and "（如果配置了）" after it; a label's role marked for later ("**Caching Layer
(Future):**"), a roadmap label over a stack ("**Future Database**: PostgreSQL with Redis"),
"Redis 7+ for future caching"; "You can use memory, Redis, or …"; a lead "In multi-instance
deployments, use Redis storage so …"; "There are two cache strategies available: `redis` and
`file`."; "- **Without Redis**: uses the database". Not reported: an FAQ "No" to whether a step
is repeated ("Do I need to start Redis each time?"); a Chinese part or data noun before 可选
("Redis 数据可选", "导出 Redis 数据 (可选)"); a Chinese condition on a hosted copy ("如果使用 Redis Cloud"), a
comparison ("如果 Redis 更晚") or its data being lost; a chart switch for a mode of it ("Enable
Redis high availability mode"); advice to use it for production alone ("**Use Redis for
production** - Install …"); recommended services whose item names providers; a "without" heading
in a guide whose production section says to always use it; a storage row whose cases include
production; a condition under a label naming a part of it ("**Persistence**: … when
configured"); "When Redis is configured but a command throws …"; "If you're adding Redis to an
existing deployment:"; a roadmap item that uses it "beyond sessions"; Spanish "Si quieres
personalizar Redis"; a section whose first sentence ends "not recommended for production",
through emphasis; "If you're using the old `RedisCache` …"; "configure redis to not save on
disk"; "Reduce Redis Usage (Optional)".

Also reported: "requires" and "project" in Portuguese, Spanish, French, Italian and German ("Este
projeto não requer Redis"); "for maximum performance"; "if Redis is available in your cluster"
(a place, not Redis Cluster); "You can configure a Redis server … if you prefer" (a new one);
"Redis is unused until you add a second replica"; "Redis was added as an option"; "When you
switch to Redis, you get:"; "| `REDIS_URL` | Leave unset on a single replica |"; a title "When
Redis is Optional"; "it's probably a good idea to use Redis"; a label that sells the step after
it ("**For better performance**: Add Redis"); "We could use a Redis instance"; the role of a
labelled service put off ("- **Redis**: Caching (planned)", Japanese "（将来実装）", "（実装予定）");
a store's label over "in-memory or Redis-backed"; a row's role cell with a hedge in parentheses
("| Redis | 6379 | Queues (optional) |", Russian "Очереди (опционально)"); "Redis or whatever
backend you use"; "Add Redis for performance" (not "Configure Redis for performance"). Not
reported: "# Deploy frontend (sem Redis)" (a part that runs without it); "| `REDIS_URL` | — |
Fallback if `CACHE_URL` not set |" (a stand-in for another address setting); Chinese "名称任意"
(the name is free).

Also reported: "works perfectly without it, but with Redis you get a boost" (and Spanish "sin
él, pero con Redis"); Spanish "sigue funcionando"; a short title "When Redis is Enabled vs.
Disabled"; a condition that names the service after "optional -" in a parenthesis ("// Initialize
Redis client (optional - only if Redis is configured)"); "Redis Disabled (Current Default)";
"Move to Postgres + Redis to scale out"; "Choose from Redis, PostgreSQL, MySQL, SQLite, or Bun
SQL"; "Redis (external service, required for HA/multi-instance)"; "stored in memory by default,
but you can switch to another storage (e.g., redis)"; Chinese "启用/禁用redis". Not reported: a
VitePress or Docusaurus container's title line ("::: warning Redis is effectively required in
production"), now a sentence of its own, over the hedge in its body; "Fallback (only if
CACHEKIT_REDIS_URL not set)" (two settings that give its address); "`rediss://` - TLS-encrypted
connection (recommended …)"; "using Redis as just a state store"; "**Scenario without Redis:**"
beside "**Scenario with Redis:**", and a caption over a diagram and a list of ❌; Chinese
"从宿主机连接 Redis" (from the host machine); French "testables sans Redis" and "en environnement
de test"; "Overkill: … Redis is enough"; "Dev Server Running - … without Redis"; French "0-1
recommandé pour Redis" (a value); "would require distributed transaction across Redis + …";
"Automatic reconnection when Redis becomes available".

Also reported: "- UPSTASH_REDIS_REST_URL: https://<YOUR_UPSTASH_URL> (optional)" (a bare address or
a placeholder is a value, not a clause its colon starts); "Enable/disable Redis sessions (default:
false)" and "Use Redis for sessions (default: false)"; "Options: (blank), 'DB', or 'REDIS'" (values
in capitals); "supports popular caching backends like Redis, relational databases and …";
"Performance could be improved with Redis caching"; "#### Potential Improvements with Redis";
"installing Redis will give you significantly better performance"; "# Or enable Redis caching"
after another fix; "(Optional) Migrate Queue to Redis"; "Redis or PostgreSQL (depending on your
chosen backend)"; "- **Cache:** File-based (Target: Redis)"; 'We recommend "Filesystem."
`[file, redis]`'; Indonesian "Jika menggunakan queues, bisa gunakan Redis". Not reported: "Redis
can be configured with persistence" under a scaling heading, and "Redis cache reduces database
load" there; "Database vs Redis data separation"; an option under "## Alternatives Considered"
that goes without it; "**Cause:** `REDIS_ENABLED=false`"; "Installing Redis with Docker is
optional" (the way); "works even without Redis" in a guide headed "Redis is Required in
Production"; "the others only need to be set if they differ"; "`CELERY_BROKER_URL`: … (for
Celery, if enabled)"; a second variable marked optional in a table whose `REDIS_URL` row is
required; the second statement of a parenthesis split at its semicolon ("(Redis is the only
required dependency; database event logging is optional …)"); "## Part 2: Deploy to Render
(Recommended)"; "adding more Redis nodes to the cluster"; Russian "Разработка" (development);
"- [x] Update `app.ts` to use RedisStore instead of memory"; "(Optional) Uninstall local Redis".

Also reported: "- [ ] Redis agregado (opcional pero recomendado)"; "Cache driver: 'file', 'redis' or
'memcached'" (quoted values in lower case); "Select from 'phpfs', 'redis' or 'memcached'" and
"Selects Redis or Infinispan" (not "Select the Redis or Memcached instance to monitor");
Infinispan, Hazelcast, ActiveMQ, Pulsar, beanstalkd, NSQ, NCache and vector stores as peers;
"(and will be even faster with Redis)"; "The runtime baseline no longer includes Redis" (not what
an image contains); "| Session store | … | Redis (Upstash) or in-memory Map |" (a cell pairing it
with a stand-in by "or"); "### When to Swap for Redis"; "Set `KAUTH_REDIS_URL` to switch to the
Redis-backed limiter"; "Configure `REDIS_URL` (or leave it empty)" and Portuguese "(ou deixar
vazio)"; "Run multiple instances only with Redis configured"; "Redis is intentionally not an
active dependency"; "Distributed caching (when Redis available)"; "- Optional Redis integration
(`ENABLE_REDIS_CACHE`)"; "Changed Redis from "optional" to recommended"; "- [ ] (Optional) Redis
connected"; Turkish "Redis yoksa cache atlanır"; Chinese "无 Redis 也能限流"; "- Use Redis queue for
better performance"; "- Need shared DB or Redis for state". Not reported: "- 🛡️ **Graceful
fallback**: Works without Redis" (any emoji before the label); "| ECONNREFUSED (sem REDIS_URL) |"
(an error code); "without Redis-based breakages"; a guide whose front matter title is "Local
Development Setup"; "`SCCACHE_REDIS_DB` redis database (optional, default is 0)"; "Redis
ACL用户名（Redis 6+，可选）"; "`SESSION_REDIS_URL` … (or leave empty to use REDIS_URL)"; a Chinese
test comment that simulates going without it ("模拟无 Redis 也能限流").

Also reported: "- **Multiple Storage Backends**: In-memory, database, Redis - choose …" (a label
naming several backends, a stand-in among them, with commas); "If Redis is not configured, all
cache operations are no-ops"; "- Fallback: In-memory rate limiting if Redis not configured" (not
configured, not a failure); "- Cache layers (external Redis/Memcached)" (a peer written as one
name with it; not "Check Redis/Memcached memory usage"); "`CRYPTO_SECRET`: encryption key
(required when using Redis)"; "This makes Redis a true enhancement rather than a critical
dependency"; "| `REDIS_URL` | ✅ Yes (for async) |" under "Required" (not "Yes (for production)");
"(absent = falls back to in-memory cache)"; .NET keys such as `Redis:ConnectionString`. Not
reported: "… between Lightrun and Redis if any are in place"; "Add-ons can be a redis server,
postgre server etc."; "it's highly recommended to use different Supabase and Redis instances for
production"; Russian "Если Redis не установлен:" over the commands that install it; "# SSL Redis
URL (recommended for production)"; "If `REDIS_URL` is present, the link is successful"; "`REDIS_HOST`
(if set to `valkey.railway.internal` or similar)"; "Impossible to make Redis optional without
fixing this first"; "Making Redis optional would break compilation"; "## Impact on Redis-Optional
Plan" (a project's name).

Also reported: "In production, it is recommended to use the redis filter backend" (a backend, store,
driver or adapter of the app's with one word between its name and the head; not "the Redis key
prefix"); "### Phase 2 (Redis): Distributed" beside "### Phase 1 (Current): In-Memory" (a later
phase heading naming it, the first phase on a stand-in or on today's set-up; not installation
phases, nor a plan whose first phase has it); "| `REDIS_URL` | `<optional>` | Celery/Redis |" (a
placeholder that is a hedge); Romanian "Adaugă Redis DOAR dacă:"; "| `include_redis` | … |
`false` |" under Default. Not reported: "- **Redis** on port 6379" under "## Docker Installation
(Recommended)" (a way of running the stack); "- Use free Redis tiers" under "## Cost Optimization
Tips" (cost advice); "### 2. Redis 配置优化（可选）" (tuning it).

Also reported: "## Memcached vs Redis" (a heading that weighs it against another server; not
"Redis vs Memcached" in a sentence, nor "Redis vs Kafka Streams"); "| Feature | Redis | Sqlite |
Postgres | Sled |" (a feature-by-feature table of it beside two other stores, or beside one under
a heading that compares stores; not "## Comparison" alone over "| Feature | PostgreSQL | Redis |");
"- Avoid Redis when:", "**Use Redis if:**" and "### When to avoid Redis"; "`REDIS_URL` (when Redis
is added)"; "Choose between Redis, MySQL, memory-based storage"; "| Memory (default) or Redis |";
a "Drivers" or "Backends" column that lists `memory`, `redis`, `none`; "Support for Redis,
PostgreSQL, SQLite, and in-memory storage"; 'Type of storage ("file" or "redis")'; "If Redis
variables are not set, the app will work without caching". Not reported: "this will replace
REDIS_URL with the url from other_service" (its value); anything under a heading on backups ("###
Backup Strategy" over "- **Redis**: Not critical, stores cache only"); "### Path 3: WSL Redis
(Alternative)" (where it runs).

Also reported: a table of backends that offers two other servers beside it ("| Driver | Best For
|" over "| `memory` | Development |", "| `redis` | Production single Redis |", "| `nats` | … |",
"| `rabbitmq` | … |"; a peer and a stand-in will do, and the service's row for production is one
choice still where two peers are offered; not a row that calls it required, nor "| Component |"
over the parts of one stack), also under "Transport", "Cache Mode" and "Engine" headers;
"### `REDIS_URL`" under "## 6. Optional Services" (the variable's heading, before the steps under
it); "Memory is the default, but a Redis store can be used"; "## 📈 Scaling (Future)" over "- Use
Redis for session sharing". Not reported: "### Step 4: Remove Custom Redis Service", "remove the
old Redis service" (one copy, which another replaces); "Replace `Redis` with your actual Redis
service name if different" (the name differs); "### Performance issues" over "- Configure Redis
for caching" where the requirements list Redis (the one it requires); "- Redis for session
management ✅" under an optimisation heading (in place already).

Also reported: a Korean cell that requires the row's variable only when something else is used
("| `REDIS_URL` | worker/scheduler 사용 시 필수 |"; not "운영 시 필수", in production); a Chinese
condition in a parenthesis right after the name ("- Redis（如果需要）", "Redis 服务已启动（如果使用缓存）";
not a part of it, "Redis Sentinel（如需要）"); "| `cache` (optional) | ElastiCache Redis 7 with … |";
"Factory pattern conditionally enables Redis", "conditional Redis enablement"; a Node guide that
runs `npm run dev` but builds the app's image (`docker build`) ships. Not reported: a guide titled
for its test suite ("# Why Some Tests Are Skipped"); "the recommended approach is to set your Redis
instance manually" (a step on it); "… not recommended for production" under a testing-only
heading (the scope stays); "Fallback Mode (Redis Unavailable)" beside "Celery Mode (Redis
Available)" (a failover); "**Redis 数据**: 可选，… 备份" (backing up its data); "### Scaling" over
"- **Redis**: Optimized for real-time data"; "[REDIS] is not necessary anymore" (a configuration
section's header).

Also reported: "(Optional) Redis Cloud account for caching"; "It should be fairly straightforward
to swap out Redis for RabbitMQ if that's what you prefer"; "Options: Apache Kafka, RabbitMQ, Redis
Streams, NATS."; "Redis connection string (or disable Redis explicitly)"; "- Replaced Redis with
Solid Queue for background jobs"; the line that labels an install of the package's Redis extra
where the guide also installs the package plainly ("# With Redis support" over `uv add
"aiogram-sentinel[redis]"`; not `pip install celery[redis]` alone); "### Removed" over "- **Redis
dependency** for background jobs"; "The application will work without it, but you'll get these
benefits with Redis:"; "| **Dependencies** | PostgreSQL + Redis | PostgreSQL only |"; "Redis-backed or
in-memory"; "Storage options (In-memory, Redis)"; "Action Cable, Redis, and Solid Cable can be
removed."; "Step 4 (optional): install Redis"; "For larger deployments, add Redis"; and, in other
languages, "Redis sólo es necesario si usas workers", "Redis wird nur für Hintergrundjobs
benötigt", "1. ✅ **NÃO implementar Redis**", "Puedes omitir Redis", "如果启用缓存，需要 Redis",
"キャッシュを使う場合はRedisが必要です", "Redis 仅在启用缓存时需要", "Redis는 필수가 아닙니다", "Redisは推奨されます".
Not reported: "| Caching | Redis | - | - |" under "## Comparison with Other Relays" (other
products, no tiers); "rather than using the embedded MongoDB or Redis servers"; "Compare latency
with/without Redis"; "So we disable redis-server daemon service with:" (supervisord runs it);
Spanish "Redis no es opcional"; "Redisのパスワード設定を推奨します" (its password setting).

Also reported: "- `ADAPTER`: Cache engine adapter, either `memory`, `redis`, or `memcache`" (and
German "entweder", Chinese "可以为"); "- `HOST`: Only for redis and memcache, the server address";
"- **Replaces**: Redis for caching" and "Replace Redis ActionCable with Solid Cable"; "Redis can be
enabled by passing `redis_repository` as the `repository_factory` parameter"; "For multi-server
deployments (Heroku, Kubernetes), use Action Cable with Redis"; "Instead, consider the Redis cache
provided by …"; "Single-replica deployments without `OMCP_REDIS_URL` continue working"; "Install
Docker and enable Redis for full features"; "### Redis Configuration (for multi-node setups)"; a
nested setting's variable (`OPENTALK_CTRL_REDIS__URL`) with "No (Yes for clustered setup)" under
"Required"; "4. Remove Action Cable, Redis, Solid Cable (optional cleanup)"; "In queue mode, n8n
needs Redis"; "No, Redis is optional. aiogram-sentinel works with in-memory storage, perfect for
development." (a lower-case name and a verb open the second sentence, whose development scope
stays its own). Not reported: "### Step 4 (optional): Use your PostgreSQL and Redis instances" and
"your PostgreSQL or Redis instances" (which copies); "- **Cache**: Redis for performance" (the
store that fills a role, and why); "- **port** - *(optional)* port of the Redis server; defaults
to 6379" (a setting of it).

Also reported: "Redis is a supported option for remote cache offloading", "Redis is an
alternative to Memcached"; "Another solution would be to use Redis", "One option is Redis";
"you can change the cache type to "redis"", "You can switch the cache driver to `redis`"; "The
following cache backend options are available: in-memory, Redis, and Memcached"; "The template
comes with Redis when you select the tiered option"; "我们强烈建议您使用 `Redis` 来作为储存驱动"; "|
**Go** | asynq, machinery | Redis, RabbitMQ |" under "| Stack | Queue Library | Broker |"; "*
**driver**: One of `auto`, `apcu`, `memory`, `redis`"; "we
recommend [Redis]({{ page.baseurl }}/redis.html) or [Varnish](…)" (a Jekyll tag in a link's
destination: the link's text is read).
Not reported: "Redis is the only supported option", "`REDIS_URL` is a configuration option",
"Another option is to run Redis in Docker" (how to run it); "you will need to provide the same
Redis URL for multiple link definitions" (no scale); "8GB+ recommended (Redis needs ~150MB for 100
users)" (the parenthesis is a clause, no examples); "- **Localhost**: Optional Redis via Docker
Compose" (the local set-up); "If you are using a cloud instance of Redis, …" (which copy);
"Drogon supports Redis, a very fast, in-memory data store" (what it is, no second store); "DB ->
Mongodb and Redis" (a stack's label, no move).

Also reported: "| Rate limits | In-process counters | Redis counters |" under "| Capability | Single
instance | Multiple replicas |"; "Choose from in-memory, PostgreSQL, Redis, or Oracle"; "We recommend
using a distributed cache storage engine such as Memcached, Valkey or Redis"; "If you have multiple
servers, use an external data store such as Redis"; "For multi-replica deployments, the API routes
rate limits through a Redis-backed store"; "- Redis caching layer (if needed)"; "**Redis Caching**
(Future Enhancement)"; "The Redis integration can be toggled"; "Consider migrating to Redis queue";
"designed to be easily migratable to Redis in the future"; "the queue drivers that are included,
such as a database, Beanstalkd, IronMQ, Amazon SQS and Redis"; "Support for popular back-ends such
as Memcached, Redis, and database"; "move to Redis/Upstash for multi-instance deployments";
"CACHE_BACKEND = memory | sqlite | redis"; a list of drivers under "### Popular Drivers"; "Redis
caching is a future enhancement"; "| **Redis** | PostgreSQL handles MVP load. |" under "| Technology |
Why Not |"; "You can use a cache such as Redis"; "you can configure cache duration or use external
caching tools like Redis".
Not reported: "`/ready` also checks the database and Redis" in that column (what a check looks
at); "We recommend using a tool such as redis-cli"; "decide whether to use Redis sets" (a data
type of it); "in-memory and Redis caching layers" (tiers of one cache); "* Improve … (for Database
and Redis adapters)" (a change made to both); "Stack: Postgres | Redis | Nginx"; "| SQLite table
instead of Redis | … |" under "Why not" (another option that names it); "You can monitor Redis or use
Grafana".

Also reported: "- `CACHE_BACKEND` = `memory|sqlite|redis`" (the values in one code span); "###
Optional (features degrade gracefully)" over a table of variables; "When using an in memory cache
instead of redis, …"; "a Redis-backed feature store …, replacing the default in-memory feature
store"; "| `redis.enabled` | Enable the redis subchart deployment | `false` |"; "- **Cache
Services** - Redis and caching layers" under "### Optional Services"; "### With Redis
(Multi-server)"; "* Multiple storage backends: redis, memcached etc"; "- **Redis** (optional
session storage)"; "Redis 版本（如果使用）" (its version, if used); "## Adapters" over a line about
them, then "- [In Memory](…)", "- [Redis](…)"; "Bottender ships with several great drivers out of
the box:" over `memory`, `file` and `redis`; "support for a variety of other databases, including
Redis, MongoDb and Apache Cassandra".
Not reported: "| `url` | Redis URL (preferred), e.g. `redis://…` |" (the address over a host and
port); "- Load balancing across multiple Redis instances (future)" (more copies of it); "- **Redis**
for session data" under a performance heading where an architecture overview lists it; "**Use Upstash
Redis** if your platform doesn't include Redis" (which provider); "# For high traffic, use Redis with
persistence" (a feature of it); Korean "Redis 선택 이유" (why it was chosen).

The diagnostic starts at the hedge word and quotes it.

## Why is this bad?
The golden path requires Redis in production: the cache, sessions and the Celery broker
live there. A runbook that calls it optional gets followed: the site is deployed without
Redis, Celery retries forever and the first cache write raises. Docs must agree with the
policy the units, scripts and settings enforce.

## Example
````markdown title=docs/runbook.md
# Deploy

Install PostgreSQL and Nginx. Redis is optional for small sites.
````

## Use instead
````markdown title=docs/runbook.md
# Deploy

Install PostgreSQL, Nginx and Redis. Redis is **required** in production (not optional):
it holds the cache and the Celery queue.
````

To keep a sentence on purpose (a changelog quoting old wording), put
`<!-- sumlint: disable=SUM301 -->` on the line before the paragraph.
"""

from __future__ import annotations

import bisect
import functools
import re
import unicodedata
from dataclasses import replace

from sumlint.diagnostics import Related, Severity, Span, Violation
from sumlint.lazyre import literal, literal_alternation, lower_case_twin
from sumlint.markdown.lexicon import (
    _COMPATIBLE_FORKS,
    _HOSTED_PRODUCTS,
    _PEER_SERVERS,
    ALT_BACKENDS,
    PEER_STORES,
    TURNED_DOWN_TITLES,
    ABSENT_HEADER_RE,
    CONDITIONAL_CELLS,
    DEFAULT_WHOLE_TITLES,
    FEATURE_PARTS,
    FOREIGN_DEFAULTS,
    VALUE_TITLES,
    RECOMMEND_WORDS,
    WAY_NOUNS,
    YES_CELLS,
    default_column,
    is_default_title,
)
from sumlint.markdown.runbook import PROD_HEADING as _PROD_HEADING
from sumlint.markdown.runbook import dev_heading as _dev_heading
from sumlint.markdown.runbook import development_scope, not_for_production
from sumlint.rule import Rule

_CATEGORIES = (
    ({"recommended", "suggested", "preferred", "advisable", "advised", "encouraged", "nice",
      "recommend", "recommends", "suggest", "suggests", "advise", "advises", "may", "might", "for", "beneficial", "consider", "works", "runs",
      "recommendation", "suggestion",
      "recomendado", "recomendada", "recommandé", "recommandée", "empfohlen", "consigliato", "consigliata",
      "recomendável", "рекомендуется", "推荐", "推奨", "권장", "建议", "建議", "推薦",
      "рекомендовано", "рекомендуемый", "рекомендований", "recomendable", "ajánlott", "tavsiye"} | RECOMMEND_WORDS,
     "merely recommended"),
    ({"if", "unless", "when", "whenever", "once", "only", "where", "as", "als", "si", "se", "wenn", "falls", "needed", "required", "used",
      "conditional",
      "necessary", "essential", "mandatory", "need", "needs", "require", "requires", "would", "have", "has", "becomes", "become", "you'd", "we'd"}, "conditional"),
    ({"skip", "skipped", "omit", "omitted", "left", "leave", "drop", "drops", "dropped", "disable", "removes",
      "disabled", "remove", "removed", "bypass", "forgo", "exclude", "excluded", "turn", "turned",
      "switch", "switched", "shut", "verzichtet", "verzichten", "weglassen", "weggelassen"}, "skippable"),
    ({"not", "no", "nothing", "zero", "don't", "doesn't", "isn't", "aren't", "never", "without", "needn't",
      "unnecessary", "unneeded", "does", "do", "ohne", "olmadan", "olmaksızın", "sans", "sem", "sin", "senza", "без", "не", "nicht",
      "pas", "non", "não", "非必须", "非必需", "rather", "why"}, "not required"),
)
# The same labels in other languages, where the adjective may follow its noun ("Variables
# opcionales", "Variáveis adicionais (opcionais)"); longer forms first (the span is the word).
FOREIGN_HEADING_HEDGES = ("opcionales", "opcionais", "opcional", "optionnelles", "optionnels", "optionnelle",
                          "optionnel", "facultatives", "facultatifs", "facultative", "facultatif", "opzionali",
                          "opzionale", "optionale", "optionalen", "opsional", "recomendados", "recomendadas",
                          "recomendado", "recomendada", "recommandés", "recommandées", "recommandé", "empfohlen",
                          "опционально", "опциональные", "необязательно", "необязательные", "рекомендуется",
                          "рекомендуемые", "opsiyonel", "optioneel", "optionele", "opcjonalne", "opcjonalnie",
                          "valgfritt", "valgfri", "valfritt", "valfria", "volitelné", "tùy chọn", "aanbevolen",
                          "empfohlene", "consigliato", "raccomandato",
                          # Chinese, Japanese, Korean ("##### オプション", "## 可选组件" is a sentence)
                          "オプショナル", "オプション", "任意", "可选", "可選", "選用", "选用", "선택 사항", "선택사항", "선택",
                          "推荐", "推薦", "推奨", "권장",
                          # Arabic (with the article too: "المتغيرات الاختيارية", the optional variables), Persian
                          "الاختيارية", "الاختياري", "اختيارية", "اختياري", "اختیاری")
HEADING_HEDGES = ("optional", "optionally", "nice to have", "nice-to-have", "extras", "recommended",
                  "suggested", "add-ons", "addons", "not required", "when needed", "if needed") + FOREIGN_HEADING_HEDGES
# one search per heading instead of a loop over the words (every heading of every file is tested),
# for a trie of the words (only tested for a match: 1.6 µs a heading against 3.7 µs for "a|b|…")
_ANY_HEADING_HEDGE = literal_alternation(HEADING_HEDGES)


_DEFAULTS_SHOWN = re.compile(r"\bdefaults? (?:values? )?(?:shown|below|as shown|are shown)\b", re.IGNORECASE)


def _local_default(line: str) -> bool:
    """A setting line whose value is an address on this machine (``REDIS_HOST=localhost``)."""
    from sumlint.markdown.claims import defaults_to_local_address

    value = line.split("=", 1)[1] if "=" in line else line.split(":", 1)[1] if ":" in line else ""
    return bool(value) and defaults_to_local_address("default: " + value.strip(" \"'`"))


def _default_below(analyser, lines: list[str], unit) -> bool:
    """A heading that names one variable locating the service, with a default address on this
    machine in the lines under it ("##### `REDIS_HOST` (Optional)" over "- **Default**:
    `localhost`"): the variable is optional to set, the service is still there."""
    a, b = unit.code[0]
    if not analyser.names.locates(unit.text[a:b].strip("` ")):
        return False
    for line in lines[unit.line:unit.line + 4]:
        if line.lstrip().startswith("#"):
            return False
        if "efault" in line and _local_default(line.replace("**", "")):
            return True
    return False


def _label_hedge(heading: str) -> str | None:
    """The hedge of a heading that labels a section ("Optional extras", "Add-ons (optional)",
    "3. Nice to have"); None for a heading that is a sentence about something."""
    words = heading.strip().lstrip("0123456789.) ").strip()
    if not words.isascii():
        words = words.replace("（", "(").replace("）", ")").replace("：", ":")  # "Redis（可选）"
        words = _LEADING_SYMBOLS.sub("", words)  # "🔌 Optional Backends"
    if words.startswith(("strongly ", "highly ")):
        words = words.split(None, 1)[1]  # "## Strongly Recommended"
    if _ANY_HEADING_HEDGE.search(words) is None:
        return None  # (every test below needs a hedge inside the words: most lines end here)
    if words.lower().startswith(("recommended ", "suggested ", "preferred ")) and words.lower().split()[-1] in WAY_NOUNS:
        return None  # "## Recommended deployment path": which way to deploy, not what to deploy
    for hedge, ends, starts, paren_note, foreign, opening in _HEDGE_SHAPES:
        if words.startswith(hedge) and (len(words.split()) <= 4 or words[len(hedge):len(hedge) + 1] == ":"):
            return hedge
        if words.endswith(ends) or words.startswith(starts):
            return hedge  # also "(Optional) Other recommendations"
        if words.endswith(")") and opening in words and re.search(paren_note, words):
            return hedge  # "Cache & Rate Limiting (optional — falls back to in-memory)"
        if foreign and words.endswith(" " + hedge) and len(words.split()) <= 3:
            return hedge  # "Variables opcionales", "Servicios recomendados"
    return None


# emoji and other symbols before a heading's words
_LEADING_SYMBOLS = re.compile(r"^[^\w(\[（]+")
# per hedge of ``HEADING_HEDGES``, in its order: the endings and openings that make it a label,
# the pattern of a parenthesis that opens with it (compiled by ``re`` on first use), whether it
# is a word of another language, and the literal every match of that pattern holds ("(" and the
# hedge: tested first, for a heading that ends with a parenthesis ran the pattern of every hedge)
_HEDGE_SHAPES = tuple(
    (hedge, (f"({hedge})", f": {hedge}", f"- {hedge}", f"— {hedge}"), (f"({hedge}) ", f"[{hedge}] "),
     r"\(" + re.escape(hedge) + r"\s*[—–,;:-][^()]*\)$", hedge in FOREIGN_HEADING_HEDGES, f"({hedge}")
    for hedge in HEADING_HEDGES)


_LIST_ITEM_RE = re.compile(r"^\s{0,6}(?:[-*+]|\d{1,3}[.)])\s+(?:\[[ xX]\]\s+)?")
# an env file of a developer's machine or of tests ("`.env.local`", "`.env.development`")
_DEV_FILE = re.compile(r"\.env\.(?:local|dev|development|test|testing)\b|\blocal\.env\b", re.IGNORECASE)


# a list item that is only a label over a nested list: "- Optional:", "* **Recommended:**"
_BULLET_LABEL = re.compile(r"[-*+]\s+([*_]{0,2}[^:*_\n]{1,30}:[*_]{0,2})")


def _nested_list_below(lines: list[str], line: int) -> bool:
    """The next non-blank line after ``line`` (1-based) is a list item indented deeper than it."""
    indent = len(lines[line - 1]) - len(lines[line - 1].lstrip())
    for text in lines[line:line + 3]:
        if not text.strip():
            continue
        return _LIST_ITEM_RE.match(text) is not None and len(text) - len(text.lstrip()) > indent
    return False


def _lead_in(lines: list[str], line: int) -> str:
    """The last line of text above a block's opening line (1-based), skipping blank lines."""
    for k in range(line - 2, max(-1, line - 5), -1):
        if 0 <= k < len(lines) and lines[k].strip():
            return lines[k]
    return ""


_NONPROD_LEAD = re.compile(r"\b(?:dev|development|local|locally|test|tests|testing|ci)\b")
_NONPROD_PIECES = literal_alternation(("ci", "dev", "local", "test"))  # (one is in every match of _NONPROD_LEAD)


# a package with a version pin ("redis >=2.2", "redis==5.0.1", "`redis` ^4.6"): the client library
_PINNED_PACKAGE = re.compile(r"[`*_]*[\w.\[\]-]+[`*_]*\s*(?:>=|==|~=|<=|\^|~|>|<)\s*v?\d")
_IMPERATIVES = frozenset({"add", "monitor", "check", "configure", "install", "enable", "use", "set", "tune",
                          "review", "verify", "test", "back", "harden", "secure", "upgrade", "update", "watch"})
_PROVIDER_WORD = re.compile(r"[A-Z][\w.-]*\s+")  # "ElastiCache Redis", "Upstash Redis"


def _starts_with_name(analyser, text: str) -> bool:
    """The text starts with the service's name, or with one capitalised word (a provider) and then it."""
    from sumlint.markdown.lexicon import PART_NOUNS, PROVISION_VERBS, STEP_VERBS

    if text.startswith("[ ]"):
        text = text[3:].lstrip()  # an open task: "- [ ] Redis-based queue for production"
    if text[:1] and unicodedata.category(text[0]) == "So":
        text = text.lstrip("".join(c for c in text[:4] if unicodedata.category(c) in ("So", "Mn", "Cf"))).lstrip("*_ ")
        # an emoji first: "- ⭐ **Redis Server** (VPS or managed service)"
    label = _ROLE_LABEL_LEAD.match(text)
    if label is not None and _role_words(label.group(1)):
        text = text[label.end():]  # "- **Cache Services** - Redis and caching layers": a role, then what fills it
    backed = _BACKED_LEAD.match(text)
    rest = text[backed.end():].split() if backed is not None else []
    if backed is not None and analyser.names.pattern.fullmatch(backed.group(1)) and (
            len(rest) <= 2 or any(w.lower() in ("for", "in", "with") or w[:1] in "(-—–" for w in rest[1:3])):
        return True  # "Redis-based queue for production", "Redis-backed sessions": the service in that role
    name = analyser.names.pattern.match(text)
    if name:
        after = text[name.end():].lstrip("*_ ").split(None, 1)
        return not (after and after[0].lower().strip("*_,.:;()") in PART_NOUNS)  # (not "**Redis GUI** - RedisInsight")

    provider = _PROVIDER_WORD.match(text)
    if provider is None or provider.group().strip().lower() in PROVISION_VERBS | STEP_VERBS | _IMPERATIVES:
        return False  # ("Monitor Redis memory", "Install Redis Commander": steps)
    return analyser.names.pattern.match(text, provider.end()) is not None


# parts that are a tool beside the service, never the service ("**Recommended:**" over "- Redis client")
_TOOL_PARTS = frozenset({"client", "clients", "cli", "gui", "insight", "commander", "exporter", "dashboard", "ui",
                         "sentinel", "cluster"})
_BACKED_LEAD = re.compile(r"(\w+)-(?:based|backed|powered)\b", re.IGNORECASE)
# a bold role label before the service in a list item ("**Cache**: Redis", "**Cache Services** - Redis"; its
# words are roles, `_role_words`), the hundred-and-thirteenth session's
_ROLE_LABEL_LEAD = re.compile(r"(?:\*\*)?([A-Za-z/ &-]{3,30}?)(?:\*\*)?\s*(?::|\s[-—–])[\s*_]+")
# besides its features (lexicon.FEATURE_PARTS), what a roadmap item may change on a service that
# already runs ("- Redis 8 upgrade", "- Redis port settings"); not a table-column word: a
# "Version" column often carries the service's own verdict ("| Redis | optional |")
_ROADMAP_PARTS = _TOOL_PARTS | frozenset({
    "dashboard", "dashboards", "upgrade", "upgrades", "version", "versions", "tuning", "memory", "config",
    "configuration", "settings", "modules", "module", "port", "ports", "bind", "binding", "timeout", "timeouts",
    "pool", "keys", "key", "data", "logs", "log", "cluster", "streams", "stream", "ttl", "ttls", "expiry",
    "pub/sub", "pubsub"})  # ("## Future Enhancements" over "- Redis TTL fine-tuning", "- Redis pub/sub for …")
_LEADING_MARKS = re.compile(r"^[^\w]*")  # emphasis, emoji and check marks before an item's first word


def _clipped(text: str, width: int) -> str:
    """``text`` as a message quotes it: whole, or cut at the last space within ``width`` and
    ended with "…" ("Different storage mechanisms are available through…")."""
    if len(text) <= width:
        return text
    cut = text.rfind(" ", 0, width)
    return (text[:cut] if cut > width // 2 else text[:width]).rstrip(" ,;:") + "…"


def _unbracketed(wording: str) -> str:
    """The wording as the message quotes it: "(optional)" without its brackets, but
    "Optional (for Redis)" whole."""
    if wording.endswith(")") and not wording.startswith("(") and wording.count("(") == wording.count(")"):
        return wording
    return wording.strip("()")


def _shown_label(line: str) -> str:
    """A lead-in line as the message quotes it: "3. **Enable Optional Features**:" reads
    "Enable Optional Features"."""
    text = re.sub(r"^\d{1,3}[.)]\s*", "", _LEADING_MARKS.sub("", line))
    return _LEADING_MARKS.sub("", text.replace("**", "").replace("__", "")).strip("*_:： ")
# a code block's fence line, and a comment line in it taken as a list item
_FENCE_LINE = re.compile(r"\s{0,3}(?:```|~~~)")
_COMMENT_ITEM = re.compile(r"\s*#+\s+")


def _comment_list(lines: list[str], at: int) -> bool:
    """The code block opening at ``lines[at]`` holds nothing but comment lines, two or more: a
    list written as comments ("# Enable Redis caching", "# Database query optimization")."""
    if not _FENCE_LINE.match(lines[at]):
        return False
    body = []
    for text in lines[at + 1:at + 30]:
        if _FENCE_LINE.match(text):
            return len(body) >= 2 and all(_COMMENT_ITEM.match(t) for t in body) and not any(
                t.lstrip(" #")[:2] in ("- ", "* ") for t in body)  # (not "# Redis" over "# - Redis Cluster": an outline)
        if text.strip():
            body.append(text)
    return False


_PREREQUISITES_HEADING = re.compile(r"[\W\d]*(?:prerequisites?|requirements|system requirements|requires|"
                                    r"(?:system )?architecture(?: overview)?|system components)\W*$", re.IGNORECASE)
# (also "## 🏗️ Architecture Overview" over "- **Redis Cache**: Handles real-time features": a part of the system
# it describes, the hundred-and-thirteenth session's)


def _listed_as_prerequisite(model, analyser, lines) -> bool:
    """The guide lists the service, unhedged, under a "Prerequisites" or "Requirements" heading
    ("### Prerequisites" over "- Redis 6.0+"): advice further down to "use Redis for queue
    management" puts the copy it already requires to work, not the service in doubt."""
    headings = model.headings
    for k, heading in enumerate(headings):
        if _PREREQUISITES_HEADING.match(heading.raw) is None:
            continue
        end = headings[k + 1].line - 1 if k + 1 < len(headings) else len(lines)
        for number in range(heading.line, min(end, heading.line + 30)):
            item = _LIST_ITEM_RE.match(lines[number])
            if item is None:
                continue
            body = _LEADING_MARKS.sub("", lines[number][item.end():])
            if analyser.names.pattern.match(body) is not None and not analyser.analyse(body):
                return True
    return False


def _named_in_heading_above(model, analyser, line: int) -> bool:
    """A heading above ``line`` names the service: the guide sets it up under a heading of its own
    (any heading; _set_up_above asks for one that is a step setting it up)."""
    return any(h.line < line and analyser.mentions(h.raw) for h in model.headings)


# a way of running the service, just before its name in an advised item ("Use Highly Available Redis")
_WAY_BEFORE_NAME = re.compile(r"(?:^|[\s*_])(?:highly[ -]available|ha|managed|dedicated|clustered|replicated|hosted"
                              r"|persistent|secured)[*_`\s]+$", re.IGNORECASE)
_VERSION_RE = re.compile(r"(?:v|version\s*|>=?\s*|~=?\s*|\^)?\d")


def _provider_before(lead: str) -> bool:
    """A provider's name (lexicon.PROVIDER_WORDS) is the last word before the service's in an advised
    item ("Use Upstash Redis")."""
    from sumlint.markdown.lexicon import PROVIDER_WORDS

    words = lead.strip(" *_`").lower().split()
    return bool(words) and words[-1].strip("*_`") in PROVIDER_WORDS


# A lead-in that puts what follows under a scale ("For multiple servers:", "To scale
# horizontally:", "For high traffic:"); not production as such ("For production:").
_SCALE_LEAD_LINE = re.compile(
    r"(?:for|to|with|when|once|if)\b[^:]*?\b(?:(?:multiple|several|many|more than one)\s+(?:[\w-]+\s+)?"
    r"(?:servers?|instances?|nodes?|replicas?|workers?|process(?:es)?|pods?|hosts?|machines?|containers?|dynos?|"
    r"regions?|vms?|copies|deployments?)|multi-[a-z]+|horizontal(?:ly)?|"
    r"scale(?: out| up| horizontally)?|scaling|high[- ](?:traffic|load|volume|availability)|large[- ]scale|"
    r"clustered)\b")


# … and one that names the scale as a kind of set-up, without "for": "**High-traffic environments:**"
_SCALE_LABEL_LINE = re.compile(r"(?:high[- ](?:traffic|load|volume)|large[- ]scale|multi-(?:instance|node|server|replica)|"
                               r"multiple[- ](?:instances?|servers?|nodes?|replicas?))\s+"
                               r"(?:environments?|deployments?|setups?|sites?|installations?|instances?)")


# "is ideal for:", "is a good fit when you are dealing with situations like these:": a lead-in that
# says what the subject suits, the list under it saying when
_FIT_LEAD = re.compile(r"\b(?:is|are)\s+(?:an?\s+)?((?:ideal|(?:good|great|perfect|best)\s+fit|(?:best|well)[- ]suited)"
                       r"(?:\s+(?:for|when))?)\b[^.:]{0,60}:[\s*_]*$", re.IGNORECASE)


def _scale_lead_text(text: str) -> bool:
    """A lead-in that names a scale: "For multiple servers", "High-traffic environments"."""
    return bool(_SCALE_LEAD_LINE.match(text) or _SCALE_LABEL_LINE.fullmatch(text))


# A heading that names scaling out ("### Horizontal Scaling", "## Multi-Instance Scaling"): the
# list right under it is what to do at scale (not a feature list's "### Performance & Scalability")
_LATER_MARK = re.compile(r"\s*\((?:future|later|planned)\)$", re.IGNORECASE)
_SCALE_HEADING = re.compile(r"\b(?:horizontal scaling|scaling out|scale[- ]out|multi-(?:instance|node|server|replica)"
                            r"(?: scaling| deployments?| setup)?|production scaling(?: options)?|scaling options"
                            r"|scaling(?: considerations| plan| strategy| notes| up)?$|(?<!& )(?<!and )scalability(?: considerations)?$"
                            r"|high[- ]availability|(?-i:HA))\b", re.IGNORECASE)


_STEP_LEAD = re.compile(r"[\d.)\s*_]*(?:enable|install|add|configure|set up|turn on|deploy)\s+(?:the\s+)?")


# the label of a roadmap section or a decision record's list that puts the list after it off, as
# a heading or lead-in ("## Future Enhancements", "**Phase 2 (1,000 users)**:", "### At 10,000
# Users", "### Non-goals", "**Postpone:**", "### Explicitly NOT Included (Yet)"; not a bare "Not
# included", which a package's README puts over what one brings oneself); matched on the whole label, an optional parenthesis or
# note after it allowed; not "Next steps" (a runbook's next steps are steps)
_DEFER_LABEL = re.compile(
    r"(?:(?:future|further|later|planned|potential|possible)\s+(?:stack\s+|feature\s+|performance\s+)?"
    r"(?:enhancements?|improvements?|work|plans?|features?|"
    r"optimi[sz]ations?|upgrades?|scaling|additions?|considerations?|iterations?|extensions?)|roadmap|"
    r"phase\s*(?:2|3|ii|iii|two|three)|v[23](?:\.0)?|(?:post|after)[- ]mvp|backlog|wish ?list|non[- ]?goals|"
    r"out of scope|not in scope|(?:explicitly |deliberately |intentionally )not included(?: yet| \(yet\))?|"
    r"not included(?: yet| \(yet\))|(?:explicitly |deliberately |intentionally )?deferred(?: work| items)?|"
    r"later(?: phases)?|next (?:phase|iteration|version|release)|"
    r"next steps?,?\s*\(?(?:as|when|once)\s+(?:the\s+|your\s+)?(?:project|site|app|traffic|you|it|usage|team)\s+(?:grows?|scales?)\)?|"
    r"следующие шаги\s*\(при росте[^)]*\)|"
    r"postponed?|(?:explicitly |deliberately |intentionally )?defer|not now|not yet|not needed yet|skip for (?:now|mvp)|not (?:in v1|for mvp)|"
    r"(?:system |server )?(?:requirements|dependencies|services) removed|removed (?:requirements|dependencies|services)|"
    r"(?:at\s+)?~?\d[\d,.]*\s*[km]?\+?\s*(?:users|requests|customers|tenants)(?:\s*/\s*\w+)?)"
    r"(?:\s*[(:—–-].*)?", re.IGNORECASE)
_HEADING_MARKS = re.compile(r"^[^\w]*(?:\d{1,3}(?:\.\d{1,3})*[.)]?\s+)?[^\w]*")


# the unmistakable roadmap words, found anywhere in a short label ("Scaling Considerations &
# Future Improvements", "Explicitly out of scope for the MVP")
_ROADMAP_WORDS = re.compile(r"\b(?:future (?:improvements?|enhancements?|work|plans|features)|roadmap|non[- ]goals|"
                            r"out of scope|not in scope|"
                            r"\d[\d,.]*\s*[km]?\+?\s*(?:concurrent\s+)?(?:users|requests|customers|tenants))\b",
                            re.IGNORECASE)  # (and a scale tier: "**Medium (1000-10k users)**")


# a verb that makes a line with a user count a statement about the system, not a tier's label
_STATES_A_FACT = re.compile(r"\b(?:is|are|was|were|has|have|supports?|handles?|serves?|runs)\b", re.IGNORECASE)
# a cheap first test for ``_defer_label`` on every heading
# (a trie of the words: only tested for a match)
_DEFER_HINT = literal_alternation(("futur", "furth", "later", "plann", "potent", "possib", "roadmap", "phase", "v2", "v3",
                                   "mvp", "backlog", "wish", "goal", "scope", "defer", "next", "users", "requests",
                                   "customers", "tenants", "removed", "postpon", "not ", "skip", "при росте"), re.IGNORECASE)
_DEFER_HINT_LOWER = lower_case_twin(_DEFER_HINT)


def _defer_hint(text: str) -> bool:
    """``_DEFER_HINT`` finds something in the text. On ASCII text, the case-sensitive pattern
    searches the lower-cased text instead: the same answer, five to ten times faster."""
    return (_DEFER_HINT_LOWER.search(text.lower()) if text.isascii() else _DEFER_HINT.search(text)) is not None


# a table row that says its item is done already ("| Caching | Redis | ✅ Done |")
_DONE_CELL = re.compile(r"✅|✔|\[[xX]\]|\b(?:done|completed?|implemented|shipped|live|in place)\b", re.IGNORECASE)


# a list item's label that names a role of the stack ("**Caching Layer**: Redis for sessions")
_ROLE_LABEL = re.compile(r"[*_]{0,2}([A-Za-z][\w /-]{1,40}?)[*_]{0,2}\s*:[*_]{0,2}\s+")
# a table cell that says a tier has nothing in a role ("| Standalone | PostgreSQL | None |")
_ABSENT_CELL_RE = re.compile(r"\|[ *_`]*(?:none|n/a|—|–|-|❌|[\w-]+ only)[ *_`]*\|", re.IGNORECASE)
_ABSENT_VALUES = frozenset({"none", "n/a", "—", "–", "-", "❌"})
# the title of a column that names a role of the stack ("Cache", "Message Queue", "Session Store")
_ROLE_COLUMN_WORDS = frozenset({"cache", "caching", "queue", "message", "messaging", "broker", "session", "sessions",
                                "store", "pub/sub", "pubsub", "jobs", "job", "background", "layer", "locking", "locks",
                                "task", "tasks", "realtime", "rate", "limiting", "limiter",
                                "dependencies", "dependency", "infrastructure", "services", "backing"})
# a table of advice by situation ("| Scenario | Recommendation |", "| Use case | What to use |")
_SCENARIO_HEADER = re.compile(r"\s*[*_]*(?:scenarios?|situations?|use ?cases?|deployments?|setups?|scale|size|"
                              r"team size|traffic)[*_]*\s*\|\s*[*_]*(?:recommend\w*|advice|suggest\w*|what to use|"
                              r"stack)[*_]*\s*(?:\||$)", re.IGNORECASE)  # (a table header's source, outer pipes off)
_SCENARIO_TITLE = re.compile(r"scenarios?|situations?|use ?cases?|deployments?|setups?|scale|size|team size|traffic",
                             re.IGNORECASE)
_ADVICE_TITLE = re.compile(r"recommend\w*|advice|suggest\w*|what to use|stack", re.IGNORECASE)
# a setting that picks what fills a role ("CacheProvider", "QUEUE_DRIVER", "session_backend")
_ROLE_SETTING = re.compile(r"(?i)(?:cache|mq|queue|broker|session|pubsub|lock)_?(?:provider|driver|backend|store|"
                           r"type|adapter|connection)")
# a row about a set-up that is not production ("| Local | SQLite | None |")
# a change log's section of what a release took out ("### Removed"), and the words after the service's
# name that keep an item about the service as a whole ("- Redis dependency for jobs", "- Redis (now Solid Queue)")
_REMOVED_HEADING = re.compile(r"(?:removed|removals?|removed dependencies|dropped)", re.IGNORECASE)
_REMOVED_WHOLE = frozenset({"", "dependency", "dependencies", "service", "services", "server", "container", "containers",
                            "requirement", "support", "integration", "for", "from", "as", "and", "—", "–", "-", ":",
                            "now", "replaced", "entirely", "completely"})
# an install of a Python package with extras ("pip install pyncette[redis]", `uv add "pkg[redis]"`): group 1
# the package, group 2 its extras
_EXTRA_INSTALL = re.compile(r"\b(?:pip3?|uv(?:\s+pip)?|poetry|pipx|pdm|rye)\s+(?:install|add)\s+(?:-[-\w]+\s+)*"
                            r"[\"']?([A-Za-z0-9][\w.-]*)\[([^\]\s]+)\]")
# a heading over a table that sets the product beside other products, not its own tiers
_OTHER_PRODUCTS_HEADING = re.compile(r"\b(?:compar\w*|vs\.?|versus)\b.*\b(?:other|others|alternatives?|competitors?|similar)\b"
                                     r"|\b(?:other|similar|alternative|competing)\s+(?:\w+\s+)?(?:projects|tools|products|solutions"
                                     r"|relays|servers|services|libraries|apps|implementations)\b", re.IGNORECASE)
_NOT_PRODUCTION_TIER = re.compile(r"\b(?:dev|development|local|localhost|test|tests|testing|ci|staging|demo|sandbox|"
                                  r"laptop|preview)\b", re.IGNORECASE)


def _role_title(text: str) -> bool:
    """A table row's title that names a role of the stack ("Caching", "Message Queue") or a
    setting that picks what fills one ("`CacheProvider`", "`QUEUE_DRIVER`")."""
    title = text.strip(" *_`")
    return _role_words(title) or _ROLE_SETTING.fullmatch(title) is not None


def _role_words(text: str) -> bool:
    """Every word of the text names a role of the stack ("Caching Layer", "Message Queue")."""
    words = text.strip(" *_`").lower().split()
    return bool(words) and all(w in _ROLE_COLUMN_WORDS for w in words)


# the column of a roadmap table that holds what runs today ("| Current | To 100K Users |")
_CURRENT_COLUMN = re.compile(r"(?:current|now|today|existing|as[- ]is)(?: (?:setup|state|stack|architecture|infrastructure))?")


_SCALED_FORMS = ("cluster", "clustering", "sentinel", "replicas", "replica", "replication", "sharding")


def _scaled_form(analyser, cell: str) -> bool:
    """The cell names the service only in a scaled form of it: "Redis cluster, advanced caching"
    in a roadmap's later phase scales the one the stack has."""
    found = analyser.names.pattern.search(cell)
    rest = cell[found.end():].split() if found is not None else []
    return bool(rest) and rest[0].lower().strip("*_`,.:;()") in _SCALED_FORMS


def _planned_row(analyser, lines: list[str], first: int) -> int | None:
    """The line (1-based) of the first row of the table starting at ``lines[first]`` (under a
    roadmap heading) that names the service in a short cell ("Redis", "Celery + Redis"; not a
    sentence that mentions it) and is not marked done; not the header row nor its separator. None
    when a column of the current setup ("| Current | To 100K Users |") names it in some row: the
    later columns scale the one it has ("| 1 Redis | Redis cluster (3 nodes) |")."""
    header = [c.strip(" *_`").lower() for c in lines[first].strip().strip("|").split("|")]
    now = {k for k, title in enumerate(header) if _CURRENT_COLUMN.fullmatch(title)}
    planned = None
    for number in range(first + 2, min(len(lines), first + 40)):
        row = lines[number].strip()
        if not row.startswith("|"):
            break
        cells = [c.strip(" *_`") for c in row.strip("|").split("|")]
        if any(k in now and analyser.names.pattern.search(c) for k, c in enumerate(cells)):
            return None
        if planned is None and _DONE_CELL.search(row) is None and any(
                len(c.split()) <= 4 and analyser.names.pattern.search(c) and not _scaled_form(analyser, c) for c in cells):
            planned = number + 1
            if not now:
                break  # (no column of the current setup to look through)
    return planned


def _defer_label(text: str) -> str | None:
    """The label of a roadmap section ("Future Enhancements", "Phase 2 (1,000 users)"), as
    written; None for anything else."""
    words = _HEADING_MARKS.sub("", text).replace("**", "").replace("__", "").strip("*_: ")
    if len(words) > 60:
        return None
    if _DEFER_LABEL.fullmatch(words) is None:
        found = _ROADMAP_WORDS.search(words)
        if found is not None and found.group()[:1].isdigit() and _STATES_A_FACT.search(words):
            return None  # "The system is optimized for 2000+ concurrent users with:": what it has, not a tier
        return found.group() if found is not None else None
    cut = re.search(r"\s*[(:]|\s+[—–-]\s", words)
    return words[:cut.start()] if cut is not None and cut.start() > 0 else words


# a section of advice ("## Performance Tips", "## Best Practices", "### Caching Recommendations"):
# a step in it that sets the service up is advice, not the setup (not a security or
# troubleshooting section, whose steps harden or repair it)
_ADVICE_HEADING = re.compile(r"\b(?:recommendations?|best[- ]practices|tips|optimi[sz]ations?|suggestions?|"
                             r"(?<!redis )performance (?:issues|problems)|"
                             # (a FAQ's question: "### How do I optimize performance?")
                             r"how (?:do|can|should) (?:i|we|you) (?:optimi[sz]e|improve|boost|tune) (?:the )?performance)\b",
                             re.IGNORECASE)
# one copy for every instance, as a scale heading's item puts it: "- Shared Redis for sessions"
# "(already configured)", "(already in place)": an item that is in the current setup, whatever list it is in
_ALREADY_DONE = re.compile(r"\(\s*already\s+(?:configured|set\s+up|in\s+place|enabled|included|installed|running|wired(?:\s+up)?|done)\s*\)",
                           re.IGNORECASE)
_SHARED_LEAD = re.compile(r"(?:shared|centrali[sz]ed|central)\s+(?=\w)", re.IGNORECASE)
# (a troubleshooting heading for a slow site, "### Performance Issues": its list gives remedies,
# "- Enable Redis caching" among them, and what is a remedy is not in the setup yet)
# (advice of another kind: also the bill's, "## 📈 Cost Optimization Tips" over "- Use free Redis tiers (Upstash,
# Redis Labs)", the hundred-and-fifth session's)
_ADVICE_OTHER = re.compile(r"\b(?:security|secur\w+|hardening|troubleshoot\w*|issues?|errors?|faq|migration|"
                           r"cost|costs|pricing|billing|budget)\b",
                           re.IGNORECASE)
# a heading for a mode to run in ("## MySQL Mode", "## Mode 2: Simple (With Redis)"); a mode of the
# service itself, said right after its name ("Redis Cluster Mode", "Redis Sentinel mode"); modes of
# another kind beside it, for development or of the interface ("## Debug Mode", "## Dark Mode")
_MODE_WORD = re.compile(r"(?<![\w-])mode(?![\w-])", re.IGNORECASE)
_OWN_MODE = re.compile(r"[\s*_`-]*(?:cluster|clustered|sentinel|standalone|replica|replicas|replication|ha|stack|"
                       r"streams?|pub/?sub|keyspace|persistence|aof|rdb|tls|acl|protected|lazy|eviction|"
                       r"lru|lfu|single|master|slave|primary|cache|caching)\b", re.IGNORECASE)
# a mode named for the service being down: "### **Fallback Mode (Redis Unavailable)**" beside "### **Celery
# Mode (Redis Available)**" is what happens when it fails, a failover (the hundred-and-eighth session's)
_DOWN_STATE = re.compile(r"[\s*_`]*(?:is\s+|being\s+)?(?:unavailable|down|offline|unreachable|fails|failed|failure|outage"
                         r"|not\s+available|not\s+reachable)\b", re.IGNORECASE)
_OTHER_MODE_KIND = re.compile(r"\b(?:dev|development|debug|debugging|test|testing|maintenance|dark|light|safe|"
                              r"verbose|interactive|watch|offline|read-only|readonly|strict|demo|local|"
                              r"cluster|sentinel|replication)\b", re.IGNORECASE)
def _sibling_headings(headings, k: int, candidates: list[int]) -> list[int]:
    """The headings among ``candidates`` (indexes into ``headings``) at heading ``k``'s level and
    under the same parent heading, ``k`` itself left out."""
    def parent(j: int) -> int:
        return max((i for i in range(j) if headings[i].level < headings[j].level), default=-1)

    own = parent(k)
    return [j for j in candidates if j != k and headings[j].level == headings[k].level and parent(j) == own]


# a heading for a set-up with or without something ("## With Postgres + Redis", "## Without a
# database"), and one whose "With" names stores joined by "+", "and", "&" or commas up to the service
_VARIANT_HEADING = re.compile(r"[#\s*_]*(?:\d+[.)]\s*)?(with|without)\b", re.IGNORECASE)
_WITH_SERVICE = re.compile(r"[#\s*_]*(?:\d+[.)]\s*)?with\s+((?:[\w.-]+\s*(?:\+|and|&|,)\s*)*[\w.-]+)\s*[*_]*\s*$",
                           re.IGNORECASE)
# the words of the mode in a heading's text: "PostgreSQL + Redis Mode", "Redis mode"
_MODE_PHRASE = re.compile(r"[\w.+&/ -]*?\bmode\b(?:\s*\([^)]*\))?", re.IGNORECASE)


# (advice that is firm, or told per environment: "**Production:** Install Redis", "**Staging:** Use Redis")
_ADVICE_FIRM = re.compile(r"\b(?:always|must|required|mandatory|never|"
                          r"(?:development|dev|local|testing|tests?)(?:\s*(?:/|and|or)\s*(?:development|dev|testing|tests?))?\s+only)\b|"
                          r"^[*_]*(?:dev\w*|staging|prod\w*|test\w*|local\w*|ci)[*_]*\s*:|"
                          r"\b(?:use|run)\s+[*_`]*[\w.-]+[*_`]*\s+(?:for|in)\s+(?:production|prod)(?:\s+deployments?)?"
                          r"[*_`]*\s*(?:$|[-–—]\s+(?:install|configure|set|deploy|run|enable|add)\b)", re.IGNORECASE)
# (also "3. **Use Redis for production** - Install …", "1. **Use Redis** for production deployments": a
# directive for production alone, among tips; not "**Use Redis in production**: the cache is shared
# across servers", nor "… in production for better performance" or "… in production - for rate limiting
# and performance", which give a reason of scale or speed)
# what an item says to do with the service it names ("- Redis: ensure adequate CPU and memory")
_OPERATE_REST = re.compile(r"[*_`]*\s*[:—–-]\s*[*_]*(?:ensure|monitor|tune|size|allocate|increase|raise|watch|check|"
                           r"limit|give it|keep|track|alert|measure|benchmark|profile|"
                           r"(?:may |might |will )?needs? to (?:scale|be scaled|grow|be sized|be tuned)|"
                           r"(?:use|enable|configure|add|set up) (?:redis )?(?:clustering|cluster mode|cluster|replication|"
                           r"read replicas|replicas|sentinel|persistence|pipelining|connection pooling))\b", re.IGNORECASE)
# an item that goes on with a statement about the service ("- Redis cache is shared across all replicas",
# "- **Redis**: Can handle thousands of concurrent connections" under "### Scalability")
_STATEMENT_REST = re.compile(r"(?:[:—–-]\s*[*_]*\s*)?(?:[\w-]+\s+){0,2}(?:is|are|will|stays|remains|keeps|holds|stores|shares|handles|"
                             r"scales|must|should|provides|offers|supports|delivers|guarantees|eliminates|avoids|prevents|"
                             r"coordinates|synchroni[sz]es|syncs|"  # ("- Shared Redis state eliminates coordination overhead")
                             r"reduces|lowers|offloads|absorbs|"  # ("- **Caching:** Redis cache reduces database load")
                             r"optimi[sz]ed for|tuned for|designed for|built for|"  # ("- **Redis**: Optimized for real-time data")
                             r"can (?:handle|serve|sustain|process|store|hold|replicate|persist|deliver)|"
                             # ("- Redis can be configured with persistence for durability": tuning the one it has)
                             r"can be (?:configured|tuned|clustered|replicated|scaled)(?= with| for| to| in| as|$))\b",
                             re.IGNORECASE)
_SWITCH_WORDS = re.compile(r"toggl|optional|disabl|enabl|switch|\b(?:if|when|unless)\b", re.IGNORECASE)
# what follows the service's name in advice to use it with one of its features ("Use Redis with
# persistence"): the feature is lexicon.FEATURE_PARTS
# what follows the service's name when advice prefers it to a server of the same protocol
_INSTEAD_OF_FORK = re.compile(r"[*_`\s]*(?:instead of|over|rather than)\s+[*_`]*(?:"
                              + "|".join(sorted(_COMPATIBLE_FORKS, key=len, reverse=True))
                              + r")\b", re.IGNORECASE)
# advice to give the service a role ("Configure Redis for caching and rate limiting"), not to tune it
# an advice item labelled with the service in a role, then a step ("**Redis Caching**: Cache frequently accessed data")
_ROLE_ADVICE = re.compile(r"[*_`]*\s+(?:cach\w*|sessions?|queues?|rate[- ]limit\w*)[*_`]*\s*[:—–-]\s*[*_]*"
                          r"(?:cache|use|add|store|implement|enable|introduce|reduce|offload|speed)\b", re.IGNORECASE)
_CONFIGURE_LEAD = re.compile(r"[*_]*(?:configure|set up|setup)\s+[*_`]*$", re.IGNORECASE)
_FOR_ROLE = re.compile(r"[*_`]*\s+(?:for|as)\s+(?:the\s+|a\s+|an\s+)?"
                       r"(?:cach\w*|sessions?|queues?|rate[- ]limit\w*|pub/?sub|locks?|broker|background)\b", re.IGNORECASE)
_WITH_PART = re.compile(r"[*_`]{0,3}\s+with\s+(?:an?\s+|the\s+)?(\w+)", re.IGNORECASE)
_CONDITION_LEAD = re.compile(r"(?:only\s+)?(?:if|when)\s+(?:needed|required|necessary|desired|wanted)(?:\s+later)?|"
                             r"optionally|if you need (?:it|them|more)(?:\s+later)?|"
                             r"(?:add|introduce|enable)\s+(?:these|them|the following)(?:\s+\w+)?\s+(?:only\s+)?(?:when|if|once)"
                             r"\s+(?:you\s+)?(?:actually\s+|really\s+|truly\s+)?need\s+(?:them|it)")
# (also "Add these features when you actually need them:" over "- **Redis**: When you have performance issues")


# (the patterns of ``_lead_in_hedge``, compiled once: it reads every line that ends with a colon)
_NUMBERED_LEAD = re.compile(r"\d{1,3}[.)]\s*[*_]*")
_NOT_A_HEDGE = re.compile(r"\bnot (?:optional|recommended|a nice)")
_NO_LONGER_NEEDED = re.compile(r"\W*(?:no longer|not) (?:needed|required)\W*")
_ARE_HEDGE_END = re.compile(r"\b(?:are|is)\s+(optional|recommended|not required|nice to have)$")
_FOR_FULL_END = re.compile(r"\b(for (?:full|advanced|extra|additional) (?:functionality|features))$")
# (how the text ends when each of these patterns matches it)
_ARE_HEDGE_ENDS = ("optional", "recommended", "not required", "nice to have")
_FOR_FULL_ENDS = ("functionality", "features")
_CAN_ADD_ENDS = ("add", "enable", "turn on", "plug in")


def _lead_in_hedge(line: str) -> str | None:
    """The hedge of a lead-in that labels the list after it ("Optional components:", "The
    following services are optional:", "**Nice to have:**"); None otherwise."""
    text = line.strip().strip("*_").rstrip(":：").strip("*_ ").lower()  # (also "可选组件：")
    if "*" in text:
        text = text.replace("*", "")  # "2. **Enable *Optional* Features**:"
    numbered = _NUMBERED_LEAD.match(text)
    if numbered is not None:
        text = text[numbered.end():]  # "3. **Optional: Add Missing Features:**"
    if not text or _NONPROD_PIECES.search(text) is not None and _NONPROD_LEAD.search(text) or "never" in text \
            or "n't" in text or "not " in text and _NOT_A_HEDGE.search(text):  # (literals first: most lines lack them)
        return None
    hedge = _label_hedge(text)
    if hedge is not None:
        return hedge
    step = _STEP_LEAD.match(text)
    if step is not None and text[step.end():].startswith(("optional", "recommended", "nice")):
        return _label_hedge(text[step.end():])  # "3. **Enable Optional Features**:" over "- Redis for caching"
    if text.startswith(("optional,", "optional (", "optional -", "optional —", "recommended,")):
        return text.split()[0].rstrip(",")  # "Optional, depending on the queue backend:"
    if _CONDITION_LEAD.fullmatch(text):
        return text.strip(" *_:")  # "If needed later:" over "1. Install Redis"
    if _NO_LONGER_NEEDED.fullmatch(text):
        return text.strip(" *_✅:")  # "✅ **No longer needed:**" over "- Redis service"
    if _scale_lead_text(text) and len(text) <= 60:
        return text  # "For multiple application instances:" over "- use Redis-backed sessions"
    label = _defer_label(text) if _defer_hint(text) else None
    if label is not None:
        return label  # "**Phase 2 (1,000 users)**:" over "- Redis for cache", "**Postpone:**" over "- Redis, queues"
    if (text == "consider" or text.endswith(" consider")) and len(text) <= 80 and "not consider" not in text:
        return "consider"  # "For a production app on Vercel, consider:" over "2. Using Redis for sessions"
    # (each pattern below ends the text, "$": at its end or before a line break that ends it; a test
    # of how the text ends first, which most lines fail)
    end = text[:-1] if text.endswith("\n") else text
    m = _CAN_ADD_LEAD.search(text) if end.endswith(_CAN_ADD_ENDS) else None
    if m is not None and len(text) <= 160:
        return m.group(0)  # "The basic car works great, but you can add:" over "- **Redis**: Caching …": add-ons
    m = _MAY_NEED_LEAD.search(end) if end.endswith(" need") and len(text) <= 160 else None
    if m is not None:
        return m.group(1)  # "At the minimum, CDS needs PostgreSQL. But for serious usage you may need:"
    m = _ARE_HEDGE_END.search(text) if end.endswith(_ARE_HEDGE_ENDS) else None
    if m is None and end.endswith(_FOR_FULL_ENDS):  # "Required for full functionality:": the basic install runs
        m = _FOR_FULL_END.search(text)  # without the list
    return m.group(1) if m else None


# a lead-in that offers what the list names as additions ("…, but you can add:", "You can also enable:")
# features of the service an item may name ("Redis Cluster support", "Redis Streams for events")
_SERVICE_FEATURES = frozenset({"cluster", "streams", "stream", "sentinel", "pub/sub", "pubsub", "search", "json",
                               "modules", "replication", "persistence", "acl", "acls", "tls"})
# an article before an item's name, and a link's bracket ("- A [Redis](https://redis.io) server")
_ITEM_ARTICLE = re.compile(r"(?:an?|the)\s+\[?(?=\w)", re.IGNORECASE)
# a paragraph that states the minimum, then leads a list of what "you may need" beyond it ("At the
# minimum, CDS needs a PostgreSQL Database. But for serious usage you may need:")
_MAY_NEED_LEAD = re.compile(r"\b(?:minimum|only|serious)\b.*\b((?:you|your|one) (?:may|might) (?:also )?need)$")
_CAN_ADD_LEAD = re.compile(r"\b(?:you|one) can (?:also |optionally )?(?:add|enable|turn on|plug in)$")
# a table's "Default" column, and a cell that says off ("| `ENABLE_REDIS` | `false` |")
_DEFAULT_HEADER = re.compile("|".join(map(re.escape, ("default", "value") + DEFAULT_WHOLE_TITLES + FOREIGN_DEFAULTS)),
                             re.IGNORECASE)  # (a cheap first test; ``default_column`` decides)
# (a row's text holds its cells between pipes, without the outer ones: the last cell ends the text)
_OFF_CELL = re.compile(r"\|\s*[*_`'\"]*(?:false|0|off|no|disabled)[*_`'\"]*\s*(?:\||$)", re.IGNORECASE)
_SINGLE_MULTI_HEADER = re.compile(r"\b(?:multi[- ]?|(?:multiple|several) )"
                                  r"(?:node|server|instance|replica|host|machine)s?\b", re.IGNORECASE)
_BARE_HEDGE_CELL = re.compile(r"\|\s*[*_]*(?:optional|recommended|nice[ -]to[ -]have|opt-in|if needed|when needed|later|"
                              r"maybe|conditional)\b", re.IGNORECASE)
_HEADER_QUESTION = re.compile(r"\?|required|needed|necessary|mandatory|optional|\buse", re.IGNORECASE)
_VARIABLE_HEADING = re.compile(r"\b(?:variables?|env|environment|settings|configuration|config|variáveis|variaveis|"
                               r"variabili|umgebungsvariablen|entorno|ambiente|configuración|configuração|المتغيرات|متغيرات|متغیرها)\b")
# a heading that names a way of setting the configuration ("2. Using Environment Variables")
_WAY_TO_SET = re.compile(r"[\W\d]*(?:using|via|through|with|by)\b")
# a comment over an assignment that says which way to reach the service, not whether to run it
_VARIANT_COMMENT = re.compile(r"^\s*#.*\b(?:auth\w*|password|passwort|mot de passe|contraseña|senha|tls|ssl|"
                              r"cloud|remote|distant|remoto|managed|sentinel|cluster)\b", re.IGNORECASE)
_ASSIGNMENT = re.compile(r"\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=")
_SENTENCE_BREAK = re.compile(r"[.!?][*_)\"'”]*\s+\S")
_PRODUCTION_OR_DEV = re.compile(r"prod|dev|tests ", re.IGNORECASE)
_PRODUCTION = re.compile(r"\bprod", re.IGNORECASE)
# a paragraph that may go on about the heading's subject without naming it
_CONTINUATION = re.compile(
    r"\s*(?:[-*+]\s+)?(?:\*\*|__)?(?:(?:status|verdict|note|decision|priority|type|presence|requirement)\W{0,4}\s*)?[*_]*"
    r"(?:optional|(?:required|mandatory)\W{0,4}\s*[*_]*(?:no|false)\b|skip|(?:drop|remove) (?:it|the dependency)|not (?:required|needed|necessary)|recommended|nice to have|it(?:'s| is) [*_]*(?:optional|not|"
    r"only|recommended)|this (?:is|step is) [*_]*optional|only (?:needed|required|if|when|for))", re.IGNORECASE)

_WITHOUT_HEADER = re.compile(r"\|\s*[*_]*(?:(?:behaviou?r|fallback|mode)\s+)?(?:without|no)\s+\S+\s*[*_]*\s*(?:\||$)",
                             re.IGNORECASE)
_YES_NO_CELL = re.compile(r"\|\s*[*_]*(?:(?:❌|✅|✗|✓|✔️?)\s*[*_]*)?(?:no|yes|n|y|❌|✅|✗|✓|✔️?|—|-)[*_]*\s*(?:\||\(|$)",
                          re.IGNORECASE)
_DEV_COMMAND = re.compile(
    r"\b(?:runserver|manage\.py test|pytest|tox|npm (?:run )?(?:dev|test)|yarn (?:dev|test)|"
    r"pnpm (?:dev|test)|bun (?:run )?(?:dev|test)|deno task dev|flask run|--reload\b|docker-compose\.dev|compose\.dev|"
    r"benchmark)", re.IGNORECASE)
# a development profile or environment picked on the command line a comment describes
# ("--spring.profiles.active=development", "NODE_ENV=development npm start", "docker compose --profile
# dev up"); only that line: an env block that sets NODE_ENV=development may still name production
_DEV_PROFILE = re.compile(r"(?:profiles?\.active|_ENV|--profile|--env(?:ironment)?)[= ](?:dev|development|local)\b"
                          r"(?=.*\S)", re.IGNORECASE)


# a code span that holds a command (words with spaces between): "`magebox redis flush`"
_COMMAND_SPAN = re.compile(r"`[^`\n]*\s[^`\n]*`")
_COLON_END = re.compile(r":(?:\*\*|__)?[ \t]*\r?$", re.MULTILINE)  # (a literal first: ten times faster)
_ANY_COLON_END = re.compile(r"[:：](?:\*\*|__)?[ \t]*\r?$", re.MULTILINE)  # (also a fullwidth colon: "可选组件：")


_BOLD_LINE = re.compile(r"\*\*[^*\n]{2,60}\*\*[ \t]*\r?$")


def _bold_lines(text: str) -> list[tuple[int, str]]:
    """(line number, stripped text) of the lines that are only bold text (a heading by hand),
    found from the line starts that open with "**" (one scan, no regex over the whole text)."""
    out = []
    line, at = 1, 0
    start = 0 if text.startswith("**") else _bold_line_after(text, 0)
    while start >= 0:
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        if end - start <= 66 and _BOLD_LINE.match(text, start, end) is not None:
            line += text.count("\n", at, start)
            at = start
            out.append((line, text[start:end].strip()))
        start = _bold_line_after(text, end)
    return out


_BOLD_LINE_START = literal("\n**")  # (see ``lazyre.literal``)


def _bold_line_after(text: str, at: int) -> int:
    """The start of the first line after ``at`` that opens with "**" (-1: none): ``text.find("\\n**",
    at) + 1 or -1``, faster."""
    found = _BOLD_LINE_START.search(text, at)
    return found.start() + 1 if found is not None else -1


@functools.lru_cache(maxsize=2)
def _colon_lines(text: str) -> tuple[tuple[int, str], ...]:
    """(line number, stripped text) of the lines that end with a colon (lead-ins), found by
    one scan of the text for colons at line ends (kept for the document's next question:
    two readings ask for them)."""
    out = []
    line, at = 1, 0
    for m in (_ANY_COLON_END if "：" in text else _COLON_END).finditer(text):
        start = text.rfind("\n", 0, m.start()) + 1
        if m.end() - start > 400:  # (a paragraph on one line may end with its lead-in: "… `X_STORE`.
            continue  # Possible stores are:")
        line += text.count("\n", at, start)
        at = start
        stripped = text[start:m.end()].strip()
        if stripped:
            out.append((line, stripped))
    return tuple(out)


def _line_test(fences):
    """A test of a line number (1-based) for lying in one of the fences (opening to closing line):
    ``any(a <= number <= b for a, b in ranges)``, by a bisection over the ranges sorted and merged."""
    merged: list[list[int]] = []
    for a, b in sorted((f.span.line, f.end_line) for f in fences):
        if a > b:
            continue  # (an empty range holds no line)
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    starts = [a for a, _ in merged]

    def inside(number: int) -> bool:
        k = bisect.bisect_right(starts, number) - 1
        return k >= 0 and number <= merged[k][1]
    return inside


_SCOPED_ITEM = re.compile(r"^[ \t]*[-*+][ \t]+\*\*[^*\n]{1,40}\*\*[ \t]*\([^)\n]{1,30}\)[ \t]*:", re.MULTILINE)


# (``")**" in text`` and ``"** (" in text``: see ``lazyre.literal``)
_SCOPE_END_IN_BOLD = literal(")**")
_SCOPE_AFTER_BOLD = literal("** (")


def _dev_lead_in_lines(lines: list[str], text: str) -> set[int]:
    """Lines of the list under a lead-in about development ("**On Windows with `DEBUG=True`:**",
    "Local development:"): its items are about development."""
    out: set[int] = set()
    # a bold label that ends with its scope in parentheses is a lead-in too: "**Option B: Memory
    # Cache (Development)**" over a block
    scoped = [(n, line) for n, line in _bold_lines(text) if line.endswith(")**")] \
        if _SCOPE_END_IN_BOLD.search(text) is not None else []  # (``")**" in text``, faster)
    # and so is a list item whose bold label carries its scope: "- **InMemory** (Development): Uses
    # in-memory storage" over "  - Leave `REDIS_URL` empty"
    labelled = [(text.count("\n", 0, m.start()) + 1, m.group().strip())
                for m in _SCOPED_ITEM.finditer(text)] if _SCOPE_AFTER_BOLD.search(text) is not None else []
    for number, stripped in (*_colon_lines(text), *scoped, *labelled):
        if len(stripped) > 100 or not _dev_heading(stripped) or _PROD_HEADING.search(stripped):
            continue
        # a list item as lead-in: its own nested items ("- … Most important in CI/dev:" over
        # "  - REDIS_URL (optional)")
        nested = stripped.startswith(("-", "*", "+")) and not stripped.startswith("**")
        indent = len(lines[number - 1]) - len(lines[number - 1].lstrip())
        first = True
        for following in range(number, min(len(lines), number + 30)):
            item = lines[following]
            if not item.strip():
                continue
            if nested and len(item) - len(item.lstrip()) <= indent:
                break
            mark = item.lstrip()[:3]
            if first and mark in ("```", "~~~"):
                # "Local development and testing:" right over a code block: the whole block
                end = next((k for k in range(following + 1, len(lines)) if lines[k].lstrip().startswith(mark)),
                           len(lines) - 1)
                out.update(range(following + 1, end + 2))
                break
            first = False
            if _LIST_ITEM_RE.match(item) is None and not item.startswith((" ", "\t")):
                break
            out.add(following + 1)
    return out


# "b) With Docker Compose (Recommended)", "Using Helm (recommended)": how to run it
_MANNER_HEADING = re.compile(r"[\W\d]*(?:[a-z][.)]\s+)?(?:(?:run|running|deploy|deploying|install|installing|start|"
                             r"starting|set up|setup|host|hosting)\s+(?:it\s+|everything\s+|the \w+\s+)?)?"
                             r"(?:with|using|via|through|on)\b")
# a heading that is a way of running the stack and its hedge: "Docker Compose (recommended)"
_TOOL_HEADING = re.compile(r"[\W\d]*(?:[a-z][.)]\s+)?(?:option \w+:\s*)?(?:docker(?:[ -]compose)?|compose|kubernetes|k8s|"
                           r"helm(?: chart)?|podman|systemd|bare[- ]metal|one[- ]click|manual(?: install(?:ation)?)?|"
                           r"quick ?start|(?:automated|automatic|one[- ]command|scripted) (?:setup|install(?:ation)?))"
                           r"(?: (?:install(?:ation)?|setup|set-up|deployment|method))?"  # ("Docker Installation (Recommended)")
                           r"\W*(?:\(?(?:recommended|suggested|preferred)\)?)\W*")
# an item that names providers of the service ("- **Redis**: Redis Cloud, AWS ElastiCache")
_PROVIDERS_REST = re.compile(r"\b(?:elasticache|memorystore|upstash|redis cloud|redis enterprise|azure cache|"
                             r"azure redis|aiven|managed (?:redis|service|instance)|digitalocean)\b", re.IGNORECASE)
# "Recommended providers:", "Recommended hosting options:": which provider of the service
_PROVIDERS_LEAD = re.compile(r"\b(?:providers?|hosts?|hosting|vendors?|services? for)\b", re.IGNORECASE)
_OPTION_HEADING = re.compile(r"\W*(?:(?:option|approach|alternative|path|plan|variant|method|opción|opcion|opção|"
                             r"variante|вариант|способ)\s+|(?:방법|옵션|方法|方案|选项)\s*)\w{1,2}\b")
# (also Korean "### 방법 1: WSL2 사용 (권장)", Chinese "### 方案一：…（推荐）": one way of several is advised)
_DEPENDENT_FEATURE = re.compile(
    r"\b(?:celery|workers?|background|queues?|jobs?|tasks?|async\w*|channels|websockets?|beat|"
    r"schedul\w+|rq|huey|dramatiq|sidekiq|resque|bullmq|bull|horizon|action ?cable|caching|cache|"
    r"rate[- ]limit(?:ing|s)?|sessions?|performance|optimi[sz]ations?)\b", re.IGNORECASE)


# a heading that is only a label: "Optional", "Optional steps", "Optional (later)", "3. Extras"
_PURE_LABEL = re.compile(
    r"[^\w]*[\d.)\s]*(?:(?:optional(?:ly)?|recommended|extras?|nice[- ]to[- ]have|later|steps?|components|services|setup|"
    r"features|add-?ons|bonus|advanced|dependencies|backends|integrations|but|and|&|[-:()—–]|optionnel(?:le)?s?|"
    r"opcional(?:es)?|facoltativ[oie]|\((?:depending|selon|seg[uú]n|je nach|dependendo|a seconda)\b[^()]*\)|"
    r"\((?:features? )?(?:degrades?|degrading) gracefully\))\s*)+",
    re.IGNORECASE)
# ("### Optional (features degrade gracefully)": what the app does without each, the hundred-and-thirteenth session's)
# ("## Optional Dependencies" over "### Redis Support", "## 🔌 Optional Backends" over "### **Redis Backend**",
# "### Optionnel (selon fonctionnalités)" over "- Redis (pour cache)" beside "### Redis Cache")


# "Backend optional variables", "Other recommended settings": one word before the hedge
_QUALIFIED_VARIABLES = re.compile(
    r"[\d.)\s]*[\w-]+\s+(optional|recommended)\s+(?:env(?:ironment)?\s+)?(?:variables?|settings|env|vars?)\s*$")


# a heading that is only "optional variables" in one of its forms: "Optional environment variables",
# "Optional settings", "Variables opcionales", Arabic "المتغيرات الاختيارية" (the variables, the optional)
_HEDGED_VARIABLES = re.compile(
    r"[\d.)\s]*(?:(?:optional|recommended)\s+(?:env(?:ironment)?\s+)?(?:variables|settings|vars)"
    r"|(?:variables|variáveis|variaveis|variabili)\s+(?:opcionales|opcionais|optionnelles|opzionali|facultatives)"
    r"|(?:المتغيرات|متغيرات)\s+(?:الاختيارية|اختيارية)|متغیرهای\s+اختیاری)\s*(?:\(.*\))?\s*:?")
# a heading of the service's own that calls it required ("### Redis (Required for queues and caching)")
_OWN_REQUIRED = re.compile(r"\(\s*(?:required|mandatory|essential)\b", re.IGNORECASE)
_ADDRESS = re.compile(r"://|\blocalhost\b|\b127\.0\.0\.1\b")


# "REDIS_ENABLED=false", "export USE_REDIS=0", "$env:REDIS_ENABLED='false'" (not a commented-out line)
_SWITCH_LINE = re.compile(r"\s*(?:export\s+|\$env:|set\s+)?([A-Za-z_][\w:]*)\s*=\s*(\"[^\"]*\"|'[^']*'|[^\s#]+)")
# the first word of an answer under a question heading: "**NO!**", "**A:** Not …", "**Yes** - …",
# "**Recommended** - …"
_ANSWER = re.compile(r"[*_\s]*(?:a:[*_\s]*)?(?:no|nope|not|yes|yep|recommended|suggested|optional|only if|only when)\b|"
                     r"(?:✅\s*)?[*_\s]*(?:the\s+)?(?:app|site|application|it|everything)?\s*(?:still\s+)?works\b",
                     re.IGNORECASE)  # (or "✅ **App Still Works:**" under "## What Happens Without Redis?")


# a comment that labels the lines under it: "# Optional", "// Optional:", "# Optional settings"
# a heading that is a condition of the service left out ("### If Redis is not configured",
# "### Si Redis n'est pas configuré"): read with the sentence below it (``_condition_headings``)
_CONDITION_HEADING = re.compile(r"(?:[\d.)]+\s*)?[*_]*(?:if|when|si|wenn|falls|cuando|se|quando)\s.*"
                                r"(?:\bnot\b|n't\b|\bno\b|n'est pas|n'a pas|\bnicht\b|\bkein|\bunset\b|\bmissing\b)",
                                re.IGNORECASE)


_CONDITION_WORD = re.compile(r"\b(?:if|when|si|wenn|falls|cuando|se|quando)\s", re.IGNORECASE)


# a lead-in that offers a choice of backends ("Metarank supports two possible persistence modes:",
# "Mosca offers several persistence options:"): the nouns found first, the sentence read after. (Only
# a lead-in that ends with a colon: one that ends with a period, "… offers several persistence
# options.", is not read, as finding those costs a search of the whole text per noun.)
_CHOICE_NOUNS = ("options", "modes", "backends", "drivers", "adapters", "engines", "brokers", "type of",
                 "kind of", "stores", "values", "types", "storages", "provider", "one of", "mechanisms", "support",
                 "handlers", "implementations")  # (tested on lower-cased colon lines; a list item may lead its
# nested items)
_ANY_CHOICE_NOUN = literal_alternation(_CHOICE_NOUNS)  # (one search, not a loop over the nouns)
_CHOICE_LEAD = re.compile(r"\b(?:supports?|offers?|provides?|can use|(?:choose|pick|select)(?: from| between)?|one of|"
                          r"comes with|ships with)\b[^:.]{0,60}\b(?:options|modes|backends|drivers|adapters|engines|brokers|"
                          r"providers?)\b|"  # ("We currently support the following subscription provider:")
                          r"\b(?:define|set|select|specify|configure|choose)\b[^:.]{0,40}\b(?:type|kind) of\b|"
                          r"\b(?:possible|available|supported|allowed)\s+(?:[\w-]+\s+)?(?:stores|datastores|storages|backends|options|"
                          r"drivers|engines|handlers|caches|pub/?subs|brokers|transports)\b|"  # ("Available info storages:",
                          # "Currently supported Pub/Subs in Lightning Server are:")
                          r"\bcurrent\s+(?:[\w-]+\s+)?(?:handlers|backends|drivers|adapters|stores)\s+(?:are|include)\b|"
                          # ("Current handlers are:" over "- **files**", "- **memcached**", "- **redis**")
                          r"\b(?:possible|supported|allowed|accepted|valid)\s+values\b|"  # ("**Possible Values**:" over a setting's
                          # values, one of them a stand-in: "* `"memory"`: In-memory cache" and "* `"redis"`: …")
                          r"\b(?:dual|multiple|two|several)\s+(?:\w+\s+)?(?:backends|stores)\b|"  # ("**Dual Storage Backends**:")
                          r"\b(?:different|several|multiple|various|following)\s+(?:[\w-]+\s+)?(?:implementations|backends|stores|drivers|"
                          r"adapters)\s+(?:exist|are\s+available)\b|"  # ("Different store implementations exist:")
                          r"\b(?:two|three|several|common|main)\s+(?:common\s+|main\s+)?(?:options|backends|stores)\s+"
                          r"(?:are|include)\b|"  # "For real systems, two common options are:"
                          r"\b(?:interchange?able|pluggable|swappable)\s+(?:\w+\s+)?(?:backends|stores|drivers|adapters|engines)\b|"
                          # ("- different interchangeable backends:" over its nested items)
                          # ("The library supports multiple cache types:" over a table of them)
                          r"\b(?:supports?|offers?|provides?)\s+(?:multiple|several|two|three|four|different|various)\s+"
                          r"(?:\w+\s+)?types\b|"
                          # ("…, which can be one of:", "stores cache data in one of two ways, defined via the
                          # `config.strategy` parameter:" over "* `redis`: A Redis database." and "* `memory`: …")
                          r"\b(?:can|may)\s+be\s+one\s+of\b|\bin\s+one\s+of\s+(?:two|three|several)\s+ways\b|"
                          # ("Different storage mechanisms are available through […], and include support for
                          # storing data in:" over "- [Files](…)", "- [Redis](…)", "- [Memory](…)")
                          r"\b(?:different|multiple|several|various)\s+(?:[\w-]+\s+)?(?:mechanisms|backends|stores|"
                          r"storages|drivers|engines|adapters)\s+(?:are|is)\s+(?:available|supported)\b|"
                          # ("Supported cache" on a line of its own over "- In Memory" and "- Redis")
                          r"^\W*(?:currently\s+)?(?:supported|support|supports)(?:\s+[\w-]+)?\W*$|"
                          # ("There are several cache types supported by Trickster" over its list)
                          r"\b(?:several|multiple|various|different)\s+(?:[\w-]+\s+)?(?:types|backends|stores|storages|"
                          r"engines|drivers|adapters)\s+(?:are\s+)?supported\b|"
                          # ("**Providers:**" or "Cache backends:" over "- `Memory` — In-process memory cache
                          # (default)" and "- `Redis` — Distributed cache": the label of the choices alone)
                          r"^\W*(?:[\w-]+\s+)?(?:providers|backends|drivers|adapters)\W*$",
                          re.IGNORECASE)  # (also "Use `OCIS_CACHE_STORE` to define the type of cache to use:")
_CHOICE_REQUIRED = re.compile(r"\b(?:requires?|required|needs?|mandatory|must)\b", re.IGNORECASE)
# an item's first word: "* [Memory](…)", "- **Redis**:", "- MongoDB —"
# a table row that opens on an in-process or file store ("| Memory | BaseCache |", "SQLite | …"), the header
# cell of a column of backends, a "Default" column and its marks (``_backend_tables``)
_STAND_IN_ROW = re.compile(r"(?:^|\|)[ \t]*[\[*_`'\"]*(?:in-?memory|memory|ram|sqlite3?|files?|filesystem|disk|noop|null)"
                           r"(?:backend|cache|store|storage|driver|adapter)?\b[^|\n]*\|", re.IGNORECASE | re.MULTILINE)
# (also a class named for it: "| `InMemoryBackend` |" beside "| `RedisBackend` |", see ``_choice_stem``)
_TABLE_STAND_INS = frozenset({"memory", "in-memory", "inmemory", "ram", "sqlite", "sqlite3", "file", "files",
                              "filesystem", "disk", "noop", "null"})
_BACKEND_HEADER = re.compile(r"[*_`\s]*(?:(?:cache|storage|session|queue)\s+)?(?:backends?|stores?|storage|drivers?|"
                             r"adapters?|engines?|transports?|cache\s+(?:types?|modes?))(?:\s+(?:names?|types?))?[*_`\s]*",
                             re.IGNORECASE)
# the first cells of a table of backends that name another server or database (beside the
# in-process and file stand-ins): "| `nats` |", "| Postgres |", "| **Database** |"
_PEER_ROW_NAMES = PEER_STORES | {"database", "db", "google-pubsub", "pubsub", "amqp", "stomp", "mqtt"}
def _table_runs(model, dev) -> list[list]:
    """The document's table rows (of two cells or more, outside development sections) in runs
    of consecutive rows under one header: one list per table."""
    tables: list[list] = []
    for unit in model.units_where(lambda raw: True, kinds=("table_row",)):
        if unit.kind != "table_row" or len(unit.cells) < 2 or unit.section in dev:
            continue
        if tables and tables[-1][-1].header == unit.header and tables[-1][-1].line + 1 == unit.line:
            tables[-1].append(unit)
        else:
            tables.append([unit])
    return tables


# a table that picks a store for each situation: "| Situation | Store |", "| Requirement | Recommended
# backend |", "| Scenario | Use |" (``_situation_tables``)
_SITUATION_CELL = re.compile(r"[*_`\s]*(?:situations?|scenarios?|use[ -]cases?|requirements?|when|your setup|setup|"
                             r"deployment(?: type| size)?|environment|workload|case|need)[*_`\s?:]*", re.IGNORECASE)
_STORE_CELL = re.compile(r"[*_`\s]*(?:recommended[ \t]+)?(?:store|storage|backend|cache|adapter|driver|use|"
                         r"recommendation|choice)[*_`\s]*", re.IGNORECASE)
# a situation at a production scale, also where it names development too ("Dev / single server")
_PRODUCTION_SCALE = re.compile(r"\bsingle[ -](?:server|instance|node|process|host|machine|vm)\b|\bsmall\b|"
                               r"\bpersistence\b", re.IGNORECASE)


def _situation_cells(cells: list[str]) -> bool:
    """A header's cells: the first names situations and the second stores (``_situation_tables``)."""
    return len(cells) == 2 and _SITUATION_CELL.fullmatch(cells[0]) is not None \
        and _STORE_CELL.fullmatch(cells[1]) is not None


def _situation_header(raw: str) -> bool:
    """``_situation_cells`` on a header row's source."""
    return _situation_cells([cell.strip() for cell in raw.strip().strip("|").split("|")])


# a first cell that names what is measured of a store, not the store ("| Redis Hit |", "| Redis latency |")
_MEASURED_CELL = re.compile(r"\b(?:hits?|miss(?:es)?|lookups?|latency|round[- ]trips?|reads?|writes?)\b", re.IGNORECASE)


def _backend_header(raw: str) -> bool:
    """A table header whose first cell names backends ("Backend | Class | Alias") or that has a
    "Default" column (``_backend_tables``)."""
    cells = [cell.strip() for cell in raw.strip().strip("|").split("|")]
    return bool(cells) and (_BACKEND_HEADER.fullmatch(cells[0]) is not None
                            or any(_DEFAULT_COLUMN.fullmatch(cell) for cell in cells))


_LINK_TEXT = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_DEFAULT_COLUMN = re.compile(r"[*_`\s]*default[*_`\s]*", re.IGNORECASE)
_DEFAULT_MARKS = frozenset({"✓", "✔", "✔️", "✅", "yes", "x", "default", "true", "y"})
_REQUIRED_ROW = re.compile(r"\b(?:required|mandatory|production|prod)\b", re.IGNORECASE)
_REQUIRED_WORD = re.compile(r"\b(?:required|mandatory)\b", re.IGNORECASE)
_CHOICE_ITEM = re.compile(r"[\[*_`\"']*([\w.-]+?)(?=_*(?:[^\w.-]|$))")  # (also a quoted value: "`"memory"`"; the
# name without the underscores of its emphasis: "__redis__")
_CHOICE_KINDS = ("-sentinel", "-cluster", "-standalone")
# where the items share a suffix, the name before it: "`redis-info-storage`" beside "`file-info-storage`",
# "RedisCache" beside "MemoryCache" (``_choice_stem``), when the other's is one of these
_STEM_STAND_INS = _TABLE_STAND_INS | {"mem", "fs", "local", "array", "lru"}
_CHOICE_STAND_INS = frozenset({"memory", "in-memory", "inmemory", "ram", "local", "database", "db", "sqlite", "file",
                               "files", "filesystem", "disk", "postgres", "postgresql", "mysql", "mongodb", "mongo",
                               "levelup", "leveldb", "rocksdb", "memcached", "dynamodb", "none", "noop", "cookie", "cookies"})


# a heading that names the choices a list or table under it gives: "## Supported Backends 🔌", "## Available
# Cache Providers", "### Queue Adapters", "### Supported Cache modes" (without "supported" or "available",
# only beside an in-process or file store: ``_choice_lists``)
_CHOICE_HEADING = re.compile(r"^[*_` \t]*(?:\d+[.)][ \t]+)?"
                             r"(supported[ \t]+|available[ \t]+|built-in[ \t]+|pluggable[ \t]+|popular[ \t]+)?"
                             r"(?:(?:cache|caching|storage|session|queue|store|stream|lock|state|persistence|broker)[ \t]+)?"
                             r"(?:backends|adapters|drivers|stores|storages|providers|engines|modes)[*_` \t]*[^\w\n]*$",
                             re.MULTILINE)  # (lower case; searched over the headings' texts joined by line breaks)
# a first cell that names a setting choosing a backend ("`CACHE_TYPE`", "`STORAGE_BACKEND`")
_SELECTOR_CELL = re.compile(r"_(?:type|backend|driver|store|engine|adapter)[`*_ ]*$", re.IGNORECASE)
# "Supported cache", "### Currently Support", "Supported backends" on a line of its own, right over a list
_SUPPORTED_LINE = re.compile(r"^([ \t]*(?:#{1,6}[ \t]+)?[*_]*(?:currently[ \t]+)?(?:supported|support|supports)"
                             r"(?:[ \t]+(?:cache|caches|caching|storage|storages|stores|backends|databases|brokers|queues|"
                             r"drivers|adapters|engines))?[*_]*)[ \t]*\n(?=[ \t]*(?:[-*+]|\d{1,2}[.)])[ \t])",
                             re.IGNORECASE | re.MULTILINE)
# a sentence of its own that says several kinds are supported, over a list (a blank line between):
# "There are several cache types supported by Trickster" over "* In-Memory (default)" … "* Redis"
_SUPPORTED_SENTENCE = re.compile(r"^([ \t]*(?:there[ \t]+(?:are|is)[ \t]+)?(?:several|multiple|various|different)[ \t]+"
                                 r"(?:[\w-]+[ \t]+)?(?:types|backends|stores|storages|engines|drivers|adapters)[ \t]+"
                                 r"(?:are[ \t]+)?supported\b[^\n:]{0,60}?)\.?[ \t]*\n(?:[ \t]*\n)?"
                                 r"(?=[ \t]*(?:[-*+]|\d{1,2}[.)])[ \t])", re.IGNORECASE | re.MULTILINE)
_SUPPORT_ANY_CASE = re.compile("upport", re.IGNORECASE)
_DEV_ITEM = re.compile(r"\b(?:development|dev|testing|tests?)\b", re.IGNORECASE)
_UNTICKED_ITEM = re.compile(r"\s{0,6}(?:[-*+]|\d{1,3}[.)])\s+\[ \]")
# an item marked at its end as not there yet: "- Memcached: [aiomcache](…) IN PROGRESS", "- File (coming soon)"
_PLANNED_ITEM = re.compile(r"\b(?:in progress|coming soon|planned|not yet (?:implemented|supported|available)|wip|todo)"
                           r"[\W_]*$", re.IGNORECASE)


def _choice_headings(model) -> list[tuple[int, str, bool]]:
    """(number of the heading's last line, its text, True) of the headings that name choices
    (``_CHOICE_HEADING``): one search over the headings' texts joined by line breaks (a test per
    heading cost 28 µs a runbook). The last line of a setext heading is its underline."""
    headings = model.headings
    if not headings:
        return []
    # (one line each: a setext heading's text may run over several lines)
    joined = "\n".join(heading.raw.strip().replace("\n", " ") for heading in headings).lower()
    lines = model.source.lines
    out = []
    for found in _CHOICE_HEADING.finditer(joined):
        heading = headings[joined.count("\n", 0, found.start())]
        text = heading.raw.strip()
        atx = 0 < heading.line <= len(lines) and lines[heading.line - 1].lstrip().startswith("#")
        out.append((heading.line if atx else heading.line + text.count("\n") + 1, text.replace("\n", " "), True))
    return out


def _supported_lines(model) -> list[tuple[int, str, bool]]:
    """(number, text, heading?) of the short lines and headings that say what is supported, with
    no colon and a list right under them: "Supported cache" over "- In Memory" and "- Redis",
    "### Currently Support" over "* in-memory store" and "* Redis store". One search of the text,
    made only when it has "upport"."""
    text = model.source.text
    if "upport" not in text:
        return []
    # (both patterns match only on a line that holds "support" in some case: they are tried at the
    # start of those lines, found in the lower-cased text, instead of at every line of the text:
    # 170 µs a document with "support" in it, now 10)
    low = model.lowered
    if len(low) == len(text):  # (lower-casing kept every character's place)
        starts = []
        at = low.find("upport")
        while at >= 0:
            starts.append(text.rfind("\n", 0, at) + 1)
            end = text.find("\n", at)
            at = low.find("upport", end) if end >= 0 else -1
    else:
        starts = sorted({text.rfind("\n", 0, m.start()) + 1 for m in _SUPPORT_ANY_CASE.finditer(text)})
    out = []
    for start in starts:
        found = _SUPPORTED_LINE.match(text, start)
        if found is not None:
            line = found.group(1).strip()
            out.append((text.count("\n", 0, start) + 1, line.lstrip("#").strip(), line.startswith("#")))
    for start in starts:
        found = _SUPPORTED_SENTENCE.match(text, start)
        if found is not None:
            out.append((text.count("\n", 0, start) + 1, found.group(1).strip(), False))
    return out


def _choice_stem(name: str, others: list[str]) -> str:
    """The item's name, or the part before a suffix it shares with another item's name, where one
    of the two parts before it is an in-process or file store ("redis" of "redis-info-storage" beside
    "file-info-storage"; "Redis" of "RedisCache" beside "MemoryCache"; not of "REDIS_URL" beside
    "DATABASE_URL", variables of two services)."""
    if name.isupper() or len(name) < 5:
        return name
    for other in others:
        common = 0
        while common < min(len(name), len(other)) - 1 and name[-1 - common].lower() == other[-1 - common].lower():
            common += 1
        at = next((p for p in range(len(name) - common, len(name) - 2)
                   if name[p] in "-_." or name[p].isupper() and other[p - len(name) + len(other)].isupper()), None)
        if at is None:
            continue
        mine, theirs = name[:at].rstrip("-_."), other[:at - len(name) + len(other)].rstrip("-_.")
        if mine and theirs and (theirs.lower() in _STEM_STAND_INS or mine.lower() in _STEM_STAND_INS):
            return mine
    return name


def _choice_list_items(lines: list[str], k: int, lead_depth: int) -> list[tuple[int, int]]:
    """The items of the list under the lead-in at line ``k`` (0-based), each as its line and where
    its text starts: the items at the list's first depth, deeper than the lead's own (-1 when the
    lead is no list item)."""
    items = []
    indent = None
    for j in range(k + 1, min(len(lines), k + 24)):
        item = _LIST_ITEM_RE.match(lines[j])
        if item is None:
            if not lines[j].strip() or items and lines[j][:1] in (" ", "\t"):
                continue  # (a blank line between the lead-in and its list, or between loose items;
                # an item's indented second line)
            break
        depth = len(lines[j]) - len(lines[j].lstrip())
        if depth <= lead_depth:
            break  # (the next item beside a lead that is a list item: its nested list ended)
        if indent is None:
            indent = depth
        if depth != indent:
            continue  # (a nested item: "- Redis (`redis://`)" over "    - `redis://[HOST]:[PORT]`")
        items.append((j, item.end()))
    return items


def _choice_table_rows(lines: list[str], k: int) -> list[tuple[int, int]]:
    """The rows of a table right under the lead-in at line ``k`` (0-based; a blank line between
    them allowed), each as its line and where its first cell's text starts: "The library supports
    multiple cache types:" over "| Type | Description |", "|---|---|", "| `CAFFEINE` | In-memory |",
    "| `REDIS` | Distributed |". The header row and the delimiter row are not items. (Read from
    the lines, as the lists are: the model's table rows are built lazily and know their line only
    once built, and this is asked only under a lead-in that offers a choice.)"""
    j = k + 2 if k + 1 < len(lines) and not lines[k + 1].strip() else k + 1
    if j + 1 >= len(lines) or not lines[j].lstrip().startswith("|") or not _DELIMITER_ROW.match(lines[j + 1]):
        return []
    rows = []
    for n in range(j + 2, min(len(lines), j + 26)):
        line = lines[n]
        if not line.lstrip().startswith("|"):
            break
        start = line.index("|") + 1
        rows.append((n, start + len(line[start:]) - len(line[start:].lstrip())))
    return rows


_DELIMITER_ROW = re.compile(r"\s*\|?\s*:?-{1,}:?\s*(?:\|\s*:?-{1,}:?\s*)*\|?\s*$")


def _any_text(text: str) -> bool:
    return True


_NEED_TO = re.compile(r"\b(?:need|have|required|necessary)\s+to\s+(\w+)", re.IGNORECASE)
_TAKE_VERBS = frozenset({"use", "run", "install", "have", "deploy", "add", "enable", "keep", "provision", "host",
                         "set", "setup", "configure", "include", "start", "buy", "pay"})
_GROUP_LABEL = re.compile(r"optional(?:\s+(?:settings|variables|vars|configuration|config|env))?\s*:?", re.IGNORECASE)


def _optional_group(fence, unit, analyser, cache: dict) -> list:
    """"# Optional" over a group of lines (up to a blank line or the next comment) that sets
    the service's variable: the variable, so the service, is optional. (``cache`` keeps each
    block's lines and line numbers: a block of many such groups is split once.)"""
    from sumlint.markdown.claims import Claim

    if id(fence) not in cache:
        cache[id(fence)] = (fence.text.split("\n"), {host: k for k, (host, _) in enumerate(fence.line_map)})
    lines, index = cache[id(fence)]
    at = index.get(unit.span(0, 1).line)
    if at is None:
        return []
    for k in range(at + 1, len(lines)):  # (by index: a slice would copy the rest of the block each time)
        text = lines[k]
        stripped = text.strip()
        if not stripped or stripped.startswith(("#", "//", ";")):
            break
        setting = _ASSIGNMENT.match(text)
        if setting and analyser.names.locates(setting.group(1)):
            return [Claim(0, len(unit.text.strip()), unit.text.strip(), analyser.names.label, "comment-group")]
    return []


def _row_defaults_address(analyser, mentioning, section: int) -> bool:
    """A table row of ``section`` names the service's variable and gives an address as its
    value ("| `REDIS_URL` | `localhost:6379` | Redis address |")."""
    return any(u.section == section and u.kind == "table_row" and u.cells
               and _names_variable(analyser, u.text[u.cells[0][0]:u.cells[0][1]])
               and any(_ADDRESS.search(u.text[a:b]) or _HOST_PORT.search(u.text[a:b]) for a, b in u.cells[1:])
               for u in mentioning)


_HOST_PORT = re.compile(r"\b(?:localhost|127\.0\.0\.1|redis):\d+\b")


def _service_row(analyser, lines: list[str], start: int) -> int | None:
    """The line (1-based) of the first body row of the table at ``start`` (0-based) whose first
    cell is the service's name alone ("| Redis | Upstash Free | $0/mo |"), if there is one."""
    for k in range(start + 2, min(len(lines), start + 40)):
        row = lines[k].strip()
        if not row.startswith("|"):
            return None
        first = row.strip("|").split("|", 1)[0].strip(" *_`")
        if first and analyser.names.pattern.fullmatch(first):
            return k + 1
    return None


def _names_variable(analyser, cell: str) -> bool:
    """A table cell that is the service's variable: "`REDIS_URL`", "REDIS_HOST"."""
    name = cell.strip(" *`")
    return bool(name) and (name.lower() in analyser.names.code_names or analyser.names.locates(name))


# Words of a heading that reports the service failing ("### Issue: Redis Connection Failed",
# "### Problema: Redis non disponibile"); the fallback it describes under it is no choice.
_FAILURE_HEADING = re.compile(
    r"\b(?:fail(?:s|ed|ure|ing)?|errors?|unavailable|unreachable|down|not (?:running|available|reachable)|refused|"
    r"cannot connect|can't connect|connection (?:issues?|problems?)|timeouts?|non disponibile|no disponible|indisponible|niet beschikbaar|"
    r"nicht erreichbar|недоступ\w*)\b|不可用|连接失败|接続できない", re.IGNORECASE)
# how long the app holds out through the failure: "keeps working … until you restart it"
_HOLDS_OUT = re.compile(
    r"\b(?:keeps?|kept|until|till|continues?|continuing|temporar\w*|meanwhile|in the meantime|"
    r"for (?:a few|some|several) (?:seconds|minutes|hours)|per qualche minut\w*|weiterhin|vorübergehend|"
    r"temporalmente|temporaneamente|temporairement|пока)\b|暂时|一時的", re.IGNORECASE)
_FALLBACK_HOWS = frozenset({"without", "fallback", "fallback-paren", "switch-fallback", "remove-step"})
# a document or section about an outage: what it says to do without the service is a mitigation
_OUTAGE_HEADING = re.compile(r"\b(?:outages?|incidents?|playbooks?|degraded|postmortem|post-mortem)\b", re.IGNORECASE)


# what a rollback plan does to the service: taking it out again is undoing a change
_REMOVAL_HOWS = frozenset({"remove-step", "drop-dependency", "removal", "removed"})
_ROLLBACK_HEADING = re.compile(r"\b(?:roll-?backs?|roll(?:ing)? back|revert(?:ing)?|undo(?:ing)?)\b", re.IGNORECASE)


# a section that takes the whole install away ("## Uninstall", "## 🗑️ Desinstalación", "## Teardown")
_TEARDOWN_HEADING = re.compile(r"\b(?:uninstall\w*|deinstall\w*|tear(?:ing)?[- ]?down|desinstala\w*|désinstall\w*|"
                               r"disinstall\w*)\b", re.IGNORECASE)
# a step that takes the service away ("(Optional) Uninstall Redis", "# (Opcional) Desinstalar Redis")
_TEARDOWN_STEP = re.compile(r"\b(?:uninstall\w*|remov\w*|purg\w*|delet\w*|desinstal\w*|eliminar|deinstall\w*|"
                            r"entfern\w*|désinstall\w*|supprim\w*|disinstall\w*|rimuov\w*)\b", re.IGNORECASE)


# a step that tunes the service ("### 5. Configure Redis (Optional)", "Step 9: Harden Redis")
_TUNING_STEP = re.compile(r"^[\W\d_]*(?:step\s*\d+\s*[:.)-]?\s*)?(?:\d+[.)]\s*)?(?:configur\w*|tun(?:e|ing)|secur(?:e|ing)|"
                          r"harden\w*|optimi[sz]\w*)\b"
                          # "## Optional: Redis Configuration" (a label, then the service's tuning)
                          r"|^[\W\d_]*optional\s*[:—–-]\s*[\w-]+\s+(?:configuration|config|tuning|hardening|optimi[sz]ation)\s*$",
                          re.IGNORECASE)
# a step that installs it ("## 4. Install Redis", "### Step 2: Install Redis")
_INSTALL_STEP = re.compile(r"\b(?:install\w*|set(?:ting)?[- ]?up)\b", re.IGNORECASE)


# a command that installs or starts a package or service ("sudo apt install redis-server", "systemctl start redis")
_INSTALL_COMMAND = re.compile(r"\b(?:(?:apt(?:-get)?|dnf|yum|apk|brew|zypper|pacman)\s+(?:-\S+\s+)*(?:install|add|-S)"
                              r"|systemctl\s+(?:enable|start)|docker\s+run)\b")


def _tuning_after_install(model, analyser, unit) -> bool:
    """An optional step that configures the service, after a heading of the same guide that
    installs it with no hedge: "## 4. Install Redis" … "### Configure Redis (Optional)" tunes
    what is already there. Without such a step ("### Step 2: Configure Redis (Optional)" where
    setting `REDIS_URL` is what turns it on) it is still reported."""
    if unit.kind == "code_comment" and _TUNING_STEP.match(unit.text) and 0 <= unit.fence < len(model.fences):
        # "sudo apt install redis-server" … "# Configure Redis (optional but recommended)" in one block
        fence = model.fences[unit.fence]
        line = unit.span(0, 1).line
        return any(host < line and _INSTALL_COMMAND.search(text) and analyser.mentions(text)
                   for (host, _), text in zip(fence.line_map, fence.text.split("\n")))
    if unit.kind not in ("heading", "list_item") or not _TUNING_STEP.match(unit.text):
        return False
    line = unit.span(0, 1).line
    return any(h.line < line and _INSTALL_STEP.search(h.text) and analyser.mentions(h.text)
               and not analyser.may_claim(h.text) for h in model.headings)  # (no cue word at all in it)


def _teardown_step(model, unit) -> bool:
    """An optional step that removes the service, in a section that uninstalls the whole
    site: "## Uninstall" over "# (Optional) Uninstall Redis" (keep it if something else uses
    it), not a setup without it."""
    return _TEARDOWN_STEP.search(unit.text) is not None and any(
        _TEARDOWN_HEADING.search(above.text) is not None
        for above in ([unit] if unit.kind == "heading" else []) + list(_headings_above(model, unit)))


def _tier_group(model, number: int, kind: str) -> tuple:
    """Which series a lead belongs to: a heading's siblings (same level, same parent), or the
    bold lines of one section."""
    index = max((k for k, h in enumerate(model.headings) if h.line <= number), default=-1)
    if kind != "line" and index >= 0 and model.headings[index].line == number:
        level = model.headings[index].level
        parent = index - 1
        while parent >= 0 and model.headings[parent].level >= level:
            parent -= 1
        return ("heading", parent, level)
    return ("line", index)


# a later stage proper ("## Future Enhancements", "Next steps"), not a tier of size or the first phase
_LATER_LABEL = re.compile(r"futur|later|next|planned|roadmap|backlog|wish|potential|possib|postpon|defer|removed",
                          re.IGNORECASE)


def _in_first_tier(series: list[tuple[int, bool, int | None]], lines: list[str]) -> bool:
    """The service is listed under the first lead of a series of tiers ("### Small Scale (< 1000
    users)", "### Medium Scale …", "### Large Scale …"; "## Phase 1 (MVP)", "## Phase 2"): it
    is there from the start, so the later tiers do not defer it."""
    if len({number for number, _, _ in series}) < 2:
        return False  # (one lead, perhaps found twice: as a bold line and as a line ending with a colon)
    number, defer, item_line = min(series, key=lambda lead: (lead[0], lead[2] is None))
    return defer and item_line is not None and _LATER_LABEL.search(lines[number - 1]) is None


# a section on what to do when things go wrong: turning the service off there is a mitigation,
# not the setup ("### Rollback Procedures" over "# 1. Disable Redis immediately", "## Emergency
# Procedures" over "**Level 1:** Disable Redis (`REDIS_ENABLED=false`)")
_EMERGENCY_HEADING = re.compile(r"\b(?:emergenc(?:y|ies)|escalation|incidents?|outages?|kill[- ]?switch(?:es)?)\b",
                                re.IGNORECASE)


def _mitigation_section(model, item) -> bool:
    """The unit or fenced block stands under a rollback, emergency or incident heading (at any
    level above it)."""
    return any(_ROLLBACK_HEADING.search(above.text) is not None or _EMERGENCY_HEADING.search(above.text) is not None
               for above in _headings_above(model, item))


# a hosted copy of the service named by its provider or kind ("Upstash Redis", "ElastiCache",
# "managed Redis"; not "self-hosted")
_HOSTED_COPY = re.compile(r"\b(?:" + "|".join(sorted(_HOSTED_PRODUCTS)) + r"|redis\s+cloud|azure\s+cache|"
                          r"(?<!self-)(?:managed|hosted))\b", re.IGNORECASE)


def _hosted_swap(model, unit) -> bool:
    """A removal step that a hosted copy of the service stands behind, in the unit's own words
    or in a heading above it ("### Option 1: Upstash Redis" over "5. **Remove Redis from
    depends_on**", "# Remove redis dependency when using Upstash"): the local copy goes, the
    service stays."""
    return _HOSTED_COPY.search(unit.text) is not None or any(
        _HOSTED_COPY.search(above.text) is not None for above in _headings_above(model, unit))


# a decision record's section of the options it weighed and turned down ("## Alternatives
# considered", "### Rejected alternatives", "## Considered Options")
_CONSIDERED_HEADING = re.compile(r"^\W*(?:\d+(?:\.\d+)*\.?\s+)?(?:(?:alternatives|options)\s+(?:considered|rejected)|"
                                 r"(?:considered|rejected)\s+(?:alternatives|options))\W*$", re.IGNORECASE)


def _considered_section(model, unit) -> bool:
    """The unit stands under a decision record's heading of the alternatives it weighed: what
    an option would drop is the option's, not the setup's ("## Alternatives considered" over
    "- **pg-boss** — attractive because it removes Redis entirely … Rejected because …")."""
    return any(_CONSIDERED_HEADING.match(above.text) is not None for above in _headings_above(model, unit))


# a heading on keeping copies of the data ("### Backup Strategy", "## Backups", "### Backup & Recovery")
_BACKUP_HEADING = re.compile(r"\bback-?ups?\b|\bbacking up\b", re.IGNORECASE)


# a heading over a comparison of stores or a choice ("## Storage Backend Comparison", "## Memcached vs Redis",
# "### Choosing a store"; not "## Comparison" alone, which may set the parts of one stack side by side)
_STORE_KINDS = r"(?:backend|store|storage|database|db|cache|caching|broker|queue)s?"
_COMPARISON_SECTION = re.compile(rf"\bvs\.?(?!\w)|\bversus\b|\bchoos|\bchoice|\balternatives?\b|"
                                 rf"\bcompar\w*\b.*\b{_STORE_KINDS}\b|\b{_STORE_KINDS}\b.*\bcompar", re.IGNORECASE)


def _section_titled(model, unit, pattern: re.Pattern) -> bool:
    """The unit stands right under a heading that ``pattern`` finds: ``_COMPARISON_SECTION``, or
    ``_BACKUP_HEADING`` ("### Backup Strategy" over "- **Redis**: Not critical, stores cache only",
    "## Backups" over "Redis needs no backup": what a unit there says of the service is whether its
    data needs a copy; on the labelled documents all 24 units under such headings are −)."""
    return 0 <= unit.section < len(model.headings) and pattern.search(model.headings[unit.section].text) is not None


def _rollback_section(model, unit) -> bool:
    """The unit is a rollback heading, or stands under one at any level above it ("## Rollback
    plan" over "### Full rollback (removes Redis dependency)")."""
    if unit.kind == "heading" and _ROLLBACK_HEADING.search(unit.text) is not None:
        return True
    return any(_ROLLBACK_HEADING.search(above.text) is not None for above in _headings_above(model, unit))


# a document about taking the service out: its title or opening says so ("# Redis Removal
# Summary", "# Redis to PostgreSQL Migration", "**Goal:** … by removing Upstash Redis")
_TAKE_OUT_STEMS = ("remov", "drop", "eliminat", "replac", "migrat", "delet", "decommission", "rid of",
                   "削除", "去除", "移除", "删除", "去掉")


def _take_out_hint(text: str) -> bool:
    """A cheap first test: some word of taking out ("remove", "drop", "migrate", …) is in the text
    (substring tests on the lowered text: a case-blind pattern of alternatives is tried at every
    position, 50 µs a runbook over its headings and opening)."""
    low = text.lower()
    return any(stem in low for stem in _TAKE_OUT_STEMS)
_TAKE_OUT = re.compile(r"\b(?:remov(?:e|es|ed|ing)|dropp(?:ed|ing)|eliminat(?:e|ed|ing)|decommission(?:ed|ing)?|"
                       r"(?:getting|got|get) rid of)\s+(?:(?:the|all|our|unused|any)\s+)*", re.IGNORECASE)
_MIGRATION_TITLE = re.compile(r"[^\w]*(?P<old>[\w .-]{1,30}?)\s+(?:to|→|->)\s+(?P<new>[\w .-]{1,30}?)\s+migration\b",
                              re.IGNORECASE)


def _migration_title(analyser, title: str):
    """The match of a title that moves off the service ("# Redis to PostgreSQL Migration"),
    or None (also for a move to a compatible fork, which keeps the service: "Redis to Valkey
    migration")."""
    from sumlint.markdown.lexicon import _COMPATIBLE_FORKS

    migration = _MIGRATION_TITLE.match(title)
    if migration is None or not analyser.names.pattern.fullmatch(migration.group("old").strip()) \
            or migration.group("new").strip().lower().split(" ")[0] in _COMPATIBLE_FORKS:
        return None
    return migration




# Japanese "Redis削除" / "Redis依存を削除" (removing it, its dependency), Chinese "去除 Redis" / "移除 Redis 依赖"
_CJK_REMOVED_AFTER = re.compile(r"\s*(?:の)?(?:依存(?:関係)?を?)?削除")
_CJK_REMOVED_BEFORE = re.compile(r"(?:去除|移除|删除|去掉|移走|移除掉)\s*$")
_CJK_REMOVED_PART = re.compile(r"\s*(?:依赖|依賴|缓存|快取|服务|服務)?\s*$")


def _cjk_removal(analyser, title: str) -> str | None:
    """The wording of a Japanese or Chinese title that takes the service out, or None."""
    for name in analyser.names.pattern.finditer(title):
        after = _CJK_REMOVED_AFTER.match(title, name.end())
        if after is not None:
            return title[name.start():after.end()]
        before = _CJK_REMOVED_BEFORE.search(title, 0, name.start())
        if before is not None and _CJK_REMOVED_PART.match(title, name.end()):
            return title[before.start():name.end()]
    return None


def _removal_document(model, analyser) -> bool:
    """The document's title, or the prose under it before the first section, takes the
    service out."""
    headings = model.headings
    lines = model.source.lines
    if headings and headings[0].line <= 3 and headings[0].level == 1:
        if _take_out_hint(headings[0].raw) and analyser.mentions(headings[0].raw):
            title = headings[0].text  # (rendered only here: most titles do not take the service out)
            if _migration_title(analyser, title) is not None:
                return True  # "# Redis to PostgreSQL Migration"
            if not title.isascii() and _cjk_removal(analyser, title) is not None:
                return True  # "# Redis削除の概要"
            if any(c.how in _REMOVAL_HOWS for c in analyser.analyse(title)):
                return True
        end = headings[1].line - 1 if len(headings) > 1 else len(lines)
    else:
        return False  # (no title: the first lines are the content, not an opening about it)
    head = lines[:min(end, 12)]
    if not _take_out_hint("\n".join(head)):
        return False  # (most documents: one search)
    opening = "\n".join(line for line in head if _LIST_ITEM_RE.match(line) is None)  # (its prose)
    # "Successfully removed all Redis dependencies", "by removing Upstash Redis"
    return _taken_out_at(analyser, opening) is not None


def _taken_out_at(analyser, text: str) -> int | None:
    """Where the text takes the service out with a verb before it ("removing Redis",
    "removed all Redis dependencies", "removing Upstash Redis"), or None."""
    for taking in _TAKE_OUT.finditer(text):
        words = text[taking.end():taking.end() + 40].split()[:2]
        if words and (analyser.names.pattern.match(words[0].strip("*_`")) is not None or len(words) == 2
                      and words[0][:1].isupper() and analyser.names.pattern.match(words[1].strip("*_`,.")) is not None):
            return taking.start()
    return None


def _removal_scope(model, analyser) -> set[int]:
    """Indexes of the sections about taking the service out: every section of a removal
    document (-1 too: its opening), and each section under a heading that takes it out
    ("### Redis removal", "## Removing Redis") with the sections nested in it."""
    if _removal_document(model, analyser):
        return set(range(-1, len(model.headings)))
    out: set[int] = set()
    if not _take_out_hint("\n".join(h.raw for h in model.headings)):
        return out  # (most documents: one search over the headings)
    for k, heading in enumerate(model.headings):
        if k not in out and _take_out_hint(heading.raw) and analyser.mentions(heading.raw) \
                and any(c.how in _REMOVAL_HOWS for c in analyser.analyse(heading.text)):
            out |= _nested(model.headings, k)
    return out


def _own_heading(model, analyser, index: int) -> bool:
    """The service has a heading of its own outside heading ``index``'s section, with no hedge
    in it ("### 4. Redis Service"): it stands in the stack on its own."""
    inside = _nested(model.headings, index)
    return any(k not in inside and analyser.is_topic(h.raw) and _ANY_HEADING_HEDGE.search(h.raw.lower()) is None
               for k, h in enumerate(model.headings))


def _headings_above(model, unit):
    """The heading the unit stands under, then each heading of a higher level above it."""
    heading = model.section_of(unit)
    if heading is None:
        return
    index, level = unit.section, heading.level + 1
    while index >= 0:
        above = model.headings[index]
        if above.level < level:
            yield above
            level = above.level
        index -= 1


def _under_dev_comment(model, unit) -> bool:
    """The comment stands in a run of comment lines (no blank line, no code between) whose
    first line labels the run for development or tests ("// Development (NODE_ENV !==
    'production')" over "// Uses in-memory store" and "// No Redis required"), read as
    ``dev_heading`` reads a heading."""
    lines = model.source.lines
    k = unit.line - 2  # (0-based: the line above the comment)
    label = None
    while 0 <= k < len(lines):
        stripped = lines[k].strip()
        if not stripped.startswith(("//", "#")) or stripped.startswith("```"):
            break
        label = stripped.lstrip("/#* \t")
        k -= 1
    return label is not None and _dev_heading(label)  # (read as a heading of the run is)


# an item labelled as the remedy for the trouble its list describes ("- **Solution**: Use Redis")
_REMEDY_LABEL = re.compile(r"[*_]*(?:solution|fix|remedy|workaround|resolution)[*_]*\s*:", re.IGNORECASE)


def _own_line(model, unit) -> bool:
    """The code comment stands on a line of its own, not after code on that line."""
    line = model.source.lines[unit.line - 1] if 0 < unit.line <= len(model.source.lines) else ""
    return line.lstrip().startswith(("#", "//", ";"))


_CROSSES = ("❌", "✗", "✘", "⛔", "🚫")


def _over_crossed_list(lines: list[str], unit) -> bool:
    """The unit ends with a colon over a list whose every item opens with a cross ("Without
    Redis, the application uses in-memory rate limiting which:" over "- ❌ Only works on a single
    server instance", "- ❌ Can be bypassed …"): the list says what goes wrong without it."""
    if not unit.text.rstrip(" *_").endswith(":") or not (0 < unit.line <= len(lines)):
        return False
    items = 0
    fence = ""  # a block before the list ("**Sem Redis (cache local em memória):**" over a diagram of
    # three caches, then "- ❌ Cada instância tem seu próprio cache"; hundred-and-first session)
    for line in lines[unit.line:unit.line + 40]:
        stripped = line.strip()
        if fence:
            if stripped.startswith(fence):
                fence = ""
            continue
        if not items and stripped.startswith(("```", "~~~")):
            fence = stripped[:3]
            continue
        if not stripped:
            if items:
                break
            continue
        marker = stripped[:2] if stripped[:2] in ("- ", "* ", "+ ") else None
        if marker is None:
            if items or not unit.text.rstrip().endswith(stripped):
                break  # (the unit's own later lines come before the list)
            continue
        if not stripped[2:].lstrip(" *_").startswith(_CROSSES):
            return False
        items += 1
    return items >= 2


# a section on credentials ("## Credentials", "### Secrets and passwords") and what an item in it is about
_CREDENTIALS_HEADING = re.compile(r"\b(?:credentials?|secrets?|passwords?|authentication)\b", re.IGNORECASE)
_CREDENTIAL_WORDS = re.compile(r"\b(?:credentials?|passwords?|secrets?|auth\w*|tokens?|users?names?)\b", re.IGNORECASE)


_NOTE_MARKS = "*†‡¹²³"


def _footnote_requires(model, analyser, unit, found) -> bool:
    """Every hedge in the row is a cell with a note mark ("No*", "Optional†") whose note under the
    table says production requires it ("*At least one Redis configuration must be set for
    production."): the cell's "No" holds outside production only."""
    marks = set()
    for claim in found:
        after = unit.text[claim.end:claim.end + 2].lstrip("\\")
        if not after or after[0] not in _NOTE_MARKS:
            return False
        marks.add(after[0])
    if len(marks) != 1:
        return False
    mark = marks.pop()
    lines = model.source.lines
    last = unit.line  # the table's last row: the lines with cells from this one on
    while last < len(lines) and "|" in lines[last]:
        last += 1
    for number in range(last + 1, min(last + 4, len(lines) + 1)):
        note = lines[number - 1].strip()
        if not note:
            continue
        bare = note.lstrip("\\")
        if bare.startswith(mark) and not bare.startswith(("* ", "** ")) and analyser.requires_in_production(bare, []):
            return True
    return False


def _credentials_item(model, unit) -> bool:
    """A list item under a heading about credentials that talks about them ("## Credentials" over
    "- **Redis (optional):** If you secure Redis with a password, modify the `redis` URL …"): the
    item's "optional" is said of the service's credentials, as each item there names whose they are."""
    if unit.kind != "list_item" or _CREDENTIAL_WORDS.search(unit.text) is None:
        return False
    heading = model.section_of(unit)
    return heading is not None and _CREDENTIALS_HEADING.search(heading.text) is not None


_WITHOUT_WORD = re.compile(r"\b(?:without|ohne|sans|sin|sem|senza)\b|без", re.IGNORECASE)


def _production_sections(model, analyser) -> set[int]:
    """The sections with a prose sentence that says what production does without the service
    ("- In production mode: the app will not start without Redis"): the section's going without
    it is for the other mode. (Not a plain "Redis is required in production", which a section
    can say before it hedges.)"""
    return {unit.section for unit in model.units_where(analyser.worth, kinds=_PROSE_KINDS)
            if "prod" in unit.text.lower() and _WITHOUT_WORD.search(unit.text) is not None
            and analyser.requires_in_production(unit.text, unit.code)}


def _failure_section(model, analyser, unit) -> bool:
    """The unit tells how long the app holds out under a heading that reports the service
    failing ("### Problem: Redis connection refused" over "The site keeps working without Redis
    … until you restart it"), or stands under a heading (at any level above it) about an outage
    of it ("# Redis outage playbook" over "## Disable Redis"). What the app can do without the
    service, said under such a heading ("### Redis connection errors" over "App works fine
    without Redis"), is a choice all the same: held-out labels read it so five times in five."""
    heading = model.section_of(unit)
    if heading is None:
        return False
    if _FAILURE_HEADING.search(heading.text) is not None and analyser.mentions(heading.text) \
            and _HOLDS_OUT.search(unit.text) is not None:
        return True
    return any(_OUTAGE_HEADING.search(above.text) is not None and analyser.mentions(above.text)
               for above in _headings_above(model, unit))


_COST_HEADING = re.compile(
    r"\b(?:performance|benefits?|impact|comparison|loss(?:es)?|risks?|trade-?offs?|why|beneficios|ventajas|avantages"
    r"|vorteile|vantagens|desempenho|rendimiento)\b|性能|收益|利点|为什么|為什麼|למה|لماذا|зачем|почему", re.IGNORECASE)
# a heading that says the service is required ("Redis Required for Campaign Features"), and hedges
# that take that back ("Redis Required Only for Workers")
_REQUIRED_HEADING = re.compile(r"\b(?:required|requires|mandatory|essential|necessary)\b", re.IGNORECASE)
_HEDGED_HEADING = re.compile(r"\b(?:only|if|when|unless|optional\w*|not|no)\b", re.IGNORECASE)
# a heading over sample output ("### Check Server Logs", "Expected output")
_OUTPUT_HEADING = re.compile(r"\b(?:logs?|output|console|verify\w*|verification|check\w*)\b", re.IGNORECASE)
_BARE_WITHOUT = re.compile(r"[\W_]*(?:(?:scenario|cenário|escenario|scénario|szenario)\s+)?"
                           r"(?:without|sin|sans|ohne|sem|no|без|בלי|ללא|بدون)\s+[\w-]+(?:\s*\([^()\n]{1,40}\))?[\W_]*",
                           re.IGNORECASE)  # (also "### Without Redis (Direct API Calls)" over a block of timings)
# a caption's parenthesis that names what stands in ("Without Redis (In-Memory)")
_STAND_IN_PAREN = re.compile(r"\([^()]*\b(?:memory|in-memory|local|database|db|sqlite|files?|filesystem|fallback|"
                             r"sync|synchronous|eager|inline|in-process)\b[^()]*\)", re.IGNORECASE)
_KEEPS_WORKING = re.compile(
    r"\b(?:works?|working|runs?|running|starts?|falls?\s+back|fallback|in-memory|in\s+memory|still|normally"
    r"|allowed|fonctionn\w*|funciona\w*|funktioniert)\b", re.IGNORECASE)


def _cost_caption(model, unit) -> bool:
    """A bare "**Without Redis:**" caption under a heading about performance, benefits or losses
    (or why it is used: "## Why Redis?"), over lines that list only what is lost ("Every request
    hits the database", "❌ System doesn't work"): the cost of going without it, an argument for
    it, not an offer to go without it. Also under a heading that says it is required ("## Redis
    Required for Campaign Features"), and over a block of sample output under a heading about
    checking logs or output ("### Check Server Logs" over "⚠️ **No Redis:**" and its log lines)."""
    if not _BARE_WITHOUT.fullmatch(unit.text) or _STAND_IN_PAREN.search(unit.text):
        return False  # ("### Without Redis (In-Memory)", "(Memory Cache Only)": the setup with a stand-in)
    line = unit.span(0, 1).line
    above = [h for h in _headings_above(model, unit) if h.line != line]
    if any(_REQUIRED_HEADING.search(h.text) and not _HEDGED_HEADING.search(h.text) for h in above):
        return True  # "## Important: Redis Required for Campaign Features" over "Without Redis:": what breaks
    if above and _OUTPUT_HEADING.search(above[0].text) and next(
            (raw.strip() for raw in model.source.lines[line:line + 3] if raw.strip()), "").startswith(("```", "~~~")):
        return True  # "### Check Server Logs" over "⚠️ **No Redis:**" then a block of log lines: what it prints
    if not any(_COST_HEADING.search(h.text) for h in above) and not _paired_with(model.source.lines, line, unit.text):
        return False
    body: list[str] = []
    for raw in model.source.lines[line:line + 8]:
        if raw.lstrip().startswith("#") and body:
            break
        body.append(raw)
    return not _keeps_working("\n".join(body))


_NEGATED_BEFORE = re.compile(r"(?:n't|\bnot|\bnever|\bno longer|\bcannot)\s+(?:\w+\s+)?$", re.IGNORECASE)


def _keeps_working(body: str) -> bool:
    """Some line of ``body`` says the app goes on (not "❌ System doesn't work", a loss)."""
    return any(_NEGATED_BEFORE.search(body, max(0, m.start() - 20), m.start()) is None
               for m in _KEEPS_WORKING.finditer(body))


_DEFAULT_FIELD = re.compile(r"\s*(?:[-*+]\s+)?[*_]*default(?: value)?[*_]*\s*:\s*[*_]*\s*(\S+)", re.IGNORECASE)


def _default_follows(lines: list[str], line: int) -> bool:
    """The field right after ``line`` (1-based) gives a default value ("**Default:** localhost"):
    the setting is not required because it has one (not "Default: none")."""
    for raw in lines[line:line + 2]:
        found = _DEFAULT_FIELD.match(raw)
        if found is not None:
            return found.group(1).strip("`*_.").lower() not in ("none", "-", "—", "n/a", "empty", "unset", "null", "")
    return False


def _local_default_in_section(lines: list[str], line: int) -> bool:
    """A line of the section after ``line`` (1-based; up to the next heading or 16 lines) gives a
    default address on this machine ("- **host**: *String* Redis hostname. Defaults to:
    `"127.0.0.1"`")."""
    for raw in lines[line:line + 16]:
        if raw.startswith("#"):
            return False
        if "efault" in raw:
            value = raw.split("efault", 1)[1].lstrip("s:*_ ")
            if value.lower().startswith("to"):
                value = value[2:].lstrip(":*_ ")
            if _local_default("default: " + value.strip(" \"'`")):
                return True
    return False


# (also a pair of scenarios: "**Cenário sem Redis:**" … "**Cenário com Redis (5 min de cache):**",
# hundred-and-first session)
_BARE_WITH = re.compile(r"[\W_]*(?:(?:scenario|cenário|escenario|scénario|szenario)\s+)?"
                        r"(?:with|con|avec|mit|com|с|со|עם|مع)\s+([\w-]+)(?:\s*\([^()\n]{1,40}\))?[\W_]*",
                        re.IGNORECASE)


def _paired_with(lines: list[str], line: int, caption: str) -> bool:
    """A "**With Redis:**" caption follows the "**Without Redis:**" one in its section (up to the
    next heading): the two compare the setups, side by side."""
    name = caption.strip("*_:# ").split()[-1].strip("*_:").lower() if caption.strip("*_:# ").split() else ""
    for raw in lines[line:line + 60]:
        if raw.lstrip().startswith("#"):
            return False
        found = _BARE_WITH.fullmatch(raw.strip())
        if found is not None and found.group(1).lower() == name:
            return True
    return False


_METRIC_WORDS = frozenset({"hit", "hits", "miss", "misses", "latency", "memory", "keys", "connections", "usage",
                           "metrics", "rate", "ops", "evictions", "uptime", "size", "lag", "throughput"})


_RESULTS_HEADING = re.compile(r"\b(?:results?|benchmarks?|measurements?|load[\s-]?tests?|load testing)\b",
                              re.IGNORECASE)
_TUNING_PARTS = frozenset({"pool", "pooling", "password", "persistence", "eviction", "timeouts", "timeout", "tls",
                           "acl", "acls", "prefix", "namespace", "keys", "ttl", "ttls"})


def _tuning_part(analyser, heading: str) -> bool:
    """A heading that names a part of the service one tunes ("### Redis Pool", "## Redis
    Persistence"): a condition under it gates the part, not the service. (Not "### Redis
    Connection": how the app reaches the service is the service.)"""
    named = analyser.names.pattern.match(heading)
    rest = heading[named.end():].lstrip("`*_ ").split() if named is not None else []
    return bool(rest) and rest[0].lower().strip(",.:;()") in _TUNING_PARTS


def _part_after_name(analyser, text: str) -> bool:
    """The item goes on from the service's name to a part or a measure of it ("Redis hit
    rate", "Redis memory usage", "Redis password")."""
    from sumlint.markdown.lexicon import PART_NOUNS

    named = analyser.names.pattern.match(text)
    if named is None:
        return False
    rest = text[named.end():].lstrip("`*_ ").split()
    word = rest[0].lower().strip(",.:;()") if rest else ""
    return word in _METRIC_WORDS or word in PART_NOUNS


# a recommended design, order or way of looking after what runs ("Recommended production topology",
# "Recommended order", "Recommended Monitoring"): the advice is that, with the service in it or watched
# "#### Recommended Resources (Production)" over "- **Redis**: 2GB RAM": how big each part should be
_SIZING_HEADING = re.compile(r"[\W\d]*(?:recommended|suggested|proposed)\s+(?:\w+\s+)?(?:resources?|hardware|"
                             r"specs?|specifications|sizing|sizes|capacity|memory|ram|limits)\b")
_SHAPE_HEADING = re.compile(r"[\W\d]*(?:recommended|suggested|proposed)\s+(?:\w+\s+){0,2}?(?:shape|architecture|design|"
                            r"topology|layout|stack|setup|set-up|configuration|deployment|infrastructure|order|"
                            r"(?:software )?requirement|prerequisite|"  # "Suggested Server Software Requirements:"
                            r"sequence|monitoring|alert|alerting|metric|dashboard|observability|logging|backup|"
                            r"maintenance|hardening|tuning|setting)s?\W*$")
# the same in Chinese and Japanese: a recommended order, architecture, topology or way of watching it
_CJK_SHAPE_LEAD = re.compile(r"(?:推荐|推薦|建议|建議|推奨|おすすめ)\w{0,4}?(?:顺序|順序|順番|架构|架構|拓扑|拓撲|监控|監控|構成|アーキテクチャ)")
_ENUMERATED_HEADING = re.compile(r"\s*(?:\d{1,2}|[A-Ha-h])[.)]\s+\S")


# a heading that is a step of setting values ("Configure environment variables (if needed)")
_SET_STEP_HEADING = re.compile(r"[\W\d]*(?:configure|set|edit|update|adjust|fill in|create|review)\b")


# a numbered phase of a plan at a heading's start ("### Phase 2 (Redis): Distributed", "## Stage 3: …")
# (group 1 is its wording, group 2 its number)
_PHASE_NUMBER = re.compile(r"[^\w]*((?:phase|stage)\s*(\d+))\b", re.IGNORECASE)
# what a plan's first phase runs on instead of the service, or that it is what runs now
_STAND_IN_PHASE = re.compile(r"\b(?:in[- ]?memory|memory|in[- ]process|sqlite|files?|database|postgres\w*|current|"
                             r"today|now)\b", re.IGNORECASE)
_FIRST_PHASE = re.compile(r"[\W\d]*(?:phase|stage)\s*[01]\b", re.IGNORECASE)


# a heading that is one comparison of two names, after a number, marks or a label ("## Memcached vs
# Redis", "### 2. Redis vs. Kafka", "# PostgreSQL vs Redis: Why PostgreSQL?"); groups a, vs and b
_VERSUS_TITLE = re.compile(r"[\W\d]*(?:[^\W\d][^:]{0,30}:\s*)?[\"“']?(?P<a>[\w.-]+)\s+(?P<vs>vs\.?|versus)\s+"
                           r"(?P<b>[\w.-]+)[\"”']?\s*(?:[?:(].*)?", re.IGNORECASE)


# a heading that hedges what goes into production and names nothing else ("### Recommended for
# Production"): the variable listed under it is the service's own, whatever other section it has
_FOR_PRODUCTION_HEDGE = re.compile(r"[\W\d]*(?:recommended|suggested|optional)\s+(?:for|in)\s+(?:production|prod)\W*")


# a use of the service that a roadmap may add to a stack that has it ("- Redis sessions")
_NEW_USES = frozenset({"sessions", "session", "pub/sub", "pubsub", "queues", "queue", "locks", "locking", "streams",
                       "rate-limiting", "leaderboards", "search"})


def _title_names(model, analyser) -> bool:
    """The document's title (its first heading, at level one) names the service: its stack has it
    ("# 🚀 Express + PostgreSQL + Redis + Docker Backend")."""
    headings = model.headings
    return bool(headings) and headings[0].level == 1 and analyser.mentions(headings[0].raw) \
        and not analyser.analyse(headings[0].text)


def _set_up_above(model, analyser, unit) -> bool:
    """A heading above the unit is a step that sets the service up and says nothing of it being
    optional ("#### Add Upstash Redis", "### Configure Redis"): "With Redis configured, …" after it
    is the state that step reached, not a mode one may choose."""
    return any(heading.line < unit.line and analyser.mentions(heading.raw) and analyser.provisions(heading.text)
               and not analyser.analyse(heading.text) for heading in model.headings)


def _first_phase_has_it(model, analyser, unit) -> bool:
    """A heading of a later phase whose first phase, a sibling heading before it, names the
    service too ("### Phase 1: MVP (PostgreSQL + Redis)"): it is there from the start."""
    if unit.kind != "heading":
        return False
    headings = model.headings
    index = next((k for k, h in enumerate(headings) if h.line == unit.line), None)
    if index is None:
        return False
    level = headings[index].level
    for k in range(index - 1, -1, -1):
        if headings[k].level < level:
            return False
        if headings[k].level == level and _FIRST_PHASE.match(headings[k].text) and analyser.mentions(headings[k].raw):
            return True
    return False


# a phase of an installation procedure ("## Phase 2: Install Core Dependencies", "## Phase 3:
# Database Setup (PostgreSQL)"), not of a roadmap
_PHASE_LABEL = re.compile(r"[\W\d]*(?:phase|stage)\s*\d+\s*[:.—–-]\s*(.*)", re.IGNORECASE)
_SETUP_PHASE_STEP = re.compile(r"\b(?:install\w*|set(?:ting)? up|setup|prepar\w*|provision\w*|configur\w*|download\w*|"
                               r"initiali[sz]\w*|compile|create)\b", re.IGNORECASE)


def _install_phases(model, unit) -> bool:
    """A heading "## Phase 4: Install Redis Cache" in a series of phases of which two others are
    installation steps too ("## Phase 1: Server Preparation", "## Phase 2: Install Core
    Dependencies"): the phases are the order of the setup, not a roadmap (not "## Phase 2: Add
    Redis caching")."""
    if unit.kind != "heading":
        return False
    headings = model.headings
    index = next((k for k, h in enumerate(headings) if h.line == unit.line), None)
    own = _PHASE_LABEL.match(headings[index].text) if index is not None else None
    if own is None or _SETUP_PHASE_STEP.search(own.group(1)) is None:
        return False
    level, steps = headings[index].level, 0
    for step in (-1, 1):
        k = index + step
        while 0 <= k < len(headings) and headings[k].level >= level:
            other = _PHASE_LABEL.match(headings[k].text) if headings[k].level == level else None
            if other is not None and _SETUP_PHASE_STEP.search(other.group(1)) is not None:
                steps += 1
            k += step
    return steps >= 2


def _first_sibling(headings, index: int):
    """The nearest heading of the same level under the same parent: the next one, else the one
    before (None when the heading stands alone)."""
    level = headings[index].level
    for step in (1, -1):
        k = index + step
        while 0 <= k < len(headings) and headings[k].level >= level:
            if headings[k].level == level:
                return headings[k]
            k += step
    return None


def _sibling_of_a_kind(headings, index: int) -> bool:
    """"### 🎯 Recommended Stack (Easiest)" beside "### 🏢 Enterprise Stack": the heading and its
    sibling name the same kind of thing (a stack, a set-up, an option), so the advice picks one of
    them, whatever each lists."""
    def kind(text: str) -> str:
        words = re.findall(r"[a-z][a-z-]*", re.sub(r"\([^)]*\)", " ", text.lower()))
        return words[-1] if words else ""
    head = kind(headings[index].text)
    other = _first_sibling(headings, index)
    return head in _KIND_HEADS and other is not None and kind(other.text) == head


_KIND_HEADS = frozenset({"stack", "setup", "set-up", "option", "approach", "deployment", "configuration", "plan",
                         "architecture", "tier", "topology", "layout"})


def _candidate_heading(headings, index: int) -> bool:
    """The heading is numbered ("1. BullMQ (Recommended)") among numbered headings of its level
    under the same parent: one of several candidates compared."""
    if _ENUMERATED_HEADING.match(headings[index].text) is None:
        return False
    other = _first_sibling(headings, index)
    return other is not None and _ENUMERATED_HEADING.match(other.text) is not None


def _options_all_have_it(model, analyser, unit) -> bool:
    """The heading at ``unit`` is one of sibling option headings ("### Option 1: …", "### Option 2:
    …") and every one of them names the service: the options are ways of running it."""
    headings = model.headings
    index = next((k for k, h in enumerate(headings) if h.line == unit.line), None)
    if index is None:
        return False
    level = headings[index].level
    parent = next((k for k in range(index - 1, -1, -1) if headings[k].level < level), None)
    siblings = [k for k in range(0 if parent is None else parent + 1, len(headings))
                if headings[k].level == level and (parent is None or k in _nested(headings, parent))]
    options = [k for k in siblings if _OPTION_HEADING.match(headings[k].text.lower())]
    return len(options) >= 2 and index in options and all(
        analyser.mentions(headings[k].raw) and not _GOES_WITHOUT_WORDS.search(headings[k].text) for k in options) \
        and _names_a_way(headings[index].text)


# an option heading that goes without the service ("Option 2: Run Without Redis", "No Redis (Simple)")
_GOES_WITHOUT_WORDS = re.compile(r"\b(?:without|no|skip\w*|disabl\w*|sin|sem|sans|ohne)\b|不使用|无需|不用", re.IGNORECASE)
# what names a way of running it in an option heading besides a provider ("External Redis")
_WAY_WORDS = frozenset({"external", "managed", "self-hosted", "hosted", "local", "docker", "cloud", "container"})


def _names_a_way(text: str) -> bool:
    """An option heading names a provider or a way of running the service ("Add Redis to Railway")."""
    from sumlint.markdown.lexicon import PROVIDER_WORDS

    return any(w in PROVIDER_WORDS or w in _WAY_WORDS for w in re.findall(r"[\w.-]+", text.lower()))


def _variant_sibling(headings, index: int) -> bool:
    """"### Tracearr Supervised (Recommended)" beside "### Tracearr (Advanced)": two editions of
    one product, each with a label in parentheses; the advice picks an edition, not the service."""
    heading = headings[index]
    first = heading.text.split(" ", 1)[0].strip("*_`").lower()
    if "(" not in heading.text or len(first) < 3:
        return False
    other = _first_sibling(headings, index)
    return other is not None and "(" in other.text and other.text.split(" ", 1)[0].strip("*_`").lower() == first \
        and other.text.rsplit("(", 1)[-1].strip(" )*_").lower() in _EDITION_LABELS


# the label of a product's edition beside a recommended one ("Tracearr (Advanced)")
_EDITION_LABELS = frozenset({"advanced", "standard", "basic", "minimal", "full", "lite", "light", "regular",
                             "classic", "custom", "manual", "simple", "legacy", "expert"})


def _provider_choice(headings, index: int, analyser) -> bool:
    """A recommended heading with sibling headings under a parent heading about the service
    ("### Get your Redis URL" over "#### Upstash (Recommended)", "#### Railway"): it advises
    which provider of the service to take, not whether to run it."""
    level = headings[index].level
    parent = next((k for k in range(index - 1, -1, -1) if headings[k].level < level), None)
    if parent is None or not analyser.mentions(headings[parent].raw):
        return False
    siblings = [k for k in sorted(_nested(headings, parent)) if headings[k].level == level and k != index]
    return bool(siblings)


def _first_report(seen: set, span: Span) -> bool:
    """Whether nothing was reported at the span's start yet (and note it as reported)."""
    if (span.line, span.column) in seen:
        return False
    seen.add((span.line, span.column))
    return True


def _section_body(model):
    """The text under the k-th heading, up to the next heading, as a function of k (the source is
    split into lines on the first call only: most documents ask for no section)."""
    headings = model.headings
    lines: list[str] = []

    def body(k: int) -> str:
        if not lines:
            lines.extend(model.source.text.split("\n"))
        end = headings[k + 1].line - 1 if k + 1 < len(headings) else len(lines)
        return "\n".join(lines[headings[k].line:end])
    return body


_ASPECT_RE = re.compile(r"\b(?:security|reliability|performance|monitoring|observability|maintainability|"
                        r"availability|testing|logging|cost|resilience)\b", re.IGNORECASE)


def _one_aspect_of_many(headings, index: int) -> bool:
    """"### 4. Scalability" beside "### 1. Security", "### 2. Performance", "### 3. Reliability"
    under "## Best Practices": one aspect in a list of advice on every aspect, not a stage at
    which the service comes in (two or more sibling headings name other aspects)."""
    level = headings[index].level
    start = next((k for k in range(index - 1, -1, -1) if headings[k].level < level), -1)
    aspects = 0
    for k in range(start + 1, len(headings)):
        if headings[k].level < level:
            break
        if k != index and headings[k].level == level and _ASPECT_RE.search(headings[k].raw):
            aspects += 1
    return aspects >= 2


def _sibling_sets_up(model, analyser, index: int) -> bool:
    """"### Multi-Server Setup" after "### Single Server Setup", whose commands install and start
    the service: the larger set-up spreads the one the guide already has over more hosts."""
    earlier = set()
    for k in _sibling_headings(model.headings, index, list(range(index))):
        earlier |= _nested(model.headings, k)
    if not earlier:
        return False
    for fence in model.fences:
        if fence.section in earlier and fence.kind == "shell":
            for line in fence.text.split("\n"):
                if _INSTALL_COMMAND.search(line) and not line.lstrip().startswith("#") and analyser.mentions(line):
                    return True
    return False


def _nested(headings, index: int) -> set[int]:
    """The heading and the headings nested under it."""
    out = {index}
    level = headings[index].level
    for k in range(index + 1, len(headings)):
        if headings[k].level <= level:
            break
        out.add(k)
    return out


_PRECEDENCE_NOTE = re.compile(r"\b(?:takes?\s+precedence\s+over|overrides?|instead\s+of)\b", re.IGNORECASE)


def _precedence_note_below(analyser, lines: list[str], line: int) -> bool:
    """The comment line under ``line`` (1-based) says this setting takes precedence over another
    variable that locates the service ("# If set, this takes precedence over the REDIS_HOST and
    REDIS_PORT settings."): the optional one is one of two ways to point at it."""
    if line >= len(lines):
        return False
    below = lines[line].strip()
    if not below.startswith(("#", "//", ";")) or _PRECEDENCE_NOTE.search(below) is None:
        return False
    return any(analyser.names.locates(word.lower()) for word in re.findall(r"[A-Z][A-Z0-9_]{2,}", below))


def _part_setting_below(analyser, lines: list[str], line: int) -> bool:
    """The line under a comment sets (or shows commented out) a variable of a part of the
    service, not one that locates or switches it: `REDIS_DB=1`, `# REDIS_PASSWORD=…`."""
    if line >= len(lines):
        return False
    assignment = _ASSIGNMENT.match(lines[line].strip().lstrip("#;/ "))
    if assignment is None:
        return False
    name = assignment.group(1)
    low = name.lower()
    return any(part in analyser.names.code_names for part in low.split("_")) and not analyser.names.locates(name) \
        and low not in analyser.names.code_names \
        and not analyser.names_switch(low) and low.split("_")[-1] not in ("url", "uri", "host", "dsn", "enabled")


def _names_a_part(analyser, text: str) -> bool:
    """The comment names a part after the service's name ("Optional: Redis database", "Redis
    password (optional)"), not the service alone ("# Redis (optional)")."""
    from sumlint.markdown.lexicon import PART_NOUNS

    named = analyser.names.pattern.search(text)
    after = re.match(r"\W*(\w+)", text[named.end():]) if named is not None else None
    return after is not None and (after.group(1).lower() in PART_NOUNS or after.group(1).lower() in (
        "database", "index", "prefix", "namespace"))


def _names_one_setting(analyser, text: str) -> bool:
    """The comment names one setting after the service's name ("# redis host (optional)"), not
    its whole configuration ("# Redis Configuration (optional)")."""
    named = analyser.names.pattern.search(text)
    after = re.match(r"[ _.-]?(\w+)", text[named.end():]) if named is not None else None
    return after is not None and after.group(1).lower() in _ONE_SETTING_WORDS


# the settings of a part that a comment may name and the line below may set
_ONE_SETTING_WORDS = ("host", "hostname", "port", "database", "db", "password", "timeout", "prefix")
# a setting line that sets one of them: `redis.host=localhost`, `redis.database: 0`
_PART_VALUE_LINE = re.compile(r"\s*[\w.-]*?[._-](?:" + "|".join(_ONE_SETTING_WORDS) + r")\s*[=:]\s*\S", re.IGNORECASE)


# the lead-in of a list of causes or symptoms ("**Cause:**", "Possible causes:", "**원인:**", "原因：")
_CAUSE_LEAD = re.compile(r"[*_]*(?:(?:possible |likely |common |root )?(?:causes?|symptoms?|reasons?)|"
                         r"why (?:it'?s|it is|this is) (?:failing|broken|not working)|why it (?:fails|failed)|"
                         r"원인|증상|原因|症状|可能的原因|可能原因|原因分析|causas?|ursachen?|ursache)[*_]*\s*[:：]?\s*[*_]*\s*",
                         re.IGNORECASE)
# the same label at the start of the unit itself, with its colon
_CAUSE_LABEL = re.compile(r"[*_]*(?:(?:possible |likely |common |root )?causes?|symptoms?|원인|증상|原因|症状|causas?|"
                          r"ursachen?)[*_]*\s*[:：]", re.IGNORECASE)
_LIST_LINE = re.compile(r"\s*(?:[-*+]|\d+[.)])\s")
# a comment that says the service is required ("# 注意：Redis 是系统必需组件", "# Redis is required")
_REQUIRED_WORDS = re.compile(r"\b(?:required|mandatory|must|necessary|erforderlich|obligatoire|obrigatório|obligatorio)\b|"
                             r"必需|必须|必須|必要|필수", re.IGNORECASE)


def _next_comment_requires(lines: list[str], line: int, analyser) -> bool:
    """The comment line right below (``line`` is 1-based) says the service is required."""
    below = lines[line].strip() if line < len(lines) else ""
    return below.startswith(("#", "//", ";")) and _REQUIRED_WORDS.search(below) is not None \
        and analyser.mentions(below) and not re.search(r"\b(?:not|no|nicht|pas|não)\b|不|非", below)


def _cause_list(lines: list[str], line: int) -> bool:
    """The list item at ``line`` (1-based) is in a list under a lead-in that names causes or
    symptoms: the entries are what went wrong, not a setup offered."""
    k = line - 2
    blank = False
    while k >= 0 and line - k < 30:
        text = lines[k]
        if not text.strip():
            if blank:
                return False
            blank = True
        elif _LIST_LINE.match(text) or text.startswith(("  ", "\t")):
            if blank:
                return False  # (another list, before a blank line)
        else:
            return _CAUSE_LEAD.fullmatch(text.strip()) is not None
        k -= 1
    return False


# a list item about failures ("5. **Handle Cache Failures Gracefully**", "- If Redis goes down:")
_FAILURE_ITEM = re.compile(r"\b(?:failures?|fails?|failing|failed|outages?|down|unavailable|unreachable|errors?|"
                           r"crash\w*|disconnect\w*)\b", re.IGNORECASE)


def _failure_parent(lines: list[str], line: int) -> bool:
    """The list item at ``line`` (1-based) is nested under a list item about failures ("5.
    **Handle Cache Failures Gracefully**" over "   - App continues without Redis"): what the
    app does when the service fails, not a setup without it."""
    if not 0 < line <= len(lines):
        return False
    own = lines[line - 1]
    indent = len(own) - len(own.lstrip())
    if not indent:
        return False
    for k in range(line - 2, max(-1, line - 12), -1):
        text = lines[k]
        if not text.strip():
            continue
        if len(text) - len(text.lstrip()) < indent:
            return _LIST_LINE.match(text) is not None and _FAILURE_ITEM.search(text) is not None
    return False


def _failure_sibling(lines: list[str], line: int) -> bool:
    """One of the two list items just before the one at ``line`` (1-based), at its depth, is
    about failures ("- Redis errors are handled gracefully (fail-open design)" over "- Sessions/cache
    operations continue without Redis"): the list says what happens in an outage."""
    if not 0 < line <= len(lines):
        return False
    own = lines[line - 1]
    indent = len(own) - len(own.lstrip())
    seen = 0
    for k in range(line - 2, max(-1, line - 8), -1):
        text = lines[k]
        if not text.strip() or _LIST_LINE.match(text) is None:
            return False
        depth = len(text) - len(text.lstrip())
        if depth < indent:
            return False
        if depth > indent:
            continue
        if any(not re.search(r"\b(?:without|no|zero)\s+$", text[max(0, m.start() - 9):m.start()], re.IGNORECASE)
               for m in _FAILURE_ITEM.finditer(text)):
            return True  # (not "1. Import the system without errors": none happen)
        seen += 1
        if seen == 2:
            return False
    return False


def _section_needs_it(analyser, mentioning, index: int) -> bool:
    """A sentence of the section says the service is needed in production, or that the
    software fails without it: the heading's hedge is about the section's other entries."""
    from sumlint.markdown.lexicon import BROKEN_WORDS

    for unit in mentioning:
        if unit.section != index or unit.kind not in ("paragraph", "list_item", "blockquote"):
            continue
        if analyser.requires_in_production(unit.text, unit.code):
            return True
        words = re.findall(r"[\w']+", unit.text.lower())
        if "without" in words and ("will" in words or "would" in words) and not BROKEN_WORDS.isdisjoint(words):
            return True  # "If you run without Redis, the bot will fail to initialize …"
    return False


# a troubleshooting heading about slowness ("### Slow File Listing", "## High latency")
_SLOW_HEADING = re.compile(r"\b(?:slow|slowness|sluggish|laggy|latency)\b", re.IGNORECASE)
_ADAPTER_STEP = re.compile(r"[*_]*(?:use|add|enable|install|configure|set up)\s+(?:the\s+|an?\s+)?[*_`]*", re.IGNORECASE)


def _adds_adapter(analyser, body: str) -> bool:
    """A step that adds the service's adapter ("Use Redis adapter for Socket.IO", "Add the Redis
    adapter"): the adapter passes messages between instances through the service, so the step
    brings the service in."""
    step = _ADAPTER_STEP.match(body)
    named = analyser.names.pattern.match(body, step.end()) if step is not None else None
    return named is not None and body[named.end():].lstrip("`*_ ").lower().startswith(("adapter", "adaptor"))


_TUNE_STEP = re.compile(r"[*_]*(?:configure|tune|secure|harden)\s+(?:the\s+)?[*_`]*", re.IGNORECASE)
_TUNE_REST = re.compile(r"[*_`]{0,3}\s+(?:to use (?:more|less) (?:memory|ram|cpu)\b|with\s+(?:an?\s+|the\s+)?(\w+))",
                        re.IGNORECASE)


def _tunes_service(analyser, body: str) -> bool:
    """A step that tunes the running service ("Configure Redis to use more memory", "Configure
    Redis with a password"), not one that sets it up: under a scaling heading it says how to run
    the service at scale, not that it is added there ("Configure Redis for session sharing" is)."""
    step = _TUNE_STEP.match(body)
    named = analyser.names.pattern.match(body, step.end()) if step is not None else None
    rest = _TUNE_REST.match(body, named.end()) if named is not None else None
    return rest is not None and (rest.group(1) is None or rest.group(1).lower() in FEATURE_PARTS)


# a line that says to use something always ("**Always use Redis + Celery:**")
_ALWAYS_USE = re.compile(r"[\W_]*always\s+(?:use|run|install|enable|deploy)\b", re.IGNORECASE)


# a use added to those the service has ("… beyond sessions", "in addition to sessions")
_BEYOND_USE = re.compile(r"\b(?:beyond|in addition to)\s+(?:the\s+)?(?:sessions?|caching|cache|queues?|"
                         r"rate[ -]limit\w*|locks?|its current|current)\b", re.IGNORECASE)


def _always_in_production(model, analyser) -> bool:
    """Under a heading about production ("### Staging/Production"), a line of prose says to
    always use the service ("**Always use Redis + Celery:**"), or a sentence says it is required
    there (``_says_required_in_production``)."""
    for unit in model.units_where(analyser.mentions, kinds=_PROSE_KINDS):
        if 0 <= unit.section < len(model.headings) and _ALWAYS_USE.match(unit.text) \
                and _PROD_HEADING.search(model.headings[unit.section].raw):
            return True
    return _says_required_in_production(model, analyser)


def _says_required_in_production(model, analyser) -> bool:
    """A prose sentence of the document says in so many words that the service is needed in
    production ("Redis is **required for production** deployments"; not the advice "**Use Redis
    in production**: … for multi-instance deployments")."""
    return any(unit.kind in _PROSE_KINDS and _NECESSITY.search(unit.text)
               and analyser.requires_in_production(unit.text, unit.code)
               for unit in model.units_where(analyser.worth, kinds=_PROSE_KINDS))


def _locator_required_beside(model, analyser, unit) -> bool:
    """Another row of the unit's table gives the service's address variable (``REDIS_URL``) and
    answers "yes" under the table's "Required" column, while the unit's own first cell is a
    different variable."""
    first = unit.text[unit.cells[0][0]:unit.cells[0][1]].strip(" *_`") if unit.cells else ""
    if "_" not in first or " " in first:
        return False  # (not "| Redis | Only when workers are used |": the service itself, not a variable)
    for row in model.units_where(analyser.mentions, kinds=("table_row",)):
        if row is unit or row.kind != "table_row" or row.header != unit.header or row.section != unit.section \
                or not row.cells:
            continue
        name = row.text[row.cells[0][0]:row.cells[0][1]].strip(" *_`")
        if name != first and analyser.names.locates(name) and any(
                head.strip(" *_`:").lower() in _REQUIRED_HEADERS and row.text[a:b].strip(" *_`").lower() in YES_CELLS
                for (a, b), head in zip(row.cells, row.header)):
            return True
    return False


def _titled_required_in_production(model, analyser) -> bool:
    """A heading of the document says the service is needed in production ("### Redis is
    Required in Production")."""
    return any(_NECESSITY.search(heading.text) and analyser.mentions(heading.text)
               and analyser.requires_in_production(heading.text) for heading in model.headings)


def _keeps_it(model, analyser) -> bool:
    """The document says the service stays, beside a move of some data off it: "## What to Keep
    in Redis", "Keep these in Redis (they're perfect for caching):", "**Is Redis still needed?**
    Yes, for sessions and caching". Its moves and choices are about that data, not the service."""
    for line in model.source.lines:
        if ("eep" in line or "still" in line) and analyser.mentions(line):
            keep = _KEEP_IN.search(line)
            if keep is not None and analyser.mentions(keep.group(1).strip("`*_:,.()!")) and " or " not in line \
                    or _STILL_NEEDED.search(line):
                return True
    return False


_KEEP_IN = re.compile(r"\b(?:what to keep|keep (?:these|this|them|it))\b[^.\n]{0,30}?\bin\s+[`*_]*([\w.-]+)",
                      re.IGNORECASE)
_STILL_NEEDED = re.compile(r"\bstill (?:needed|required|necessary|used)\?\W*yes\b", re.IGNORECASE)
_MOVE_HOWS = frozenset({"replaced", "alternative", "stand-in-move"})


_PROSE_KINDS = ("paragraph", "list_item", "blockquote")
_NECESSITY = re.compile(r"\b(?:required|mandatory|must|essential|necessary)\b", re.IGNORECASE)


def _failure_item(text: str) -> bool:
    """A list item that names the service in a failure ("Redis briefly unavailable during
    enqueue", "Redis down for a minute"): a case something else handles, not the service offered."""
    from sumlint.markdown.lexicon import FAILURE_WORDS

    words = re.findall(r"[\w']+", text.lower())[1:4]
    return any(w in FAILURE_WORDS and w not in ("missing", "absent", "go", "goes", "stop") for w in words)


# a sentence that names production is read even under a local-development heading ("Redis is
# optional in production — …"); one that says the service is needed there keeps its section's
# scope ("Required for production with multiple workers" in a local testing guide)
_PRODUCTION_SCOPE = re.compile(r"\b(?:in|for|on) production\b", re.IGNORECASE)


# a value cell's placeholder that is a hedge, not a name: "`<optional>`" (the hundred-and-fifth session's)
_HEDGE_PLACEHOLDER = re.compile(r"`*\s*<\s*(?:optional|not required|if needed)\s*>\s*`*", re.IGNORECASE)


def _unplaceholdered(unit) -> tuple[str, list[tuple[int, int]]]:
    """The row's text and code spans, a whole cell's hedge placeholder ("| `REDIS_URL` |
    `<optional>` | Celery/Redis |") read as its word: the value to fill in is "optional". (The
    brackets become spaces, so every position stays where it was.)"""
    if "<" not in unit.text:
        return unit.text, unit.code
    cells = [(a, b) for a, b in unit.cells if _HEDGE_PLACEHOLDER.fullmatch(unit.text[a:b].strip())]
    if not cells:
        return unit.text, unit.code
    text = unit.text
    for a, b in cells:
        text = text[:a] + text[a:b].replace("<", " ").replace(">", " ") + text[b:]
    return text, [(a, b) for a, b in unit.code if not any(ca <= a and b <= cb for ca, cb in cells)]


def _claims_per_unit(model, analyser, dev) -> list:
    """(unit, claims) for the prose units that may hedge, in document order."""
    from sumlint.markdown.claims import _GOING_WITHOUT, continuation_cue

    dev_lines = _dev_lead_in_lines(model.source.lines, model.source.text)
    claimed = []
    previous = None  # the code comment before this one
    before = None  # the sentence before this one
    dev_fences: dict[int, bool] = {}  # searched once per block, not once per comment in it
    groups: dict = {}  # each block's lines, for "# Optional" over a group (see _optional_group)
    heads: dict[str, bool] = {}  # ``may_claim`` of each table header cell: read once, not once per row

    def dev_fence(index: int) -> bool:
        if index not in dev_fences:
            dev_fences[index] = 0 <= index < len(model.fences) and bool(_DEV_COMMAND.search(model.fences[index].text))
        return dev_fences[index]

    def goes_on(before: str, text: str) -> bool:  # "It is recommended …" after a sentence naming it
        return analyser.mentions(before) and continuation_cue(text)  # (the needle test first: most fail it)

    for unit in model.units_where(analyser.worth, follow=goes_on):
        above, previous = previous, unit if unit.kind == "code_comment" else None
        sentence_before, before = before, unit
        if (unit.section in dev or dev_lines and unit.line in dev_lines) and not (
                _PRODUCTION_SCOPE.search(unit.text) and not analyser.requires_in_production(unit.text, unit.code)
                and not not_for_production(unit.text)):
            continue  # "## Local development" … "Redis (optional)": not about production
            # (unless the sentence says it is: "Redis is optional in production — …" under "## Local Stack";
            # "… is **not recommended for production**" under "(for testing only)" keeps the scope)
        if unit.kind == "code_comment" and above is not None and above.fence == unit.fence \
                and above.span(0, 1).line + 1 == unit.span(0, 1).line and analyser.scoped_out(above.text):
            continue  # "# Redis is optional for development" / "# the bot runs without Redis"
        if not analyser.mentions(unit.text):
            if unit.kind in ("paragraph", "list_item", "blockquote") and sentence_before is not None \
                    and sentence_before.block == unit.block and unit.block >= 0 \
                    and continuation_cue(unit.text) and analyser.is_subject_of(
                        sentence_before.text, sentence_before.code) \
                    and not (analyser.scoped_out(sentence_before.text) and "prod" not in unit.text.lower()):
                # (the sentence before's development scope carries over, unless this one names production)
                # "You can skip Redis for small sites. For production, it's recommended."
                claimed.append((unit, analyser.analyse_continuation(unit.text, unit.code)))
            elif unit.kind == "code_comment" and unit.context and len(unit.text) < 60:
                # "sudo apt install -y redis-server  # optional"
                found = analyser.analyse_comment(unit.text, unit.context)
                if not found and _GROUP_LABEL.fullmatch(unit.text.strip()) and 0 <= unit.fence < len(model.fences):
                    found = _optional_group(model.fences[unit.fence], unit, analyser, groups)
                claimed.append((unit, found))
            continue
        if unit.kind == "code_comment" and unit.context and unit.text.lower().startswith("or ") \
                and not _own_line(model, unit):
            found = analyser.analyse_comment(unit.text, unit.context)  # "CACHE_STORE=database  # or redis"
            if found:
                claimed.append((unit, found))
            continue
        # (a comment on a line of its own is read as prose: "# Or install Redis if you want caching")
        if not analyser.may_claim(unit.text + " " + " ".join(unit.header)):
            continue
        if unit.kind == "code_comment" and (_DEV_COMMAND.search(unit.context) or dev_fence(unit.fence)
                                            or _DEV_PROFILE.search(unit.context) or _under_dev_comment(model, unit)):
            continue  # "# Without Redis (eager tasks)" over `manage.py runserver`, or in a block that runs pytest
            # (or under a comment that labels its group for development: "// Development (NODE_ENV !== …)")
        if unit.kind == "table_row" and _answered_required(unit, analyser, heads):
            continue  # "| Redis | cache, broker | yes |" under "| Component | Role | Required |"
        if unit.kind == "table_row":
            text, code = _unplaceholdered(unit)
            found = analyser.analyse_row(text, unit.cells, unit.header, code, unit.struck)
        elif unit.kind == "table_header":
            found = []
        else:
            found = analyser.analyse(unit.text, unit.code, unit.struck)
            if not found and unit.kind == "code_comment" and unit.context \
                    and unit.text.lstrip("#/;* ").lower().startswith("optional"):
                # "# Optional: If set, tokens are stored in Redis (instead of token.json)" over `REDIS_URL=…`
                found = analyser.analyse_comment(unit.text, unit.context)
            if found and unit.kind == "code_comment" and "_" in unit.text and analyser.other_way(
                    unit.text, unit.context or (model.source.lines[unit.line] if unit.line < len(model.source.lines)
                                                else "").lstrip(" #/;")):
                found = []  # "# Optional (fallbacks if REDIS_URL is not set)" over `# REDIS_HOST=…`
            if found and unit.kind == "code_comment" and all(c.how == "paren" for c in found) \
                    and _precedence_note_below(analyser, model.source.lines, unit.line):
                found = []  # "# Specify the full Redis URL for connecting (optional)." over "# If set, this takes
                # precedence over the REDIS_HOST and REDIS_PORT settings.": one of two ways to point at it
            if found and unit.kind == "code_comment" and not unit.context and _names_a_part(analyser, unit.text) \
                    and _part_setting_below(analyser, model.source.lines, unit.line):
                found = []  # "# Optional: Redis database" over "# REDIS_DB=1": the setting of a part of it
            if found and unit.kind == "code_comment" and all(c.how == "attributive-use" for c in found) \
                    and _part_setting_below(analyser, model.source.lines, unit.line):
                found = []  # "# Optional Redis configuration" over `REDIS_PASSWORD=`: the settings of its parts
            if found and unit.kind == "code_comment" and unit.context and _names_one_setting(analyser, unit.text) \
                    and all(c.how == "paren" for c in found) and (_local_default(unit.context)
                                                                  or _PART_VALUE_LINE.match(unit.context)):
                found = []  # "# redis host (optional)" over `redis.host=localhost`, "# redis database (optional)"
                # over `redis.database=0`: the part, set to a value below
            if found and unit.kind == "code_comment" and _DEFAULTS_SHOWN.search(unit.text) and _local_default(
                    unit.context or (model.source.lines[unit.line] if unit.line < len(model.source.lines) else "")):
                found = []  # "# Redis Settings (Optional - defaults shown)" over `REDIS_HOST=localhost`
            if found and unit.kind == "list_item" and 0 < unit.line <= len(model.source.lines):
                line = model.source.lines[unit.line - 1]
                if line.strip() != unit.text.strip() and analyser.defaulted_variable(line):
                    found = []  # "- REDIS_HOST (optional): … Default: "localhost:6379".": its other sentence
        if found and unit.kind == "heading" and all(c.how == "paren" for c in found) \
                and _OPTION_HEADING.match(unit.text.lower()) and _options_all_have_it(model, analyser, unit):
            found = []  # "### Option 1: Add Redis to Railway (RECOMMENDED)" beside "### Option 2: External Redis
            # (Alternative)": each way has it, and the advice picks a way
        if found and unit.kind == "heading" and all(c.how == "if-variable" for c in found) \
                and _remedy_below(model, unit):
            found = []  # "## If REDIS_URL is not configured" over "### Steps to add it:": the fix for a gap
        if found and unit.kind == "heading" and unit.code and _default_below(analyser, model.source.lines, unit):
            found = []  # "##### `REDIS_HOST` (Optional)" over "- **Default**: `localhost`": optional to set
        if found and unit.kind == "code_comment" and not unit.context \
                and _next_comment_requires(model.source.lines, unit.line, analyser):
            found = []  # "# Redis 配置（可选）" over "# 注意：Redis 是系统必需组件": the settings are optional, it is not
        if found and unit.kind == "list_item" and all(c.how in _FALLBACK_HOWS or c.how in _GOING_WITHOUT for c in found) \
                and (_failure_parent(model.source.lines, unit.line) or _failure_sibling(model.source.lines, unit.line)):
            found = []  # "5. **Handle Cache Failures Gracefully**" over "   - App continues without Redis"
        if found and unit.kind == "list_item" and _cause_list(model.source.lines, unit.line):
            found = []  # "**Cause:**" / "**원인:**" over "- `REDIS_ENABLED=false` is set": what went wrong
        if found and _CAUSE_LABEL.match(unit.text) is not None:
            found = []  # "**Cause:** `REDIS_ENABLED=false` in environment": the same, on the label's line
        if found and 0 <= unit.section < len(model.headings) \
                and all(c.how in _GOING_WITHOUT or c.how == "if-you-dont-use" for c in found) \
                and analyser.advises_against(model.headings[unit.section].text):
            # "## Alternative: Disable Celery Worker (Not Recommended)" over "If you don't want Redis, …":
            # going without it is advised against, not offered
            found = []
        if found and all(c.how in ("if-variable", "if-service-used") for c in found) and 0 <= unit.section < len(
                model.headings) and _tuning_part(analyser, model.headings[unit.section].text.strip("#*_ ")):
            found = []  # "### Redis Pool" over "If `REDIS_URL` is provided, the app creates a pool of …": the part
        if found and unit.kind == "table_row" and all(c.how in ("no-service", "without") for c in found) \
                and 0 <= unit.section < len(model.headings) and _RESULTS_HEADING.search(model.headings[unit.section].text):
            found = []  # "### Load testing results" over "| 1 pod, no Redis | 450ms |": a measured baseline
        if found and all(c.how in ("without-label", "without", "no-service", "title-without") for c in found) \
                and _cost_caption(model, unit):
            found = []  # "## Performance Impact" … "**Without Redis:**" over "- 5-15 seconds per move"
        if found:
            claimed.append((unit, found))
    return claimed



# the heading of the steps that mend something ("### Steps to add:", "### **Pasos para Agregar:**", "### Fix")
_REMEDY_HEADING = re.compile(
    r"[^\w]*(?:steps?|pasos|passos|schritte|étapes|how to (?:add|set|fix|configure)|fix|solution|solución|solução|"
    r"lösung|remedy)\b", re.IGNORECASE)


def _remedy_below(model, unit) -> bool:
    """The heading's first sub-heading gives the steps that mend what it names ("## If REDIS_URL
    is not configured" over "### Steps to add it:"): a branch of troubleshooting, not a mode."""
    index = unit.section
    if not 0 <= index < len(model.headings) - 1:
        return False
    below = model.headings[index + 1]
    return below.level > model.headings[index].level and _REMEDY_HEADING.match(below.text) is not None


# (the words of ABSENT_HEADER_RE, tested on the document before its table headers are)
_HEADERS = ("table_header",)
# a header cell for the app without the service ("Without Redis", "No Redis", "Redis Disabled")
_COMPARISON_HEADER = re.compile(r"\|\s*[*_]*(?:without|no)\s+\S+\s*[*_]*\s*\||\|[^|\n]{1,30}\b(?:disabled|off)\s*[*_]*\s*\|",
                                re.IGNORECASE)
_FEATURE_FIRST = re.compile(r"\|?\s*[*_]*(?:feature|aspect|criteri|capabilit|factor|characteristic|property|"
                            r"dimension|concern)", re.IGNORECASE)
_ABSENT_WORDS = ("bsent", "nset", "ot set", "issing", "mpty", "mitted", "ot provided", "ot configured")
_REQUIRED_HEADERS = frozenset({"required", "required?", "mandatory", "needed", "necessary", "req", "req.",
                               "required in production", "production"})


def _answered_required(unit, analyser, heads: dict | None = None) -> bool:
    """A table row that answers "yes" under a "Required" column and says nothing else that could
    hedge: "| Redis | cache, broker | yes |" under "| Component | Role | Required |". Read without
    the analyser (most rows of a stack or variable table are such rows). ``heads``: the answers of
    ``may_claim`` for the header cells of this document's tables, kept across its rows (each row
    repeats its table's header; ``may_claim`` depends on the text alone)."""
    cells = [unit.text[a:b].strip(" *_`") for a, b in unit.cells]
    if len(cells) != len(unit.header) or not any(c.lower() in YES_CELLS for c in cells):
        return False
    rest = []
    for cell, head in zip(cells, unit.header):
        head = head.strip(" *_`:").lower()
        if cell.lower() in YES_CELLS:
            if head not in _REQUIRED_HEADERS:
                return False  # ("| Redis | yes |" under "Optional?")
        else:
            claims = heads.get(head) if heads is not None else None
            if claims is None:
                claims = analyser.may_claim(head)
                if heads is not None:
                    heads[head] = claims
            if claims:
                return False  # ("| Redis | no |" under "Required", "| Redis | — |" under "Default")
            rest.append(cell)
    return not analyser.may_claim(" | ".join(rest))


_PLATFORM_HEADING = re.compile(r"\W*(?:(?:part|step|option)\s*)?(?:\d+[.):]\s*)?(?:(?:deploy(?:ing)?|hosting)\s+(?:to|on)\s+)?([a-z][\w.]*)"
                               r"(?:\s+(?:deployment|deploy|hosting|platform|cloud))?\s*\(\w+\)\W*")


# the whole deployment step is the optional one: "## ⚡ Deployment (Optional)", "### 5. Deploy to
# Render (optional)", "## Cloud hosting (optional)"
_DEPLOYMENT_HEADING = re.compile(r"\W*(?:\d+[.)]\s*)?(?:(?:cloud|production|online|remote)\s+)?"
                                 r"(?:deployment|deploying|deploy|hosting)(?:\s+(?:to|on)\s+[\w.]+)?\s*\(optional\)\W*")


def _platform_heading(low: str) -> bool:
    """The heading advises a hosting platform: "### Railway (Recommended)", "## Deploy to Render
    (recommended)", "## Part 2: Deploy to Render (Recommended)" (not "## Redis (recommended)")."""
    from sumlint.markdown.lexicon import PROVIDER_WORDS

    m = _PLATFORM_HEADING.fullmatch(low.strip())
    return m is not None and m.group(1) in PROVIDER_WORDS and m.group(1) not in ("keydb", "valkey", "dragonfly", "garnet")


def _block_statements(model, analyser, claimed) -> list:
    """The sentences, in paragraphs with a claim, that say the service is needed in production
    or that the paragraph describes development."""
    blocks = {u.block for u, found in claimed if found and u.block >= 0 and u.kind in (
        "paragraph", "list_item", "blockquote")}
    if not blocks or not hasattr(model, "block_units"):
        return []
    return [u for u in model.block_units(blocks, _several_sentences_on_scope) if _PRODUCTION_OR_DEV.search(u.text)
            and (analyser.requires_in_production(u.text, u.code) or analyser.limits_to_development(u.text))]


# a bold note label on a line of its own ("**Important**:", "**Note:**", "**Важно**:"): the words of
# claims._NOTE_LABELS (which reads a label inside a sentence) and their translations, kept here as a
# line pattern so that this module still imports the analyser only when a document names the service
_NOTE_LABEL_LINE = re.compile(r"\s*(?:\*\*|__)(?:important|note|notes|warning|важно|примечание|внимание|wichtig|"
                              r"hinweis|importante|nota|remarque|注意|重要|참고|중요)\s*:?(?:\*\*|__)\s*:?\s*$",
                              re.IGNORECASE)


def _under_note_label(lines: list[str], line: int) -> bool:
    """The list item on ``line`` (1-based) belongs to a list right under a bold note label: the
    lines above it, up to the label, are list items of the same list (or blank)."""
    k = line - 2
    while k >= 0 and (_LIST_ITEM_RE.match(lines[k]) or not lines[k].strip()):
        k -= 1
        if line - 2 - k > 30:
            return False
    return k >= 0 and _NOTE_LABEL_LINE.match(lines[k]) is not None


def _several_sentences_on_scope(raw: str) -> bool:
    """A paragraph with more than one sentence that mentions production or development (a
    one-sentence paragraph has no other sentence to qualify its hedge)."""
    return _PRODUCTION_OR_DEV.search(raw) is not None and _SENTENCE_BREAK.search(raw) is not None


# shapes whose wording is a table's words, not a hedge word: the category comes from the shape
_HOW_CATEGORY = {"slow-remedy": "merely recommended", "merely-adds": "optional", "standalone-or-with": "optional", "benefit": "merely recommended", "scale-need": "conditional", "merely-faster": "merely recommended", "stand-in-move": "optional", "stand-in-first": "optional", "stand-in-default": "optional", "use-when": "conditional", "for-choosers": "conditional", "or-remove-it": "skippable", "or-switched-off": "skippable", "or-off": "skippable", "would-help": "merely recommended", "better-to-use": "merely recommended", "without-column": "not required", "scale-column": "conditional", "scale-purpose": "conditional", "options-column": "optional",
                 "scale-denial": "conditional", "tier-without": "optional", "scenario-advice": "conditional", "switch-on": "opt-in", "switch-default-off": "opt-in", "with-state": "conditional", "with-off": "optional", "left-out": "skippable", "replaced": "skippable",
                 "dont-add": "skippable",
                 "commented-out": "skippable", "rejected": "skippable", "setup-without": "skippable",
                 "deferred": "deferred", "future-addition": "deferred", "planned": "deferred",
                 "was-required": "not required", "feature-step": "conditional", "scale-by-adding": "conditional",
                 "with-pair": "optional", "alternative-column": "optional", "supported-list": "optional",
                 "presupposed-use": "conditional", "mode-heading": "one choice of modes",
                 "fit-for-scale": "conditional", "extra-install": "optional", "mode-lead": "conditional",
                 "removed-list": "skippable"}


def category(wording: str) -> str:
    words = wording.strip("()*_ ").split()
    while len(words) > 1 and words[0].lower() in ("strongly", "highly", "very", "really"):
        words = words[1:]  # "strongly recommended"
    if [w.lower() for w in words[:3]] == ["as", "an", "option"]:
        return "optional"  # "keep Redis as an option"
    first = words[0].lower().strip("()*_,.:;") if words else ""
    if len(words) == 2 and not first.isascii():
        from sumlint.markdown.claims import VI_PHRASES
        first = VI_PHRASES.get((first, words[1].lower().strip("()*_,.:;")), first)  # "khuyến nghị": recommended
    if first in ("conditionally", "conditional"):
        return "conditional"  # "SearchModule conditionally registers Redis cache"
    if any(w in first for w in ("推奨", "推荐", "推薦")):
        return "merely recommended"  # "Redisは推奨されます", "Redis 是推荐的"
    if first.startswith("필수"):
        return "not required"  # "Redis는 필수가 아닙니다": the word "required", negated after it
    if len(words) > 2 and words[1].lower() == "between":
        return "optional"  # "Switch between memory and Redis": one of two to pick
    if first in ("may", "might") and words[1:2] == ["be"]:
        return "optional"  # "Redis may be used for caching": allowed, not required
    if first == "with" and [w.lower() for w in words[1:2]] == ["no"]:
        return "not required"  # "with no Redis configured": without it
    if first in ("quando", "cuándo", "cuando", "quand"):
        return "conditional"  # "Quando usar Redis?": when to take it
    if first in CONDITIONAL_CELLS:
        return "conditional"  # "| `REDIS_URL` | 条件 |" under "必填": required on a condition
    if len(words) > 1 and words[-1].lower().strip("()*_,.:;") == "only":
        return "conditional"  # "(Celery mode only)"
    if len(words) > 2 and words[1].lower().strip("*_") in ("mode", "modus", "modo") \
            and words[2].lower() in ("requires", "needs", "require", "need"):
        return "conditional"  # "Queue mode requires Redis": only in that mode
    if len(words) > 1 and ("mode=" in first or "mode:" in first) \
            and words[1].lower() in ("requires", "needs", "require", "need"):
        return "conditional"  # "`architecture.mode=queue` requires Redis": the same, the mode set
    if "=" in first or first == "removal" or words and words[-1].lower() == "removal":
        return "skippable"  # "DISABLE_REDIS=1", "Redis removal"
    if first in ("for", "to", "with", "at", "in", "when", "once", "before", "if", "better", "best", "right", "ideal", "useful",
                 "preferred", "hard", "recommended", "good", "great", "past", "beyond", "the") and any(
            w.lower().startswith("multi-") or w.lower() in ("horizontal", "horizontally", "scaling", "scale", "multiple",
                                                          "several", "traffic", "replicas", "replica", "more", "moment", "distributed",
                                                          "high-traffic", "high-availability", "larger", "busier", "ha")
            for w in (part for word in words[1:] for part in word.split("/"))):
        return "conditional"  # "Redis for multi-replica", "For high traffic, use Redis"
    from sumlint.markdown.claims import FOREIGN_MEANINGS, SCALE_LABELS  # (loaded by the time a claim is worded)
    if first in SCALE_LABELS or first.startswith("multi-") or "traffic" in wording.lower() or first == "distributed" and any(
            w.lower() in SCALE_LABELS for w in words[1:]):
        return "conditional"  # "**Multiple nodes**: point `REDIS_HOST` at a shared Redis", "**High traffic**: Use Redis"
    if len(words) == 2 and words[1].lower().strip("()*_,.:;!") == "değil":
        return "not required"  # Turkish "gerekli değil" (required not)
    if len(words) == 2 and words[1].strip("()*_,.:;!।") == "नहीं":
        return "not required"  # Hindi "जरूरत नहीं" (need not)
    first = FOREIGN_MEANINGS.get(first, first)  # "alleen nodig" reads as "only needed"
    if any(m in wording for m in ("場合", "とき", "時", "경우", " 시")) or wording.endswith("사용시"):
        return "conditional"  # "Redisを使う場合" (in case you use it), "Redis 사용 시" (when using it), "사용시"
    if first[:1] >= "\u3040":  # a run of Chinese or Japanese: the marker inside it
        if first.startswith(("设置", "設置", "配置", "設定", "설정")):
            return "conditional"  # "设置之后将使用" (once it is set, it is used)
        if any(m in first for m in ("后续", "以后", "稍后", "之后")):
            return "optional"
        if first.startswith(("考虑", "考慮")):
            return "merely recommended"  # "考虑升级到 Redis" (consider upgrading to Redis)
        if any(m in first for m in ("不需要", "无需", "不必", "没有必要", "没必要", "非必", "不要", "不是", "并非", "弱依赖", "不使用", "不用",
                                    "ではありません", "ではない", "필요하지", "필요", "없어도", "없이도")):
            return "not required"
        if any(m in first for m in ("如果", "如需", "假如", "若", "才", "时", "時", "場合")):
            return "conditional"
    if first == "set" and words[1:2] == ["to"]:
        return "skippable"  # "Set to `false` to bypass cache entirely" (a switch of the service)
    if first in ("future", "planned", "later", "eventually", "deferred", "postponed", "roadmap"):
        return "deferred"  # "- Future: Redis for caching", "Planned: Redis caching"
    for words, name in _CATEGORIES:
        if first in words:
            return name
    return "optional"


_EXTERNAL = literal("xternal")  # (see ``lazyre.literal``)
# what points the app at a copy of the service of one's own ("redis.host", "an existing Redis",
# "externalRedis"; not `REDIS_URL`, which a chart fills in for its own copy too)
_OWN_COPY_TAILS = (".host", "_host", ".address", "_addr")
_OWN_COPY_VARIABLE_TAILS = tuple(tail for tail in _OWN_COPY_TAILS if tail[0] == "_")  # (`REDIS_HOST`, not a chart key)
# the values of a bundled subchart ("redis.master.persistence.enabled", "redis.architecture"): without
# any, a chart's "redis.host" beside "redis.enabled" is the address its switch turns on, no copy of its own
_SUBCHART_MARKS = (".master.", ".architecture", ".auth.", ".image.", ".replica.", ".persistence.", ".sentinel.",
                   ".cluster.", ".fullnameoverride")
_OWN_COPY_LEADS = ("existing ", "own ", "your ")
_EXTERNAL_LEADS = ("external", "external ", "external_", "external-", "external.")


class RequiredServiceCalledOptional(Rule):
    code = "SUM301"
    name = "required-service-called-optional"
    summary = "Docs call a required service optional, conditional or merely recommended"
    kinds = frozenset({"markdown"})
    severity = Severity.WARNING

    def check(self, model, ctx):
        from sumlint.markdown.claims import analyser_for

        if not hasattr(model, "units_where"):
            return
        for service in ctx.services:
            analyser = analyser_for(service)
            if not analyser.mentions_source(model.source.text, model.lowered):
                continue  # most documents never name the service
            analyser.begin_document()
            if "ption" in model.source.text:
                analyser.note_options([h.raw for h in model.headings], _section_body(model))
            external = _EXTERNAL.search(model.source.text) is not None  # ("xternal" in the text, faster)
            if external:
                analyser.note_copies(model.source.text, model.lowered)
            # (a chart's `redis.enabled` with no copy of one's own offered, "externalRedis.host",
            # "redis.host", "an existing Redis": the switch is then the only way to have it; one scan
            # for ".enabled" first, which most documents lack)
            analyser.chart_switch_is_service = ".enabled" in model.lowered and not any(
                f"{n}{tail}" in model.lowered for n in analyser.name_lows for tail in (
                    _OWN_COPY_TAILS if any(f"{n}{mark}" in model.lowered for n in analyser.name_lows
                                           for mark in _SUBCHART_MARKS) else _OWN_COPY_VARIABLE_TAILS)) and not any(
                f"{lead}{n}" in model.lowered for n in analyser.name_lows
                for lead in (_OWN_COPY_LEADS + _EXTERNAL_LEADS if external else _OWN_COPY_LEADS))
            label = analyser.names.label
            seen: set[tuple[int, int]] = set()
            dev = development_scope(model)
            claimed = _claims_per_unit(model, analyser, dev)
            statements = _block_statements(model, analyser, claimed)
            keeps = None  # (``_keeps_it``, read once a document needs it)
            production_sections = None  # (``_production_sections``, the same)
            always = None  # (``_always_in_production``, the same)
            titled = None  # (``_titled_required_in_production``, the same)
            for unit, found in claimed:
                if not found:
                    continue  # (most units analysed, code comments among them, make no claim)
                if unit.kind == "table_row" and _footnote_requires(model, analyser, unit, found):
                    continue  # "| `REDIS_URL` | … | No* |" over "*At least one Redis configuration must be set for
                    # production.": the mark sends the reader to a note that makes it required there
                if all(c.how in ("paren", "telegraphic", "label") for c in found) and _credentials_item(model, unit):
                    continue  # "## Credentials" over "- **Redis (optional):** If you secure Redis with a password,
                    # …": its credentials are optional
                if all(c.how in _FALLBACK_HOWS or c.how == "without-label" for c in found) and unit.section >= 0 and (
                        unit.section in production_sections if production_sections is not None
                        else unit.section in (production_sections := _production_sections(model, analyser))):
                    continue  # "## Option 3: Without Redis" … "- In production mode: the app will not start
                    # without Redis": going without it is the section's non-production mode
                if unit.kind == "heading" and all(c.how in _FALLBACK_HOWS or c.how == "without-label" for c in found) \
                        and (always := _always_in_production(model, analyser) if always is None else always):
                    continue  # "### Without Redis (Thread Fallback)" in a guide whose "### Staging/Production" says
                    # "**Always use Redis + Celery:**": going without it is the other setups' way
                if unit.kind == "table_row" and all(c.how in ("row", "label-value") for c in found) \
                        and _locator_required_beside(model, analyser, unit):
                    continue  # "| `UPSTASH_REDIS_REST_URL` | Redis | Optional | …" below "| `REDIS_URL` | Redis | Yes |
                    # …": a second way to reach the one it requires, an optional setting of it
                if all(c.how == "without" for c in found) and unit.kind != "heading" and (
                        titled := _titled_required_in_production(model, analyser) if titled is None else titled):
                    continue  # "- API endpoint works even without Redis" in a guide with "### Redis is Required in
                    # Production" over "This fix is a development convenience only": what works without it there
                if all(c.how in _FALLBACK_HOWS for c in found) and _failure_section(model, analyser, unit):
                    continue  # "### Issue: Redis connection failed" then "The app works without Redis": a failure
                if all(c.how in _FALLBACK_HOWS or c.how == "without-label" for c in found) \
                        and _over_crossed_list(model.source.lines, unit):
                    continue  # "Without Redis, the app uses in-memory rate limiting which:" over "- ❌ Only works
                    # on a single server instance": what breaks without it
                if unit.kind != "heading" and _section_titled(model, unit, _BACKUP_HEADING):
                    continue  # "### Backup Strategy" over "- **Redis**: Not critical, stores cache only": whether its
                    # data needs a backup, not whether it runs
                if all(c.how in _REMOVAL_HOWS for c in found) and _rollback_section(model, unit):
                    continue  # "## Rollback" over "- Remove the Redis service": undoing a change, not the setup
                if all(c.how in _REMOVAL_HOWS or c.how in ("no-service", "without-label") for c in found) \
                        and _considered_section(model, unit):
                    continue  # "## Alternatives considered" over "- pg-boss — … removes Redis entirely": an option
                    # (also "### 1. All data in PostgreSQL (no Redis)": an option weighed, rejected or not)
                if all(c.how in _REMOVAL_HOWS for c in found) and _hosted_swap(model, unit):
                    continue  # "### Option 1: Upstash Redis" over "5. Remove Redis from depends_on": a swap
                if all(c.how == "skip" for c in found) and _mitigation_section(model, unit):
                    continue  # "### Escalation Path" over "1. **Level 1:** Disable Redis": a mitigation
                if all(c.how in _MOVE_HOWS for c in found) and (
                        keeps := _keeps_it(model, analyser) if keeps is None else keeps):
                    continue  # "# ✅ Redis → Postgres Migration Complete!" in a guide with "## What to Keep
                    # in Redis": some data moves off it, the service stays
                if all(c.how == "with-state" for c in found) and _set_up_above(model, analyser, unit):
                    continue  # "### Configure Redis" … "With Redis configured, all machines share state": the
                    # state the guide's own step has reached
                if all(c.how == "planned" for c in found) and _first_phase_has_it(model, analyser, unit):
                    continue  # "### Phase 1: MVP (Postgres + Redis)" before "### Phase 2: Hybrid (… + Redis)"
                if all(c.how == "planned" for c in found) and _install_phases(model, unit):
                    continue  # "## Phase 4: Install Redis Cache" among "## Phase 2: Install Core Dependencies", …
                if _tuning_after_install(model, analyser, unit):
                    continue  # "## 4. Install Redis" … "### Configure Redis (Optional)": tuning it
                if _teardown_step(model, unit):
                    continue  # "## Uninstall" over "# (Optional) Uninstall Redis": taking the site away
                if found and all(c.how == "stand-in-move" for c in found) \
                        and _says_required_in_production(model, analyser):
                    continue  # "## Migration from In-Memory to Redis" in a guide that says "Redis is required
                    # for production": the move onto it, for an older or a development setup
                # a paragraph or list item that also says the service is needed in production
                # ("Redis is disabled by default. … Enable for production."), or that it describes
                # development ("This is a development convenience, not for production."): its
                # other sentences' hedges describe the default or another setup. A hedge that names
                # production itself is not one of them ("Redis is optional but recommended for
                # production. For development, you can skip it.")
                if unit.kind not in ("paragraph", "list_item", "blockquote") or not any(
                        u.block == unit.block and u is not unit and not (
                            _PRODUCTION.search(unit.text) and analyser.limits_to_development(u.text))
                        for u in statements):
                    yield from self._report(found, unit, label, seen)
            yield from self._header_rows(model, analyser, label, seen, dev)
            yield from self._tier_columns(model, analyser, label, seen, dev)
            if any(f"[{n}" in model.lowered or f",{n}]" in model.lowered for n in analyser.name_lows) \
                    and ("install" in model.lowered or " add " in model.lowered):
                # (an extra named after it, "[redis]", "[redis,s2]", "[s3,redis]": most documents have none)
                yield from self._extra_installs(model, analyser, label, seen, dev)
            yield from self._scenario_advice(model, analyser, label, seen, dev)
            if "ideal" in model.lowered or " fit " in model.lowered or "suited" in model.lowered:
                yield from self._fit_leads(model, analyser, label, seen, dev)
            yield from self._heading_questions(model, analyser, label, seen, dev)
            if "removed" in model.lowered:
                yield from self._removed_lists(model, analyser, label, seen, dev)
            yield from self._condition_headings(model, analyser, label, seen, dev)
            if "hase" in model.source.text or "tage" in model.source.text:
                yield from self._phase_headings(model, analyser, label, seen, dev)
            if "mode" in model.lowered:
                yield from self._mode_headings(model, analyser, label, seen, dev)
            if " vs" in model.lowered or "versus" in model.lowered:
                yield from self._versus_headings(model, analyser, label, seen, dev)
            if "without" in model.lowered:
                yield from self._variant_headings(model, analyser, label, seen, dev)
            yield from self._slow_remedies(model, analyser, label, seen, dev)
            yield from self._choice_lists(model, analyser, label, seen, dev)
            yield from self._backend_tables(model, analyser, label, seen, dev)
            yield from self._situation_tables(model, analyser, label, seen, dev)
            yield from self._switch_lines(model, analyser, label, seen, dev)
            yield from self._continuations(model, analyser, label, seen, dev)
            yield from self._sections(model, analyser, label, seen, dev)
            yield from self._lead_ins(model, analyser, label, seen, dev)
            scope = _removal_scope(model, analyser)
            if scope and not (_keeps_it(model, analyser) if keeps is None else keeps):  # (not a move of some
                # data, the service kept)
                yield from self._removal_title(model, analyser, label, seen, scope)
            if seen and analyser.presupposing:  # (set by ``worth`` on a unit that names the service)
                yield from self._presupposed_uses(model, analyser, label, seen, dev)

    @staticmethod
    def _presupposed_uses(model, analyser, label, seen, dev):
        """In a document that already calls the service optional, a unit that opens on using it,
        or a comment on the value that selects it (``Analyser.presupposed_use``: "When using Redis,
        UV and PV data are stored in …", "To use Redis, specify the URL with `REDIS_URL`:", "#
        Redis configuration (when Type: redis)", "Cuando utilice Redis en producción:"). Such a
        lead takes for granted that one may not use it, which the document has said. In a document
        that never hedges, the same lead is an instruction ("To use Redis, follow these steps:")
        and stays quiet; so do development sections, and a lead above the document's first hedge,
        which has not said it yet ("To enable the redis module in Drupal, go to …" in a guide that
        only says near its end that another CMS's Redis integration is off by default)."""
        reported = {line for line, _ in seen}
        first = min(reported)
        for unit in model.units_where(lambda t: analyser.mentions(t) and analyser.presupposes(t.lower()),
                                      kinds=("paragraph", "heading", "code_comment")):
            if unit.section in dev or unit.line in reported or unit.line < first or unit.kind not in (
                    "paragraph", "list_item", "heading", "blockquote", "code_comment"):
                continue
            claim = analyser.presupposed_use(unit.text)
            if claim is not None:
                yield from RequiredServiceCalledOptional._report([claim], unit, label, seen)

    @staticmethod
    def _tier_columns(model, analyser, label, seen, dev):
        """"| **Standard** | PostgreSQL | Redis |" beside "| **Standalone** | PostgreSQL | None |"
        under "| Tier | Database | Cache |": one tier of the offer fills the role the column names
        with nothing, so each row that fills it with the service offers it as a choice. The same
        with the tiers as columns: "| Caching | None | Redis | Redis |" under "| Capability |
        Standalone | Standard | Professional |" (a row titled with a role, or a setting of one:
        "`CacheProvider`"), and there each role row with the service in one tier and another
        backend in another ("| Message Queue | Postgres | Redis | Kafka |"). Only a role title ("Cache", "Message Queue"), a cell that is only the
        absence ("None", "—", "N/A") in a tier that is not a development or test set-up ("| Local
        | None |", a "Development" column), and a short cell that names the service ("Redis",
        "Celery + Redis")."""
        from sumlint.markdown.claims import Claim

        if _ABSENT_CELL_RE.search(model.source.text) is None:
            return  # (most documents: no cell that says "None")

        def cell(unit, j: int) -> str:
            return unit.text[unit.cells[j][0]:unit.cells[j][1]] if j < len(unit.cells) else ""

        def absent(value: str) -> bool:
            words = value.strip(" *_`").lower().split()
            return " ".join(words) in _ABSENT_VALUES or len(words) == 2 and words[1] == "only" \
                and words[0] in ALT_BACKENDS and words[0] not in _PEER_SERVERS
            # (also a stand-in alone: "| Dependencies | PostgreSQL + Redis | PostgreSQL only |")

        def report(unit, j: int, wording: str):
            value = cell(unit, j)
            a, b = unit.cells[j]
            a += len(value) - len(value.lstrip(" *_`"))
            b -= len(value) - len(value.rstrip(" *_`"))
            yield from RequiredServiceCalledOptional._report(
                [Claim(a, max(a + 1, b), wording, label, "tier-without")], unit, label, seen)

        def names_it(value: str) -> bool:
            return len(value.split()) <= 4 and analyser.mentions(value)

        for rows in _table_runs(model, dev):
            header = rows[0].header
            heading = model.section_of(rows[0])
            if heading is not None and _OTHER_PRODUCTS_HEADING.search(heading.text) is not None:
                continue  # ("## Comparison with Other Relays": the columns are other products, not tiers of this one)
            tiers = None  # the tier columns, once a row has the service in one and nothing in another
            titled = [u for u in rows if _role_title(cell(u, 0))]
            for unit in titled:  # the tiers as columns: a row titled with a role
                gap = next((j for j in range(1, len(unit.cells)) if absent(cell(unit, j))
                            and not _NOT_PRODUCTION_TIER.search(header[j] if j < len(header) else "")), None)
                having = next((j for j in range(1, len(unit.cells)) if names_it(cell(unit, j))), None)
                if gap is not None and having is not None and gap < len(header):
                    tiers = range(min(gap, having), len(header))
                    yield from report(unit, having, f"{header[gap].strip(' *_')}: {cell(unit, gap).strip(' *_`')}")
            for unit in titled if tiers is not None else ():
                # and in such a table, a role the service fills in one tier and another backend in
                # another: "| Message Queue | Postgres | Redis | Kafka |"
                having = next((j for j in tiers if names_it(cell(unit, j))), None)
                other = next((j for j in tiers if cell(unit, j).strip(" *_`") and not absent(cell(unit, j))
                              and not analyser.mentions(cell(unit, j))
                              and not _NOT_PRODUCTION_TIER.search(header[j])), None)
                if having is not None and other is not None:
                    yield from report(unit, having, f"{header[other].strip(' *_')}: {cell(unit, other).strip(' *_`')}")
            for j in range(1, len(header)):  # the tiers as rows: a column titled with a role
                if not _role_words(header[j]):
                    continue
                without = next((u for u in rows if absent(cell(u, j))
                                and not _NOT_PRODUCTION_TIER.search(cell(u, 0))), None)
                if without is None:
                    continue
                wording = f"{cell(without, 0).strip(' *_')}: {cell(without, j).strip(' *_`')}"
                for unit in rows:
                    if names_it(cell(unit, j)):
                        yield from report(unit, j, wording)

    @staticmethod
    def _extra_installs(model, analyser, label, seen, dev):
        """"# With Redis support" over `uv add "aiogram-sentinel[redis]"`, "For Redis storage
        support:" before a block with `pip install pyncette[redis]`, "- Redis: `uv pip install
        google-adk-extras[redis]`", in a guide that also installs the package plainly: the
        service comes with an extra of the package, which the plain install leaves out. Only the
        line that labels the install (the comment just above it, the lead-in line ending in ":"
        just before its block, or the list item it stands in), and not where the guide installs
        the package only with the extra ("pip install celery[redis]": the app's own need)."""
        from sumlint.markdown.claims import Claim

        text = model.source.text
        lines = model.source.lines
        labels: dict[int, str] = {}  # 1-based line of a labelling unit -> the install it labels
        for found in _EXTRA_INSTALL.finditer(text):
            name, extras = found.group(1), found.group(2)
            if not analyser.mentions(extras) or re.search(
                    rf"\b(?:install|add)\s+(?:-[-\w]+\s+)*[\"']?{re.escape(name)}(?![\w.\[-])", text) is None:
                continue
            number = text.count("\n", 0, found.start()) + 1
            wording = f"{name}[{extras}]"
            labels.setdefault(number, wording)
            fence = next((f for f in model.fences if f.span.line < number <= f.end_line), None)
            if fence is None:
                continue
            if number >= 2 and lines[number - 2].lstrip().startswith("#") and number - 1 > fence.span.line:
                labels.setdefault(number - 1, wording)  # the comment just above the install
            k = fence.span.line - 1  # the lead-in just before the block
            while k >= 1 and not lines[k - 1].strip():
                k -= 1
            if k >= 1 and lines[k - 1].rstrip(" *_").endswith(":"):
                labels.setdefault(k, wording)
        if not labels:
            return
        for unit in model.units_where(analyser.mentions, kinds=("paragraph", "list_item", "code_comment")):
            wording = labels.get(unit.line)
            if wording is None or unit.kind not in ("paragraph", "list_item", "code_comment") or unit.section in dev \
                    or analyser.analyse(unit.text, unit.code):
                continue  # (a unit with a reading of its own is reported by it)
            named = analyser.names.pattern.search(unit.text)
            if named is None:
                continue
            yield from RequiredServiceCalledOptional._report(
                [Claim(named.start(), named.end(), wording, label, "extra-install")], unit, label, seen)

    @staticmethod
    def _scenario_advice(model, analyser, label, seen, dev):
        """"| **Medium Production (100-1K users)** | Add Redis caching only |" beside "| **Small
        Production (<100 users)** | Skip both, SQL-only is fine |" under "| Scenario |
        Recommendation |": the advice adds it in some situations and not in others, so it is
        a choice by situation. Only where a production situation goes without it (not "|
        Development | SQLite |"), and only rows not about development."""
        from sumlint.markdown.claims import Claim

        if not any(_SCENARIO_HEADER.match(header.raw) for header in model.of_kinds(("table_header",))):
            return  # (most documents: no such table; its headers are read, not the whole text: a
            # pattern anchored at every line start cost 0.13 ms a runbook)
        rows = [u for u in model.units_where(lambda raw: True, kinds=("table_row",))
                if u.kind == "table_row" and len(u.cells) >= 2 and len(u.header) >= 2 and u.section not in dev
                and _SCENARIO_TITLE.fullmatch(u.header[0].strip(" *_")) and _ADVICE_TITLE.fullmatch(u.header[1].strip(" *_"))]
        cell = lambda u, j: u.text[u.cells[j][0]:u.cells[j][1]]  # noqa: E731
        usable = [u for u in rows if not _NOT_PRODUCTION_TIER.search(cell(u, 0))]
        without = next((u for u in usable if not analyser.mentions(cell(u, 1)) and _HOSTED_PRODUCTS.isdisjoint(
            re.findall(r"[a-z]+", cell(u, 1).lower()))), None)  # (not "| TestFlight MVP | Upstash Free |": a hosted one)
        if without is None:
            return
        wording = f"{cell(without, 0).strip(' *_')}: {cell(without, 1).strip(' *_')}"
        for unit in usable:
            value = cell(unit, 1)
            found = analyser.names.pattern.search(value)
            if found is None:
                continue
            a = unit.cells[1][0] + found.start()
            yield from RequiredServiceCalledOptional._report(
                [Claim(a, a + len(found.group()), wording, label, "scenario-advice")], unit, label, seen)

    @staticmethod
    def _fit_leads(model, analyser, label, seen, dev):
        """"Redis storage is ideal for:" over "- Distributed applications (multiple instances)": the
        list gives the situations that call for it, a scale among them, so it is chosen by scale as
        in "Redis is ideal for multi-instance deployments". Not over a list of what it does well
        ("- Low latency", "- Caching scenarios"), nor under a development heading."""
        from sumlint.markdown.claims import Claim

        lines = model.source.lines
        for unit in model.units_where(lambda raw: _FIT_LEAD.search(raw) is not None, kinds=("paragraph",)):
            found = _FIT_LEAD.search(unit.text)
            if found is None or unit.kind != "paragraph" or unit.section in dev \
                    or len(unit.text[:found.start()].split()) > 4 or not analyser.mentions(unit.text[:found.start()]):
                continue  # (the service is the subject: "Redis storage is ideal for:")
            below = unit.span(0, len(unit.text)).end_line
            scale = False
            for number in range(below, min(len(lines), below + 16)):
                text = lines[number]
                if not text.strip():
                    continue
                item = _LIST_ITEM_RE.match(text)
                if item is None:
                    break
                if _scale_lead_text("for " + _LEADING_MARKS.sub("", text[item.end():]).lower()):
                    scale = True
                    break
            if scale:
                claim = Claim(found.start(1), found.end(1), found.group(1), label, "fit-for-scale")
                yield from RequiredServiceCalledOptional._report([claim], unit, label, seen)

    @staticmethod
    def _header_rows(model, analyser, label, seen, dev):
        """"| Scenario | Use Redis? |" over "| One small server | No |"; "| Feature | Without
        Redis |" over "| Rate limiting | Counted per process |"."""
        text = model.source.text
        if not model.of_kinds(_HEADERS):
            return  # (most documents: no table)
        # (each test of the headers comes first: most headers fail it, at less cost than a scan
        # of the whole text for the words that test needs)
        without = lambda raw: _WITHOUT_HEADER.search(raw) is not None and analyser.mentions_source(raw)
        if model.any_where(without, _HEADERS) and ("ithout " in text or "| No " in text or "| no " in text) \
                and model.units_where(without, kinds=_HEADERS):
            for unit in model.units_where(lambda raw: True, kinds=("table_row",)):
                if unit.section not in dev and any(_WITHOUT_HEADER.search("|" + h) and analyser.mentions(h)
                                                   for h in unit.header):
                    found = analyser.analyse_header_row(unit.text, unit.cells, unit.header, unit.code, unit.struck)
                    yield from RequiredServiceCalledOptional._report(found, unit, label, seen)
        # "| Feature | Without Redis | With Redis |", "| Feature | Redis Disabled | Redis Enabled |": going
        # without it is the baseline; "| Feature | Memory Cache | Redis |": a stand-in and the service
        # compared as choices
        for shape, read, by_section in ((_COMPARISON_HEADER.search, analyser.analyse_comparison_header, False),
                                        (_FEATURE_FIRST.match, analyser.analyse_alternative_header, True)):
            if model.any_where(shape, _HEADERS):
                for unit in model.units_where(lambda raw, shape=shape: shape(raw) is not None
                                              and analyser.mentions_source(raw), kinds=_HEADERS):
                    if unit.section not in dev:
                        # (the second reads a table of stores as choices also where its heading compares them)
                        found = read(unit.text, unit.cells, _section_titled(model, unit, _COMPARISON_SECTION)) \
                            if by_section else read(unit.text, unit.cells)
                        yield from RequiredServiceCalledOptional._report(found, unit, label, seen)
        turned_down = lambda raw: any(cell.strip(" *_`").lower() in TURNED_DOWN_TITLES
                                      for cell in raw.strip().strip("|").split("|"))
        if ("why" in model.lowered or "because" in model.lowered) and model.any_where(turned_down, _HEADERS):
            # "| **Redis** | PostgreSQL handles MVP load. |" under "| Technology | Why Not |": the row's service is
            # one of the options turned down, whatever cue words the row has (hundred-and-twelfth session)
            for unit in model.units_where(analyser.mentions, kinds=("table_row",)):
                if unit.section not in dev and any(h.strip(" *_`").lower() in TURNED_DOWN_TITLES for h in unit.header):
                    found = analyser.analyse_row(unit.text, unit.cells, unit.header, unit.code, unit.struck)
                    yield from RequiredServiceCalledOptional._report(found, unit, label, seen)
        if model.any_where(_SINGLE_MULTI_HEADER.search, _HEADERS) and ("ulti" in text or "everal" in text) \
                and "ingle" in text \
                and model.units_where(_SINGLE_MULTI_HEADER.search, kinds=_HEADERS):
            # "| Concern | Single-Node | Multi-Node |" over "| Rate limiting | ETS | Redis |"
            for unit in model.units_where(analyser.mentions, kinds=("table_row",)):
                if unit.section not in dev and any(_SINGLE_MULTI_HEADER.search(h) for h in unit.header):
                    found = analyser.analyse_scale_row(unit.text, unit.cells, unit.header, unit.code, unit.struck)
                    yield from RequiredServiceCalledOptional._report(found, unit, label, seen)
        if model.units_where(lambda raw: analyser.mentions_source(raw) and any(
                analyser.names_alone(cell) for cell in raw.strip().strip("|").split("|")), kinds=("table_header",)):
            # "| Users | Instances | Redis |" over "| 500 | 1 | Optional |"
            for unit in model.units_where(_BARE_HEDGE_CELL.search, kinds=("table_row",)):
                if unit.section not in dev and any(analyser.names_alone(h) for h in unit.header):
                    found = analyser.analyse_name_column(unit.text, unit.cells, unit.header, unit.code, unit.struck)
                    yield from RequiredServiceCalledOptional._report(found, unit, label, seen)
        options = lambda raw: any(cell.strip(" *_`:").lower() in VALUE_TITLES for cell in raw.strip().strip("|").split("|"))
        if model.any_where(options, _HEADERS):
            # "| Variable | Purpose | Options |" over "| `QUEUE_CONNECTION` | … | `sync`, `database`, `redis` |"
            for unit in model.units_where(analyser.mentions_source, kinds=("table_row",)):
                if unit.section not in dev and any(h.strip(" *_`:").lower() in VALUE_TITLES for h in unit.header):
                    found = analyser.analyse_options_row(unit.text, unit.cells, unit.header, unit.code, unit.struck)
                    yield from RequiredServiceCalledOptional._report(found, unit, label, seen)
        elif "_type" in model.lowered or "_backend" in model.lowered or "_driver" in model.lowered \
                or "_store" in model.lowered or "_engine" in model.lowered or "_adapter" in model.lowered:
            # "| `TASKIQ_FLOW_STORAGE_TYPE` | `"redis"`, `"sqlite"`, `"inmemory"`, or `"auto"` |" under "| Env Var |
            # Description |": a selector whose cell lists its values
            for unit in model.units_where(analyser.mentions_source, kinds=("table_row",)):
                if unit.section not in dev and unit.cells and _SELECTOR_CELL.search(
                        unit.text[unit.cells[0][0]:unit.cells[0][1]]) is not None:
                    found = analyser.analyse_options_row(unit.text, unit.cells, unit.header, unit.code, unit.struck)
                    yield from RequiredServiceCalledOptional._report(found, unit, label, seen)
        absent = lambda raw: ABSENT_HEADER_RE.search(raw) is not None
        if model.any_where(absent, _HEADERS) and any(word in text for word in _ABSENT_WORDS) \
                and model.units_where(absent, kinds=_HEADERS):
            # "| Variable | Comments | If absent |" over "| NC_REDIS_URL | … | Meta data will be stored in
            # memory |": the row's words alone name no hedge, its header does
            for unit in model.units_where(analyser.mentions_source, kinds=("table_row",)):
                if unit.section not in dev and any(ABSENT_HEADER_RE.fullmatch(h.strip(" *_`")) for h in unit.header):
                    found = analyser.analyse_row(unit.text, unit.cells, unit.header, unit.code, unit.struck)
                    yield from RequiredServiceCalledOptional._report(found, unit, label, seen)
        if analyser.names.switch is not None and model.any_where(_DEFAULT_HEADER.search, _HEADERS):
            # "| Variable | Default | Description |" over "| `ENABLE_REDIS` | `false` | … |": off until turned on
            for unit in model.units_where(_OFF_CELL.search, kinds=("table_row",)):
                if unit.section not in dev and default_column(unit.header) is not None:
                    found = analyser.analyse_switch_default_row(unit.text, unit.cells, unit.header, unit.code,
                                                                unit.struck)
                    yield from RequiredServiceCalledOptional._report(found, unit, label, seen)
        if not model.units_where(lambda raw: _HEADER_QUESTION.search(raw) is not None and analyser.mentions_source(raw),
                                 kinds=("table_header",)):
            return
        for unit in model.units_where(_YES_NO_CELL.search, kinds=("table_row",)):
            if unit.section not in dev and not analyser.mentions(unit.text) \
                    and any(analyser.mentions(h) for h in unit.header):
                found = analyser.analyse_header_row(unit.text, unit.cells, unit.header, unit.code, unit.struck)
                yield from RequiredServiceCalledOptional._report(found, unit, label, seen)

    @staticmethod
    def _removed_lists(model, analyser, label, seen, dev):
        """"### Removed" over "- **Redis dependency** for background jobs (now using Solid Queue)":
        a change log's list of what a release took out names the service, or its dependency, so
        the app runs without it. Not a part of it ("- Redis key prefix option"), and only right
        under such a heading."""
        from sumlint.markdown.claims import Claim

        sections = {k for k, h in enumerate(model.headings) if _REMOVED_HEADING.fullmatch(h.text.strip(" *_:")) is not None}
        if not sections:
            return
        for unit in model.units_where(analyser.mentions, kinds=("paragraph",), sections=sections):
            if unit.kind != "list_item" or unit.section not in sections or unit.section in dev:
                continue
            text = _LEADING_MARKS.sub("", unit.text).replace("**", "").replace("__", "")
            named = analyser.names.pattern.match(text)
            if named is None:
                continue
            after = text[named.end():].lstrip("*_ ").split(None, 1)
            if after and after[0].lower().strip(",.:;()") not in _REMOVED_WHOLE:
                continue  # (not "- Redis key prefix option": a part of it)
            at = analyser.names.pattern.search(unit.text)
            yield from RequiredServiceCalledOptional._report(
                [Claim(at.start(), at.end(), "Removed", label, "removed-list")], unit, label, seen)

    @staticmethod
    def _heading_questions(model, analyser, label, seen, dev):
        """"### Do we need Redis?" answered right below by "**NO!** Set `CACHE_TYPE=…`", "### Can I
        add Redis later?" by "**Yes** - just install it", "### Do I need Redis for production?" by
        "**Recommended** - …": the answer is read with its question."""
        if not any(h.raw.rstrip(" *_#").endswith("?") for h in model.headings):
            return
        for unit in model.units_where(_ANSWER.match, kinds=("paragraph",)):
            index = unit.section
            if index < 0 or index in dev or index >= len(model.headings):
                continue
            heading = model.headings[index]
            if not heading.raw.rstrip(" *_#").endswith("?") or unit.line - heading.line > 3 \
                    or not analyser.mentions(heading.raw):
                continue
            question = heading.text
            task = _NEED_TO.search(question)
            if task is not None and task.group(1).lower() not in _TAKE_VERBS:
                continue  # "### Do I need to restart the app when Redis comes back?": about the restart
            lead = _ANSWER.match(unit.text)
            word = re.search(r"\w+$", lead.group()) if lead is not None else None
            skip = lead.end() - len(word.group()) if word is not None and word.group().lower() != "works" else 0
            # (the answer's word: "**A:** Not …"; all of "✅ **App Still Works:**")
            found = analyser.analyse(f"{question} {unit.text[skip:]}", question_ok=True)
            offset = len(question) + 1 - skip
            found = [replace(c, start=c.start - offset, end=c.end - offset) for c in found if c.start >= offset]
            yield from RequiredServiceCalledOptional._report(found, unit, label, seen)

    @staticmethod
    def _condition_headings(model, analyser, label, seen, dev):
        """"### If Redis is not configured" over "The system falls back to an in-memory cache": the
        heading is the condition of the sentence right below it, and the two are read as one
        ("If Redis is not configured, the system falls back …"). A heading alone is not read so:
        "### If Redis is not running" over "Start it with `systemctl start redis-server`" is a
        step, and the analyser tells the two apart once the sentence is there."""
        for index, heading in enumerate(model.headings):
            if index in dev or _CONDITION_HEADING.match(heading.raw) is None or not analyser.mentions(heading.raw):
                continue
            prose = heading.prose
            if prose is None:
                continue
            below = next((u for u in model.units_where(_any_text, kinds=("paragraph",), sections={index})
                          if u.section == index), None)
            if below is None or below.line - heading.line > 3:
                continue
            lead = _CONDITION_WORD.search(prose.text)
            if lead is None:
                continue
            condition = prose.text[lead.start():].rstrip(" :*_")  # (without a step number before it)
            body = below.text[:1].lower() + below.text[1:] if below.text[1:2].islower() else below.text
            found = [replace(c, start=c.start + lead.start(), end=c.end + lead.start())
                     for c in analyser.analyse(f"{condition}, {body}") if c.end <= len(condition)]
            yield from RequiredServiceCalledOptional._report(found, prose, label, seen)

    @staticmethod
    def _phase_headings(model, analyser, label, seen, dev):
        """"### Phase 2 (Redis): Distributed" beside "### Phase 1 (Current): In-Memory": sibling
        headings for the phases of a plan, the service named in a later one only and the first
        on a stand-in (memory, a file, the database) or on what runs now, so taking the service
        is put off to a later phase (the hundred-and-fifth session's). Not phases of an
        installation ("## Phase 4: Install Redis Cache", ``_install_phases``), nor a plan whose
        first phase has it ("### Phase 1: MVP (PostgreSQL + Redis)"), nor one whose first phase
        names no stand-in ("### Phase 1: Research")."""
        from sumlint.markdown.claims import Claim

        headings = model.headings
        phases = {k: int(m.group(2)) for k, h in enumerate(headings)
                  if k not in dev and (m := _PHASE_NUMBER.match(h.text)) is not None}
        if len(phases) < 2:
            return
        for k, number in phases.items():
            heading = headings[k]
            if number < 2 or heading.prose is None or not analyser.mentions(heading.raw) \
                    or _PRODUCTION.search(heading.raw) is not None:
                continue
            firsts = [j for j in _sibling_headings(headings, k, list(phases)) if phases[j] <= 1]
            if not firsts or any(analyser.mentions(headings[j].raw) for j in firsts) \
                    or not any(_STAND_IN_PHASE.search(headings[j].text) for j in firsts) \
                    or _install_phases(model, heading.prose):
                continue
            prose = heading.prose
            at = _PHASE_NUMBER.match(prose.text)
            if at is None:
                continue
            yield from RequiredServiceCalledOptional._report(
                [Claim(at.start(1), at.end(1), at.group(1), label, "planned")], prose, label, seen)

    @staticmethod
    def _versus_headings(model, analyser, label, seen, dev):
        """"## Memcached vs Redis", "### Redis vs Kafka": a heading that is one comparison of the
        service with another server, a section that weighs which of the two to run (the
        hundred-and-sixth session's). The analyser reads "## Redis vs In-Memory Mode" (a stand-in)
        in any unit; another server only in a heading's title, whole on its side: not "Redis vs
        Memcached" in a sentence, which may compare two servers both running, nor "### Redis vs
        Kafka Streams", "## Redis vs Redis Cluster", "## Redis vs Valkey" (a fork of it)."""
        from sumlint.markdown.claims import Claim

        for k, heading in enumerate(model.headings):
            prose = heading.prose
            if k in dev or prose is None or not analyser.mentions(heading.raw):
                continue
            title = _VERSUS_TITLE.fullmatch(prose.text.rstrip())
            if title is None:
                continue
            a, b = title.group("a"), title.group("b")
            peer = b if analyser.names.pattern.fullmatch(a) else a if analyser.names.pattern.fullmatch(b) else None
            if peer is None or peer.lower() not in PEER_STORES:
                continue
            yield from RequiredServiceCalledOptional._report(
                [Claim(title.start("vs"), title.end("vs"), f"{a} {title.group('vs')} {b}", label, "alternative")],
                prose, label, seen)

    @staticmethod
    def _mode_headings(model, analyser, label, seen, dev):
        """"## PostgreSQL + Redis Mode" beside "## MySQL Mode", "### Redis mode" beside "###
        Memory mode": sibling headings for the modes one may run in, the service in one of them
        only, so running with it is one choice. Not a mode of the service itself ("## Redis
        Cluster Mode" beside "## Standalone Mode"), nor beside a mode for development or of the
        interface ("## Debug Mode", "## Dark Mode")."""
        from sumlint.markdown.claims import Claim

        headings = model.headings
        modes = [k for k, h in enumerate(headings) if _MODE_WORD.search(h.raw) is not None and k not in dev]
        if len(modes) < 2:
            return
        own = set()  # (the headings on a mode of the service itself: the document is about its modes)
        for k in modes:
            named = analyser.names.pattern.search(headings[k].raw)
            if named is not None and _OWN_MODE.match(headings[k].raw, named.end()) is not None:
                own.add(headings[k].level)
        for k in modes:
            heading = headings[k]
            named = analyser.names.pattern.search(heading.raw)
            if named is None or heading.level in own or _PRODUCTION.search(heading.raw) is not None:
                continue  # (not "#### Production Setup - Redis Mode": the mode for production has it)
            siblings = _sibling_headings(headings, k, modes)
            if any(_DOWN_STATE.match(headings[j].raw, m.end()) for j in (k, *siblings)
                   for m in analyser.names.pattern.finditer(headings[j].raw)):
                continue  # ("Fallback Mode (Redis Unavailable)": the mode it falls back to when Redis fails)
            if any(_PRODUCTION.search(headings[j].raw) for j in siblings) or not any(
                    not analyser.mentions(headings[j].raw) and not _OTHER_MODE_KIND.search(headings[j].raw)
                    for j in siblings):
                continue  # (not beside "## Mode 3: Distributed (Full Production)": tiers up to production,
                # which may have it as well)
            prose = heading.prose
            if prose is None:
                continue
            at = analyser.names.pattern.search(prose.text)
            if at is None:
                continue
            phrase = _MODE_PHRASE.search(prose.text)
            wording = phrase.group() if phrase is not None and phrase.end() >= at.end() else prose.text
            opened = prose.text.rfind("(", 0, at.start())
            if wording == prose.text and opened >= 0 and ")" not in prose.text[opened:at.start()]:
                wording = prose.text[opened + 1:].split(")")[0]  # "## Mode 2: Simple (With Redis)": "With Redis"
            yield from RequiredServiceCalledOptional._report(
                [Claim(at.start(), at.end(), wording.strip(), label, "mode-heading")], prose, label, seen)

    @staticmethod
    def _variant_headings(model, analyser, label, seen, dev):
        """"## With Postgres + Redis" beside "## Without a database": sibling headings for the
        set-ups one may run, one of them without something, the service named in another's "With
        …", so running with it is one choice. Not a set-up that merely includes it ("## With
        Docker (includes Redis)"), not production's, and not beside a set-up for development."""
        from sumlint.markdown.claims import Claim

        headings = model.headings
        variants = [k for k, h in enumerate(headings) if k not in dev and _VARIANT_HEADING.match(h.raw) is not None]
        if len(variants) < 2 or not any(_VARIANT_HEADING.match(headings[k].raw).group(1).lower() == "without"
                                        for k in variants):
            return
        for k in variants:
            heading = headings[k]
            named = _WITH_SERVICE.match(heading.raw)
            if named is None or analyser.names.pattern.search(named.group(1)) is None \
                    or _PRODUCTION.search(heading.raw) is not None or heading.prose is None:
                continue
            siblings = _sibling_headings(headings, k, variants)
            if not any(_VARIANT_HEADING.match(headings[j].raw).group(1).lower() == "without"
                       and not analyser.mentions(headings[j].raw) for j in siblings) \
                    or any(_OTHER_MODE_KIND.search(headings[j].raw) or _PRODUCTION.search(headings[j].raw)
                           for j in siblings):
                continue
            prose = heading.prose
            at = analyser.names.pattern.search(prose.text)
            start = prose.text.lower().find("with")
            if at is None or start < 0 or start > at.start():
                continue
            yield from RequiredServiceCalledOptional._report(
                [Claim(start, at.end(), prose.text[start:at.end()], label, "variant-heading")], prose, label, seen)

    @staticmethod
    def _slow_remedies(model, analyser, label, seen, dev):
        """"### Slow File Listing" over "- Enable Redis for caching": a troubleshooting section
        about slowness whose list offers the service as a remedy, read as "If file listing is
        slow, enable Redis for caching" (an upgrade for when it is slow). Not a step on the service
        itself ("- Restart Redis", "- Check Redis memory"), which the analyser does not read so."""
        low = model.lowered  # (made once per document)
        if "slow" not in low and "latency" not in low and "laggy" not in low and "sluggish" not in low:
            return
        for index, heading in enumerate(model.headings):
            if index in dev or _SLOW_HEADING.search(heading.raw) is None or analyser.mentions(heading.raw):
                continue
            symptom = heading.raw.strip("#*_ :").strip()
            prefix = f"If {symptom[:1].lower() + symptom[1:]}, "
            for unit in model.units_where(analyser.mentions, kinds=_PROSE_KINDS, sections={index}):
                if unit.section != index or unit.kind != "list_item":
                    continue
                # (past a check mark or other symbol that opens the item: "- ✅ Enable Redis caching")
                first = next((k for k, ch in enumerate(unit.text) if ch.isalnum() or ch == "`"), 0)
                shift = len(prefix) - first
                code = [(a + shift, b + shift) for a, b in unit.code]  # ("with `ENABLE_CACHING=true`")
                found = [c for c in analyser.analyse(prefix + unit.text[first:], code) if c.how == "condition"
                         and c.end <= len(prefix)]
                if found:
                    word = unit.text[first:].split(" ", 1)[0]
                    yield from RequiredServiceCalledOptional._report(
                        [replace(found[0], start=first, end=first + len(word), wording=symptom, how="slow-remedy")],
                        unit, label, seen)

    @staticmethod
    def _choice_lists(model, analyser, label, seen, dev):
        """"Metarank supports two possible persistence modes:" over "* [Memory](…): ephemeral" and
        "* [Redis](…): state persisted in remote Redis": a sentence that offers a choice of
        backends, over a list that names the service as one item and a stand-in as another, offers
        the service as one choice; so does a table right under the lead-in, by its rows' first
        cells ("The library supports multiple cache types:" over "| `CAFFEINE` | in-memory |",
        "| `REDIS` | … |" and "| `NOOP` | … |"). (Not "The following services are required:", nor a
        list without a stand-in: "Supported brokers:" over Redis and RabbitMQ alone picks among
        peers.)"""
        lines = model.source.lines
        # (the lead-ins that end with a colon, found once for the document: a search of the whole
        # text for each noun cost 60 µs a runbook; then the headings that name the choices)
        leads = [(number, stripped, False) for number, stripped in _colon_lines(model.source.text)]
        leads += _supported_lines(model)
        for number, stripped, heading in leads + _choice_headings(model):
            lowered = stripped.lower().replace("back-end", "backend")  # ("Supported caching back-ends:")
            k = number - 1  # (0-based line)
            if _ANY_CHOICE_NOUN.search(lowered) is None and (
                    heading or k == 0 or not lines[k - 1].strip()
                    or _ANY_CHOICE_NOUN.search(lines[k - 1].lower()) is None):
                continue  # (the noun in the line or in the one before it: "Different storage mechanisms are
                # available through …, and include support for" / "storing data in:")
            if heading:
                # "## Supported Backends 🔌" over a table of them, "### Queue Adapters" over "Process
                # jobs with …:" and a list of them: the list or table right under the heading or under
                # its lead-in line
                lead = stripped
                below = k + 2 if k + 1 < len(lines) and not lines[k + 1].strip() else k + 1
                if below < len(lines) and lines[below].rstrip().endswith(":") and not _LIST_ITEM_RE.match(lines[below]) \
                        and not lines[below].lstrip().startswith(("|", "#", ">")):
                    if _CHOICE_REQUIRED.search(lines[below]) is not None:
                        continue
                    k = below
                elif below + 2 < len(lines) and lines[below].strip() and not lines[below + 1].strip() \
                        and _LIST_ITEM_RE.match(lines[below + 2]) and not _LIST_ITEM_RE.match(lines[below]) \
                        and not lines[below].lstrip().startswith(("|", "#", ">", "```", "~~~")) \
                        and _ANY_CHOICE_NOUN.search(lines[below].lower()) is not None \
                        and not analyser.mentions(lines[below]) and _CHOICE_REQUIRED.search(lines[below]) is None:
                    k = below  # "## Adapters" over "GramIO has many ready-made adapters, but you can also write
                    # your own!", a line of its own about them, then their list (hundred-and-thirteenth session)
                section = max((j for j, h in enumerate(model.headings) if h.line <= k + 1), default=-1)
                if section in dev:
                    continue
                items = _choice_table_rows(lines, k) or _choice_list_items(lines, k, -1)
                shape = _CHOICE_HEADING.match(lowered)
                plain = shape is None or shape.group(1) is None  # (no "Supported", "Available", …)
                yield from RequiredServiceCalledOptional._choice_items(
                    lines, items, analyser, label, seen, lead, "heading",
                    _TABLE_STAND_INS if plain else _CHOICE_STAND_INS)
                continue
            if stripped.startswith(("#", "|", ">")):
                continue
            lead_item = _LIST_ITEM_RE.match(lines[k])
            lead_depth = len(lines[k]) - len(lines[k].lstrip()) if lead_item is not None else -1
            first = k  # (the paragraph's lines: "Metarank supports two" / "possible persistence modes:")
            while lead_item is None and first > max(0, k - 3) and lines[first - 1].strip() \
                    and not _LIST_ITEM_RE.match(lines[first - 1]) \
                    and not lines[first - 1].lstrip().startswith(("#", "|", ">", "```", "~~~")):
                first -= 1
            lead = " ".join(line.strip() for line in lines[first:k + 1]).rsplit(". ", 1)[-1]  # (its last sentence)
            if lead_item is not None:
                lead = lines[k][lead_item.end():].strip()  # (the item's own text)
            read = re.sub("(?<=[Bb]ack)-(?=[Ee]nd)", "", lead) if "ack-end" in lead else lead  # (quoted as written)
            if _CHOICE_LEAD.search(read) is None or _CHOICE_REQUIRED.search(read) is not None:
                continue
            section = max((j for j, h in enumerate(model.headings) if h.line <= k + 1), default=-1)
            if section in dev:
                continue
            # (a table of the choices right under the lead-in, else its list)
            items = (_choice_table_rows(lines, k) if lead_item is None else []) or _choice_list_items(lines, k, lead_depth)
            yield from RequiredServiceCalledOptional._choice_items(lines, items, analyser, label, seen, lead, "line",
                                                                   _CHOICE_STAND_INS)

    @staticmethod
    def _choice_items(lines, items, analyser, label, seen, lead, where, stand_in_names):
        """``_choice_lists``' report on the items (line, where its text starts) under one lead: the
        items that name the service, where another item is a stand-in (one of ``stand_in_names``)
        and at most three name the service. An item of a task list not ticked ("- [ ] Etcd") is
        planned, not offered: "- [x] Redis" beside it is the one backend there is; so is one marked
        at its end as not there yet ("- Memcached: … IN PROGRESS")."""
        items = [(j, end) for j, end in items if not _UNTICKED_ITEM.match(lines[j]) and not _PLANNED_ITEM.search(lines[j])]
        # (nor one marked "IN PROGRESS" or "(coming soon)": the service beside it is the one there is)
        firsts = [(j, _CHOICE_ITEM.match(lines[j], end)) for j, end in items]
        firsts = [(j, m, _choice_stem(m.group(1), [o.group(1) for _, o in firsts if o is not None and o is not m])
                   if m is not None else "") for j, m in firsts]
        named = [(j, m) for j, m, stem in firsts if m is not None and analyser.names.pattern.fullmatch(
            stem.split("-")[0] if stem.lower().endswith(_CHOICE_KINDS) else stem)]
        # (also a kind of it as a store's value: "`redis-sentinel`", "`redis-cluster`")
        stand_ins = [m for j, m, stem in firsts if m is not None and (stem.lower() in stand_in_names or stem.lower(
            ) == "in" and lines[j][m.end(1):].lstrip().lower().startswith("memory"))  # ("* in memory")
            and _DEV_ITEM.search(lines[j], m.end()) is None]
        # (not a stand-in for development or tests: "1. **In-Memory**: … (development/testing)" over "2. **Redis**:
        # … (production)" leaves the service the one store for production)
        if not named or not stand_ins or len(named) > 3:
            return
        names: set[str] = set()
        named_lines = {n for n, _ in named}
        for j, m in named:
            if m.group(1).lower() in names:
                continue  # (one choice named once: a later "* [Redis cheat sheet](…)" in the same list is a link)
            names.add(m.group(1).lower())
            if where == "heading" and _REQUIRED_ROW.search(lines[j], m.end()) is not None and not any(
                    _REQUIRED_ROW.search(lines[i], end) is not None for i, end in items if i not in named_lines):
                continue  # "| RedisBackend | … | Production, scaling |": the choice for production (not when
                # another store is one too: "- **postgres** - Production with pg-boss")
            span = Span(j + 1, m.start(1) + 1, j + 1, m.end(1) + 1)
            if not _first_report(seen, span):
                continue
            yield Violation(
                f"this {'table row' if lines[j].lstrip().startswith('|') else 'list item'} offers {label} as one of "
                f"the choices the {where} above gives (“{_clipped(lead, 60)}”), "
                f"but {label} is required in production: state it as required", span)

    @staticmethod
    def _backend_tables(model, analyser, label, seen, dev):
        """A table of backends with a stand-in among them: "| Backend | Class | Alias |" over "|
        SQLite | SQLiteCache | `'sqlite'` |", "| Redis | RedisCache | `'redis'` |" and "| Memory |
        BaseCache | `'memory'` |" (a first header cell that names backends), or "| Feature |
        Description | Default |" over "| `memory` | In-memory storage | ✓ |" and "| `redis` | Redis
        storage | |" (the default marked on the stand-in, not on the service): the service is one
        backend a reader may pick instead of the in-process or file one. A stand-in is an
        in-process or file store (memory, SQLite, files, disk, a no-op), not a database or a
        component of a stack ("| Database | Supabase |" beside "| Redis | Upstash |" lists parts);
        not where the stand-in's row is for development or tests, nor where the service's row
        calls it required or names production, nor with more than three of the service's rows;
        only the first such table of a document (the later ones tell each backend's settings)."""
        if not model.of_kinds(_HEADERS) or not model.any_where(_backend_header, _HEADERS) \
                or _STAND_IN_ROW.search(model.source.text) is None:
            return  # (most documents: no table, or no table of backends, or no cell that names such a
            # store; the header test first, on the headers' source, as a scan of the whole text for a
            # cell costs some 350 µs a runbook)

        def first_name(unit, j: int = 0) -> str:
            if j >= len(unit.cells):
                return ""
            a, b = unit.cells[j]
            found = _CHOICE_ITEM.match(unit.text[a:b].strip())
            return found.group(1) if found is not None else ""

        firsts: list[str] = []  # (the first cells' names of the table being read, for ``_choice_stem``)

        def locate(unit, first_only: bool = False) -> tuple[str, int]:
            # the first cell's name, or a later cell that is only a name ("| `…/stores/redis` | [Redis](…) |"
            # under "| store name | built on top of |"), with the cell it is in; ``first_only``: the
            # first cell's (a "Default" column marks the first cell's value)
            if first_only:
                return first_name(unit), 0
            for j in range(len(unit.cells)):
                a, b = unit.cells[j]
                value = _LINK_TEXT.sub(r"\1", unit.text[a:b]).strip(" *_`'\"")
                if j == 0 or value and len(value.split()) == 1:
                    found = first_name(unit, j)
                    stem = _choice_stem(found, [o for o in firsts if o != found]) if j == 0 else found
                    if j == 0 and (stem.lower() in _TABLE_STAND_INS or analyser.names.pattern.fullmatch(stem)):
                        return found, 0  # (also a class named for it: "`RedisBackend`" beside "`InMemoryBackend`")
                    if j and (value.lower() in _TABLE_STAND_INS or analyser.names.pattern.fullmatch(value)):
                        return value, j
            return first_name(unit), 0

        def marked(unit, j: int) -> bool:
            if j >= len(unit.cells):
                return False
            a, b = unit.cells[j]
            return unit.text[a:b].strip(" *_`").lower() in _DEFAULT_MARKS

        for rows in _table_runs(model, dev):
            header = rows[0].header
            by_header = bool(header) and _BACKEND_HEADER.fullmatch(header[0]) is not None
            default = next((j for j, cell in enumerate(header) if _DEFAULT_COLUMN.fullmatch(cell)), None)
            if not by_header and default is None:
                continue
            first_only = default is not None
            firsts[:] = [first_name(u) for u in rows]
            names = {id(u): locate(u, first_only)[0] for u in rows}
            names = {key: _choice_stem(name, [o for o in firsts if o != name]) for key, name in names.items()}
            stand_ins = [u for u in rows if names[id(u)].lower() in _TABLE_STAND_INS
                         and not _NOT_PRODUCTION_TIER.search(u.text)]
            named = [u for u in rows if analyser.names.pattern.fullmatch(
                names[id(u)].split("-")[0] if names[id(u)].lower().endswith(_CHOICE_KINDS) else names[id(u)])]
            # other servers a table of backends offers beside it, not for development ("| `nats` |
            # Production with NATS infrastructure |", "| Postgres | … | You already run Postgres |"):
            # two of them, or one beside an in-process or file stand-in (even one for development)
            peers = [u for u in rows if by_header and names[id(u)].lower() in _PEER_ROW_NAMES
                     and not _NOT_PRODUCTION_TIER.search(u.text)] if named else []
            if len(peers) < 2 and not (peers and any(names[id(u)].lower() in _TABLE_STAND_INS for u in rows)):
                peers = []
            stand_ins = stand_ins or peers
            if not stand_ins or not named or len(named) > 3:
                continue
            if any(_MEASURED_CELL.search(u.text[slice(*u.cells[0])]) for u in named):
                continue  # "| Redis Hit | 10-50ms |" beside "| Memory Hit | 1-5ms |": a measure of each tier
            if not by_header and (not any(marked(u, default) for u in stand_ins)
                                  or any(marked(u, default) for u in named)):
                continue
            other = names[id(stand_ins[0])]
            reported = False
            for unit in named:
                if _REQUIRED_ROW.search(unit.text) and (len(peers) < 2 or _REQUIRED_WORD.search(unit.text)):
                    continue  # (its row for production is a choice still where two other servers are
                    # offered: "| `redis` | Production single Redis |" beside "| `nats` | … |", "| `rabbitmq` | … |")
                value, j = locate(unit, first_only)
                a, b = unit.cells[j]
                start = a + unit.text[a:b].index(value)  # (in its own cell: not "redis" in a path before it)
                span = unit.span(start, start + len(value))
                if not _first_report(seen, span):
                    continue
                reported = True
                yield Violation(
                    f"this table row offers {label} as one of the backends, beside “{other}”, but {label} is "
                    "required in production: state it as required", span)
            if reported:
                return  # (the first such table offers the choice; later ones say what each backend's
                # settings mean: "| Backend | Cache name used as |")

    @staticmethod
    def _situation_tables(model, analyser, label, seen, dev):
        """A table that picks a store for each situation, "| Situation | Store |" over "| Dev /
        single server | Memory |" and "| Multiple instances | Redis |", or "| Requirement |
        Recommended backend |" over "| Single-server with persistence | EF Core |" and "|
        Multi-server / distributed | Redis |": the service is what one situation calls for, and
        another store serves the others. Only where a row that names no service is for a
        situation in production (not "| Local development | InMemory |" alone), and not the
        service's row for production itself ("| Production | Redis |" over "| Development |
        Memory |" says what production uses)."""
        if not model.of_kinds(_HEADERS) or not model.any_where(_situation_header, _HEADERS):
            return

        def cell(unit, j: int) -> str:
            a, b = unit.cells[j]
            return _LINK_TEXT.sub(r"\1", unit.text[a:b]).strip()

        for rows in _table_runs(model, dev):
            if not _situation_cells(rows[0].header):
                continue
            named = [u for u in rows if len(u.cells) == 2 and analyser.names.pattern.search(cell(u, 1))]
            others = [u for u in rows if len(u.cells) == 2 and u not in named and cell(u, 1).strip(" *_`-—–")
                      and not any(w in cell(u, 1).lower() for w in _HOSTED_PRODUCTS | _COMPATIBLE_FORKS)
                      and (not _NOT_PRODUCTION_TIER.search(cell(u, 0)) or _PRODUCTION_SCALE.search(cell(u, 0)))]
            if not named or not others or len(named) > 3:
                continue
            other = cell(others[0], 1).strip(" *_`")
            for unit in named:
                if _REQUIRED_ROW.search(cell(unit, 0)) or _NOT_PRODUCTION_TIER.search(cell(unit, 0)):
                    continue
                a, b = unit.cells[1]
                found = analyser.names.pattern.search(unit.text, a, b)
                span = unit.span(found.start(), found.end())
                if not _first_report(seen, span):
                    continue
                yield Violation(
                    f"this table row picks {label} for one situation (“{cell(unit, 0).strip(' *_`')}”), beside "
                    f"“{other}” for another, but {label} is required in production: state it as required", span)

    @staticmethod
    def _switch_lines(model, analyser, label, seen, dev):
        """An env or shell block that sets the service's switch off (`REDIS_ENABLED=false`,
        `$env:REDIS_ENABLED='false'`): the setup it shows runs without the service."""
        switch = analyser.names.switch
        if switch is None:
            return
        for fence in model.fences:
            if (fence.kind not in ("env", "shell") and fence.lang not in ("powershell", "ps1", "pwsh", "bat", "cmd")) \
                    or fence.section in dev or not analyser.names_switch(fence.text) or _DEV_COMMAND.search(fence.text):
                continue  # (most blocks set no switch: a substring test first)
            lines = fence.text.split("\n")
            if any(_NONPROD_LEAD.search(line[line.find("#"):].lower()) for line in lines if "#" in line):
                continue  # "# Celery/Redis (optional in dev)", "SKIP_REDIS=true  # for local development"
            if _mitigation_section(model, fence):
                continue  # "### Rollback Procedures" over "export REDIS_ENABLED=false": a way back, not the setup
            if _DEV_FILE.search(fence.title) or _DEV_FILE.search(_lead_in(model.source.lines, fence.span.line)):
                continue  # "**Solution**: Disable Redis in `.env.local`:" over the block: a developer's own file
                # (only here: as a development lead-in for every unit, `.env.local` loses "# Upstash Redis
                # (optional - for production)" in the env file of a Next.js app, which hedges)
            for k, line in enumerate(lines):
                setting = _SWITCH_LINE.match(line)
                if setting is None or k >= len(fence.line_map):
                    continue
                name, value = setting.group(1), setting.group(2).strip("\"' ")
                if not switch.fullmatch(f"{name}={value}".lower()):
                    continue
                if "#" in line and re.search(r"\b(?:production|prod)\b", line[line.find("#"):], re.IGNORECASE):
                    continue  # "REDIS_ENABLED=false  # Set to true for production": off here, on in production
                host, offset = fence.line_map[k]
                span = Span(host, offset + setting.start(1) + 1, host, offset + setting.end(2) + 1)
                if not _first_report(seen, span):
                    continue
                yield Violation(
                    f"this code block turns {label} off (“{name}={value}”), but {label} is required in "
                    f"production: show it on, or say the block is for development", span)

    @staticmethod
    def _removal_title(model, analyser, label, seen, scope):
        """A removal document's title that moves off the service: "# Redis to PostgreSQL
        Migration". (The changes such a document lists, "- ✅ Removed Redis health check",
        "`src/config/env.ts` - Removed Redis environment variables", are not reported one by one:
        on the labelled documents they were wrong 23 times for 3 right ones, and each such
        document is reported already by the sentence that says the service is gone.)"""
        headings = model.headings
        if not (headings and headings[0].line <= 3 and headings[0].level == 1 and 0 in scope):
            return
        migration = _migration_title(analyser, headings[0].text)
        if migration is not None:
            wording = migration.string[migration.start("old"):migration.end()]  # "Redis to PostgreSQL Migration"
        elif not headings[0].raw.isascii() and (removal := _cjk_removal(analyser, headings[0].text)) is not None:
            wording = removal  # "# Redis削除の概要", "# 如何去除 Redis 缓存"
        else:
            return
        unit = next((u for u in model.units_where(analyser.mentions, kinds=("heading",))
                     if u.kind == "heading" and u.section == 0), None)
        at = unit.text.find(wording) if unit is not None else -1
        if at >= 0:
            span = unit.span(at, at + len(wording))
            if _first_report(seen, span):
                yield Violation(f"this heading takes {label} out (“{wording}”), but {label} is required "
                                f"in production: keep it in the setup", span)

    @staticmethod
    def _report(found, unit, label, seen):
        reported: list = []
        for claim in found:
            first = claim.wording.strip("()").split()[:1]
            if any(p.start < claim.start <= p.start + len(claim.wording) and first == p.wording.strip("()").split()[:1]
                   or p.start <= claim.start < p.start + len(p.wording.strip("()")) for p in reported):
                continue  # "(optional — graceful fallback)": the wording starts with a hedge already reported;
                # "only needed in multi-instance production": "needed …" is inside "only needed"
            span = unit.span(claim.start, claim.end)
            if not _first_report(seen, span):
                continue
            reported.append(claim)
            what = _HOW_CATEGORY.get(claim.how) or category(claim.wording)
            where = "code comment" if unit.kind == "code_comment" else unit.kind.replace("_", " ")
            advice = "it belongs in the current setup, not a later phase" if what == "deferred" else "state it as required"
            yield Violation(
                f"this {where} says {label} is {what} (“{_unbracketed(claim.wording)}”), but {label} "
                f"is required in production: {advice}", span)

    @staticmethod
    def _lead_ins(model, analyser, label, seen, dev=frozenset()):
        """A lead-in line such as "Optional components:" or "These services are optional:" over
        a list whose item starts with the service ("- Redis (caching)")."""
        from sumlint.markdown.claims import defaults_to_local_address
        from sumlint.markdown.lexicon import PART_NOUNS

        lines = model.source.lines
        in_fence = _line_test(model.fences)
        leads = []
        for number, stripped in _colon_lines(model.source.text):
            bullet = _BULLET_LABEL.fullmatch(stripped)
            if bullet is not None and _nested_list_below(lines, number):
                stripped = bullet.group(1)  # "- Optional:" over "    - Redis Server": the item is the lead-in
            if len(stripped) > 80 and not (len(stripped) <= 160 and (_CAN_ADD_LEAD.search(
                    stripped.rstrip(":*_ ").lower()) or _MAY_NEED_LEAD.search(stripped.rstrip(":*_ ").lower()))) or stripped.startswith(
                    ("-", "*", "+", "#", ">", "|")) and not stripped.startswith(("**", "__")):
                continue  # (a longer line only when it ends offering additions: "…, but you can add:")
            if in_fence(number):
                continue
            hedge = _lead_in_hedge(stripped)
            if hedge is not None and hedge.startswith("recommend") and _PROVIDERS_LEAD.search(stripped):
                continue  # "Recommended providers:" over "- Redis Cloud (managed Redis)": which Redis
            if hedge is not None and (hedge.startswith(("recommend", "suggest", "propos"))
                                      and _SHAPE_HEADING.match(stripped.strip("*_ ").lower())
                                      or _CJK_SHAPE_LEAD.search(stripped)):
                continue  # "Recommended production topology:" over "4. Redis (locks)": the advised design has it
                # ("**推荐启动顺序**：", recommended start-up order, over "2. Redis Service": the order is advised)
                # ("**Recommended Monitoring**:" over "- Redis server metrics": what to watch on it)
            if hedge is not None:
                leads.append((number, stripped, hedge, "line"))
            elif stripped.startswith(("**", "__")) and len(stripped) <= 60 and (
                    "ecommend" in stripped or "ractice" in stripped or "uggest" in stripped):
                advice = _ADVICE_HEADING.search(stripped)
                if advice is not None and not _ADVICE_OTHER.search(stripped) and not analyser.mentions(stripped):
                    leads.append((number, stripped, advice.group(), "advice-line"))  # "**Production Recommendations**:"
        if "**" in model.source.text:
            # a bold line standing as a heading, without a colon: "**Medium (1000-10k users)**"
            for number, stripped in _bold_lines(model.source.text):
                if in_fence(number):
                    continue
                roadmap = _defer_label(stripped) if _defer_hint(stripped) else None
                if roadmap is not None and not analyser.mentions(stripped):
                    leads.append((number, stripped, roadmap, "line"))
        for k, heading in enumerate(model.headings):  # "### Horizontal Scaling" over "- Redis for sessions"
            # (the markdown source first: rendering every heading's text costs more than the rule)
            found = _SCALE_HEADING.search(_LATER_MARK.sub("", heading.raw.rstrip(" :*#"))) if (
                "cal" in heading.raw or "ulti" in heading.raw or "HA" in heading.raw or "vail" in heading.raw) else None
            # (also one marked for later: "## 📈 Scaling (Future)")
            if found is not None and k not in dev and not analyser.mentions(heading.raw) \
                    and not _one_aspect_of_many(model.headings, k) and not _sibling_sets_up(model, analyser, k):
                leads.append((heading.line, heading.text, found.group(), "heading"))
                continue
            roadmap = _defer_label(heading.raw) if len(heading.raw) <= 80 and _defer_hint(heading.raw) else None
            if roadmap is not None and k not in dev and not analyser.mentions(heading.raw):
                leads.append((heading.line, heading.text, roadmap, "heading"))  # "## Future Enhancements"
                continue
            advice = _ADVICE_HEADING.search(heading.raw) if len(heading.raw) <= 60 and (
                "ips" in heading.raw or "ractice" in heading.raw or "ecommend" in heading.raw
                or "ptimi" in heading.raw or "uggest" in heading.raw or "erformance" in heading.raw) else None
            if advice is not None and k not in dev and not analyser.mentions(heading.raw) \
                    and (advice.group().lower().startswith("performance") or not _ADVICE_OTHER.search(heading.raw)):
                leads.append((heading.line, heading.text, advice.group(), "advice"))  # "## Performance Tips"
        hits = []
        # (whether the guide lists the service under its prerequisites: scanned once, when an advice item asks)
        listed_first = functools.cache(lambda: _listed_as_prerequisite(model, analyser, lines))
        levels = None  # (each heading's level by its line, read for an advice heading's subsections)
        tiers: dict = {}  # the leads of each series of sibling headings (or lines of one section)
        for number, stripped, hedge, kind in sorted(leads):
            if dev and max((k for k, h in enumerate(model.headings) if h.line <= number), default=-1) in dev:
                continue
            item_line = None
            defer = _defer_label(hedge) is not None  # a roadmap's later phase
            indent = None  # (the content column of the list's first item, once one is seen)
            featured = False  # (an earlier item named a feature of the service: "1. Redis Cluster support")
            comments = False  # (the list is written as the comment lines of a code block)
            if kind == "advice" and levels is None:
                levels = {h.line: h.level for h in model.headings}  # (the headings' levels by line, once)
            level = levels.get(number, 0) if kind == "advice" else 0
            for following in range(number, min(len(lines), number + 40)):
                text = lines[following]
                if not text.strip():
                    continue
                if level and not comments and levels.get(following + 1, 0) > level and len(text) <= 60 \
                        and not _ADVICE_OTHER.search(text) and not analyser.mentions(text):
                    indent = None  # "## Production Optimization" over "### Performance" over "- Implement Redis
                    continue  # caching": the advice goes on in its subsections
                if comments and _FENCE_LINE.match(text):
                    break
                if indent is None and not comments and _comment_list(lines, following):
                    comments = True  # "### Performance Optimization" over "```bash" / "# Enable Redis caching" /
                    continue  # "# Database query optimization" / "```": one item a line
                item = _COMMENT_ITEM.match(text) if comments else _LIST_ITEM_RE.match(text)
                if item is None and defer and text.lstrip().startswith("|"):
                    item_line = _planned_row(analyser, lines, following)
                    break  # "## Planned Stack Extensions" over "| **Caching** | Redis | … |"
                if item is None and kind == "line" and hedge.lower().startswith("optional") \
                        and text.lstrip().startswith("|"):
                    item_line = _service_row(analyser, lines, following)
                    break  # "**Add-ons (Optional):**" over "| Redis | Upstash Free | $0/mo |"
                if item is None and indent is not None and len(text) - len(text.lstrip(" ")) >= indent:
                    continue  # an item's own code block or paragraph, indented under it: the list goes on
                if item is None:
                    break
                if indent is not None and len(text) - len(text.lstrip(" ")) < indent - 2:
                    break  # an item of an outer list: the list under the lead has ended
                if indent is None:
                    indent = len(text) - len(text.lstrip(" ")) + 2
                if defer and re.search(r"\[[xX]\]\s*$", text[:item.end()]) or (defer or kind == "advice") \
                        and text.rstrip().endswith(("✅", "✔", "☑")):
                    continue  # "## Future Enhancements" over "- [x] Redis projection cache": done already
                    # (also "## Roadmap" over "- Implement Redis for caching … ✅": ticked at its end, and
                    # "## 7. Performance Optimization" over "- Redis for session management ✅": in place)
                if text[item.end():].lstrip().startswith(("✅", "✔", "☑")):
                    continue  # "### Scalability" over "- ✅ **Redis Distributed Cache**: …": a feature it has
                body = _LEADING_MARKS.sub("", text[item.end():])
                if defer and _BEYOND_USE.search(body):
                    continue  # "## Future Enhancements" over "4. **Cache Integration**: Use Redis for general caching
                    # beyond sessions": a new use of the one it has
                if _ALREADY_DONE.search(body):
                    continue  # "For horizontal scaling:" over "1. Use Redis adapter (already configured)"
                if _REMEDY_LABEL.match(body) and "without" in hedge.lower():
                    continue  # "If using multiple server instances without Redis:" over "- **Solution**: Use Redis in
                    # production": the remedy for what goes wrong without it, not a condition on it
                if defaults_to_local_address(body):
                    continue  # "(OPTIONALLY) Update other variables if you need to:" over "- `REDIS_URL` - Redis
                    # url. Default value: `localhost:6379`": optional to set, not to run
                role = _ROLE_LABEL.match(body) if kind == "heading" and not defer else None
                if role is not None and _role_words(role.group(1)):
                    body = body[role.end():]  # "- **Caching Layer**: Redis for sessions" under "## Scaling"
                if kind == "heading" and not defer and body[:1] in "SsCc" and _SHARED_LEAD.match(body):
                    if _named_in_heading_above(model, analyser, number):
                        continue  # (the guide sets the service up under a heading of its own, "### Redis
                        # Backups" above: the scale list shares that one copy)
                    body = _SHARED_LEAD.sub("", body, 1)  # "- Shared Redis for sessions" under "### Horizontal Scaling"
                first = re.match(r"[\w.-]+", body)
                named = analyser.names.pattern.match(body)
                if named is None and (article := _ITEM_ARTICLE.match(body)) is not None:
                    named = analyser.names.pattern.match(body, article.end())  # "- A [Redis](…) server or …"
                if named is None and _BACKED_LEAD.match(body) and not featured:
                    named = analyser.names.pattern.match(_BACKED_LEAD.sub(r"\1 ", body, 1))  # "- Redis-based rate limiting"
                    # (not after "1. Redis Cluster support", "2. Redis Streams for …": new uses of the one it has)
                if named is not None and defer:
                    tail = body[named.end():].lstrip("*_` ").split()
                    featured = featured or bool(tail) and tail[0].lower().strip("*_,:") in _SERVICE_FEATURES
                if kind in ("advice", "advice-line"):  # only a step that sets it up, as advice: "1. **Use Redis caching** - …"
                    if "`" in body and not analyser.mentions(_COMMAND_SPAN.sub(" ", body)):
                        continue  # "- Use `magebox redis flush` after major code changes": the name is a command's word
                    named_at = analyser.names.pattern.search(body)
                    part = _WITH_PART.match(body, named_at.end()) if named_at is not None else None
                    if part is not None and part.group(1).lower() in FEATURE_PARTS:
                        continue  # "2. **Use Redis with persistence**": the advice is the feature, not the service
                    if named_at is not None and _VERSION_RE.match(body[named_at.end():].lstrip("`_*) ")):
                        continue  # "- **Use Redis 6.2+**": the advice is the version
                    if named_at is not None and _INSTEAD_OF_FORK.match(body, named_at.end()):
                        continue  # "3. **Use Redis instead of KeyDB**": which server speaks the protocol, not whether
                    if named_at is not None and _provider_before(body[:named_at.start()]):
                        continue  # "2. **Use Upstash Redis** if your platform doesn't include Redis": which provider
                        # (the hundred-and-thirteenth session's)
                    if re.match(r"[*_]*(?:\w+[*_]*:[*_]*\s*)?(?:use|enable|add|install|implement|introduce|set up|switch to|move to|consider)\b",
                                body, re.IGNORECASE) and not _ADVICE_FIRM.search(body) \
                            and not _NONPROD_LEAD.search(body.lower()[:20]) and analyser.provisions(body.strip("*_ "), ()):
                        if kind == "advice" and listed_first():
                            continue  # "### Prerequisites" over "- Redis 6.0+", then "## Performance
                            # Optimization" over "- Use Redis for queue management": the one it requires
                        item_line = following + 1
                        break
                    bare = named_at is not None and not body[:named_at.start()].strip("*_` ")
                    if bare and _named_in_heading_above(model, analyser, number):
                        continue  # (a guide that sets it up under a heading of its own, "### Redis", then
                        # lists "- Redis for session storage" among its best practices: the one it has)
                    if named_at is not None and (_CONFIGURE_LEAD.match(body[:named_at.start()])
                                                 or bare and ":" not in body[named_at.end():]) \
                            and _FOR_ROLE.match(body, named_at.end()) and not _tunes_service(analyser, body) \
                            and not _ADVICE_FIRM.search(body) and not _NONPROD_LEAD.search(body.lower()[:20]):
                        if kind == "advice" and listed_first():
                            continue  # ("### System Requirements" over "- Redis 7+", then "### Performance
                            # issues" over "- Configure Redis for caching": the one it requires, as above)
                        item_line = following + 1  # "- Configure Redis for caching and rate limiting", "- Redis
                        break  # for session storage and API caching": taking it up for those roles is the advice
                    if bare and _ROLE_ADVICE.match(body, named_at.end()) and not _tunes_service(analyser, body) \
                            and not _ADVICE_FIRM.search(body) and not _NONPROD_LEAD.search(body.lower()[:20]):
                        item_line = following + 1  # "2. **Redis Caching**: Cache frequently accessed data": the
                        break  # role it would take, told as a step
                    continue
                scale = kind == "heading" or _scale_lead_text(hedge) or defer
                if named is None and scale and not defer and _tunes_service(analyser, body):
                    continue  # "### Horizontal Scaling" over "2. Configure Redis to use more memory"
                if named is None and (scale or hedge == "consider" or _CONDITION_LEAD.fullmatch(hedge)) \
                        and analyser.mentions(body) \
                        and analyser.provisions(body.strip("*_ "), ()):
                    item_line = following + 1  # ("For multiple servers:" then "- use Redis-backed sessions")
                    break
                if named is None and scale and _adds_adapter(analyser, body):
                    item_line = following + 1  # ("For multi-instance scaling:" then "- Use Redis adapter for Socket.IO")
                    break
                if named is None and defer and analyser.lists_in_stack(body):
                    item_line = following + 1  # ("**Medium (1000-10k users)**" then "- MongoDB Atlas M30 + Redis")
                    break
                if named is None and (defer or scale) and analyser.moves_onto(body):
                    if defer and _title_names(model, analyser):
                        continue  # "# Redis Integration - Phase 2 Complete" … "### Phase 3: Session Storage" over
                        # "- Store user sessions in Redis": a new use of the one the stack has
                    item_line = following + 1  # ("## Later improvements" then "- Move the sessions to Redis";
                    # "### Horizontal Scaling" then "3. Configure cache and queue to use Redis:")
                    break
                if named or first is not None and (
                        analyser.names.locates(first.group()) or first.group().lower() in analyser.names.code_names):
                    rest = body[(named or first).end():].lstrip("`_*) ")
                    if (hedge.startswith("recommend") or defer) and _VERSION_RE.match(rest):
                        break  # "**Recommended:**" / "- Redis 7.x or later": the version is recommended
                    if _PROVIDERS_REST.search(rest) or re.match(r"cloud\b", rest, re.IGNORECASE):
                        break  # "consider:" over "- **Redis**: Redis Cloud, AWS ElastiCache": which provider
                        # ("**Recommended Services:**" over "- Redis Cloud (redis.com)": Redis Ltd's hosted one)
                    if scale and (_OPERATE_REST.match(rest) or _STATEMENT_REST.match(rest) and not _SWITCH_WORDS.search(rest)):
                        # "## Scaling" over "- Redis: ensure adequate CPU and memory": running it, not adding
                        # it; "- Redis cache is shared across all replicas": how the running one behaves
                        continue
                    part = rest.split()[0].lower().strip("*_`,:") if rest.split() else ""
                    if scale and part in ("scaling", "sizing", "capacity", "optimization", "optimisation", "clustered",
                                          "sharded", "replicated", "partitioned"):
                        continue  # "### Horizontal Scaling" over "2. **Redis Scaling:**": scaling the one it has
                        # ("## Database Scaling" over "- Redis clustered for high-throughput caching")
                    again = analyser.names.pattern.search(rest[:40]) if scale else None
                    if again is not None and (rest[again.end():].split() or [""])[0].lower().strip("*_`,.:") in (
                            "cluster", "sentinel", "replicas", "replica", "replication", "sharding"):
                        continue  # "## Horizontal Scaling" over "- **Redis**: Consider Redis Cluster …": its scaled form
                    if part in PART_NOUNS and (scale or hedge == "consider" or part in _TOOL_PARTS) and not (
                            defer and part not in FEATURE_PARTS and part not in _ROADMAP_PARTS):
                        continue  # "For high availability:" over "- Redis Sentinel …", "- Redis client": a part of it
                    if defer and part in _NEW_USES and len(rest.split()) <= 3 and _title_names(model, analyser):
                        continue  # "# Express + PostgreSQL + Redis + Docker Backend" … "## Future Improvements"
                        # over "- Redis sessions": a new use of the service the stack has, not the service later
                    item_line = following + 1
                    break
            group = _tier_group(model, number, kind)
            tiers.setdefault(group, []).append((number, defer, item_line))
            if item_line is None:
                continue
            hits.append((number, stripped, hedge, kind, item_line, defer, group))
        for number, stripped, hedge, kind, item_line, defer, group in hits:
            if defer and _in_first_tier(tiers[group], lines):
                continue  # "### Small Scale (< 1000 users)" over "- Redis: included": in every tier from the first
            line = lines[number - 1]
            at = re.search(r"(?<!\w)" + re.escape(hedge) + r"(?!\w)", line, 0 if kind == "heading" else re.IGNORECASE)
            start = at.start() if at is not None else max(line.lower().find(hedge.lower()), 0)
            span = Span(number, start + 1, number, start + len(hedge) + 1)
            if not _first_report(seen, span):
                continue
            item_span = Span(item_line, 1, item_line, len(lines[item_line - 1]) + 1)
            yield Violation(
                f"the {'heading' if kind == 'advice' else 'line' if kind == 'advice-line' else kind} “{_shown_label(stripped)}” puts {label} (line {item_line}) "
                f"under “{line[start:start + len(hedge)]}”, but {label} is required in production: "
                + ("it belongs in the current setup, not a later phase" if defer else
                   "it belongs in the setup steps, not in advice" if kind in ("advice", "advice-line")
                   else "move it to the required list"),
                span,
                related=(Related(str(model.path), item_span, f"{label} listed here"),))

    @staticmethod
    def _continuations(model, analyser, label, seen, dev):
        """The first sentence under a heading about the service, when it goes on without naming
        it: "## Redis" then "It is optional." or "**Verdict:** skip for now."."""
        topics = {k for k, h in enumerate(model.headings) if k not in dev and analyser.mentions(h.raw)
                  and len(h.raw.split()) <= 8 and analyser.is_topic(h.raw)}
        if not topics:
            return
        for unit in model.units_where(_CONTINUATION.match, kinds=("paragraph",)):
            if unit.section not in topics or unit.kind not in ("paragraph", "list_item"):
                continue
            heading = model.headings[unit.section]
            between = model.source.lines[heading.line:unit.line - 1]
            if any(line.strip() for line in between):
                continue  # only the first thing under the heading
            found = analyser.analyse_continuation(unit.text, unit.code)
            if found and all(c.how.startswith("row: ") and c.how.lower().endswith((" = no", " = false")) for c in found) \
                    and (_default_follows(model.source.lines, unit.line)
                         or _local_default_in_section(model.source.lines, unit.line)):
                continue  # "#### REDIS_HOST" over "**Required:** No" then "**Default:** localhost": a default
                # (or "## redis" over "**Required**: false" and, further down, "- **host**: … Defaults to:
                # `"127.0.0.1"`": the connection setting has a default, the service is still there)
            yield from RequiredServiceCalledOptional._report(found, unit, label, seen)

    @staticmethod
    def _sections(model, analyser, label, seen, dev=frozenset()):
        """A heading such as "Optional services" over a list item that is just the service."""
        from sumlint.markdown.claims import defaults_to_local_address
        from sumlint.markdown.lexicon import RECOMMEND_WORDS

        mentioning = None
        for index, heading in enumerate(model.headings):
            raw = heading.raw.lower()
            if index in dev or _ANY_HEADING_HEDGE.search(raw) is None:
                continue
            low = heading.text.lower()
            hedge = _label_hedge(low)
            qualified = _QUALIFIED_VARIABLES.match(low.strip()) if hedge is None else None
            if qualified is not None:
                hedge = qualified.group(1)  # "Backend Optional Variables": only its variables, below
            if hedge is None or analyser.mentions(heading.text):
                continue
            if hedge in ("addons", "add-ons") and index == 0 and heading.level == 1 and len(model.headings) > 3:
                continue  # "# Addons" over a platform's reference, a section for each ("### redis", "### mysql"):
                # what the platform offers, not a list of the app's extras
            if hedge in RECOMMEND_WORDS and _OPTION_HEADING.match(low):
                # "### Option B: Add Rate Limiting First (Recommended)", "### Вариант 1: Использование
                # render.yaml (Рекомендуется)": one plan of several is advised
                continue
            if hedge in ("recommended", "suggested", "proposed") and (_SHAPE_HEADING.match(low)
                                                                     or _SIZING_HEADING.match(low)):
                # "### Recommended backend shape" over "- Redis should be enabled for:": the advised
                # design, with the service in it
                continue
            if hedge in RECOMMEND_WORDS and (_candidate_heading(model.headings, index)
                                             or _variant_sibling(model.headings, index)
                                             or _sibling_of_a_kind(model.headings, index)):
                # "### 1. BullMQ (Recommended)" beside "### 2. Trigger.dev": one of the candidates is advised
                # (or "### Tracearr Supervised (Recommended)" beside "### Tracearr (Advanced)": an edition)
                continue
            if hedge in ("recommended", "suggested", "preferred") and (
                    _MANNER_HEADING.match(low) or _TOOL_HEADING.fullmatch(low.strip())):
                continue  # "### b) With Docker Compose (Recommended)", "### Docker Compose (recommended)":
                # a way to run the stack is advised
            if hedge == "optional" and _DEPLOYMENT_HEADING.fullmatch(low.strip()):
                continue  # "## ⚡ Deployment (Optional)" over "- `REDIS_URL`": putting the app online is
                # the optional step, and the variables it lists are what it needs there
            if hedge in ("recommended", "suggested", "preferred") and _platform_heading(low):
                continue  # "### Railway (Recommended)" over "- `REDIS_HOST`: Your Redis host": where to deploy
            if hedge in ("recommended", "suggested", "preferred") and _provider_choice(model.headings, index, analyser):
                continue  # "### Get your Redis URL" over "#### Upstash (Recommended)", "#### Railway": which Redis
            if ("external" in low or "managed" in low) and not analyser.external_is_the_service:
                continue  # "#### Using External Database Services (Optional)" where the stack brings its own
                # Redis container: which copy to use, not whether
            if mentioning is None:  # (the units that name the service: found once, for the first such heading)
                mentioning = model.units_where(analyser.mentions)
            items = [u for u in mentioning if u.section == index and u.kind == "list_item"
                     and analyser.mentions(u.text[:40])]
            own_items = bool(items)  # (items of its own, before the steps of the sections under it)
            if qualified is not None:
                items = []
            elif _DEPENDENT_FEATURE.search(heading.raw) or _PURE_LABEL.fullmatch(low.strip()):
                # or one of the first steps under "## Optional: Celery setup" sets the service up
                # ("Start Redis:", "Redis server must be installed and running"): the service is
                # put under an optional feature that needs it
                scope = _nested(model.headings, index)
                steps = [u for u in mentioning if u.section in scope and u.kind in ("list_item", "paragraph", "heading")
                         and analyser.mentions(u.text)][:3]
                items += [u for u in steps if u not in items and analyser.provisions(u.text, u.code)]
            variables = (_VARIABLE_HEADING.search(low) and not _WAY_TO_SET.match(low)) or _PURE_LABEL.fullmatch(low.strip())
            if variables and hedge in ("if needed", "if necessary", "as needed", "if required") \
                    and _SET_STEP_HEADING.match(low):
                variables = None  # "### Configure environment variables (if needed)" over `REDIS_URL =`: the
                # step may be done already, not the variables left out
            # (not "#### 2. Using Environment Variables (Optional)" beside "#### 1. Using config.yaml
            # (Required)": one way to set what the other way sets too)
            if not own_items and qualified is None and _PURE_LABEL.fullmatch(low.strip()):
                # "## Optional Services" over "### Redis Cache" (or "### `REDIS_URL`"): a heading of its
                # own for the service, before the steps under it
                child = next((k for k in sorted(_nested(model.headings, index) - {index})
                              if model.headings[k].level == heading.level + 1
                              and (analyser.is_topic(model.headings[k].raw)
                                   or _names_variable(analyser, model.headings[k].text))
                              and not analyser.scoped_out(model.headings[k].text)),
                             None)  # (not "## Testing Without Redis": a test run)
                if child is not None and hedge in RECOMMEND_WORDS and _OWN_REQUIRED.search(model.headings[child].text):
                    continue  # "## Recommended Variables" over "### Redis (Required for queues and caching)":
                    # the service's own heading calls it required, the advice is about the others
                if child is not None and low.strip(" :#") == hedge and _row_defaults_address(
                        analyser, mentioning, child):
                    continue  # "## Optional" over "### Redis" whose `REDIS_URL` row defaults to
                    # `localhost:6379`: the settings are optional to set, the service is there by default
                if child is not None and model.headings[child].prose is not None:
                    name = model.headings[child].text
                    yield from RequiredServiceCalledOptional._under_heading(
                        model, heading, low, hedge, label, seen, model.headings[child].prose.span(0, len(name)))
                    continue
            if not items and variables:
                # "## Optional variables" over "### REDIS_URL": a heading per variable
                child = next((k for k in sorted(_nested(model.headings, index) - {index})
                              if _names_variable(analyser, model.headings[k].text)), None)
                if child is None and _HEDGED_VARIABLES.fullmatch(_LEADING_SYMBOLS.sub("", low).strip()):
                    # "## 🎨 Optional variables" (also "## المتغيرات الاختيارية") over "### Redis (cache)": a
                    # heading of its own for the service among the optional ones (not "## Configuration
                    # (optional)", where setting it is what may be left alone)
                    child = next((k for k in sorted(_nested(model.headings, index) - {index})
                                  if model.headings[k].level == heading.level + 1
                                  and analyser.is_topic(model.headings[k].raw)
                                  and not analyser.scoped_out(model.headings[k].text)), None)
                if child is not None and hedge in RECOMMEND_WORDS and _OWN_REQUIRED.search(model.headings[child].text):
                    continue  # (as above: "### Redis (Required for queues and caching)" under the advised ones)
                if child is not None and model.headings[child].prose is not None:
                    name = model.headings[child].text
                    yield from RequiredServiceCalledOptional._under_heading(
                        model, heading, low, hedge, label, seen, model.headings[child].prose.span(0, len(name)))
                    continue
            if not items and (variables or _DEPENDENT_FEATURE.search(heading.raw) and hedge == "optional"):
                # "### Optional variables" over a table whose row names the service's variable (or
                # "## Events queue (optional)" over the rows that set the feature's Redis)
                row = next((u for u in mentioning if u.section == index and u.kind == "table_row" and u.cells
                            and _names_variable(analyser, u.text[u.cells[0][0]:u.cells[0][1]])
                            and not any(u.text[a:b].strip(" *`").lower() in ("yes", "required", "✅", "y")
                                        for a, b in u.cells[1:])
                            and not defaults_to_local_address(u.text) and not any(
                                _ADDRESS.search(u.text[a:b]) for a, b in u.cells[1:])), None)
                # (a row with a default address is optional to set, not to run)
                if row is not None:
                    a, b = row.cells[0]
                    yield from RequiredServiceCalledOptional._under_heading(
                        model, heading, low, hedge, label, seen, row.span(a, b))
                    continue
                # … or over an env block that sets the service's variable
                for fence in model.fences:
                    if fence.section != index or fence.kind not in ("env", "shell"):
                        continue
                    block_lines = fence.text.split("\n")
                    for k, line in enumerate(block_lines):
                        assignment = _ASSIGNMENT.match(line)
                        if assignment and not line.lstrip().startswith("#") and (
                                analyser.names.locates(assignment.group(1))
                                or assignment.group(1).lower() in analyser.names.code_names) and not (
                                k and _VARIANT_COMMENT.search(block_lines[k - 1])) and not (
                                "default" in line.lower() and _ADDRESS.search(line)):
                            # (not "# For Redis with authentication" over it: which way to reach it, nor
                            # "REDIS_URL=redis://redis:6379  # Default if not specified": the value it has)
                            yield from RequiredServiceCalledOptional._under_heading(
                                model, heading, low, hedge, label, seen, Span(
                                    fence.line_map[k][0], 1, fence.line_map[k][0], len(line) + 1))
                            break
                    else:
                        continue
                    break
            if items and _section_needs_it(analyser, mentioning, index):
                continue  # "### Optional" over "**Note:** Upstash Redis is required for production." and its
                # variables, or over "- `REDIS_URL`: …" whose note says the bot fails without it
            for unit in items:
                if defaults_to_local_address(unit.text):
                    continue  # "- `REDIS_URL` defaults to `redis://redis:6379/0`": optional to set, not to run
                if _DEFAULTS_SHOWN.search(heading.raw) and _local_default(unit.text.replace("`", "")):
                    continue  # "### Recommended overrides (defaults shown)" over "- `REDIS_URL` =
                    # `redis://localhost:6379`": the value to override, the service is there by default
                if unit.text.lstrip("*_ ").split(" ", 1)[0].lower() in ("when", "if", "whenever", "once", "unless"):
                    continue  # "### NetworkPolicies (optional)" over "- When `redis.enabled=true`, a policy …":
                    # the service is the condition of the optional thing, not the optional thing
                if _under_note_label(model.source.lines, unit.line):
                    continue  # "#### Опциональные переменные:" … "**Важно**:" over "- `REDIS_URL` … добавятся
                    # автоматически при добавлении Redis": a note of its own, not one of the options
                code_at_start = next(((a, b) for a, b in unit.code if a <= 2), None)
                if analyser.provisions(unit.text, unit.code):
                    pass
                elif code_at_start is not None:
                    # only a code span that is just the name (`redis-server`), not quoted wording
                    a, b = code_at_start
                    name = unit.text[a:b].strip().strip("`")
                    if name.lower() not in analyser.names.code_names and (
                            not analyser.names.locates(name) or _ADDRESS.search(unit.text)):
                        continue  # (a locator such as `REDIS_HOST` is the service too, unless it has an address)
                elif not _starts_with_name(analyser, unit.text.lstrip("* ")):
                    continue
                elif _part_after_name(analyser, unit.text.lstrip("* ")):
                    continue  # "## Metrics (Optional)" over "- Redis hit rate": a part of it
                named_at = analyser.names.pattern.search(unit.text[:40]) if hedge in RECOMMEND_WORDS else None
                if named_at is not None and _VERSION_RE.match(unit.text[named_at.end():].lstrip("*_`: ")):
                    continue  # "### Recommended for Production" over "- **Redis**: 7.0+": the version is advised
                if named_at is not None and _PROVIDERS_REST.search(unit.text[named_at.end():]):
                    continue  # "### Recommended Services" over "- **Redis**: Redis Cloud, AWS ElastiCache, or Railway
                    # Redis": which provider is advised
                if named_at is not None and _WAY_BEFORE_NAME.search(unit.text[:named_at.start()]):
                    continue  # "# Recommended Production Values" over "* Use Highly Available Redis, …": the way
                    # to run it is advised, not whether
                if _PINNED_PACKAGE.match(unit.text.lstrip("* ")):
                    continue  # "## Optional" over "* redis >=2.2 - for UNIX sockets": the client package
                if _failure_item(unit.text):
                    continue  # "## Optional safety net" … "Covers:" over "- Redis briefly unavailable": a failure it covers
                if analyser.scoped_out(unit.text):
                    continue  # "# Optional Dependencies" over "## Testing Without Redis": a test run, not the item
                lead_name = next((unit.text[a:b] for a, b in unit.code if a <= 2), None)
                if not _PURE_LABEL.fullmatch(low.strip()) and not variables and not (
                        lead_name is not None and _names_variable(analyser, lead_name)
                        and _FOR_PRODUCTION_HEDGE.fullmatch(low.strip())) \
                        and _own_heading(model, analyser, index):
                    continue  # "### 6. Celery Worker (Optional)" over "- `redis`" beside "### 4. Redis Service":
                    # the service is a part of the stack of its own, the optional worker only uses it (not
                    # "### Optional Variables" over "- `REDIS_URL` - …" beside its entry "### `REDIS_URL`")
                found = list(RequiredServiceCalledOptional._under_heading(
                    model, heading, low, hedge, label, seen, unit.span(0, min(len(unit.text), 40))))
                yield from found
                if found:
                    break

    @staticmethod
    def _under_heading(model, heading, low, hedge, label, seen, item):
        start = low.find(hedge)
        span = heading.prose is not None and heading.prose.span(start, start + len(hedge))
        if not span or not _first_report(seen, span):
            return
        yield Violation(
            f"the heading “{heading.text}” puts {label} (line {item.line}) under "
            f"“{heading.text[start:start + len(hedge)]}”, but {label} is required in "
            "production: move it to the required steps", span,
            related=(Related(str(model.path), item, f"{label} listed here"),))
