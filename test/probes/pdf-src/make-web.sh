#!/usr/bin/env bash
# The `web` probe family (online-builder / HTML-template looks): see make-html.sh.
exec bash "$(dirname "${BASH_SOURCE[0]}")/make-html.sh" web "$@"
