<?php
// run: php -S 127.0.0.1:8000 300.php
http_response_code(300);
header('Location: /reports/annual-2024.pdf');
header('Link: </reports/annual-2024.pdf>; rel="alternate"; type="application/pdf"');
header('Link: </reports/annual-2024.csv>; rel="alternate"; type="text/csv"', false);
?>
<ul>
<li><a href="/reports/annual-2024.pdf">Annual report 2024 (PDF)</a></li>
<li><a href="/reports/annual-2024.csv">Annual report 2024 data (CSV)</a></li>
</ul>
