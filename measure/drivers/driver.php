<?php
// Driver for PHP's curl extension. One PHP process runs every scenario; each scenario's calls
// share one curl handle (and so its connection). Usage: php driver.php PLAN.json default|follow
$plan = json_decode(file_get_contents($argv[1]), true);
$follow = $argv[2] === 'follow';
echo json_encode(['version' => 'PHP ' . PHP_VERSION . ' curl ' . curl_version()['version']]), "\n";
foreach ($plan['scenarios'] as $s) {
    $handle = curl_init();
    $results = [];
    foreach ($s['calls'] as $c) {
        if ($c['delay']) usleep((int)($c['delay'] * 1e6));
        curl_reset($handle);
        $reason = null;
        $fields = []; // the fields of the last header block curl passed (each status line starts a block)
        $headers = [];
        foreach ($c['headers'] as [$name, $value]) $headers[] = "$name: $value";
        $options = [CURLOPT_URL => $c['url'], CURLOPT_RETURNTRANSFER => true, CURLOPT_CUSTOMREQUEST => $c['method'],
            CURLOPT_HTTPHEADER => $headers, CURLOPT_TIMEOUT_MS => (int)($s['timeout'] * 1000), CURLOPT_PROXY => '',
            CURLOPT_FOLLOWLOCATION => $follow,
            CURLOPT_HEADERFUNCTION => function ($h, $line) use (&$reason, &$fields) {
                if (preg_match('/^HTTP\/\S+ \S+(?: ([^\r\n]*))?\r?\n$/', $line, $m)) { $reason = $m[1] ?? ''; $fields = []; }
                elseif (preg_match('/^([^:\s]+):[ \t]*(.*?)[ \t]*\r?\n$/', $line, $m) && count($fields) < 30)
                    $fields[] = [strtolower($m[1]), mb_convert_encoding(substr($m[2], 0, 200), 'UTF-8', 'ISO-8859-1')];
                return strlen($line);
            }];
        if ($c['method'] === 'GET') unset($options[CURLOPT_CUSTOMREQUEST]);
        if ($c['method'] === 'POST') { unset($options[CURLOPT_CUSTOMREQUEST]); $options[CURLOPT_POST] = true; }
        $body = $c['body_size'] ? str_repeat('x', $c['body_size']) : $c['body'];
        if ($body !== null) $options[CURLOPT_POSTFIELDS] = $body;
        if ($c['auth']) $options[CURLOPT_USERPWD] = implode(':', $c['auth']);
        curl_setopt_array($handle, $options);
        $data = curl_exec($handle);
        if ($data === false) {
            $results[] = ['error' => 'curl error ' . curl_errno($handle) . ': ' . curl_error($handle)];
        } else {
            $results[] = ['status' => curl_getinfo($handle, CURLINFO_RESPONSE_CODE), 'reason' => $reason, 'headers' => $fields,
                'body' => mb_convert_encoding(substr($data, 0, 64), 'UTF-8', 'ISO-8859-1')];
        }
    }
    curl_close($handle);
    echo json_encode(['id' => $s['id'], 'calls' => $results]), "\n";
}
