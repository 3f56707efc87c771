# run: python 300.py
import uvicorn
from fastapi import FastAPI, status
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/reports/annual-2024")
def report():
    links = '</reports/annual-2024.pdf>; rel="alternate", </reports/annual-2024.csv>; rel="alternate"'
    html = '<a href="/reports/annual-2024.pdf">PDF</a> <a href="/reports/annual-2024.csv">CSV</a>'
    headers = {"Location": "/reports/annual-2024.pdf", "Link": links}
    return HTMLResponse(html, status.HTTP_300_MULTIPLE_CHOICES, headers)


uvicorn.run(app, host="127.0.0.1", port=8000)
