# The two commands of the README, and a few helpers for developers.
.PHONY: demo test setup translations screenshots benchmarks bundle

demo:  ## set everything up and start the app on the bundled demo project
	./scripts/setup.sh
	.venv/bin/ttps-desktop gui --demo

test:  ## set everything up and run every gate: ruff, mypy, the whole pytest suite
	./scripts/setup.sh --test
	./scripts/check.sh

setup:
	./scripts/setup.sh --test

translations:  ## refresh the .ts files from the sources and compile the .qm files
	./scripts/translations.sh

bundle:  ## build the double-clickable bundle into dist/
	./scripts/setup.sh --test
	./scripts/build-bundle.sh

screenshots:
	QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py

benchmarks:
	for b in rules extension store intake export startup thumbnails window mrz; do .venv/bin/python -m benchmarks.$$b || exit 1; done
