# Masthead: `make demo` to run it, `make test` to test it.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
APT_TEST_PACKAGES := postgresql chromium gettext nginx-light redis-server
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: bench demo install install-test apt-test serve test test-sqlite test-postgres lint format check messages clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

install: $(BIN)/python
	$(BIN)/pip install --quiet -e .

install-test: $(BIN)/python apt-test
	$(BIN)/pip install --quiet -e ".[test]"
	cd masthead/api/tests/ghost_client && npm ci --no-audit --no-fund --silent

# Debian packages the tests drive for real; installed only when missing.
apt-test:
	@missing=""; for p in $(APT_TEST_PACKAGES); do \
		dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "ok installed" || missing="$$missing $$p"; \
	done; \
	command -v npm >/dev/null || missing="$$missing nodejs npm"; \
	if [ -n "$$missing" ]; then \
		echo "Installing Debian packages:$$missing"; \
		SUDO=""; [ "$$(id -u)" = 0 ] || SUDO=sudo; \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing; \
	fi

# The breaking-news benchmark (bench/breaking.py): needs wrk and nginx.
bench: install
	@for p in wrk nginx-light; do \
		dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
		SUDO=""; [ "$$(id -u)" = 0 ] || SUDO=sudo; \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing; \
	fi
	$(BIN)/python bench/breaking.py

demo: install
	DJANGO_DEBUG=1 $(BIN)/python manage.py migrate --no-input
	DJANGO_DEBUG=1 $(BIN)/python manage.py load_demo
	$(MAKE) serve

# The site and one background worker (emails, newsletters, schedules).
serve:
	DJANGO_DEBUG=1 $(BIN)/python manage.py worker & worker=$$!; \
	trap 'kill $$worker 2>/dev/null' EXIT INT TERM; \
	DJANGO_DEBUG=1 $(BIN)/python manage.py runserver 127.0.0.1:8000

# The whole suite, on SQLite and then on PostgreSQL.
test: install-test check test-sqlite test-postgres

test-sqlite:
	DJANGO_SECRET_KEY=test-only $(BIN)/pytest --create-db

test-postgres:
	DJANGO_SECRET_KEY=test-only $(BIN)/python scripts/with_postgres.py -- $(BIN)/pytest --create-db

check:
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	DJANGO_DEBUG=1 $(BIN)/python manage.py check
	DJANGO_DEBUG=1 $(BIN)/python manage.py makemigrations --check --dry-run
	$(BIN)/bandit -c pyproject.toml -r masthead bench scripts -ll -q

lint:
	$(BIN)/ruff check .

format:
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

# Regenerate and compile the Ukrainian translation of the interface.
messages:
	cd masthead && DJANGO_DEBUG=1 ../$(BIN)/python ../manage.py makemessages -l uk --no-obsolete --ignore "news/demo_content.py"
	cd masthead && DJANGO_DEBUG=1 ../$(BIN)/python ../manage.py compilemessages -l uk

clean:
	rm -rf var test-output
