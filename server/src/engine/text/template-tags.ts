// A site generator's template tags, one pattern for every reader of them: Hugo's "{{< name args >}}"
// and "{{% … %}}", Liquid's and Jinja's "{% … %}" and "{{ … }}" (bounded: a tag is short, and an
// unclosed "{{" must not scan the line). The parsers skip them in fields, the prose masks blank them,
// the renderer prints of them only the quoted values of named arguments a theme shows.
export const TEMPLATE_TAG = /\{\{[<%]?[^{}\n]{0,300}?[>%]?\}\}|\{%[^{}\n]{0,300}?%\}/;
// A named argument with its quoted value: title="Waitstaff", header='Acme'.
export const TEMPLATE_NAMED_ARG = /([A-Za-z_][\w-]*)\s*[=:]\s*(?:"([^"]*)"|'([^']*)')/;
