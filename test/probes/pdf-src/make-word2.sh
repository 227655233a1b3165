#!/usr/bin/env bash
# The `word2` probe family (Word's built-in template looks, self-typed résumés): see make-docx.sh. [--docx]
exec bash "$(dirname "${BASH_SOURCE[0]}")/make-docx.sh" word2 "$@"
