#!/usr/bin/env bash
# The `gdocs` probe family (Google Docs template looks): see make-html.sh.
exec bash "$(dirname "${BASH_SOURCE[0]}")/make-html.sh" gdocs "$@"
