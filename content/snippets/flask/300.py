# run: python 300.py
from flask import Flask

app = Flask(__name__)


@app.get("/reports/annual-2024")
def report():
    links = {"Link": '</reports/annual-2024.pdf>; rel="alternate", </reports/annual-2024.csv>; rel="alternate"'}
    html = '<a href="/reports/annual-2024.pdf">PDF</a> <a href="/reports/annual-2024.csv">CSV</a>'
    return html, 300, {"Location": "/reports/annual-2024.pdf", **links}


app.run(host="127.0.0.1", port=8000)
