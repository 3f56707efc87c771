# run: python 451.py
import uvicorn
from fastapi import FastAPI, HTTPException, status

app = FastAPI()


@app.get("/articles/{slug}")
def article(slug: str):
    blocked = {"leaked-report"}  # by court order
    if slug in blocked:
        headers = {"Link": '<https://example.net/legal>; rel="blocked-by"'}
        raise HTTPException(status.HTTP_451_UNAVAILABLE_FOR_LEGAL_REASONS, "Blocked by a court order", headers)
    return {"slug": slug}


uvicorn.run(app, host="127.0.0.1", port=8000)
