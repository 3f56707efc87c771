{{- /* The search index (ours: statussite/search_index.py), run once through resources.ExecuteAsTemplate:
       per code and class its fields, then its body words, which bench/hugo_site.py picked ahead of
       time with our tf-idf and put in the front-matter as `search_terms` (and a code's keywords with
       its gRPC names as `search_keywords`); then the other pages' and IIS sub-status entries, also
       prepared ahead, in data/search_extra.json; last the constant lookup
       (keys prepared ahead in data/search_constants.json, the script in search-exact.js). */ -}}
{{- $rows := slice -}}
{{- range (site.GetPage "/codes").Pages -}}
  {{- $former := slice }}{{ range .Params.former_names }}{{ $former = $former | append .name }}{{ end -}}
  {{- $headers := slice }}{{ range .Params.headers }}{{ $headers = $headers | append .field }}{{ end -}}
  {{- $vendor := "" }}{{ with .Params.vendor }}{{ $vendor = .name }}{{ end -}}
  {{- $fields := slice (string .Params.code) .Params.name (delimit $former "; ") .Params.search_keywords (delimit $headers " ") $vendor (replace .Params.summary "`" "") .Params.search_terms -}}
  {{- $rows = $rows | append ($fields | jsonify) -}}
{{- end -}}
{{- range (site.GetPage "/classes").Pages -}}
  {{- $fields := slice .Params.class .Params.name "" (delimit (.Params.keywords | default slice) "; ") "" "" (replace .Params.summary "`" "") .Params.search_terms -}}
  {{- $rows = $rows | append ($fields | jsonify) -}}
{{- end -}}
{{- range site.Data.search_extra }}{{ $rows = $rows | append (. | jsonify) }}{{ end -}}
window.STATUS_SEARCH_INDEX={"fields":["key","name","former","keywords","headers","vendor","summary","body"],"page":"","entries":[{{ delimit $rows "," }}],"constants":{{ site.Data.search_constants | jsonify }}};
{{ (resources.Get "search-exact.js").Content | chomp }}
