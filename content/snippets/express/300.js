// run: node 300.js
const express = require('express');
const app = express();

app.get('/reports/annual-2024', (req, res) => {
  res.status(300).set({
    Location: '/reports/annual-2024.pdf',
    Link: ['</reports/annual-2024.pdf>; rel="alternate"; type="application/pdf"',
           '</reports/annual-2024.csv>; rel="alternate"; type="text/csv"'],
  }).send(`<ul>
<li><a href="/reports/annual-2024.pdf">Annual report 2024 (PDF)</a></li>
<li><a href="/reports/annual-2024.csv">Annual report 2024 data (CSV)</a></li>
</ul>`);
});

app.listen(8000, '127.0.0.1');
