# run: python 411.py
import uvicorn
from fastapi import FastAPI, Header, HTTPException, Response, status

app = FastAPI()


@app.post("/v1/jobs/{job_id}/cancel")
def cancel(job_id: int, content_length: int | None = Header(None)):
    if content_length is None:
        raise HTTPException(status.HTTP_411_LENGTH_REQUIRED, "Send Content-Length (0 for no content)")
    return Response(status_code=status.HTTP_204_NO_CONTENT)


uvicorn.run(app, host="127.0.0.1", port=8000)
