<?php
// run: php -S 127.0.0.1:8000 406.php
$accept = $_SERVER['HTTP_ACCEPT'] ?? '*/*';
header('Vary: Accept');
if (preg_match('#application/json|\*/\*#', $accept)) {
    header('Content-Type: application/json');
    echo '{"year": 2024}';
} elseif (str_contains($accept, 'text/csv')) {
    header('Content-Type: text/csv');
    echo "year\n2024\n";
} else {
    http_response_code(406);
    header('Content-Type: application/json');
    echo '{"available": ["application/json", "text/csv"]}';
}
